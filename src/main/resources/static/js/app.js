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
// A dashboard on a phone opens with its sections folded (each summary shows its key figure); on
// paper every section is printed open.
(function () {
  var sections = document.querySelectorAll('details[data-collapse-on-phone]');
  if (sections.length && window.matchMedia('(max-width: 575.98px)').matches) {
    sections.forEach(function (d) { d.open = false; });
  }
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
// A table wider than the screen scrolls inside its box: the box becomes a named region that the
// keyboard reaches (Tab, then the arrow keys), named after the table's caption or the heading above it.
(function () {
  var fallback = document.querySelector('meta[name=parcomms-scroll-label]');
  function label(box) {
    var table = box.querySelector('table');
    if (table && table.getAttribute('aria-label')) { return table.getAttribute('aria-label'); }
    if (table && table.caption) { return table.caption.textContent.trim(); }
    var section = box.closest('section, details, .card, .col-12');
    var heading = section && section.querySelector('h2, h3, h4, summary');
    // Not the section's own name: a region named like the landmark around it is not distinguishable.
    var generic = fallback ? fallback.getAttribute('content') : '';
    return heading ? heading.textContent.trim().replace(/\s+/g, ' ') + ' – ' + generic : generic;
  }
  // Two tables under one heading get "(2)", "(3)": every region's name is its own.
  function unique(name) {
    var taken = {};
    document.querySelectorAll('[role=region][aria-label]').forEach(function (r) { taken[r.getAttribute('aria-label')] = true; });
    if (!taken[name]) { return name; }
    for (var n = 2; ; n++) {
      if (!taken[name + ' (' + n + ')']) { return name + ' (' + n + ')'; }
    }
  }
  function mark() {
    document.querySelectorAll('.table-responsive, .table-scroll, .doc-scroll').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        if (!box.hasAttribute('aria-label')) { box.setAttribute('aria-label', unique(label(box))); }
      }
    });
  }
  mark();
  window.addEventListener('resize', mark);
  document.addEventListener('toggle', mark, true);
})();
