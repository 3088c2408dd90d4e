/**
 * The gallery in a browser: every widget page in each language renders every listed state from
 * preview data with no console errors; the switchers work live; the API tables come from the
 * manifest; the snippet can be copied. (The static build from a sub-path is checked by
 * demo/build/check-static.mjs.)
 */
import { expect } from '@open-wc/testing';
import { timeoutFor, until } from '../widgets/test-utils';
import { installPreviewSession } from './gallery/preview-session';
import { Gallery, DEFAULTS, LANGS, THEMES, settingsFromUrl, urlFor, type GallerySettings } from './gallery/app';
import { WIDGETS, widgetById, type WidgetId } from './gallery/catalog';
import type { Manifest } from './gallery/manifest';
import invoicesPl from '../widgets/invoices/i18n/pl.json';
import invoicesUk from '../widgets/invoices/i18n/uk.json';
import invoicesRu from '../widgets/invoices/i18n/ru.json';

installPreviewSession();

const MANIFEST: Manifest = {
  schemaVersion: '2.1.0',
  modules: [
    {
      path: 'widgets/balance/ebok-balance.ts',
      declarations: [
        {
          kind: 'class',
          name: 'EbokBalance',
          tagName: 'ebok-balance',
          customElement: true,
          summary: 'Balance tile.',
          attributes: [{ name: 'lang', type: { text: 'string' }, description: 'Language (`pl`, `uk`, `ru`).' }],
          members: [
            { kind: 'field', name: 'preview', type: { text: 'BalanceState | undefined' }, description: 'Render exactly this state.' },
            { kind: 'field', name: 'lang', attribute: 'lang' },
            { kind: 'method', name: 'chartReady', description: 'Resolves when drawn.' },
          ],
          events: [{ name: 'ebok-payment', description: 'Cancelable.' }],
          cssProperties: [{ name: '--ebok-color-debt', default: '#b3261e', description: 'Arrears.' }],
          cssParts: [{ name: 'amount', description: 'The amount.' }],
        },
      ],
    },
  ],
};

function stylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  return loaded;
}

let consoleErrors: unknown[][] = [];
const originalError = console.error;
const onError = (e: ErrorEvent) => consoleErrors.push([e.message]);
const onRejection = (e: PromiseRejectionEvent) => consoleErrors.push([String(e.reason)]);

before(async () => {
  await Promise.all(['gallery/gallery.css', ...THEMES.filter((t) => t.id !== 'default').map((t) => `themes/${t.id}.css`)].map((f) => stylesheet(new URL(`./${f}`, import.meta.url).href)));
});

let root: HTMLElement;
let gallery: Gallery;
let url: URL;
let copied: string[];
let copyFails = false;

async function open(settings: Partial<GallerySettings>): Promise<Gallery> {
  url = urlFor({ ...DEFAULTS, ...settings }, new URL('http://gallery.test/some/path/index.html'));
  gallery = new Gallery(root, {
    manifest: MANIFEST,
    location: { get: () => url, set: (next) => (url = next) },
    copy: (text) => (copyFails ? Promise.reject(new Error('denied')) : Promise.resolve(void copied.push(text))),
  });
  await gallery.start();
  return gallery;
}

function shadow(el: Element | undefined): ShadowRoot {
  expect(el, 'widget element').to.exist;
  expect(el!.shadowRoot, `${el!.localName} has a shadow root`).to.exist;
  return el!.shadowRoot!;
}

function base(el: Element | undefined): HTMLElement {
  const part = shadow(el).querySelector<HTMLElement>('[part~="base"]');
  expect(part, `${el?.localName} renders its base part`).to.exist;
  return part!;
}

