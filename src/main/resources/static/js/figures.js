// Bar charts of the office's figures; the tables below them hold the same numbers for screen readers and print.
(function () {
  var el = document.getElementById('figures-charts');
  if (!el || !window.echarts) { return; }
  // The charts speak the reader's language: continents as the table below words them, kinds of tie as the
  // directory names them; a code is shown only where no name is known.
  var continentNames = {};
  document.querySelectorAll('[data-continent]').forEach(function (th) { continentNames[th.dataset.continent] = th.textContent; });
  function named(data, names) {
    var out = {};
    Object.keys(data).forEach(function (code) { out[names[code] || code] = data[code]; });
    return out;
  }
  function chart(title, data) {
    var box = document.createElement('div');
    box.className = 'chart';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', title);
    el.appendChild(box);
    echarts.init(box).setOption({
      title: { text: title, textStyle: { fontSize: 14 } },
      tooltip: {},
      grid: { left: 10, right: 10, top: 40, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: Object.keys(data), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: Object.values(data), itemStyle: { color: '#0b5d7a' } }]
    });
  }
  function json(url) { return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }); }
  Promise.all([json(el.dataset.source), json(el.dataset.ties)]).then(function (both) {
    var f = both[0];
    var kindNames = {};
    both[1].items.forEach(function (tie) { kindNames[tie.kind] = tie.kindName; });
    chart(el.dataset.continents, named(f.byContinent, continentNames));
    chart(el.dataset.decades, f.perDecade);
    chart(el.dataset.kinds, named(f.byKind, kindNames));
    el.dataset.loaded = 'true';
  });
})();
