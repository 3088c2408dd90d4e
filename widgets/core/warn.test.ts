import { expect, fixture, html } from '@open-wc/testing';
import { startLoader } from '../../shell/loader';
import { configure, resetConfig } from './config';
import { warnOnce } from './warn';
import '../test-utils/test-widget';
import '../login/ebok-login';

/** The [ebok] warnings printed while `run` runs. */
async function warningsOf(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen.filter((w) => w.startsWith('[ebok] '));
}

describe('warnings for operators', () => {
  afterEach(() => {
    delete window.ebok;
    configure({ api: '/api' });
  });

  it('warnOnce prints each key once, prefixed [ebok]', async () => {
    const seen = await warningsOf(() => {
      warnOnce('k1', 'one');
      warnOnce('k1', 'one again');
      warnOnce('k2', 'two');
    });
    expect(seen).to.deep.equal(['[ebok] one', '[ebok] two']);
  });

  it('a widget on a page without the loader (and not configured from code) says so, once', async () => {
    // With the loader, or set up from code: nothing to say.
    startLoader('0.1.0', {}, () => import('./i18n/i18n'), { api: '/api' });
    resetConfig();
    const withLoader = await warningsOf(() => fixture(html`<ebok-test-widget></ebok-test-widget>`));
    delete window.ebok;
    configure({ api: '/api' });
    const fromCode = await warningsOf(() => fixture(html`<ebok-test-widget></ebok-test-widget>`));
    expect([...withLoader, ...fromCode].filter((w) => w.includes('without the eBOK loader'))).to.deep.equal([]);
    // Neither: one warning, however many widgets.
    resetConfig();
    const without = await warningsOf(() => fixture(html`<div><ebok-test-widget></ebok-test-widget><ebok-test-widget></ebok-test-widget></div>`));
    const again = await warningsOf(() => fixture(html`<ebok-test-widget></ebok-test-widget>`));
    expect(without.filter((w) => w.includes('without the eBOK loader'))).to.have.length(1);
    expect(without.find((w) => w.includes('without the eBOK loader'))).to.contain('<ebok-test-widget>');
    expect(again.filter((w) => w.includes('without the eBOK loader'))).to.deep.equal([]);
  });

  it('the loader without data-api says the widgets call /api on this site', async () => {
    const seen = await warningsOf(() => startLoader('0.1.0', {}, () => import('./i18n/i18n'), {}));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('no data-api');
    delete window.ebok;
    expect(await warningsOf(() => startLoader('0.1.0', {}, () => import('./i18n/i18n'), { api: 'https://ebok.example.pl/api' }))).to.deep.equal([]);
  });

  it('an unknown attribute value: identifiers="emial", a javascript: registration URL, lang="en" — each once', async () => {
    configure({ api: '/api' });
    const seen = await warningsOf(async () => {
      await fixture(html`<div>
        <ebok-login identifiers="emial phone" registration-url="javascript:alert(1)" lang="en"></ebok-login>
        <ebok-login identifiers="emial"></ebok-login>
      </div>`);
    });
    expect(seen.filter((w) => w.includes('"emial" is not an identifier'))).to.have.length(1);
    expect(seen.find((w) => w.includes('emial'))).to.contain('email, customerNumber, phone, cardNumber');
    expect(seen.filter((w) => w.includes('registration-url="javascript:alert(1)"'))).to.have.length(1);
    expect(seen.filter((w) => w.includes('lang="en"'))).to.have.length(1);
    expect(seen.some((w) => w.includes('"phone"'))).to.equal(false);
  });
});
