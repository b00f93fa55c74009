// Rollup charts: each canvas draws the table it names (data-table), so chart and table always
// show the same numbers. Series are the header cells marked data-series; a row's label is its
// .chart-label cell; values are the data-value attributes of the cells under the series headers.
// A table with a .chart-measure cell per row is drawn as one chart per unit of measure, so that
// an axis never mixes, say, news items with participants. Numbers are written by format.js.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var format = window.ParcommsFormat || { number: String, percent: function (v) { return v + ' %'; } };
  // Follow-up statuses keep the colours of their badges.
  var statusColours = {
    NOT_STARTED: '#adb5bd', DRAFT: '#6c757d', SUBMITTED: '#0d6efd', LATE: '#ffc107',
    RETURNED: '#0dcaf0', ACCEPTED: '#198754', OVERDUE: '#dc3545'
  };
  var colours = ['#0d6efd', '#198754', '#ffc107', '#dc3545', '#6c757d', '#0dcaf0', '#6610f2'];

  // A long label is cut on a narrow screen (the tooltip keeps it whole), never clipped by the canvas.
  function shortLabel(label) {
    var max = window.innerWidth < 576 ? 14 : 28;
    return label.length > max ? label.substring(0, max - 1) + '…' : label;
  }

  function read(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    headers.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        series.push({ index: index, label: th.textContent.trim() });
      }
    });
    var rows = [];
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var cells = tr.children;
      var label = tr.querySelector('.chart-label');
      var measure = tr.querySelector('.chart-measure');
      rows.push({
        label: label ? label.textContent.trim() : '',
        measure: measure ? measure.textContent.trim() : '',
        colour: statusColours[tr.getAttribute('data-status')],
        values: series.map(function (s) {
          var cell = cells[s.index];
          return cell ? Number(cell.getAttribute('data-value')) || 0 : 0;
        })
      });
    });
    return { series: series, rows: rows };
  }

  function draw(canvas, kind, series, rows, max, percent) {
    var stacked = kind === 'stacked';
    var labels;
    var datasets;
    if (stacked) {
      // Rows are statuses, columns periods: one dataset per status, stacked per period.
      datasets = rows.map(function (row, r) {
        return { label: row.label, data: row.values, backgroundColor: row.colour || colours[r % colours.length] };
      });
      labels = series.map(function (s) { return s.label; });
    } else {
      datasets = series.map(function (s, i) {
        return {
          label: s.label,
          data: rows.map(function (row) { return row.values[i]; }),
          backgroundColor: colours[i % colours.length]
        };
      });
      labels = rows.map(function (row) { return row.label; });
    }
    var write = percent ? format.percent : format.number;
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        animation: false,
        layout: { padding: { bottom: 4 } },
        plugins: {
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? labels[items[0].dataIndex] : ''; },
              label: function (item) { return item.dataset.label + ': ' + write(item.parsed.y); }
            }
          }
        },
        scales: {
          x: {
            stacked: stacked,
            ticks: {
              autoSkip: false, maxRotation: 90, minRotation: 0,
              callback: function (value) { return shortLabel(String(this.getLabelForValue(value))); }
            }
          },
          y: {
            stacked: stacked, beginAtZero: true, max: max ? Number(max) : undefined,
            ticks: { callback: function (value) { return write(value); } }
          }
        }
      }
    });
  }

  document.querySelectorAll('canvas.rollup-chart').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var data = read(table);
    var kind = canvas.getAttribute('data-chart');
    var max = canvas.getAttribute('data-max');
    var percent = canvas.hasAttribute('data-percent');
    var measures = [];
    data.rows.forEach(function (row) {
      if (row.measure && measures.indexOf(row.measure) < 0) {
        measures.push(row.measure);
      }
    });
    if (measures.length === 0) {
      draw(canvas, kind, data.series, data.rows, max, percent);
      return;
    }
    // One chart per unit of measure, each titled with its unit, in place of the one canvas.
    var holder = document.createElement('div');
    holder.className = 'rollup-charts';
    canvas.parentNode.insertBefore(holder, canvas);
    canvas.parentNode.removeChild(canvas);
    measures.forEach(function (measure) {
      var figure = document.createElement('figure');
      figure.className = 'rollup-chart-measure mb-3';
      var caption = document.createElement('figcaption');
      caption.className = 'small text-muted';
      caption.textContent = measure;
      var one = canvas.cloneNode(false);
      one.setAttribute('data-measure', measure);
      one.setAttribute('aria-label', (canvas.getAttribute('aria-label') || '') + ' · ' + measure);
      figure.appendChild(caption);
      figure.appendChild(one);
      holder.appendChild(figure);
      draw(one, kind, data.series, data.rows.filter(function (row) { return row.measure === measure; }), max, percent);
    });
  });
})();
