import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../test-utils/test-widget';
import type { EbokTestWidget } from '../../test-utils/test-widget';
import { configure, resetConfig } from '../config';
import { resetI18n, setStrings, readStringOverridesFromPage, i18n } from './i18n';
import { ensureLoaded } from './i18n';
import { commonTranslations } from './common';
import { normalizeLang } from './languages';
import { resolveLanguage } from './language';
import { until } from '../../test-utils';

const text = (el: EbokTestWidget, sel: string) => el.shadowRoot!.querySelector(sel)!.textContent!.trim();

describe('language resolution', () => {
  beforeEach(() => {
    resetConfig();
    document.documentElement.lang = 'pl';
  });
  afterEach(() => {
    document.documentElement.lang = 'pl';
    resetConfig();
  });

  it('normalises language tags', () => {
    expect(normalizeLang('uk-UA')).to.equal('uk');
    expect(normalizeLang('RU')).to.equal('ru');
    expect(normalizeLang('ua')).to.equal('uk');
    expect(normalizeLang('en')).to.equal(undefined);
    expect(normalizeLang('')).to.equal(undefined);
  });

  it('prefers own lang, then nearest ancestor, then data-lang, then <html lang>, then pl', async () => {
    const wrap = await fixture(html`<div lang="ru"><section><ebok-test-widget lang="uk"></ebok-test-widget></section></div>`);
    const el = wrap.querySelector('ebok-test-widget')!;
    expect(resolveLanguage(el)).to.equal('uk');
    el.removeAttribute('lang');
    expect(resolveLanguage(el)).to.equal('ru');
    wrap.removeAttribute('lang');
    configure({ lang: 'uk' });
    document.documentElement.lang = 'ru';
    expect(resolveLanguage(el)).to.equal('uk');
    resetConfig();
    expect(resolveLanguage(el)).to.equal('ru');
    document.documentElement.lang = 'en';
    expect(resolveLanguage(el)).to.equal('pl');
  });

  it('skips unsupported values and crosses shadow roots', async () => {
    const host = await fixture(html`<div lang="uk"><div class="host"></div></div>`);
    const inner = host.querySelector('.host')!.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.lang = 'en';
    const el = document.createElement('ebok-test-widget');
    box.append(el);
    inner.append(box);
    expect(resolveLanguage(el)).to.equal('uk');
  });

  it('re-renders live when any source changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><ebok-test-widget></ebok-test-widget></div>`);
    const el = wrap.querySelector('ebok-test-widget')!;
    await el.translationsReady;
    expect(text(el, '.hello')).to.equal('Dzień dobry');

    document.documentElement.lang = 'ru';
    await until(() => text(el, '.hello') === 'Добрый день', 'html lang → ru');

    configure({ lang: 'uk' });
    await until(() => text(el, '.hello') === 'Добрий день', 'data-lang → uk');

    wrap.lang = 'pl';
    await until(() => text(el, '.hello') === 'Dzień dobry', 'ancestor → pl');

    el.lang = 'ru';
    await until(() => text(el, '.hello') === 'Добрый день', 'own → ru');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('ru');
  });

  it('loads only the active language', async () => {
    resetI18n();
    const el = await fixture<EbokTestWidget>(html`<ebok-test-widget lang="uk"></ebok-test-widget>`);
    await el.translationsReady;
    expect(i18n.hasResourceBundle('uk', 'common')).to.equal(true);
    expect(i18n.hasResourceBundle('pl', 'common')).to.equal(false);
    expect(i18n.hasResourceBundle('ru', 'common')).to.equal(false);
  });
});

describe('plurals (CLDR one/few/many/other)', () => {
  const expected: Record<string, Record<string, string>> = {
    pl: { 1: '1 dokument', 2: '2 dokumenty', 5: '5 dokumentów', 12: '12 dokumentów', 21: '21 dokumentów', 22: '22 dokumenty', 25: '25 dokumentów', 1.5: '1.5 dokumentu' },
    uk: { 1: '1 документ', 2: '2 документи', 5: '5 документів', 12: '12 документів', 21: '21 документ', 22: '22 документи', 25: '25 документів', 1.5: '1.5 документа' },
    ru: { 1: '1 документ', 2: '2 документа', 5: '5 документов', 12: '12 документов', 21: '21 документ', 22: '22 документа', 25: '25 документов', 1.5: '1.5 документа' },
  };
  for (const lang of ['pl', 'uk', 'ru'] as const) {
    it(`chooses the right form in ${lang} for 1, 2, 5, 12, 21, 22, 25 and 1.5`, async () => {
      await ensureLoaded(lang, [commonTranslations]);
      const el = await fixture<EbokTestWidget>(html`<ebok-test-widget lang=${lang}></ebok-test-widget>`);
      await el.translationsReady;
      for (const [count, phrase] of Object.entries(expected[lang]!)) {
        el.count = Number(count);
        await el.updateComplete;
        expect(text(el, '.count'), `${lang} ${count}`).to.equal(phrase);
      }
    });
  }
});

describe('operator string overrides', () => {
  afterEach(() => resetI18n());

  it('overrides a string without rebuilding, before or after loading, and re-renders', async () => {
    const el = await fixture<EbokTestWidget>(html`<ebok-test-widget></ebok-test-widget>`);
    await el.translationsReady;
    setStrings('pl', 'test', { hello: 'Witaj w Energa24' });
    await until(() => text(el, '.hello') === 'Witaj w Energa24', 'override applied');
    setStrings('xx', 'test', { hello: 'ignored' });
    expect(text(el, '.hello')).to.equal('Witaj w Energa24');
  });

  it('reads overrides from a JSON script block in the page', async () => {
    resetI18n();
    const block = document.createElement('script');
    block.type = 'application/json';
    block.dataset.ebokStrings = '';
    block.textContent = JSON.stringify({ uk: { test: { hello: 'Вітаємо у Водоканалі' } } });
    document.body.append(block);
    try {
      const el = await fixture<EbokTestWidget>(html`<ebok-test-widget lang="uk"></ebok-test-widget>`);
      await el.translationsReady;
      await nextFrame();
      expect(text(el, '.hello')).to.equal('Вітаємо у Водоканалі');
      readStringOverridesFromPage(); // applied once only
    } finally {
      block.remove();
    }
  });

  it('ignores an invalid JSON block with a warning', () => {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.dataset.ebokStrings = '';
    block.textContent = '{ not json';
    document.body.append(block);
    const warn = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      readStringOverridesFromPage();
    } finally {
      console.warn = warn;
      block.remove();
    }
    expect(warned).to.equal(true);
  });
});
