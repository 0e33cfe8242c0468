// Trade insight dashboard: every chart reads the figures API with the filter form's values; changing a filter
// redraws the charts without reloading the page. PNG export uses ECharts' getDataURL, CSV links the same API.
(function () {
  var root = document.getElementById('insight-charts');
  if (!root || !window.echarts) { return; }
  var d = root.dataset;
  var form = document.getElementById('insight-filters');
  var charts = {};
  var COLORS = ['#0b5d7a', '#a4262c', '#5c7f3a', '#b26b00', '#6b4c9a'];
  // The bundled world map names a few countries differently from the browser's English names.
  var MAP_NAMES = { US: 'United States of America', BA: 'Bosnia and Herz.', CD: 'Dem. Rep. Congo', CF: 'Central African Rep.',
    DO: 'Dominican Rep.', SS: 'S. Sudan', GQ: 'Eq. Guinea', MK: 'Macedonia', SZ: 'eSwatini', CI: "Côte d'Ivoire",
    KR: 'South Korea', KP: 'North Korea', RU: 'Russia', CZ: 'Czechia', LA: 'Laos', VN: 'Vietnam', SY: 'Syria', IR: 'Iran',
    BN: 'Brunei', MD: 'Moldova', TZ: 'Tanzania', BO: 'Bolivia', VE: 'Venezuela', TW: 'Taiwan', PS: 'Palestine' };
  var english = window.Intl && Intl.DisplayNames ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

  function query() {
    var q = new URLSearchParams(new FormData(form));
    Array.from(q.keys()).forEach(function (k) { if (!q.get(k)) { q.delete(k); } });
    return q;
  }
  function url(path, extra) {
    var q = query();
    Object.keys(extra || {}).forEach(function (k) { q.set(k, extra[k]); });
    return d.api + path + '?' + q.toString();
  }
  function get(path, extra) {
    return fetch(url(path, extra), { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { return r.json().then(function (p) { throw new Error(p.detail || r.status); }); }
      return r.json();
    });
  }
  function num(money) { return money == null ? null : Number(money.amount); }
  // Axis labels in the reader's compact form (3B, 30亿) so that they fit beside the chart.
  var compactFormat = window.Intl ? new Intl.NumberFormat(document.documentElement.lang || 'en',
    { notation: 'compact', maximumFractionDigits: 1 }) : null;
  function compact(value) { return compactFormat ? compactFormat.format(value) : String(value); }
  // Amounts in tables in the reader's locale, whole units (the report currency is named above the tables).
  var wholeFormat = window.Intl ? new Intl.NumberFormat(document.documentElement.lang || 'en',
    { maximumFractionDigits: 0 }) : null;
  function amount(money) { return money == null ? d.na : (wholeFormat ? wholeFormat.format(Number(money.amount)) : money.amount); }
  function valueAxis(extra) { return Object.assign({ type: 'value', axisLabel: { formatter: compact } }, extra || {}); }
  function chart(name) {
    if (!charts[name]) { charts[name] = echarts.init(document.getElementById('chart-' + name)); }
    return charts[name];
  }
  function bars(name, categories, series, horizontal) {
    var category = { type: 'category', data: categories };
    chart(name).setOption({
      color: COLORS, tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 10, right: horizontal ? 20 : 50, top: 30, bottom: 10, containLabel: true },
      xAxis: horizontal ? valueAxis() : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true, axisLabel: { width: 100, overflow: 'truncate' } })
        : valueAxis(),
      series: series.map(function (s) { return Object.assign({ type: 'bar' }, s); })
    }, true);
  }

  // HS chapters are labelled with their code and title; long titles are cut in the label and whole in the tooltip.
  function pie(name, ranked) {
    chart(name).setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        return Twinport.escapeHtml(p.data.code + ' ' + p.data.title) + '<br>' + Twinport.escapeHtml(p.value + ' (' + p.percent + '%)');
      } },
      series: [{ type: 'pie', radius: ['35%', '65%'],
        label: { width: 130, overflow: 'truncate' },
        data: ranked.map(function (r) { return { name: r.code + ' ' + r.name, code: r.code, title: r.name, value: num(r.value) }; }) }]
    }, true);
  }

  var figures = {
    monthly: function () {
      return get('/totals').then(function (points) {
        chart('monthly').setOption({
          color: COLORS, tooltip: { trigger: 'axis' }, legend: { top: 0 },
          grid: { left: 10, right: 20, top: 30, bottom: 30, containLabel: true },
          xAxis: { type: 'category', data: points.map(function (p) { return p.period; }) },
          yAxis: valueAxis(), dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 5 }],
          series: [
            { name: d.imports, type: 'line', showSymbol: false, data: points.map(function (p) { return num(p.imports); }) },
            { name: d.exports, type: 'line', showSymbol: false, data: points.map(function (p) { return num(p.exports); }) },
            { name: d.total, type: 'line', showSymbol: false, data: points.map(function (p) { return num(p.total); }) }]
        }, true);
      });
    },
    yearly: function () {
      return get('/totals', { granularity: 'YEAR' }).then(function (points) {
        bars('yearly', points.map(function (p) { return p.period; }), [
          { name: d.imports, stack: 't', data: points.map(function (p) { return num(p.imports); }) },
          { name: d.exports, stack: 't', data: points.map(function (p) { return num(p.exports); }) }]);
      });
    },
    growth: function () {
      return get('/growth').then(function (years) {
        bars('growth', years.map(function (y) { return y.year + (y.months === '01-12' ? '' : ' (' + y.months + ')'); }), [
          { name: d.total + ' %', data: years.map(function (y) { return y.total.percent; }) },
          { name: d.imports + ' %', data: years.map(function (y) { return y.imports.percent; }) },
          { name: d.exports + ' %', data: years.map(function (y) { return y.exports.percent; }) }]);
        var body = document.querySelector('#growth-table tbody');
        body.replaceChildren.apply(body, years.map(function (y) {
          var tr = document.createElement('tr');
          [y.year, y.months, amount(y.total.current), amount(y.total.previous),
            amount(y.total.absolute),
            y.total.percent == null ? d.na : y.total.percentText + ' %'].forEach(function (text) {
            var td = document.createElement('td');
            td.textContent = text;
            tr.appendChild(td);
          });
          return tr;
        }));
      });
    },
    partners: function () {
      return get('/partners', { limit: 15, lang: d.lang }).then(function (ranked) {
        bars('partners', ranked.map(function (r) { return r.name; }), [
          { name: d.total, data: ranked.map(function (r) { return num(r.value); }) }], true);
      });
    },
    map: function () {
      return get('/partners', { limit: 250, lang: d.lang }).then(function (ranked) {
        var data = ranked.map(function (r) {
          return { name: MAP_NAMES[r.code] || (english ? english.of(r.code) : r.name), value: num(r.value), label: r.name };
        });
        var max = data.reduce(function (m, x) { return Math.max(m, x.value || 0); }, 1);
        chart('map').setOption({
          tooltip: { trigger: 'item', formatter: function (p) {
            return Twinport.escapeHtml(p.data ? p.data.label + ': ' + p.data.value : p.name);
          } },
          visualMap: { min: 0, max: max, left: 5, bottom: 5, itemHeight: 80, inRange: { color: ['#dbe9f0', '#0b5d7a'] } },
          series: [{ type: 'map', map: 'world', roam: true, data: data, emphasis: { label: { show: false } },
            itemStyle: { areaColor: '#f2f4f7', borderColor: '#b7bfcc' } }]
        }, true);
      });
    },
    chapters: function () {
      return get('/chapters', { lang: d.lang }).then(function (ranked) {
        pie('chapters', ranked);
        var body = document.querySelector('#chapters-table tbody');
        body.replaceChildren.apply(body, ranked.map(function (r) {
          var tr = document.createElement('tr');
          [r.code, r.name, amount(r.value), r.sharePercent == null ? d.na : r.sharePercent].forEach(function (text) {
            var td = document.createElement('td');
            td.textContent = text;
            tr.appendChild(td);
          });
          return tr;
        }));
      });
    },
    channels: function () {
      return get('/channels').then(function (years) {
        var labels = years.map(function (y) { return y.year; });
        bars('channels', labels, [
          { name: d.cbec, stack: 'c', data: years.map(function (y) { return num(y.crossBorderRetail); }) },
          { name: d.b2b, stack: 'c', data: years.map(function (y) { return num(y.b2b); }) },
          { name: d.general, stack: 'c', data: years.map(function (y) { return num(y.general); }) }]);
        chart('channels').setOption({
          yAxis: [valueAxis(), { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } }],
          series: [{}, {}, {}, { name: d.share, type: 'line', yAxisIndex: 1,
            data: years.map(function (y) { return y.crossBorderSharePercent; }) }]
        });
      });
    },
    sisters: function () {
      return get('/sister-cities').then(function (cmp) {
        bars('sisters', cmp.years.map(function (y) { return y.year + (y.months === '01-12' ? '' : ' (' + y.months + ')'); }), [
          { name: d.sister + ' %', data: cmp.years.map(function (y) { return y.sisterCountries.percent; }) },
          { name: d.others + ' %', data: cmp.years.map(function (y) { return y.others.percent; }) }]);
      });
    }
  };
  // The marketplace section (staff only): the same filters, always on the marketplace source.
  var MARKET = { source: 'MARKETPLACE' };
  if (document.getElementById('marketplace-section')) {
    figures.marketMonthly = function () {
      return get('/totals', MARKET).then(function (points) {
        chart('marketMonthly').setOption({
          color: COLORS, tooltip: { trigger: 'axis' }, legend: { top: 0 },
          grid: { left: 10, right: 20, top: 30, bottom: 10, containLabel: true },
          xAxis: { type: 'category', data: points.map(function (p) { return p.period; }) },
          yAxis: valueAxis(),
          series: [
            { name: d.imports, type: 'bar', data: points.map(function (p) { return num(p.imports); }) },
            { name: d.exports, type: 'bar', data: points.map(function (p) { return num(p.exports); }) }]
        }, true);
        document.getElementById('marketplace-section').dataset.points = points.length;
      });
    };
    figures.marketPartners = function () {
      return get('/partners', Object.assign({ limit: 15, lang: d.lang }, MARKET)).then(function (ranked) {
        bars('marketPartners', ranked.map(function (r) { return r.name; }), [
          { name: d.total, data: ranked.map(function (r) { return num(r.value); }) }], true);
      });
    };
    figures.marketChapters = function () {
      return get('/chapters', Object.assign({ lang: d.lang }, MARKET)).then(function (ranked) { pie('marketChapters', ranked); });
    };
  }
  var CSV = { marketMonthly: 'totals?source=MARKETPLACE', marketPartners: 'partners?source=MARKETPLACE',
    marketChapters: 'chapters?source=MARKETPLACE', monthly: 'totals', yearly: 'totals?granularity=YEAR', growth: 'growth', partners: 'partners', map: 'partners?limit=250',
    chapters: 'chapters', channels: 'channels', sisters: 'sister-cities' };

  function refresh() {
    var error = document.getElementById('insight-error');
    error.hidden = true;
    document.querySelectorAll('a.csv').forEach(function (a) {
      var parts = CSV[a.dataset.figure].split('?');
      var q = query();
      new URLSearchParams(parts[1] || '').forEach(function (v, k) { q.set(k, v); });
      q.set('lang', d.lang);
      a.href = d.api + '/csv/' + parts[0] + '?' + q.toString();
    });
    history.replaceState(null, '', '?' + query().toString());
    return Promise.all(Object.keys(figures).map(function (name) { return figures[name](); }))
      .then(function () { root.dataset.loaded = 'true'; })
      .catch(function (e) { error.textContent = e.message; error.hidden = false; });
  }

  document.querySelectorAll('button.png').forEach(function (button) {
    button.addEventListener('click', function () {
      var name = button.dataset.chart;
      var link = document.createElement('a');
      link.href = chart(name).getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      link.download = 'insight-' + name + '.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); refresh(); });
  form.addEventListener('change', function () { refresh(); });
  window.addEventListener('resize', function () { Object.values(charts).forEach(function (c) { c.resize(); }); });
  fetch(d.geo).then(function (r) { return r.json(); }).then(function (world) {
    echarts.registerMap('world', world);
    refresh();
  });
})();
