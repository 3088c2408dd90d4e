import { expect } from '@open-wc/testing';
import { getMockStats } from '../../mocks/browser';
import { html, LANGS, renderWidget, setupMockApi, shadowText } from '../test-utils/index';
import type { EbokLogin } from './ebok-login';
import { loginStates } from './login-states';
import './ebok-login';

describe('<ebok-login> every state (preview)', () => {
  beforeEach(setupMockApi);

  for (const lang of LANGS) {
    for (const [name, { state }] of Object.entries(loginStates())) {
      it(`${name} in ${lang}: renders from data alone, accessible`, async () => {
        document.documentElement.lang = lang;
        const before = getMockStats().requests;
        const el = await renderWidget<EbokLogin>(
          html`<ebok-login identifiers="email customerNumber" registration-url="https://operator.example/rejestracja" .preview=${state}></ebok-login>`,
        );
        await el.updateComplete;
        const root = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(root.getAttribute('data-view')).to.equal(state.view);
        expect(root.getAttribute('lang')).to.equal(lang);
        // Nothing untranslated: no raw keys such as "errors.locked" on screen.
        expect(shadowText(el)).not.to.match(/\b(errors|code|reset|notice|identifier|password|signedIn|idle)\.[a-zA-Z]+/);
        await expect(el).to.be.accessible();
        // A preview fetches nothing of its own (only the session check every widget makes).
        const after = getMockStats().requests;
        for (const key of Object.keys(after)) if (key !== 'GET /session') expect(after[key], key).to.equal(before[key]);
      });
    }
  }

  it('shows plural forms right in every language', async () => {
    const cases = [
      { lang: 'pl', state: loginStates()['wrong-password-last']!.state, text: 'Została jeszcze 1 próba' },
      { lang: 'uk', state: loginStates()['wrong-password']!.state, text: 'Залишилося ще 2 спроби' },
      { lang: 'ru', state: loginStates()['rate-limited']!.state, text: 'через 42 секунды' },
      { lang: 'pl', state: loginStates()['rate-limited']!.state, text: 'za 42 sekundy' },
      { lang: 'uk', state: loginStates()['idle-warning']!.state, text: 'через 42 секунди' },
      { lang: 'ru', state: loginStates()['reset-sent']!.state, text: 'действительна 72 часа' },
      { lang: 'pl', state: loginStates()['unavailable']!.state, text: 'za 120 sekund' },
      { lang: 'ru', state: loginStates()['signed-out-idle']!.state, text: 'неактивны 10 минут' },
      // Fractions through Intl, in the CLDR "other" form: never "0.5".
      { lang: 'pl', state: loginStates()['signed-out-idle-half-minute']!.state, text: 'po 0,5 minuty bezczynności' },
      { lang: 'uk', state: loginStates()['signed-out-idle-half-minute']!.state, text: 'неактивні 0,5 хвилини' },
      { lang: 'ru', state: loginStates()['signed-out-idle-half-minute']!.state, text: 'неактивны 0,5 минуты' },
    ] as const;
    for (const c of cases) {
      document.documentElement.lang = c.lang;
      const el = await renderWidget<EbokLogin>(html`<ebok-login .preview=${c.state}></ebok-login>`);
      expect(shadowText(el).replace(/[\u00a0\u202f]/g, ' '), `${c.lang}`).to.contain(c.text);
      el.remove();
    }
  });

  it('labels the region in every state: the checking skeleton has the #title its aria-labelledby names', async () => {
    for (const [name, { state }] of Object.entries(loginStates())) {
      const el = await renderWidget<EbokLogin>(html`<ebok-login .preview=${state}></ebok-login>`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      const id = base.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(id)?.textContent?.trim(), name).to.not.equal(undefined);
      expect(el.shadowRoot!.getElementById(id)!.textContent!.trim(), name).to.not.equal('');
      el.remove();
    }
  });

  it('gives a locked account no active sign-in button while the lock lasts, and says why on a cross-site page', async () => {
    const submit = (el: EbokLogin) => el.shadowRoot!.querySelector('button[type="submit"]')!.getAttribute('aria-disabled');
    for (const [name, disabled] of [['locked', 'true'], ['locked-unknown', 'true'], ['wrong-password', 'false'], ['credentials', 'false']] as const) {
      const el = await renderWidget<EbokLogin>(html`<ebok-login .preview=${loginStates()[name]!.state}></ebok-login>`);
      expect(submit(el), name).to.equal(disabled);
      el.remove();
    }
    const texts = { pl: 'nie może zostać dokończone na tej stronie', uk: 'На цій сторінці неможливо завершити вхід', ru: 'На этой странице невозможно завершить вход' };
    const unreachable = { pl: 'Serwis jest teraz niedostępny', uk: 'Сервіс зараз недоступний', ru: 'Сервис сейчас недоступен' };
    for (const lang of LANGS) {
      document.documentElement.lang = lang;
      const el = await renderWidget<EbokLogin>(html`<ebok-login .preview=${loginStates()['cross-site']!.state}></ebok-login>`);
      expect(shadowText(el)).to.contain(texts[lang]);
      el.preview = loginStates()['service-unreachable']!.state;
      await el.updateComplete;
      expect(shadowText(el)).to.contain(unreachable[lang]);
      el.remove();
    }
  });
});
