// `npm run bench`: renders the widgets with synthetic data in headless Chromium and prints a
// table per widget. Timings come from one machine and one run: compare them on the same machine.
// Options: --only=invoices,usage
process.env.NODE_ENV = 'production';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
  define: { 'process.env.NODE_ENV': '"production"' },
});
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let exitCode = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${url}scripts/bench/index.html${only ? `?only=${only}` : ''}`);
  const results = await page.evaluate(() => window.__benchDone, undefined, { timeout: 600_000 });
  for (const [suite, rows] of Object.entries(results)) {
    console.log(`\n${suite}`);
    if (!Array.isArray(rows)) {
      console.error(rows.error);
      exitCode = 1;
      continue;
    }
    printTable(rows);
  }
  if (!Object.keys(results).length) console.log('No benchmark modules found (widgets/*/*.bench.ts).');
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);

function printTable(rows) {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => (typeof v === 'number' ? v.toFixed(1) : String(v ?? ''));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals) => vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}
