import { expect, fixture } from '@open-wc/testing';
import FakeTimers, { type Clock as InstalledClock } from '@sinonjs/fake-timers';
import { http, HttpResponse } from 'msw';
import { getMockStats, startMocks } from '../../mocks/browser';
import { DEMO_ACTIVATION_TOKENS } from '../../mocks/data/registration';
import { resetFaults, setFaults } from '../../mocks/faults';
import { registrationOutbox, setRegistrationMock } from '../../mocks/routes/registration';
import { configure } from '../core/config';
import type { Lang } from '../core/i18n/languages';
import type { EbokLogin } from '../login/ebok-login';
import '../login/ebok-login';
import { getSessionStore } from '../core/session';
import { accessibleUnderFakeTimers, html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokRegister } from './ebok-register';
import './ebok-register';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';

const STRINGS = { pl, uk, ru } as const;
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const MAREK = { number: '10052214', proof: '44051401359', email: 'marek.zielinski@example.pl', emailRepeat: 'marek.zielinski@example.pl' };

async function mount(lang: Lang = 'pl'): Promise<EbokRegister> {
  const el = await renderWidget<EbokRegister>(html`<ebok-register lang=${lang}></ebok-register>`);
  await until(() => step(el) !== 'loading' && step(el) !== 'checking' && !el.shadowRoot!.querySelector('.pending'), 'the widget ready');
  return el;
}

function step(el: EbokRegister): string | null | undefined {
  return el.shadowRoot?.querySelector('[data-step]')?.getAttribute('data-step');
}

function $<E extends HTMLElement = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found: ${shadowText(el)}`);
  return found;
}

const has = (el: Element, selector: string) => !!el.shadowRoot!.querySelector(selector);
const focused = (el: Element) => el.shadowRoot!.activeElement;
const registrations = () => getMockStats().requests['POST /registration'] ?? 0;

async function type(el: EbokRegister, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fill(el: EbokRegister, values: Partial<typeof MAREK>, terms = true): Promise<void> {
  for (const [id, value] of Object.entries(values)) await type(el, id, value);
  const box = $<HTMLInputElement>(el, '#terms');
  if (box.checked !== terms) box.click();
  await el.updateComplete;
}

async function submit(el: EbokRegister): Promise<void> {
  $(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

/** Open the page as the activation e-mail's link does. */
function openLink(token: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}#ebok-activation=${encodeURIComponent(token)}`);
}

