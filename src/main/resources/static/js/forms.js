// Loaded by the record forms; guarded because a boosted form swaps the page in again, script included.
if (!window.twinportForms) {
  window.twinportForms = true;
  // A 400 answer is the form again with its errors beside the fields, so htmx shows it instead of ignoring it as a
  // failure. Other errors keep htmx's default.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // Archiving cannot be undone from the form: ask first.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains('archive-form') && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
}
