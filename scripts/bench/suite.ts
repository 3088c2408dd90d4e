// The whole suite as operators ship it: the built loader (dist/ebok.js from a "CDN" on another
// origin) on a page with the mock API. `?widgets=all|none`, `&cdn=<origin>`, `&as=<persona>`.
// scripts/bench.mjs reads window.__suiteDone.
import { startMocks } from '../../mocks/browser';
import { signInAs } from '../../mocks/state';
import { SHOWS_DATA, SHOWS_SIGNED_OUT } from '../../shell/embedding/test-utils/showing';

declare global {
  interface Window {
    __suiteDone?: Promise<{ msToData: number; widgets: number }>;
  }
}

const TAGS = ['ebok-login', 'ebok-balance', 'ebok-invoices', 'ebok-usage', 'ebok-contact'];
const params = new URLSearchParams(location.search);
const cdn = params.get('cdn')!;
const persona = params.get('as');

window.__suiteDone = (async () => {
  await startMocks({ base: '/api', faultsFromUrl: false });
  if (persona) signInAs(persona as Parameters<typeof signInAs>[0]);
  const stage = document.querySelector('#stage')!;
  const tags = params.get('widgets') === 'none' ? [] : TAGS;
  for (const tag of tags) stage.append(document.createElement(tag));
  const start = performance.now();
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${cdn}/ebok.js`;
  script.dataset.api = '/api';
  script.dataset.lang = 'pl';
  document.head.append(script);
  const showing = persona ? SHOWS_DATA : SHOWS_SIGNED_OUT;
  const els = [...stage.children];
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (els.every((el) => showing[el.localName]!(el)) && (tags.length || window.ebok)) return resolve();
      if (performance.now() - start > 30_000) return reject(new Error('widgets did not show data within 30 s'));
      requestAnimationFrame(check);
    };
    check();
  });
  return { msToData: performance.now() - start, widgets: els.length };
})();
