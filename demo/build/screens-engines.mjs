// `node demo/build/screens-engines.mjs --base=http://127.0.0.1:5181/ [--engines=firefox,webkit]
//   [--pages=overview,invoices,operator] [--langs=pl,ru] [--widths=390,1280] [--tabs=0]
//   [--top=0] [--height=2000] [--persona=jan]`
// Screenshots of the demo in Firefox and WebKit, the engines Playwright's own builds would cover
// but that this machine has only as Debian's packages: Firefox ESR through puppeteer (WebDriver
// BiDi) and WebKitGTK's MiniBrowser through WebKitWebDriver (plain WebDriver over HTTP; run under
// `xvfb-run -s "-screen 0 1400x6000x24"`: the window is made as tall as the page). Chromium:
// demo/build/screens.mjs. Start the demo first (`npx vite --port 5181`). `--tabs=N` presses Tab
// N times before the shot, to see the focus ring. Into screenshots/engines/ (git-ignored); prints
// sideways page overflow per page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import puppeteer from 'puppeteer';
import { findFirefox, findMiniBrowser, findWebKitWebDriver } from '../../scripts/browsers.mjs';
import { freePort } from '../../web-test-runner.shared.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const base = arg('base', 'http://127.0.0.1:5181/');
const engines = arg('engines', 'firefox,webkit').split(',');
const pages = arg('pages', 'overview,invoices,operator').split(',');
const langs = arg('langs', 'pl,ru').split(',');
const widths = arg('widths', '390,1280').split(',').map(Number);
const tabs = Number(arg('tabs', '0'));
// A shot covers page y = top … top + height (a tall page in pieces is readable; the full invoice list is 40,000 px).
const top = Number(arg('top', '0'));
const height = Number(arg('height', '2000'));
// operator.html only: sign in as this persona (its shortcut button) and give the widgets 3 s to show data.
const persona = arg('persona', '');
const out = 'screenshots/engines';
mkdirSync(out, { recursive: true });

