// `node demo/build/check-static.mjs` (after `npm run build`): serves dist/ from a sub-path
// (/some/sub/path/ → dist/) with a strict CSP, and checks in Chromium that the static gallery
// (dist/demo/) shows every widget page with its states and API tables, and that the operator page
// starts the mock API's service worker relative to itself and signs a persona in. Fails on any
// console error, CSP violation or request outside the sub-path.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const PREFIX = '/some/sub/path/';
if (!existsSync('dist/demo/index.html')) {
  console.error('dist/demo/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
const notFound = [];
const server = createServer(serveStatic('dist', PREFIX, notFound));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}${PREFIX}demo/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const problems = [];

async function page(url, ignore = /$^/) {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  p.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && !ignore.test(m.text()) && problems.push(`${url}: ${m.text()}`));
  await p.goto(url);
  return p;
}

try {
  const routes = ['login', 'balance', 'invoices', 'usage', 'contact', 'register', 'account-switcher', 'contract', 'readings', 'account', 'payments', 'messages'];
  for (const lang of ['pl', 'uk', 'ru']) {
    for (const route of routes) {
      const p = await page(`${base}index.html?lang=${lang}#${route}`);
      await p.waitForSelector('html[data-gallery-ready]', { state: 'attached', timeout: 60_000 });
      const r = await p.evaluate((tag) => {
        const figures = [...document.querySelectorAll('figure[data-sample]')];
        return {
          figures: figures.length,
          rendered: figures.filter((f) => f.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')).length,
          langs: [...new Set(figures.map((f) => f.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')))],
          tables: [...document.querySelectorAll('#api ~ h3')].map((h) => h.textContent),
          attributes: [...document.querySelectorAll('.g-table tbody th code')].map((c) => c.textContent),
        };
      }, `ebok-${route}`);
      const ok = r.figures > 3 && r.rendered === r.figures && r.langs.length === 1 && r.langs[0] === lang && r.tables.length >= 5 && r.attributes.includes('lang');
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${lang} #${route}: ${r.rendered}/${r.figures} states, API tables: ${r.tables.length}`);
      if (!ok) problems.push(`${lang} #${route}: ${JSON.stringify(r)}`);
      await p.close();
    }
  }

  // The live page: msw's worker from ./mockServiceWorker.js, the API under ./api, a persona signs in.
  const p = await page(`${base}operator.html`, /status of 401/);
  await p.waitForSelector('html[data-operator-ready]', { state: 'attached', timeout: 60_000 });
  const scope = await p.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  if (scope !== `${base}`) problems.push(`service worker scope ${scope}, expected ${base}`);
  await p.click('button[data-persona="jan"]');
  await p.waitForFunction(() => document.querySelector('ebok-balance')?.shadowRoot?.querySelector('[data-tone="debt"]'), undefined, { timeout: 30_000 });
  console.log(`ok   operator.html: worker scope ${scope}, Jan signed in, balance red`);
  await p.close();
} catch (e) {
  problems.push(String(e));
} finally {
  await browser.close();
  server.close();
}
const outside = notFound.filter((p) => !p.startsWith(PREFIX));
if (outside.length) problems.push(`requests outside the sub-path: ${[...new Set(outside)].join(', ')}`);
if (problems.length) {
  console.error(`static gallery check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('static gallery check passed (sub-path, strict CSP, no console errors)');
