// Sends the CSRF token with every htmx request, and shows live character counts on fields
// that carry a limit (data-max-chars), counting code points as the server does.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

function laurelCount(field) {
  var out = document.getElementById(field.id + '-count');
  if (!out) return;
  var max = parseInt(field.dataset.maxChars, 10);
  var used = Array.from(field.value.replace(/\s/g, '')).length;
  out.textContent = used + ' / ' + max;
  out.classList.toggle('over', used > max);
}

document.addEventListener('input', function (event) {
  if (event.target.dataset && event.target.dataset.maxChars) laurelCount(event.target);
});
// Asks before sending a form that cannot be undone (its data-confirm holds the question).
document.addEventListener('submit', function (event) {
  var question = event.target.dataset ? event.target.dataset.confirm : null;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-max-chars]').forEach(laurelCount);
});