/** The page's address and the attribute it sets once it has rendered (screens.mjs does the same). */
function target(page, lang, width) {
  if (page === 'operator') return { url: `${base}operator.html?lang=${lang}`, ready: 'data-operator-ready', window: width };
  const q = new URLSearchParams();
  if (lang !== 'pl') q.set('lang', lang);
  if (width > 400) q.set('width', String(width));
  const search = q.size ? `?${q}` : '';
  // Above 400 px the gallery's frame is that wide (as in screens.mjs): the window holds it and the margins.
  return { url: `${base}index.html${search}${page === 'overview' ? '' : `#${page}`}`, ready: 'data-gallery-ready', window: width > 400 ? width + 72 : width };
}

const READY = (attr) => `return !!document.documentElement.hasAttribute(${JSON.stringify(attr)}) && document.fonts.status === 'loaded'`;
const SIGN_IN = `const b = document.querySelector('button[data-persona=${JSON.stringify(persona)}]'); if (b) b.click(); return !!b`;
const SIGNED_IN = "return (document.querySelector('#persona-status')?.textContent ?? '').startsWith('Zalogowano')";
// What has focus, through shadow roots, as "tag#id.class text" (after --tabs).
const FOCUSED = `let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return (document.hasFocus() ? '' : '[page not focused] ') + (a ? (a.localName + (a.id ? '#' + a.id : '') + ' ' + (a.getAttribute('aria-label') || a.textContent || a.value || '').trim().slice(0, 40)) : 'nothing')`;
const OVERFLOW = 'return document.documentElement.scrollWidth - document.documentElement.clientWidth';
const HEIGHT = `return Math.max(1, Math.min(document.documentElement.scrollHeight - ${top}, ${height}))`;

async function firefox(shots) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
  try {
    for (const s of shots) {
      const page = await browser.newPage();
      await page.setViewport({ width: s.window, height: 900 });
      await page.goto(s.url);
      await page.waitForFunction(new Function(READY(s.ready)), { timeout: 60_000 });
      if (persona && s.ready === 'data-operator-ready') {
        if (!(await page.evaluate(new Function(SIGN_IN)))) throw new Error(`no persona button for ${persona}`);
        await page.waitForFunction(new Function(SIGNED_IN), { timeout: 60_000 });
        await new Promise((r) => setTimeout(r, 3000));
      }
      for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
      const overflow = await page.evaluate(new Function(OVERFLOW));
      const h = await page.evaluate(new Function(HEIGHT));
      await page.screenshot({ path: s.file, clip: { x: 0, y: top, width: s.window, height: h }, captureBeyondViewport: true });
      console.log(s.file, overflow > 0 ? `PAGE OVERFLOWS by ${overflow}px` : '');
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function webkit(shots) {
  const port = await freePort();
  const driver = spawn(findWebKitWebDriver(), [`--port=${port}`, '--host=local'], { stdio: 'ignore' });
  const wd = async (method, path, body) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  try {
    for (let i = 0; ; i++) {
      try {
        await wd('GET', '/status');
        break;
      } catch (e) {
        if (i > 100) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const { sessionId } = await wd('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: findMiniBrowser(), args: ['--automation'] } } },
    });
    const s = (path) => `/session/${sessionId}${path}`;
    const run = (script) => wd('POST', s('/execute/sync'), { script, args: [] });
    // The window's size includes its toolbar: grow it by what the page lacks.
    const resize = async (width, height) => {
      const [iw, ih] = await run('return [innerWidth, innerHeight]');
      const rect = await wd('GET', s('/window/rect'));
      await wd('POST', s('/window/rect'), { width: rect.width + width - iw, height: rect.height + height - ih });
    };
    try {
      for (const shot of shots) {
        await resize(shot.window, 900);
        await wd('POST', s('/url'), { url: shot.url });
        for (let i = 0; !(await run(READY(shot.ready))); i++) {
          if (i > 600) throw new Error(`${shot.url} never got ${shot.ready}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        if (persona && shot.ready === 'data-operator-ready') {
          if (!(await run(SIGN_IN))) throw new Error(`no persona button for ${persona}`);
          for (let i = 0; !(await run(SIGNED_IN)); i++) {
            if (i > 600) throw new Error(`${persona} never signed in`);
            await new Promise((r) => setTimeout(r, 100));
          }
          await new Promise((r) => setTimeout(r, 3000));
        }
        await resize(shot.window, await run(HEIGHT));
        await run(`scrollTo(0, ${top})`);
        await new Promise((r) => setTimeout(r, 2000)); // laid out and painted at the new height (500 ms left it black on a loaded machine)
        for (let i = 0; i < tabs; i++) await wd('POST', s('/actions'), { actions: [{ type: 'key', id: 'k', actions: [{ type: 'keyDown', value: '\uE004' }, { type: 'keyUp', value: '\uE004' }] }] });
        const overflow = await run(OVERFLOW);
        if (tabs) console.log(`focus after ${tabs} Tab: ${await run(FOCUSED)}`);
        writeFileSync(shot.file, Buffer.from(await wd('GET', s('/screenshot')), 'base64'));
        console.log(shot.file, overflow > 0 ? `PAGE OVERFLOWS by ${overflow}px` : '');
      }
    } finally {
      await wd('DELETE', s(''));
    }
  } finally {
    driver.kill();
  }
}

for (const engine of engines) {
  const shots = [];
  for (const width of widths) {
    for (const lang of langs) {
      for (const page of pages) {
        shots.push({ ...target(page, lang, width), width, file: `${out}/${engine}_${page}_${width}_${lang}${tabs ? `_tab${tabs}` : ''}${top ? `_at${top}` : ''}${persona ? `_${persona}` : ''}.png` });
      }
    }
  }
  await (engine === 'firefox' ? firefox(shots) : webkit(shots));
}
