// Size budgets for the operator bundle in dist/ (brotli, the way CDNs serve it). Prints a table
// and exits 1 when anything is over budget or when chart.js leaks outside the usage widget.
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KB = 1024;
const BUDGETS = [
  { test: (f) => f === 'ebok.js', label: 'loader', budget: 2 * KB },
  { test: (f) => /^chunks\/core-/.test(f), label: 'shared core', budget: 30 * KB },
  { test: (f) => /^chunks\/chart-/.test(f), label: 'chart.js', budget: 65 * KB },
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

// chart.js may only be reachable from the usage widget's chunk.
const importsOf = (file) => {
  const code = readFileSync(join(dist, file), 'utf8');
  return [...code.matchAll(/(?:from|import\()\s*["'`]\.{1,2}\/(?:chunks\/)?([^"'`]+)["'`]/g)].map((m) => `chunks/${m[1]}`);
};
const problems = [];
for (const file of files) {
  if (/^chunks\/chart-/.test(file)) continue;
  const chartImport = importsOf(file).find((f) => /^chunks\/chart-/.test(f));
  if (chartImport && !/^chunks\/ebok-usage-/.test(file)) problems.push(`${file} imports chart.js (${chartImport}); only the usage widget may.`);
  if (/^chunks\/ebok-(?!usage)/.test(file) || /^chunks\/core-/.test(file) || file === 'ebok.js') {
    if (/Chart\.register|chart\.js v\d/.test(readFileSync(join(dist, file), 'utf8'))) problems.push(`${file} contains chart.js code.`);
  }
}
const loaderImports = importsOf('ebok.js').filter((f) => !/^chunks\/ebok-|^chunks\/core-/.test(f));
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
