// Report form: the cumulative value beside a figure follows what is typed (earlier periods + this one).
document.addEventListener('input', function (event) {
  var input = event.target;
  if (!input.id || input.type !== 'number') {
    return;
  }
  var cumulative = document.querySelector('.cumulative[data-for="' + input.id + '"]');
  if (!cumulative) {
    return;
  }
  var earlier = parseInt(cumulative.getAttribute('data-earlier'), 10) || 0;
  var typed = /^\d+$/.test(input.value.trim()) ? parseInt(input.value.trim(), 10) : 0;
  cumulative.textContent = String(earlier + typed);
});
// Evidence files over 10 MB are refused by the server anyway; saying so before the upload saves
// the user a long wait (and a request the multipart limit would cut off).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (input.type !== 'file' || !input.hasAttribute('data-max-bytes')) {
    return;
  }
  var max = parseInt(input.getAttribute('data-max-bytes'), 10);
  var tooLarge = Array.prototype.filter.call(input.files, function (f) { return f.size > max; });
  if (tooLarge.length > 0) {
    window.alert(input.getAttribute('data-too-large').replace('{0}', tooLarge[0].name));
    input.value = '';
  }
});
