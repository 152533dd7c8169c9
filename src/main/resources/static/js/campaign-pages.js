// Row lists on the campaign pages. "Add row" copies the list's <template>, numbering the new
// row's fields after the last one so Spring binds them as list[n].field; the live sum of the
// scoring weights leaves out rows ticked for removal; an eligibility rule shows only the
// parameters its type takes (the options carry data-since / data-years / data-titles); a form
// field added on the page shows the choices box for a choice field, the columns box for a table.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-add-row]');
  if (!button) return;
  var list = button.dataset.addRow;
  var rows = document.getElementById(list + '-rows');
  var template = document.getElementById(list + '-template');
  var index = parseInt(rows.dataset.nextIndex, 10);
  rows.insertAdjacentHTML('beforeend', template.innerHTML.replace(/ROWINDEX/g, String(index)));
  rows.dataset.nextIndex = String(index + 1);
  var first = rows.lastElementChild.querySelector('input, select, textarea');
  if (first) first.focus();
});

function laurelSum(group) {
  var total = 0;
  document.querySelectorAll('[data-sum="' + group + '"]').forEach(function (input) {
    var removed = input.closest('tr').querySelector('input[name$=".removed"]:checked');
    if (!removed) total += parseInt(input.value, 10) || 0;
  });
  document.querySelectorAll('[data-sum-total="' + group + '"]').forEach(function (output) {
    output.textContent = String(total);
  });
}

function laurelRuleParameters(select) {
  var option = select.selectedOptions[0];
  var row = select.closest('tr');
  var any = false;
  ['since', 'years', 'year', 'titles'].forEach(function (parameter) {
    var shown = !!option && option.dataset[parameter] === 'true';
    any = any || shown;
    row.querySelector('[data-param="' + parameter + '"]').classList.toggle('d-none', !shown);
  });
  row.querySelector('[data-param="none"]').classList.toggle('d-none', any || !option || !option.value);
}

document.addEventListener('input', function (event) {
  var target = event.target;
  if (target.dataset.sum) laurelSum(target.dataset.sum);
  if (target.name && /\.removed$/.test(target.name)) {
    var sum = target.closest('tr').querySelector('[data-sum]');
    if (sum) laurelSum(sum.dataset.sum);
  }
});

function laurelFieldOptions(select) {
  select.closest('tr').querySelectorAll('[data-field-option]').forEach(function (box) {
    box.classList.toggle('d-none', box.dataset.fieldOption !== select.value);
  });
}

document.addEventListener('change', function (event) {
  if (event.target.matches('[data-rule-type]')) laurelRuleParameters(event.target);
  if (event.target.matches('[data-field-type]')) laurelFieldOptions(event.target);
});
