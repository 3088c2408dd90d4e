// `node demo/build/screens.mjs [--routes=overview,balance] [--langs=pl,uk,ru] [--viewports=320,768,1280]
//   [--themes=default] [--operator] [--dist=dist/demo]`
// Screenshots of every gallery page (Vite dev server, or a static build with --dist) at each
// width in each language, into screenshots/gallery/ (git-ignored). Width 320 is a phone: a 320 px
// viewport. 768 and 1280 are the layouts an operator's column of that width gives: the gallery's
// frames are that wide (?width=768|1280) and the window is wide enough to hold them next to the
// gallery's margins. The operator page (--operator) is shot at the window width itself. Prints
// console errors and sideways page overflow per page and exits 1 on any console error.
import { mkdirSync } from 'node:fs';
import process from 'node:process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const routes = arg('routes', 'overview,login,balance,invoices,usage,contact').split(',');
const langs = arg('langs', 'pl,uk,ru').split(',');
const viewports = arg('viewports', '320,768,1280').split(',').map(Number);
const themes = arg('themes', 'default').split(',');
const dist = arg('dist', '');
const withOperator = process.argv.includes('--operator');
const out = 'screenshots/gallery';
const GALLERY_MARGINS = 72;
mkdirSync(out, { recursive: true });

let base;
let close;
if (dist) {
  const server = createHttpServer(serveStatic(dist, '/some/sub/path/'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/some/sub/path/`;
  close = () => new Promise((r) => server.close(r));
} else {
  const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  base = server.resolvedUrls.local[0];
  close = () => server.close();
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let failures = 0;
try {
  for (const viewport of viewports) {
    for (const lang of langs) {
      for (const theme of themes) {
        const pages = routes.map((route) => {
          const q = new URLSearchParams();
          if (lang !== 'pl') q.set('lang', lang);
          if (theme !== 'default') q.set('theme', theme);
          if (viewport > 400) q.set('width', String(viewport));
          const search = q.size ? `?${q}` : '';
          return { name: `${route}_${theme}`, url: `${base}index.html${search}${route === 'overview' ? '' : `#${route}`}`, gallery: true };
        });
        if (withOperator && theme === themes[0]) pages.push({ name: 'operator', url: `${base}operator.html?lang=${lang}`, gallery: false });
        for (const p of pages) {
          // A frame of `viewport` px plus its border, the stage's padding and the page's margins.
          const width = p.gallery && viewport > 400 ? viewport + GALLERY_MARGINS : viewport;
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          // A signed-out visitor's session check answers 401 by design (operator page only).
          page.on('console', (m) => m.type() === 'error' && !(!p.gallery && /status of 401/.test(m.text())) && errors.push(m.text()));
          await page.goto(p.url);
          if (p.gallery) {
            await page.waitForSelector('html[data-gallery-ready]', { state: 'attached', timeout: 60_000 });
          } else {
            await page.waitForSelector('html[data-operator-ready]', { state: 'attached', timeout: 60_000 });
          }
          await page.evaluate(() => document.fonts.ready);
          const file = `${out}/${p.name}_${viewport}_${lang}.png`;
          await page.screenshot({ path: file, fullPage: true });
          // The first screenful too, readable at a glance.
          await page.screenshot({ path: file.replace(/\.png$/, '_top.png') });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          console.log(file, overflow > 0 ? `PAGE OVERFLOWS by ${overflow}px` : '', errors.length ? `errors: ${errors.join(' | ')}` : '');
          failures += errors.length;
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await close();
}
process.exit(failures ? 1 : 0);