describe('<ebok-register>', function () {
  this.timeout(timeoutFor(20_000));
  let clock: InstalledClock | undefined;
  beforeEach(setupMockApi);
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    resetFaults();
    history.replaceState(null, '', location.pathname + location.search);
  });

  for (const lang of LANGS) {
    const S = STRINGS[lang];
    describe(`in ${lang}`, () => {
      it('identify → check your e-mail: one request, one link e-mailed, focus on the step', async () => {
        const el = await mount(lang);
        expect(shadowText(el)).to.contain(S.title);
        await expect(el).to.be.accessible();
        await fill(el, MAREK);
        await submit(el);
        await until(() => step(el) === 'sent', 'the e-mail step');
        expect(shadowText(el)).to.contain(S.sent.title);
        expect(shadowText(el)).to.contain('marek.zielinski@example.pl');
        expect(focused(el)?.id).to.equal('title');
        expect(registrationOutbox()).to.deep.equal([{ to: 'marek.zielinski@example.pl', kind: 'activation', token: registrationOutbox()[0]!.token }]);
        expect($(el, '[part="resend"]').getAttribute('aria-disabled')).to.equal('true');
        expect(nbsp($(el, '[part="countdown"]').textContent!)).to.match(/\d+/);
        await expect(el).to.be.accessible();
      });

      it('says at each field what is wrong, focuses the first, and sends nothing', async () => {
        const el = await mount(lang);
        await fill(el, { number: '12', proof: '44051401358', email: 'marek.zielinski@example.pl', emailRepeat: 'marek.zielinski@example.com' }, false);
        await submit(el);
        const text = shadowText(el);
        expect(text).to.contain(S.number.invalid.customerNumber);
        expect(text).to.contain(S.proof.checksum.pesel);
        expect(text).to.contain(S.email.mismatch);
        expect(text).to.contain(S.terms.required);
        expect(focused(el)?.id).to.equal('number');
        expect($(el, '#proof').getAttribute('aria-describedby')).to.contain('proof-error');
        expect(registrations()).to.equal(0);
        await expect(el).to.be.accessible();
        // Correcting a field takes its message away.
        await type(el, 'proof', '44051401359');
        expect(shadowText(el)).not.to.contain(S.proof.checksum.pesel);
      });

      it('opened from the e-mail link: reads the token, clears the address bar, sets the password, done', async () => {
        openLink(DEMO_ACTIVATION_TOKENS.valid);
        const el = await mount(lang);
        expect(step(el)).to.equal('activate');
        expect(location.hash).to.equal('');
        expect(location.href).not.to.contain('ebok-activation');
        expect(shadowText(el)).to.contain('marek.zielinski@example.pl');
        expect(focused(el)?.id).to.equal('title');
        await type(el, 'password', 'jesien7');
        expect(el.shadowRoot!.querySelectorAll('.rules li[data-met="true"]')).to.have.length(4);
        expect($(el, '.rules li[data-met="false"]').textContent).to.contain(S.activate.rule.length);
        expect($(el, '#password-strength').textContent).to.contain(S.activate.level['1']);
        expect($(el, '[part="strength"]').getAttribute('data-level')).to.equal('1');
        await expect(el).to.be.accessible();
        // A password breaking a rule is refused at the field, before any request.
        await submit(el);
        expect(shadowText(el)).to.contain(S.activate.weak);
        expect(focused(el)?.id).to.equal('password');
        expect(getMockStats().requests['POST /registration/activate'] ?? 0).to.equal(0);
        await type(el, 'password', 'Jesienny-Liść-42');
        expect(el.shadowRoot!.querySelectorAll('.rules li[data-met="true"]')).to.have.length(5);
        await submit(el);
        await until(() => step(el) === 'done', 'activated');
        expect(shadowText(el)).to.contain(S.done.title);
        expect(focused(el)?.id).to.equal('title');
        await expect(el).to.be.accessible();
      });

      for (const reason of ['expired', 'used'] as const) {
        it(`a ${reason} link says so and sends a new one`, async () => {
          openLink(DEMO_ACTIVATION_TOKENS[reason]);
          const el = await mount(lang);
          expect(step(el)).to.equal('token');
          expect(shadowText(el)).to.contain(S.token[reason].title);
          expect(location.hash).to.equal('');
          await expect(el).to.be.accessible();
          $(el, '[part="new-link"]').click();
          await until(() => shadowText(el).includes(S.token.sent), 'the new link sent');
          expect(registrationOutbox()).to.have.length(1);
          expect($(el, '[part="new-link"]').getAttribute('aria-disabled')).to.equal('true');
          await expect(el).to.be.accessible();
        });
      }

      it('a damaged link says so without asking the API, and offers to register again', async () => {
        openLink('demo-activ…');
        const el = await mount(lang);
        expect(step(el)).to.equal('token');
        expect(shadowText(el)).to.contain(S.token.invalid.title);
        expect(getMockStats().requests['POST /registration/token'] ?? 0).to.equal(0);
        await expect(el).to.be.accessible();
        $(el, '[part="again"]').click();
        await until(() => step(el) === 'identify', 'the form');
        expect(focused(el)?.id).to.equal('title');
      });
    });
  }

  describe('no hint whether an account exists', () => {
    it('an unknown customer, a company by NIP and a registered one see the same screen', async () => {
      const screens: string[] = [];
      for (const [values, choose] of [
        [{ ...MAREK, number: '99999999' }, []],
        [{ number: 'FV/2026/10/000877', proof: '526-025-02-74', email: 'biuro@zlotyklos.example.pl', emailRepeat: 'biuro@zlotyklos.example.pl' }, ['invoiceNumber', 'nip']],
        [{ number: '10004521', proof: '90090515836', email: 'marek.zielinski@example.pl', emailRepeat: 'marek.zielinski@example.pl' }, []],
      ] as const) {
        const el = await mount();
        for (const value of choose) {
          $<HTMLInputElement>(el, `input[value="${value}"]`).click();
          await el.updateComplete;
        }
        await fill(el, values);
        await submit(el);
        await until(() => step(el) === 'sent', 'the e-mail step');
        screens.push(shadowText(el).replace(values.email, '<e-mail>'));
        el.remove();
      }
      expect(new Set(screens).size).to.equal(1);
      expect(registrationOutbox().map((m) => m.kind)).to.deep.equal(['activation']);
    });
  });

  describe('exactly one registration', () => {
    it('a double click sends one request', async () => {
      const el = await mount();
      await fill(el, MAREK);
      const button = $(el, 'button[type="submit"]');
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      await until(() => step(el) === 'sent', 'the e-mail step');
      expect(registrations()).to.equal(1);
      expect(registrationOutbox()).to.have.length(1);
    });

    it('a dropped connection, then a retry: the late request and the retry send one e-mail', async () => {
      // No bot check here: the fault hangs every /registration… path, the challenge's too.
      setRegistrationMock({ challenge: 'none' });
      const el = await mount();
      await fill(el, MAREK);
      // Only the request that hangs gets 300 ms: loading the form took longer than that in
      // WebKit on a loaded machine, and the test then found no form.
      configure({ timeoutMs: 300 });
      setFaults({ hang: true, path: '/api/registration' });
      await submit(el);
      await until(() => has(el, '[part="form-alert"]'), 'the timeout');
      expect(shadowText(el)).to.contain('Serwer nie odpowiada');
      // The server gets the hung request after all; its answer is lost.
      resetFaults();
      await until(() => registrationOutbox().length === 1, 'the late registration');
      configure({ timeoutMs: 10_000 });
      await submit(el);
      await until(() => step(el) === 'sent', 'the e-mail step');
      expect(registrationOutbox()).to.have.length(1);
      expect(registrations()).to.equal(2);
    });
  });

  describe('waits', () => {
    it('too many attempts: a countdown outside the alert, nothing sent meanwhile, then a new try', async () => {
      // The solver yields with setTimeout, which the fake clock holds: this operator has no bot check.
      setRegistrationMock({ challenge: 'none' });
      const el = await mount();
      await fill(el, MAREK);
      clock = FakeTimers.install({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      setFaults({ http429: 3, path: '/api/registration' });
      await submit(el);
      await until(() => has(el, '[part="countdown"]'), 'the countdown');
      expect(shadowText(el)).to.contain(pl.rateLimited);
      expect(nbsp($(el, '[part="countdown"]').textContent!)).to.contain('3 sekundy');
      expect(el.shadowRoot!.querySelector('[role="alert"] [part="countdown"]')).to.equal(null);
      await accessibleUnderFakeTimers(el, clock);
      const before = registrations();
      await submit(el);
      expect(registrations()).to.equal(before);
      clock.tick(3000);
      await el.updateComplete;
      expect(has(el, '[part="countdown"]')).to.equal(false);
      await until(() => $(el, '[role="status"]').textContent === pl.retryNow, 'announced');
      clock.uninstall();
      clock = undefined;
      setFaults({});
      await submit(el);
      await until(() => step(el) === 'sent', 'sent after waiting');
    });

    it('"send again" waits as long as the API says, then sends', async () => {
      setRegistrationMock({ challenge: 'none' });
      const el = await mount();
      await fill(el, MAREK);
      // The mock API runs in this page: the fake clock moves its time too.
      clock = FakeTimers.install({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      await submit(el);
      await until(() => step(el) === 'sent', 'the e-mail step');
      const resend = () => $(el, '[part="resend"]');
      resend().click();
      await el.updateComplete;
      expect(getMockStats().requests['POST /registration/resend'] ?? 0).to.equal(0);
      clock.tick(60_000);
      await el.updateComplete;
      expect(resend().getAttribute('aria-disabled')).to.equal('false');
      resend().click();
      await until(() => shadowText(el).includes(pl.sent.resent), 'sent again');
      expect(registrationOutbox()).to.have.length(2);
      // "Popraw dane" goes back with what was typed.
      $(el, '[part="change"]').click();
      await until(() => step(el) === 'identify', 'the form');
      expect($<HTMLInputElement>(el, '#email').value).to.equal(MAREK.email);
      expect(focused(el)?.id).to.equal('number');
    });
  });

  describe('operator settings', () => {
    it('new terms while the form was open: the new version to accept', async () => {
      const el = await mount();
      await fill(el, MAREK);
      setRegistrationMock({ termsVersion: '2026-11' });
      await submit(el);
      await until(() => shadowText(el).includes(pl.terms.outdated), 'the terms message');
      expect(focused(el)?.id).to.equal('terms');
      await until(() => shadowText(el).includes('2026-11'), 'the new version');
      expect($<HTMLInputElement>(el, '#terms').checked).to.equal(false);
      await fill(el, {}, true);
      await submit(el);
      await until(() => step(el) === 'sent', 'sent with the new terms');
    });

    it('the operator\'s own bot check answers through ebok-register-challenge', async () => {
      setRegistrationMock({ challenge: 'operator' });
      const el = await mount();
      await fill(el, MAREK);
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        await submit(el);
        await until(() => shadowText(el).includes(pl.botCheck), 'no one answered');
      } finally {
        console.warn = warn;
      }
      // The operator reads why in the console; the customer reads what to do.
      expect(String(warnings[0])).to.contain('ebok-register-challenge');
      expect(registrations()).to.equal(0);
      el.addEventListener('ebok-register-challenge', (e) => e.detail.respond(Promise.resolve('captcha-ok')));
      await submit(el);
      await until(() => step(el) === 'sent', 'sent with the operator\'s token');
    });

    it('shows the options error with a retry', async () => {
      setFaults({ http500: true, path: '/api/registration/options' });
      const el = await renderWidget<EbokRegister>(html`<ebok-register></ebok-register>`);
      await until(() => step(el) === 'error', 'the error');
      await expect(el).to.be.accessible();
      resetFaults();
      $(el, '[part="retry"]').click();
      await until(() => step(el) === 'identify', 'the form');
    });

    it('a signed-in customer is told they have an account', async () => {
      await signInAs('jan');
      const el = await mount();
      expect(step(el)).to.equal('signed-in');
      expect(shadowText(el)).to.contain(pl.signedIn);
    });
  });

  describe('signed in by the activation', () => {
    it('when the API answers with a session, the customer is signed in everywhere and told so', async () => {
      const worker = await startMocks({ base: '/api' });
      const session = { customer: { id: 'c-2001', customerNumber: '10052214', name: 'Marek Zieliński', email: 'marek.zielinski@example.pl' }, expiresAt: new Date(Date.now() + 900_000).toISOString() };
      worker.use(http.post('/api/registration/activate', () => HttpResponse.json({ login: session.customer.email, session }), { once: true }));
      openLink(DEMO_ACTIVATION_TOKENS.valid);
      const el = await mount();
      const signedIn = new Promise((resolve) => document.addEventListener('ebok-login', resolve, { once: true }));
      await type(el, 'password', 'Jesienny-Liść-42');
      await submit(el);
      await until(() => step(el) === 'done', 'activated');
      await signedIn;
      expect(getSessionStore().state.status).to.equal('authenticated');
      expect(shadowText(el)).to.contain(pl.done.signedIn);
      expect(has(el, '[part="sign-in"]')).to.equal(false);
    });
  });

  describe('with <ebok-login>', () => {
    it('shows "Zarejestruj się" without a registration-url when <ebok-register> is on the page', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><ebok-register></ebok-register><ebok-login></ebok-login></div>`);
      const login = page.querySelector<EbokLogin>('ebok-login')!;
      const register = page.querySelector<EbokRegister>('ebok-register')!;
      await Promise.all([login.translationsReady, register.translationsReady]);
      await until(() => has(login, 'button[part="register"]') && step(register) === 'identify', 'both ready');
      $(login, 'button[part="register"]').click();
      await until(() => focused(register)?.id === 'title', 'the form, focused');
    });

    it('"Zarejestruj się" opens registration in place; "Zaloguj się" after activation fills in the login', async () => {
      openLink(DEMO_ACTIVATION_TOKENS.valid);
      const page = await fixture<HTMLDivElement>(
        html`<div><ebok-login registration-url="https://operator.example/rejestracja"></ebok-login><ebok-register></ebok-register></div>`,
      );
      const login = page.querySelector<EbokLogin>('ebok-login')!;
      const register = page.querySelector<EbokRegister>('ebok-register')!;
      await Promise.all([login.translationsReady, register.translationsReady]);
      await until(() => step(register) === 'activate' && has(login, '[part="register"]'), 'both ready');
      await type(register, 'password', 'Jesienny-Liść-42');
      await submit(register);
      await until(() => step(register) === 'done', 'activated');
      $(register, '[part="sign-in"]').click();
      await login.updateComplete;
      expect($<HTMLInputElement>(login, '#identifier').value).to.equal('marek.zielinski@example.pl');
      expect(focused(login)?.id).to.equal('password');

      // The link to the operator's page is not followed: the register widget answers.
      let followed = true;
      page.addEventListener('click', (e) => {
        followed = !e.defaultPrevented;
        // Whatever happened, the test page stays.
        e.preventDefault();
      });
      $<HTMLAnchorElement>(login, '[part="register"]').click();
      expect(followed).to.equal(false);
      await until(() => step(register) === 'identify' && focused(register)?.id === 'title', 'the form, focused');
    });
  });
});
