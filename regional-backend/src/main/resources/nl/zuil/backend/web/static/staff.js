// Zuil staff pages: draws each chart from the JSON behind it (the same figures as the table below
// it) and shows the custom-period fields only when asked for. Works without it: tables and forms
// are server-rendered.
(function () {
  'use strict';

  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999933',
    '#000000', '#882255', '#44AA99', '#888888', '#F0E442'];

  function periodFields() {
    var select = document.getElementById('period');
    if (!select) {
      return;
    }
    var update = function () {
      var custom = select.value === 'custom';
      document.querySelectorAll('form.filters .custom').forEach(function (e) { e.hidden = !custom; });
      document.querySelectorAll('form.filters .anchor').forEach(function (e) { e.hidden = custom; });
    };
    select.addEventListener('change', update);
    update();
  }

  function printButtons() {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  }

  function unitTick(unit) {
    return function (value) {
      if (unit === '%') {
        return value + '%';
      }
      return unit === 'min' ? value + ' min' : value;
    };
  }

  // A suppressed figure has no bar or point; its category label says what stands in its place.
  function labels(data) {
    if (data.series.length !== 1) {
      return data.categories;
    }
    var series = data.series[0];
    return data.categories.map(function (category, i) {
      return series.values[i] === null ? category + ' (' + series.texts[i] + ')' : category;
    });
  }

  // A week or month that is only partly counted (cut by the period, or not over yet) is drawn
  // dotted with an open point, so its lower count does not read as a fall (decision 0705).
  function partialStyle(data) {
    var partial = data.partial || [];
    var isPartial = function (index) { return partial.indexOf(index) >= 0; };
    return {
      segment: {
        borderDash: function (context) {
          return isPartial(context.p0DataIndex) || isPartial(context.p1DataIndex) ? [4, 4] : undefined;
        }
      },
      pointBackgroundColor: function (context) {
        return isPartial(context.dataIndex) ? '#ffffff' : context.dataset.borderColor;
      }
    };
  }

  function config(data) {
    var kind = data.kind;
    var partial = partialStyle(data);
    var horizontal = kind !== 'line';
    var stacked = kind === 'stacked_bar';
    var datasets = data.series.map(function (series, i) {
      var colour = PALETTE[i % PALETTE.length];
      return {
        label: series.name,
        data: series.values,
        texts: series.texts,
        borderColor: colour,
        backgroundColor: kind === 'line' ? colour : colour,
        borderWidth: kind === 'line' ? 2 : 0,
        pointRadius: kind === 'line' ? 3 : 0,
        spanGaps: false,
        tension: 0.15,
        segment: kind === 'line' ? partial.segment : undefined,
        pointBackgroundColor: kind === 'line' ? partial.pointBackgroundColor : undefined
      };
    });
    var valueAxis = {
      beginAtZero: true,
      stacked: stacked,
      ticks: { callback: unitTick(data.unit), precision: 0 },
      max: data.unit === '%' ? 100 : undefined
    };
    var categoryAxis = { stacked: stacked, ticks: { autoSkip: false } };
    return {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels: labels(data), datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2),
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: data.series.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (context) {
                return context.dataset.label + ': ' + context.dataset.texts[context.dataIndex];
              }
            }
          }
        }
      }
    };
  }

  function draw(canvas) {
    fetch(canvas.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        new window.Chart(canvas, config(data));
        canvas.dataset.drawn = 'true';
      })
      .catch(function () {
        canvas.parentElement.classList.add('failed');
        canvas.dataset.drawn = 'failed';
      });
  }

  periodFields();
  printButtons();
  if (window.Chart) {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }
}());
