// The 大屏 steps through its slides: right arrow, space, Page Down or a click goes on; left arrow or Page Up back.
(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  if (!slides.length) {
    return;
  }
  var at = 0;
  document.body.classList.add('stepping');
  function show(index) {
    at = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (slide, i) { slide.classList.toggle('current', i === at); });
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') { show(at + 1); e.preventDefault(); }
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') { show(at - 1); e.preventDefault(); }
  });
  document.addEventListener('click', function () { show(at + 1); });
  // a photo that fails to load gives way to the honouree's name block
  document.querySelectorAll('img.slide-photo').forEach(function (img) {
    img.addEventListener('error', function () {
      var block = img.nextElementSibling;
      if (block && block.classList.contains('slide-initial')) {
        block.hidden = false;
      }
      img.remove();
    });
  });
  show(0);
})();
