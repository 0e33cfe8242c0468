// Bar charts of the office's figures; the tables below them hold the same numbers for screen readers and print.
(function () {
  var el = document.getElementById('figures-charts');
  if (!el || !window.echarts) { return; }
  function chart(title, data) {
    var box = document.createElement('div');
    box.className = 'chart';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', title);
    el.appendChild(box);
    echarts.init(box).setOption({
      title: { text: title, textStyle: { fontSize: 14 } },
      tooltip: {},
      grid: { left: 40, right: 10, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: Object.keys(data), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: Object.values(data), itemStyle: { color: '#0b5d7a' } }]
    });
  }
  fetch(el.dataset.source, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (f) {
      chart(el.dataset.continents, f.byContinent);
      chart(el.dataset.decades, f.perDecade);
      chart(el.dataset.kinds, f.byKind);
    });
})();
