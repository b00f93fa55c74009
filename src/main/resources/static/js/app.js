// Asks before a destructive action: any button with data-confirm shows its text first.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
// A form submits once: a second click while the first request runs is ignored.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset.submitting === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.submitting = 'true';
  window.setTimeout(function () { form.dataset.submitting = 'false'; }, 5000);
});
