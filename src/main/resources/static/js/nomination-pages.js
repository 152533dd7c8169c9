// The nomination edit page. Row editors (team members in order of importance, 个人简历): add a
// row from the field's <template>, remove one, or move one up, renumbering the 序号 column. Each
// cell repeats its name once per row, so nothing else needs renumbering. An htmx upload that gets
// no panel back (e.g. the request was over the server's size limit) shows a note instead of nothing.
function laurelRenumber(body) {
  Array.from(body.rows).forEach(function (row, index) {
    var cell = row.querySelector('[data-row-number]');
    if (cell) cell.textContent = String(index + 1);
  });
}

document.addEventListener('click', function (event) {
  var add = event.target.closest('[data-row-add]');
  if (add) {
    var rows = document.getElementById('rows-' + add.dataset.rowAdd);
    rows.insertAdjacentHTML('beforeend', document.getElementById('rows-' + add.dataset.rowAdd + '-template').innerHTML);
    laurelRenumber(rows);
    var first = rows.lastElementChild.querySelector('input');
    if (first) first.focus();
    return;
  }
  var remove = event.target.closest('[data-row-remove]');
  if (remove) {
    var body = remove.closest('tbody');
    remove.closest('tr').remove();
    laurelRenumber(body);
    return;
  }
  var up = event.target.closest('[data-row-up]');
  if (up) {
    var row = up.closest('tr');
    if (row.previousElementSibling) {
      row.parentNode.insertBefore(row, row.previousElementSibling);
      laurelRenumber(row.parentNode);
    }
  }
});

function laurelUploadOutcome(failed) {
  return function (event) {
    var note = document.getElementById('nomination-upload-failed');
    var target = event.detail && event.detail.target;
    if (note && target && target.id === 'nomination-files') note.classList.toggle('d-none', !failed);
  };
}

document.addEventListener('htmx:responseError', laurelUploadOutcome(true));
document.addEventListener('htmx:sendError', laurelUploadOutcome(true));
document.addEventListener('htmx:afterSwap', laurelUploadOutcome(false));
