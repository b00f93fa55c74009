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
