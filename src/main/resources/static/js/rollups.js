// Rollup charts: each canvas draws the table it names (data-table), so chart and table always
// show the same numbers. Series are the header cells marked data-series; a row's label is its
// .chart-label cell; values are the data-value attributes of the cells under the series headers.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  // Follow-up statuses keep the colours of their badges.
  var statusColours = {
    NOT_STARTED: '#adb5bd', DRAFT: '#6c757d', SUBMITTED: '#0d6efd', LATE: '#ffc107',
    RETURNED: '#0dcaf0', ACCEPTED: '#198754', OVERDUE: '#dc3545'
  };
  var colours = ['#0d6efd', '#198754', '#ffc107', '#dc3545', '#6c757d', '#0dcaf0', '#6610f2'];
  document.querySelectorAll('canvas.rollup-chart').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    headers.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        series.push({ index: index, label: th.textContent.trim() });
      }
    });
    var labels = [];
    var rowColours = [];
    var values = series.map(function () { return []; });
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var cells = tr.children;
      var label = tr.querySelector('.chart-label');
      labels.push(label ? label.textContent.trim() : '');
      rowColours.push(statusColours[tr.getAttribute('data-status')]);
      series.forEach(function (s, i) {
        var cell = cells[s.index];
        values[i].push(cell ? Number(cell.getAttribute('data-value')) || 0 : 0);
      });
    });
    var kind = canvas.getAttribute('data-chart');
    var stacked = kind === 'stacked';
    var datasets;
    if (stacked) {
      // Rows are statuses, columns periods: one dataset per status, stacked per period.
      datasets = labels.map(function (label, row) {
        return {
          label: label,
          data: series.map(function (s, i) { return values[i][row]; }),
          backgroundColor: rowColours[row] || colours[row % colours.length]
        };
      });
      labels = series.map(function (s) { return s.label; });
    } else {
      datasets = series.map(function (s, i) {
        return { label: s.label, data: values[i], backgroundColor: colours[i % colours.length] };
      });
    }
    var max = canvas.getAttribute('data-max');
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        animation: false,
        scales: {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, max: max ? Number(max) : undefined }
        }
      }
    });
  });
})();
