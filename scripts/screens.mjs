// `node scripts/screens.mjs [path] [--login=email]`: screenshots of the demo (Vite dev server on the
// mocks) at 320 and 1280 px in pl, uk and ru, written to screenshots/ (git-ignored) to look at.
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/';
const login = process.argv.find((a) => a.startsWith('--login='))?.slice(8);
const widths = (process.argv.find((a) => a.startsWith('--widths='))?.slice(9) ?? '320,1280').split(',').map(Number);
const langs = (process.argv.find((a) => a.startsWith('--langs='))?.slice(8) ?? 'pl,uk,ru').split(',');
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const width of widths) {
    for (const lang of langs) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${base}${path}`);
      await page.waitForFunction(() => window.ebok !== undefined, undefined, { timeout: 20_000 });
      await page.evaluate((l) => {
        document.documentElement.lang = l;
        window.ebok.setLanguage(l);
      }, lang);
      if (login) {
        await page.evaluate(async (email) => {
          const res = await fetch('./api/session', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ identifier: email, identifierType: 'email', password: 'Ebok-demo-1' }),
          });
          if (!res.ok) throw new Error(`login ${res.status}`);
        }, login);
        await page.reload();
        await page.waitForFunction(() => window.ebok !== undefined);
        await page.evaluate((l) => {
          document.documentElement.lang = l;
          window.ebok.setLanguage(l);
        }, lang);
      }
      await page.waitForTimeout(2500);
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}${login ? `_${login.split('@')[0]}` : ''}_${width}_${lang}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file, errors.length ? `errors: ${errors.join(' | ')}` : '');
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
