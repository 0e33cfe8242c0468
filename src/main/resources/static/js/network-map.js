// Draws the partner network on an offline world map: one marker per partner, a line to the home city or district.
(function () {
  var el = document.getElementById('network-map');
  if (!el || !window.echarts) { return; }
  var chart = null;

  function pointsUrl() {
    var form = document.querySelector('form.filters');
    var query = form ? new URLSearchParams(new FormData(form)) : new URLSearchParams();
    Array.from(query.keys()).forEach(function (k) { if (!query.get(k)) { query.delete(k); } });
    query.set('size', '200');
    query.set('lang', el.dataset.lang || 'en');
    return el.dataset.points + '?' + query.toString();
  }

  function draw(page) {
    var partners = [];
    var homes = {};
    var lines = [];
    page.items.forEach(function (p) {
      if (p.home.latitude != null) { homes[p.home.code] = { name: p.home.name, value: [p.home.longitude, p.home.latitude] }; }
      if (p.partner.latitude == null) { return; }
      partners.push({ name: p.partner.name, value: [p.partner.longitude, p.partner.latitude], code: p.partner.code });
      if (p.home.latitude != null) {
        lines.push({ coords: [[p.home.longitude, p.home.latitude], [p.partner.longitude, p.partner.latitude]] });
      }
    });
    chart.setOption({
      tooltip: { trigger: 'item', formatter: function (p) { return Twinport.escapeHtml(p.name); } },
      // The countries are silent (no tooltip of their own); a tooltip: { show: false } here would also hide the
      // markers' tooltips, as ECharts reads a series' tooltip settings through its coordinate system.
      geo: { map: 'world', roam: true, silent: true, zoom: 1.1, itemStyle: { areaColor: '#e8edf2', borderColor: '#b7bfcc' },
        emphasis: { disabled: true } },
      series: [
        { type: 'lines', coordinateSystem: 'geo', data: lines, silent: true,
          lineStyle: { color: '#0b5d7a', width: 1, opacity: 0.45, curveness: 0.2 } },
        { type: 'scatter', coordinateSystem: 'geo', data: partners, symbolSize: 9, itemStyle: { color: '#0b5d7a' } },
        { type: 'scatter', coordinateSystem: 'geo', data: Object.values(homes), symbol: 'diamond', symbolSize: 14,
          itemStyle: { color: '#a4262c' } }
      ]
    }, true);
  }

  function load() {
    fetch(pointsUrl(), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(draw);
  }

  fetch(el.dataset.geo).then(function (r) { return r.json(); }).then(function (world) {
    echarts.registerMap('world', world);
    chart = echarts.init(el);
    chart.on('click', function (p) {
      if (p.data && p.data.code) { window.location.href = '/network/partners/' + encodeURIComponent(p.data.code); }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    document.body.addEventListener('htmx:afterSettle', load);
    load();
  });
})();