beforeEach(() => {
  consoleErrors = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    originalError(...args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  copied = [];
  copyFails = false;
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  gallery?.dispose();
  root.remove();
  console.error = originalError;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('gallery: every widget, every state, every language', () => {
  for (const widget of WIDGETS) {
    for (const { id: lang } of LANGS) {
      it(`<${widget.tag}> in ${lang}: all ${widget.samples().length} states rendered, none missing, no console errors`, async () => {
        await open({ route: widget.id, lang });
        const figures = [...root.querySelectorAll<HTMLElement>('figure[data-sample]')];
        const ids = figures.map((f) => f.dataset.sample);
        expect(ids).to.deep.equal(widget.samples().map((s) => s.id));
        for (const required of widget.required) expect(ids, `${widget.id} shows "${required}"`).to.include(required);
        for (const figure of figures) {
          const el = figure.querySelector(widget.tag)!;
          const part = base(el);
          expect(part.getAttribute('lang'), `${figure.dataset.sample} speaks ${lang}`).to.equal(lang);
          expect(figure.querySelector('figcaption')!.textContent!.trim()).not.to.equal('');
        }
        expect(consoleErrors, 'console errors').to.deep.equal([]);
      });
    }
  }

  // Designers must see a failed load exactly as customers do, retry button included. (Sign-in
  // loads no data: its errors sit by the form, which is their retry, as for a failed send; the
  // account switcher shows the session's accounts, which the sign-in already loaded.)
  for (const widget of WIDGETS.filter((w) => w.id !== 'login' && w.id !== 'account-switcher')) {
    it(`<${widget.tag}>: every load error shows its retry button`, async () => {
      await open({ route: widget.id });
      const errors = [...root.querySelectorAll<HTMLElement>('figure[data-sample]')]
        .map((figure) => ({ id: figure.dataset.sample, root: shadow(figure.querySelector(widget.tag)!) }))
        .filter(({ root }) => root.querySelector('[part~="error"][data-kind="error"]'));
      expect(errors.length, `${widget.id} has error states`).to.be.greaterThan(0);
      for (const { id, root } of errors) expect(root.querySelector('[part~="retry"]'), `${id}: retry`).to.exist;
    });
  }
});

describe('gallery: the states the issue lists show what they say', () => {
  it('balance: red, blue and neutral', async () => {
    await open({ route: 'balance' });
    expect(base(gallery.elementFor('debt')).dataset.tone).to.equal('debt');
    expect(base(gallery.elementFor('credit')).dataset.tone).to.equal('credit');
    expect(base(gallery.elementFor('upcoming')).dataset.tone).to.equal('neutral');
    expect(base(gallery.elementFor('empty')).dataset.tone).to.equal('neutral');
    expect(base(gallery.elementFor('signed-out')).dataset.state).to.equal('signed-out');
    expect(base(gallery.elementFor('error')).dataset.state).to.equal('error');
  });

  for (const [lang, dict] of [['pl', invoicesPl], ['uk', invoicesUk], ['ru', invoicesRu]] as const) {
    it(`invoices (${lang}): overdue and partly paid ones are in the list`, async () => {
      await open({ route: 'invoices', lang });
      const text = shadow(gallery.elementFor('list')).textContent!;
      expect(text).to.include(dict.status.overdue);
      expect(text).to.include(dict.status.partly_paid);
      expect(text).to.include(dict.status.paid);
    });
  }

  it('usage: electricity, water and mobile data each in their unit', async () => {
    await open({ route: 'usage' });
    const text = (id: string) => shadow(gallery.elementFor(id)).textContent!.replace(/\s+/g, ' ');
    expect(text('electricity')).to.include('kWh');
    expect(text('water')).to.match(/m³|m3/);
    expect(text('mobile')).to.include('GB');
    for (const id of ['electricity', 'water', 'mobile']) expect(shadow(gallery.elementFor(id)).querySelector('canvas'), id).to.exist;
  });

  it('contact: validation errors are announced; success shows the ticket number', async () => {
    await open({ route: 'contact' });
    const errors = shadow(gallery.elementFor('errors'));
    expect(errors.querySelector('[part~="error-summary"]')).to.exist;
    expect(errors.querySelectorAll('[part~="field-error"]').length).to.be.greaterThan(2);
    const sent = shadow(gallery.elementFor('sent'));
    expect(sent.querySelector('[part~="success"]')).to.exist;
    expect(sent.querySelector('[part~="ticket-number"]')!.textContent).to.include('ZG/2026/004601');
  });
});

describe('gallery: switchers', () => {
  it('switches the language live, keeping the same elements', async () => {
    await open({ route: 'balance', lang: 'pl' });
    const before = gallery.elementFor('debt')!;
    await gallery.navigate({ lang: 'ru' });
    expect(gallery.elementFor('debt')).to.equal(before);
    await until(() => base(before).getAttribute('lang') === 'ru', 'balance switched to Russian');
    expect(url.searchParams.get('lang')).to.equal('ru');
    expect(root.querySelector<HTMLInputElement>('input[name="lang"][value="ru"]')!.checked).to.equal(true);
  });

  it('the language radio buttons drive the same switch', async () => {
    await open({ route: 'balance' });
    root.querySelector<HTMLInputElement>('input[name="lang"][value="uk"]')!.click();
    await until(() => base(gallery.elementFor('debt')).getAttribute('lang') === 'uk', 'switched to Ukrainian');
    expect(gallery.current.lang).to.equal('uk');
  });

  it('frames take the chosen width (320 / 768 / 1280)', async () => {
    await open({ route: 'balance', width: 320 });
    const frame = () => root.querySelector<HTMLElement>('.g-frame > ebok-balance')!;
    expect(frame().getBoundingClientRect().width).to.equal(320);
    await gallery.navigate({ width: 768 });
    expect(frame().getBoundingClientRect().width).to.equal(768);
    await gallery.navigate({ width: 1280 });
    expect(frame().getBoundingClientRect().width).to.equal(1280);
    expect(url.searchParams.get('width')).to.equal('1280');
  });

  it('themes change the widgets through --ebok-* tokens only', async () => {
    await open({ route: 'balance' });
    const el = gallery.elementFor('debt')!;
    const token = () => getComputedStyle(el).getPropertyValue('--ebok-color-primary').trim();
    expect(token()).to.equal('');
    for (const [theme, primary] of [['baltyk', '#12355b'], ['zdroj', '#00695c'], ['fala', '#ff9ad5']] as const) {
      const select = root.querySelector<HTMLSelectElement>('select[name="theme"]')!;
      select.value = theme;
      select.dispatchEvent(new Event('change'));
      await until(() => token() === primary, `${theme} applied`);
      expect(root.querySelector('.g-stage')!.getAttribute('data-theme')).to.equal(theme);
    }
    // A ::part() rule of the theme reaches into the widget.
    const title = shadow(el).querySelector<HTMLElement>('[part~="title"]')!;
    await gallery.navigate({ theme: 'baltyk' });
    expect(getComputedStyle(title).textTransform).to.equal('uppercase');
  });

  it('URLs round-trip every setting and ignore unknown values', () => {
    const s: GallerySettings = { route: 'usage', lang: 'uk', theme: 'fala', width: 1280 };
    expect(settingsFromUrl(urlFor(s, new URL('https://cdn.example.pl/a/b/index.html')))).to.deep.equal(s);
    expect(settingsFromUrl(new URL('https://x/?lang=en&theme=nope&width=5#nothing'))).to.deep.equal(DEFAULTS);
    expect(urlFor(DEFAULTS, new URL('https://x/sub/index.html?lang=ru#usage')).href).to.equal('https://x/sub/index.html');
  });

  it('follows the hash when the visitor navigates', async () => {
    await open({ route: 'overview' });
    url = new URL(`${url.origin}${url.pathname}#contact`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(() => root.querySelector('ebok-contact'), 'contact page shown');
    expect(root.querySelector('a[aria-current="page"]')!.textContent).to.equal('Kontakt');
  });
});

describe('gallery: embed snippet and API from the manifest', () => {
  it('shows the snippet in the chosen language and copies it', async () => {
    await open({ route: 'balance', lang: 'uk' });
    const code = root.querySelector('.g-snippet pre')!.textContent!;
    expect(code).to.include('data-lang="uk"').and.to.include('<ebok-balance></ebok-balance>').and.to.include('ebok.js');
    root.querySelector<HTMLButtonElement>('.g-snippet button')!.click();
    await until(() => root.querySelector('.g-copy-status')!.textContent === 'Skopiowano do schowka.', 'copied');
    expect(copied).to.deep.equal([code]);
  });

  it('when copying is refused, selects the code and says so', async () => {
    copyFails = true;
    await open({ route: 'balance' });
    root.querySelector<HTMLButtonElement>('.g-snippet button')!.click();
    await until(() => root.querySelector('.g-copy-status')!.textContent!.includes('Ctrl+C'), 'fallback');
    expect(getSelection()!.toString()).to.include('<ebok-balance>');
  });

  it('renders attributes, properties, methods, events, CSS properties and parts', async () => {
    await open({ route: 'balance' });
    const tables = [...root.querySelectorAll('#api ~ h3')].map((h) => h.textContent);
    expect(tables).to.deep.equal(['Atrybuty', 'Właściwości (z JavaScriptu)', 'Metody', 'Zdarzenia', 'Właściwości CSS (--ebok-*)', 'Części (::part)']);
    const text = root.querySelector('.g-section:last-of-type')!.textContent!.replace(/\s+/g, ' ');
    for (const s of ['lang', 'preview', 'BalanceState | undefined', 'chartReady()', 'ebok-payment', '--ebok-color-debt', '#b3261e', 'amount']) expect(text).to.include(s);
    // `code` in descriptions becomes <code>, never markup from a string.
    expect([...root.querySelectorAll('.g-table td code')].map((c) => c.textContent)).to.include('uk');
  });

  it('says so when the manifest lacks an element', async () => {
    await open({ route: 'invoices' });
    expect(root.querySelector('.g-section:last-of-type')!.textContent).to.include('Brak elementu');
    expect(root.querySelector('.g-section:last-of-type table')).to.equal(null);
  });
});

describe('gallery: accessibility of the chrome', () => {
  it('the overview is accessible and links every widget', async () => {
    await open({ route: 'overview' });
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.g-cards h2 a')].map((a) => a.getAttribute('href'));
    expect(links).to.have.length(WIDGETS.length + 1);
    expect(links).to.include('#invoices');
    await expect(root).to.be.accessible();
  });

  for (const id of ['balance', 'invoices'] as WidgetId[]) {
    it(`the ${id} page is accessible, widgets included`, async function () {
      // axe over every invoices state side by side: over 20 s in Firefox on a loaded machine.
      this.timeout(timeoutFor(20_000));
      await open({ route: id, theme: 'fala' });
      expect(widgetById(id)).to.exist;
      // Many copies of one widget side by side repeat its landmarks by design of the gallery;
      // a real page holds one of each, and every widget's own tests run axe on it alone.
      await expect(root).to.be.accessible({ ignoredRules: ['landmark-unique'] });
    });
  }
});
