// Size budgets for the operator bundle in dist/ (brotli, the way CDNs serve it). Prints a table
// and exits 1 when anything is over budget or when the chart library (uPlot) leaks outside the usage widget.
import { brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KB = 1024;
const BUDGETS = [
  { test: (f) => f === 'ebok.js', label: 'loader', budget: 2 * KB },
  { test: (f) => /^chunks\/core-/.test(f), label: 'shared core', budget: 30 * KB },
  { test: (f) => /^chunks\/chart-/.test(f), label: 'chart (uPlot)', budget: 25 * KB },
  { test: (f) => /^chunks\/ebok-[a-z]+-/.test(f), label: 'widget', budget: 10 * KB },
  { test: (f) => /^chunks\/(pl|uk|ru)-/.test(f), label: 'strings', budget: 4 * KB },
];
const OTHER = { label: 'other shared', budget: 10 * KB };

const dist = 'dist';
if (!existsSync(join(dist, 'ebok.js'))) {
  console.error('dist/ebok.js not found: run `npm run build` first.');
  process.exit(1);
}
const files = ['ebok.js', ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

let failed = false;
const rows = files.map((file) => {
  const source = readFileSync(join(dist, file));
  const rule = BUDGETS.find((b) => b.test(file)) ?? OTHER;
  const size = brotli(source);
  const ok = size <= rule.budget;
  if (!ok) failed = true;
  return { file, kind: rule.label, raw: source.length, brotli: size, budget: rule.budget, ok };
});

// uPlot (the `chart` chunk) may only be reachable from the usage widget (which loads it lazily,
// through its usage-chart module): never from the loader, the shared core or another widget.
const importsOf = (file) => {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(/(?:from|import\(?)\s*["'`]\.{1,2}\/(?:chunks\/)?([^"'`]+)["'`]/g)].map((m) => `chunks/${m[1]}`);
};
const reachable = (start) => {
  const seen = new Set();
  const walk = (f) => {
    for (const next of importsOf(f)) if (!seen.has(next) && files.includes(next)) (seen.add(next), walk(next));
  };
  walk(start);
  return seen;
};
const isChart = (f) => /^chunks\/chart-/.test(f);
const problems = [];
for (const file of files) {
  if (isChart(file)) continue;
  const widget = /^chunks\/ebok-([a-z]+)-/.exec(file)?.[1];
  if (widget === 'usage') continue;
  if (widget || /^chunks\/core-/.test(file)) {
    const chart = [...reachable(file)].find(isChart);
    if (chart) problems.push(`${file} reaches uPlot (${chart}); only the usage widget may.`);
    // uPlot's own class names and chart.js's banner: neither library may be bundled into them.
    if (/u-cursor-pt|Chart\.register|chart\.js v\d/.test(readFileSync(join(dist, file), 'utf8'))) problems.push(`${file} contains chart library code.`);
  }
}
if (!files.some(isChart)) problems.push('no separate chart (uPlot) chunk: it must not be bundled into the usage widget or core.');

// Release artefacts (vite.config.ts, releaseArtefacts): hashed chunks, the SRI of the loader.
for (const f of files.filter((f) => f.startsWith('chunks/'))) {
  if (!/-[\w-]{8}\.js$/.test(f)) problems.push(`${f} has no content hash in its name: it cannot be cached forever.`);
}
if (existsSync(join(dist, 'release.json'))) {
  const release = JSON.parse(readFileSync(join(dist, 'release.json'), 'utf8'));
  const actual = `sha384-${createHash('sha384').update(readFileSync(join(dist, 'ebok.js'))).digest('base64')}`;
  if (release.integrity !== actual) problems.push('release.json: the integrity of ebok.js does not match the file.');
  if (!existsSync(join(dist, release.version, 'ebok.js'))) problems.push(`dist/${release.version}/ebok.js (the pinned copy) is missing.`);
} else {
  problems.push('dist/release.json is missing (version and SRI hash of the loader).');
}
// A dynamic import of one core module becomes a tiny facade that only re-exports from core.
const isCoreFacade = (f) => /^export\s*\{[^}]*\}\s*from\s*["'`]\.\/core-[\w-]+\.js["'`];?\s*$/.test(readFileSync(join(dist, f), 'utf8').trim());
const loaderImports = importsOf('ebok.js').filter((f) => !/^chunks\/ebok-|^chunks\/core-/.test(f) && !isCoreFacade(f));
const staticLoaderImports = [...readFileSync(join(dist, 'ebok.js'), 'utf8').matchAll(/^import|;import\s*[{*\w]/gm)];
if (staticLoaderImports.length) problems.push('ebok.js has static imports: a page without widgets would download more than the loader.');
if (loaderImports.length) problems.push(`ebok.js imports unexpected chunks: ${loaderImports.join(', ')}`);

const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));
const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
console.log(`${pad('file', 44)} ${pad('kind', 13)} ${pad('raw', 10, true)} ${pad('brotli', 10, true)} ${pad('budget', 10, true)}  ok`);
for (const r of rows.sort((a, b) => a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file))) {
  console.log(`${pad(r.file, 44)} ${pad(r.kind, 13)} ${pad(fmt(r.raw), 10, true)} ${pad(fmt(r.brotli), 10, true)} ${pad(fmt(r.budget), 10, true)}  ${r.ok ? 'yes' : 'OVER'}`);
}
for (const p of problems) console.error(`✗ ${p}`);
if (failed || problems.length) {
  console.error('Size check failed.');
  process.exit(1);
}
console.log('Size check passed: every chunk is within its brotli budget.');
