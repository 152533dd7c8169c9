// Copies the share link. WeChat's in-app browser may refuse the clipboard API, so the field is
// selected and copied the old way as well; at worst the link stays selected for a long press.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) return;
  var field = document.getElementById(button.dataset.copy);
  field.select();
  field.setSelectionRange(0, field.value.length);
  var done = function () { button.textContent = button.dataset.copied; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
  } else {
    document.execCommand('copy');
    done();
  }
});
