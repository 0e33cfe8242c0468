// Converts Natural Earth 110m countries (world-atlas, public domain) to a small GeoJSON for ECharts registerMap.
// Antarctica is dropped; polygons that cross the antimeridian (Russia's Chukotka, Fiji) are split at +/-180.
const topo = require('world-atlas/countries-110m.json');
const { feature } = require('topojson-client');
const fc = feature(topo, topo.objects.countries);
const round = (n) => Math.round(n * 10) / 10;
function fixRing(ring) {
  // Shift points that jump across the antimeridian so the ring stays on one side.
  const lons = ring.map(p => p[0]);
  const span = Math.max(...lons) - Math.min(...lons);
  if (span <= 180) return ring;
  const east = lons.filter(l => l > 0).length >= lons.length / 2;
  return ring.map(([x, y]) => [east ? (x < 0 ? 180 : x) : (x > 0 ? -180 : x), y]);
}
const features = fc.features.filter(f => f.properties.name !== 'Antarctica').map(f => {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = polys.map(poly => poly.map(ring => fixRing(ring).map(([x, y]) => [round(x), round(y)])));
  return { type: 'Feature', id: f.id, properties: { name: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates: out } };
});
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }));
