// Behaviour shared by the staff and the public layouts, in place of inline handlers (the Content-Security-Policy
// runs no inline script): a button with data-back goes back a page; a photo with data-optional that fails to load
// (a nominee without one) is removed rather than shown broken.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-back]')) history.back();
});
document.addEventListener('error', function (event) {
  if (event.target.matches && event.target.matches('img[data-optional]')) event.target.remove();
}, true);
document.addEventListener('DOMContentLoaded', function () {
  // a photo may have failed before this deferred script ran
  document.querySelectorAll('img[data-optional]').forEach(function (img) {
    if (img.complete && img.naturalWidth === 0) img.remove();
  });
});
