import { expect, fixture, html } from '@open-wc/testing';
import { configFromScript, failedModuleUrl, startLoader } from './loader';
import { until } from '../widgets/test-utils';

type Calls = Record<string, number>;

function fakeImporters(tags: string[], calls: Calls, fail: Set<string> = new Set()) {
  return Object.fromEntries(
    tags.map((tag) => [
      tag,
      () => {
        calls[tag] = (calls[tag] ?? 0) + 1;
        return fail.has(tag) ? Promise.reject(new Error('chunk failed')) : Promise.resolve({});
      },
    ]),
  );
}
const noCore = () => Promise.resolve({ setStrings: () => {} });

describe('loader', () => {
  beforeEach(() => {
    delete window.ebok;
  });

  it('reads its data-* attributes', () => {
    const s = document.createElement('script');
    s.dataset.api = 'https://ebok.example.pl/api';
    s.dataset.lang = 'uk';
    s.dataset.idleMinutes = '5';
    expect(configFromScript(s, 'https://cdn.example.pl/ebok/')).to.deep.equal({
      api: 'https://ebok.example.pl/api',
      lang: 'uk',
      idleMinutes: 5,
      base: 'https://cdn.example.pl/ebok/',
    });
    expect(configFromScript(null, '/').idleMinutes).to.equal(undefined);
  });

  it('loads only the widgets in the page, once each, and tags added later', async () => {
    const calls: Calls = {};
    await fixture(html`<div><x-one-a></x-one-a><x-one-a></x-one-a></div>`);
    const g = startLoader('1.0.0', fakeImporters(['x-one-a', 'x-one-b', 'x-one-c', 'x-one-d'], calls), noCore, {});
    expect(g.version).to.equal('1.0.0');
    expect(window.ebok).to.equal(g);
    expect(calls).to.deep.equal({ 'x-one-a': 1 });

    document.body.append(document.createElement('x-one-b'));
    await until(() => calls['x-one-b'] === 1, 'added tag loaded');

    // A tag nested in an added subtree counts as well.
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><x-one-c></x-one-c></div>';
    document.body.append(wrapper);
    await until(() => calls['x-one-c'] === 1, 'nested added tag loaded');
    // A tag already loaded is not loaded again. No waiting for nothing to happen: the second
    // x-one-c comes in the same mutation as a new tag, so once that one is loaded the observer has
    // seen both.
    document.body.append(document.createElement('x-one-c'), document.createElement('x-one-d'));
    await until(() => calls['x-one-d'] === 1, 'the tag added with it loaded');
    expect(calls).to.deep.equal({ 'x-one-a': 1, 'x-one-b': 1, 'x-one-c': 1, 'x-one-d': 1 });
  });

  it('modulepreloads the chunks a widget will need beside its own, once, relative to its base', async () => {
    const calls: Calls = {};
    await fixture(html`<div><x-pre-a></x-pre-a><x-pre-b></x-pre-b></div>`);
    const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
    const before = links().length;
    startLoader('1.0.0', fakeImporters(['x-pre-a', 'x-pre-b'], calls), noCore, { base: 'https://cdn.example.pl/ebok/' }, undefined, {
      'x-pre-a': 'chunks/chart-1.js chunks/theme-2.js',
      // Not filled in by a build (dev, tests): nothing to preload.
      'x-pre-b': '__ebok_preload:widgets/x/y.ts__',
    });
    document.body.append(document.createElement('x-pre-a'));
    expect(calls).to.deep.equal({ 'x-pre-a': 1, 'x-pre-b': 1 });
    expect(links().slice(before)).to.deep.equal(['https://cdn.example.pl/ebok/chunks/chart-1.js', 'https://cdn.example.pl/ebok/chunks/theme-2.js']);
    for (const l of document.head.querySelectorAll('link[rel="modulepreload"][href^="https://cdn.example.pl/"]')) l.remove();
  });

  it('a second copy on the page does nothing but warn once, naming both versions', async () => {
    const calls: Calls = {};
    const first = startLoader('1.0.0', fakeImporters(['x-two-a'], calls), noCore, {});
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      expect(() => startLoader('2.0.0', fakeImporters(['x-two-a'], calls), noCore, {})).not.to.throw();
      startLoader('3.0.0', fakeImporters(['x-two-a'], calls), noCore, {});
    } finally {
      console.warn = original;
    }
    expect(window.ebok).to.equal(first);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('1.0.0').and.to.include('2.0.0');
  });

  it('is not fooled by an element with id="ebok" (named access on window)', async () => {
    const calls: Calls = {};
    await fixture(html`<div id="ebok"><x-named-a></x-named-a></div>`);
    expect(window.ebok).to.be.instanceOf(HTMLElement);
    const g = startLoader('1.0.0', fakeImporters(['x-named-a'], calls), noCore, {});
    expect(window.ebok).to.equal(g);
    expect(calls).to.deep.equal({ 'x-named-a': 1 });
  });

  it('setLanguage and logout reach core through document events', () => {
    const g = startLoader('1.0.0', {}, noCore, { lang: 'pl' });
    const seen: string[] = [];
    const onConfig = () => seen.push(`config:${g.config.lang}`);
    const onLogout = (e: Event) => seen.push(`logout:${(e as CustomEvent<{ reason: string }>).detail.reason}`);
    document.addEventListener('ebok-config-change', onConfig);
    document.addEventListener('ebok-logout-request', onLogout);
    g.setLanguage('ru');
    g.logout();
    g.logout('idle');
    document.removeEventListener('ebok-config-change', onConfig);
    document.removeEventListener('ebok-logout-request', onLogout);
    expect(seen).to.deep.equal(['config:ru', 'logout:user', 'logout:idle']);
  });

  it('passes string overrides to core', async () => {
    const received: unknown[] = [];
    const g = startLoader('1.0.0', {}, () => Promise.resolve({ setStrings: (...a: unknown[]) => void received.push(a) }), {});
    g.setStrings('pl', 'common', { brand: 'Energa' });
    await until(() => received.length === 1, 'override passed on');
    expect(received[0]).to.deep.equal(['pl', 'common', { brand: 'Energa' }]);
  });

  it('retries a chunk that fails once, then shows an error inside the widget', async () => {
    const calls: Calls = {};
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const el = await fixture(html`<div lang="uk"><x-fail-a></x-fail-a></div>`);
      startLoader('1.0.0', fakeImporters(['x-fail-a'], calls, new Set(['x-fail-a'])), noCore, {});
      const widget = el.querySelector('x-fail-a')!;
      await until(() => widget.shadowRoot?.querySelector('[role=alert]'), 'error shown', 5000);
      expect(calls['x-fail-a']).to.equal(2);
      expect(widget.shadowRoot!.textContent).to.include('Не вдалося');
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });

  it('finds the failed module in the browser error, or nothing', () => {
    const url = 'https://cdn.example.pl/ebok/0.1.0/chunks/ebok-usage-AbC123.js';
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${url}`))).to.equal(url);
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${url}`))).to.equal(url);
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).to.equal(undefined);
    expect(failedModuleUrl('offline')).to.equal(undefined);
  });

  it('retries the failed module under a new URL, since browsers remember the failed one', async () => {
    const calls: Calls = {};
    const retried: string[] = [];
    const failing = () => {
      calls['x-url-a'] = (calls['x-url-a'] ?? 0) + 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example.pl/c/x-url-a-1.js'));
    };
    await fixture(html`<div><x-url-a></x-url-a></div>`);
    startLoader('1.0.0', { 'x-url-a': failing }, noCore, {}, (url) => {
      retried.push(url);
      return Promise.resolve({});
    });
    await until(() => retried.length === 1, 'retried under a new URL', 5000);
    expect(calls['x-url-a']).to.equal(1);
    expect(retried[0]).to.match(/^https:\/\/cdn\.example\.pl\/c\/x-url-a-1\.js\?ebok-retry=\d+$/);
  });
});
