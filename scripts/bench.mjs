// `npm run bench`: in headless Chromium, prints (1) the whole suite as operators ship it — the
// production bundle built into .bench/dist and served from a second origin like a CDN, on a page
// with the mock API: requests and bytes for a page without widgets and with all five, and the time
// from loader start to every widget showing the customer's data; (2) a table per widget from
// widgets/*/*.bench.ts; (3) first, ONE table of the goals (issue 13): each widget against its
// peers — uPlot, chart.js tuned for big data, a bare TanStack Virtual list — measured in the same
// page, interleaved, medians, with the ratio, the goal and whether it is met. A benchmark, not a
// test: the exit code never depends on timings. Timings come from one machine: compare on one machine.
// Options: --only=suite,goals,invoices,usage  --runs=5  --files (what the signed-in page loaded)
//   --profile=week[:uplot|:chartjs] | year[:…] | invoices[:tanstack] — instead of the tables, one
//   contestant of one goal repeated --runs times under the CPU profiler: prints self and total time
//   per source file and function (the dev server serves sources, so names are the sources' own)
//   and writes .bench/<name>.cpuprofile for the DevTools Performance panel.
process.env.NODE_ENV = 'production';
import { createServer as createHttpServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, createServer } from 'vite';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
// --files: after the suite table, every file the signed-in page of five loaded, largest first.
const listFiles = process.argv.includes('--files');
const profileName = process.argv.find((a) => a.startsWith('--profile='))?.slice(10);
const wants = (name) => !profileName && (!only || only.split(',').includes(name));
const mockWorker = readFileSync('node_modules/msw/lib/mockServiceWorker.js');
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  // No reloads: the suite benchmark builds into .bench/ under this root while the server runs.
  server: { port: 0, host: '127.0.0.1', hmr: false, watch: { ignored: ['**/.bench/**', '**/dist/**'] } },
  define: { 'process.env.NODE_ENV': '"production"' },
  // Only the benchmark pages: the gallery's virtual modules are not served here.
  optimizeDeps: { entries: ['scripts/bench/*.html'] },
  plugins: [
    {
      name: 'bench-mock-worker',
      configureServer(s) {
        s.middlewares.use('/mockServiceWorker.js', (_req, res) => {
          res.setHeader('Content-Type', 'application/javascript');
          res.end(mockWorker);
        });
      },
    },
  ],
});
await server.listen();
const url = server.resolvedUrls.local[0];
// gc() and exact heap sizes for the "heap held by the chart" goal.
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
let exitCode = 0;
let suiteRows;
try {
  if (wants('suite')) {
    const suite = await benchSuite(browser, url);
    exitCode = suite.failed || exitCode;
    suiteRows = suite.rows;
  }
  if (profileName) {
    await profileOne(browser, url, profileName);
    throw Object.assign(new Error('done'), { done: true });
  }
  const widgetsOnly = only?.split(',').filter((n) => n !== 'suite').join(',');
  if (only && !widgetsOnly) throw Object.assign(new Error('done'), { done: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // Heap for the goals: a full GC, then the JS heap plus ArrayBuffer backing stores (typed arrays
  // live outside the JS heap, so usedJSHeapSize alone would not see them).
  const cdp = await page.context().newCDPSession(page);
  await page.exposeFunction('__heapUsage', async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const h = await cdp.send('Runtime.getHeapUsage');
    return h.usedSize + (h.backingStorageSize ?? 0);
  });
  await page.goto(`${url}scripts/bench/index.html?runs=${runs}${widgetsOnly ? `&only=${widgetsOnly}` : ''}`);
  const results = await page.evaluate(() => window.__benchDone, undefined, { timeout: 600_000 });
  const goals = results.goals;
  delete results.goals;
  for (const [suite, rows] of Object.entries(results)) {
    console.log(`\n${suite}`);
    if (!Array.isArray(rows)) {
      console.error(rows.error);
      exitCode = 1;
      continue;
    }
    printTable(rows);
  }
  if (goals) printGoals(goals, suiteRows);
} catch (e) {
  if (!e.done) throw e;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);

/** `--profile=<name>`: the page runs one contestant under the profiler; print where the time went. */
async function profileOne(browser, origin, name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // 100 µs between samples: a first paint of a few ms still gets enough of them.
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let result;
  await page.exposeFunction('__profiler', async (what) => {
    if (what === 'start') await cdp.send('Profiler.start');
    else result = (await cdp.send('Profiler.stop')).profile;
  });
  await page.goto(`${origin}scripts/bench/index.html?runs=${runs}&profile=${encodeURIComponent(name)}`);
  await page.evaluate(() => window.__benchDone, undefined, { timeout: 600_000 });
  await page.close();
  if (!result) throw new Error('no profile taken');
  mkdirSync('.bench', { recursive: true });
  const file = `.bench/${name.replace(/[^\w-]+/g, '-')}.cpuprofile`;
  writeFileSync(file, JSON.stringify(result));
  const { nodes, samples, timeDeltas } = result;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(nodes.map((n) => [n.id, 0]));
  for (let i = 0; i < samples.length; i++) self.set(samples[i], self.get(samples[i]) + (timeDeltas[i] ?? 0) / 1000);
  const where = (f) => {
    const u = f.url.replace(origin, '/').replace(/\?.*$/, '');
    const file = u.includes('/node_modules/') ? `${u.split('/node_modules/').pop().split('/').slice(0, 1)}/…/${u.split('/').pop()}` : u;
    return file || `(${f.functionName || 'program'})`;
  };
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...nodes].filter((n) => n.callFrame.functionName === '(idle)').reduce((a, n) => a + self.get(n.id), 0);
  const busy = total - idle;
  const bySelf = (key) => {
    const m = new Map();
    for (const n of nodes) {
      if (n.callFrame.functionName === '(idle)') continue;
      const k = key(n.callFrame);
      m.set(k, (m.get(k) ?? 0) + self.get(n.id));
    }
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  // Inclusive time per function: a sample counts once per function on its stack (recursion once).
  const inclusive = new Map();
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i] ?? 0) / 1000;
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(root)') continue;
      const k = `${f.functionName || '(anonymous)'}  ${where(f)}:${f.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  }
  const pct = (ms) => `${((100 * ms) / busy).toFixed(1)} %`;
  const perRun = (ms) => (ms / runs).toFixed(2);
  console.log(`\nprofile ${name}: ${runs} runs, ${busy.toFixed(0)} ms busy (${perRun(busy)} ms a run), ${idle.toFixed(0)} ms idle; written to ${file}`);
  console.log('\nself time by file');
  printTable(bySelf(where).slice(0, 20).map(([k, ms]) => ({ file: k, 'ms a run': perRun(ms), share: pct(ms) })));
  console.log('\nself time by function');
  printTable(bySelf((f) => `${f.functionName || '(anonymous)'}  ${where(f)}:${f.lineNumber + 1}`).slice(0, 30).map(([k, ms]) => ({ function: k, 'ms a run': perRun(ms), share: pct(ms) })));
  console.log('\ntotal (inclusive) time by function');
  printTable([...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, ms]) => ({ function: k, 'ms a run': perRun(ms), share: pct(ms) })));
}

/** The one table of goals: widget vs peer from the same run, plus the page weight from the suite run. */
function printGoals(goals, suite) {
  if (!Array.isArray(goals)) {
    console.error('goals:', goals.error);
    exitCode = 1;
    return;
  }
  const page = suite?.find((r) => r.scenario === 'all five, signed in (jan)');
  const rows = [...goals];
  if (page) {
    const kb = page['KB brotli'];
    rows.push({ measure: 'all five widgets signed in, pl, JS brotli', widget: kb, peer: 'budget', 'peer value': 110, unit: 'KB', ratio: kb / 110, goal: '≤ 1.0×', met: kb <= 110 ? 'yes' : 'NO' });
  }
  console.log(`\ngoals (issue 13): widget vs peer in one page, ${runs} interleaved repetitions each, medians; ratio = widget ÷ peer`);
  printTable(
    rows.map((r) => ({
      measure: r.measure,
      widget: `${fmt(r.widget)} ${r.unit}`,
      peer: r.peer,
      'peer value': `${fmt(r['peer value'])} ${r.unit}`,
      ratio: Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : '—',
      goal: r.goal.includes('Infinity') ? '(info)' : r.goal,
      met: r.goal.includes('Infinity') ? '' : r.met,
    })),
  );
}

function fmt(v) {
  return typeof v !== 'number' || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function printTable(rows) {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => (typeof v === 'number' ? v.toFixed(1) : String(v ?? ''));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals) => vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

/**
 * The production bundle from a second origin (like a CDN: CORS, brotli sizes counted), the page
 * and the mock API from the Vite server. Each run is a fresh browser context: a first visit.
 */
async function benchSuite(browser, pageOrigin) {
  const outDir = '.bench/dist';
  rmSync(outDir, { recursive: true, force: true });
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const log = [];
  const brotli = new Map();
  const cdn = createHttpServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(outDir, path);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!file.startsWith(outDir) || !existsSync(file)) {
      res.statusCode = 404;
      return res.end();
    }
    const body = readFileSync(file);
    if (!brotli.has(file)) brotli.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
    log.push({ path, raw: body.length, brotli: brotli.get(file) });
    res.setHeader('Content-Type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
    res.end(body);
  });
  await new Promise((r) => cdn.listen(0, '127.0.0.1', r));
  const cdnOrigin = `http://127.0.0.1:${cdn.address().port}`;
  const scenarios = [
    { scenario: 'page without widgets', query: 'widgets=none' },
    { scenario: 'all five, signed out', query: 'widgets=all' },
    { scenario: 'all five, signed in (jan)', query: 'widgets=all&as=jan' },
  ];
  const rows = [];
  let failed = 0;
  try {
    for (const { scenario, query } of scenarios) {
      const times = [];
      let requests = 0;
      let bytes = 0;
      let raw = 0;
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error('page error:', e.message));
        // 401 from the session check (signed out) and the favicon's 404 are expected.
        page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && console.error(`${scenario}: ${m.text()}`));
        log.length = 0;
        await page.goto(`${pageOrigin}scripts/bench/suite.html?${query}&cdn=${encodeURIComponent(cdnOrigin)}`);
        const result = await page.evaluate(() => window.__suiteDone).catch((e) => ({ error: String(e) }));
        await context.close();
        if (result.error) {
          console.error(`${scenario}: ${result.error}`);
          failed = 1;
          break;
        }
        times.push(result.msToData);
        requests = log.length;
        if (listFiles && i === 0 && query.includes('as=')) {
          console.log(`\nfiles loaded: ${scenario}`);
          printTable([...log].sort((a, b) => b.brotli - a.brotli).map((r) => ({ file: r.path, 'KB brotli': r.brotli / 1024, 'KB raw': r.raw / 1024 })));
        }
        bytes = log.reduce((n, r) => n + r.brotli, 0);
        raw = log.reduce((n, r) => n + r.raw, 0);
      }
      times.sort((a, b) => a - b);
      rows.push({
        scenario,
        requests,
        'KB brotli': bytes / 1024,
        'KB raw': raw / 1024,
        'ms to data (median)': times[Math.floor(times.length / 2)] ?? NaN,
        'ms (min)': times[0] ?? NaN,
        'ms (max)': times.at(-1) ?? NaN,
      });
    }
  } finally {
    cdn.close();
  }
  console.log(`\nwhole suite (production bundle from a CDN origin, mock API, ${runs} cold runs each; requests and bytes to the CDN)`);
  printTable(rows);
  return { failed, rows };
}
