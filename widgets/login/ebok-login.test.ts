import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { advanceMockClock, getMockStats } from '../../mocks/browser';
import { setFaults } from '../../mocks/faults';
import { getBalance } from '../core/api/endpoints';
import { accessibleUnderFakeTimers, html, LANGS, PASSWORD, PERSONAS, renderWidget, setupMockApi, shadowText, signInAs, until } from '../test-utils/index';
import type { Lang } from '../core/i18n/languages';
import type { EbokLogin } from './ebok-login';
import FakeTimers, { type Clock as InstalledClock } from '@sinonjs/fake-timers';
import './ebok-login';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function mount(options: { lang?: Lang; identifiers?: string; registrationUrl?: string } = {}): Promise<EbokLogin> {
  document.documentElement.lang = options.lang ?? 'pl';
  const el = await renderWidget<EbokLogin>(
    html`<ebok-login identifiers=${ifDefined(options.identifiers)} registration-url=${ifDefined(options.registrationUrl)}></ebok-login>`,
  );
  await until(() => view(el) !== 'checking' && !el.shadowRoot!.querySelector('.pending'), 'the session check');
  return el;
}

function view(el: EbokLogin): string | null | undefined {
  return el.shadowRoot?.querySelector('[data-view]')?.getAttribute('data-view');
}

function $(el: EbokLogin, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not found in ${view(el)}: ${shadowText(el)}`);
  return found;
}

function input(el: EbokLogin, id: string): HTMLInputElement {
  return $(el, `#${id}`) as HTMLInputElement;
}

async function type(el: EbokLogin, id: string, value: string): Promise<void> {
  const field = input(el, id);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function submit(el: EbokLogin): Promise<void> {
  $(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

async function signInWithForm(el: EbokLogin, identifier: string, password = PASSWORD): Promise<void> {
  await type(el, 'identifier', identifier);
  input(el, 'password').value = password;
  await submit(el);
}

const problemText = (el: EbokLogin) => nbsp(el.shadowRoot!.querySelector('[part="problem"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const focused = (el: EbokLogin) => el.shadowRoot!.activeElement;

describe('<ebok-login>', () => {
  /** Fake timers and Date (the countdowns use the page's own), installed by the tests that need them. */
  let clock: InstalledClock | undefined;
  beforeEach(setupMockApi);
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
  });

  describe('the sign-in form', () => {
    it('has the autocomplete values password managers need and submits with Enter', async () => {
      const el = await mount();
      const id = input(el, 'identifier');
      expect(id.getAttribute('autocomplete')).to.equal('username');
      expect(id.getAttribute('type')).to.equal('email');
      expect(id.getAttribute('inputmode')).to.equal('email');
      expect(input(el, 'password').getAttribute('autocomplete')).to.equal('current-password');
      expect(input(el, 'password').type).to.equal('password');
      id.focus();
      await sendKeys({ type: PERSONAS.jan });
      input(el, 'password').focus();
      await sendKeys({ type: PASSWORD });
      const login = oneEvent(el, 'ebok-login');
      await sendKeys({ press: 'Enter' });
      expect((await login).detail.customer.name).to.equal('Jan Kowalski');
    });

    it('follows the identifiers the operator accepts: label, keyboard, validation', async () => {
      const el = await mount({ identifiers: 'customerNumber phone cardNumber' });
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => r.value)).to.deep.equal(['customerNumber', 'phone', 'cardNumber']);
      expect(radios[0]!.checked).to.equal(true);
      expect($(el, 'label[for="identifier"]').textContent).to.equal('Numer klienta');
      expect(input(el, 'identifier').inputMode).to.equal('numeric');

      radios[1]!.click();
      await el.updateComplete;
      expect($(el, 'label[for="identifier"]').textContent).to.equal('Numer telefonu');
      expect(input(el, 'identifier').type).to.equal('tel');
      expect(input(el, 'identifier').inputMode).to.equal('tel');
      await type(el, 'identifier', '60123');
      input(el, 'password').value = 'x';
      await submit(el);
      expect($(el, '#identifier-error').textContent).to.contain('9-cyfrowy');
      expect(focused(el)).to.equal(input(el, 'identifier'));
      await expect(el).to.be.accessible();

      radios[2]!.click();
      await el.updateComplete;
      expect($(el, 'label[for="identifier"]').textContent).to.equal('Numer karty dekodera');
      expect(el.shadowRoot!.querySelector('#identifier-error')).to.equal(null);

      // Jan signs in with his phone number, sent with identifierType "phone".
      radios[1]!.click();
      await el.updateComplete;
      const login = oneEvent(el, 'ebok-login');
      await signInWithForm(el, '601 234 567');
      expect((await login).detail.customer.customerNumber).to.equal('10004521');
    });

    it('signs in with the customer number', async () => {
      const el = await mount({ identifiers: 'customerNumber' });
      expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
      await signInWithForm(el, '10004521');
      await until(() => view(el) === 'signed-in', 'signed in');
    });

    it('says what is missing, next to the field, and focuses the first one', async () => {
      const el = await mount();
      await submit(el);
      expect($(el, '#identifier-error').textContent).to.contain('Wpisz adres e-mail.');
      expect($(el, '#password-error').textContent).to.contain('Wpisz hasło.');
      expect(input(el, 'identifier').getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'identifier').getAttribute('aria-describedby')).to.contain('identifier-error');
      // Read with the field it belongs to (the shared field errors are not alerts of their own).
      expect($(el, '#identifier-error').closest('[role="alert"]')).to.equal(null);
      expect(focused(el)).to.equal(input(el, 'identifier'));
      expect(getMockStats().requests['POST /session'] ?? 0).to.equal(0);
      await type(el, 'identifier', 'jan@example');
      await submit(el);
      expect($(el, '#identifier-error').textContent).to.contain('nazwa@domena.pl');
      await type(el, 'identifier', 'jan.kowalski@example.pl');
      await submit(el);
      expect(el.shadowRoot!.querySelector('#identifier-error')).to.equal(null);
      expect(focused(el)).to.equal(input(el, 'password'));
    });

    it('shows and hides the password without losing it', async () => {
      const el = await mount();
      input(el, 'password').value = 'sekret';
      $(el, '[part="password-toggle"]').click();
      await el.updateComplete;
      expect(input(el, 'password').type).to.equal('text');
      expect($(el, '[part="password-toggle"]').textContent!.trim()).to.equal('Ukryj hasło');
      expect(input(el, 'password').value).to.equal('sekret');
      $(el, '[part="password-toggle"]').click();
      await el.updateComplete;
      expect(input(el, 'password').type).to.equal('password');
    });

    it('shows progress and cannot be sent twice', async () => {
      setFaults({ latency: 300, path: '/session' });
      const el = await mount();
      await signInWithForm(el, PERSONAS.jan);
      const button = $(el, 'button[type="submit"]');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.contain('Logowanie…');
      input(el, 'password').value = PASSWORD;
      button.click();
      button.click();
      await until(() => view(el) === 'signed-in', 'signed in');
      expect(getMockStats().requests['POST /session']).to.equal(1);
    });

    it('links to the registration page only when it is a web address', async () => {
      const el = await mount({ registrationUrl: 'https://operator.example/rejestracja' });
      expect($(el, '[part="register"]').getAttribute('href')).to.equal('https://operator.example/rejestracja');
      expect(shadowText(el)).to.contain('Nie masz konta? Zarejestruj się');
      el.registrationUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="register"]')).to.equal(null);
    });
  });

  describe('security', () => {
    it('keeps the password only in its field and clears it after every attempt', async () => {
      const requests: string[] = [];
      const originalFetch = window.fetch;
      window.fetch = (input, init) => {
        requests.push(String(input instanceof Request ? input.url : input));
        return originalFetch(input, init);
      };
      try {
        const el = await mount();
        await signInWithForm(el, PERSONAS.jan, 'zle-haslo-1');
        await until(() => problemText(el) !== '', 'the error');
        expect(input(el, 'password').value).to.equal('');
        expect(shadowText(el)).not.to.contain('zle-haslo-1');
        await signInWithForm(el, PERSONAS.jan);
        await until(() => view(el) === 'signed-in', 'signed in');
        for (const url of requests) {
          expect(url).not.to.contain('zle-haslo');
          expect(url).not.to.contain(PASSWORD);
          expect(new URL(url).pathname.startsWith('/api/')).to.equal(true);
        }
        const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
        for (const secret of [PASSWORD, 'zle-haslo-1', PERSONAS.jan, 'Jan Kowalski', '10004521']) {
          expect(stored).not.to.contain(secret);
        }
        expect(location.href).not.to.contain(PASSWORD);
      } finally {
        window.fetch = originalFetch;
      }
    });
  });

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      const expected = {
        pl: { wrong: 'Nieprawidłowy login lub hasło.', left4: 'Zostały jeszcze 4 próby', left1: 'Została jeszcze 1 próba', locked15: 'za 15 minut', signedIn: 'Zalogowano jako', offline: 'Brak połączenia', server: 'błąd po naszej stronie', wait: 'za 3 sekundy', waitOne: 'za 1 sekundę', now: 'Możesz już spróbować ponownie.', code: 'Wysłaliśmy SMS z kodem na numer +48 *** *** 321.', codeWrong: 'Kod jest nieprawidłowy.', codeLeft: 'Zostały 4 próby.', expired: 'Kod wygasł.', resendIn: 'za 30 sekund', sent: 'Link jest ważny przez 72 godziny.', logout: 'Wylogowano.', idle: 'po 10 minutach bezczynności', gone: 'Zaloguj się jeszcze raz' },
        uk: { wrong: 'Неправильний логін або пароль.', left4: 'Залишилося ще 4 спроби', left1: 'Залишилася ще 1 спроба', locked15: 'через 15 хвилин', signedIn: 'Ви увійшли як', offline: 'Немає з\'єднання', server: 'помилка на нашому боці', wait: 'через 3 секунди', waitOne: 'через 1 секунду', now: 'Тепер можна спробувати знову.', code: 'Ми надіслали SMS із кодом на номер +48 *** *** 321.', codeWrong: 'Неправильний код.', codeLeft: 'Залишилося 4 спроби.', expired: 'Термін дії коду минув.', resendIn: 'через 30 секунд', sent: 'Посилання дійсне 72 години.', logout: 'Ви вийшли з облікового запису.', idle: 'неактивні 10 хвилин', gone: 'Увійдіть ще раз' },
        ru: { wrong: 'Неверный логин или пароль.', left4: 'Осталось ещё 4 попытки', left1: 'Осталась ещё 1 попытка', locked15: 'через 15 минут', signedIn: 'Вы вошли как', offline: 'Нет подключения', server: 'ошибка на нашей стороне', wait: 'через 3 секунды', waitOne: 'через 1 секунду', now: 'Теперь можно попробовать снова.', code: 'Мы отправили SMS с кодом на номер +48 *** *** 321.', codeWrong: 'Неверный код.', codeLeft: 'Осталось 4 попытки.', expired: 'Срок действия кода истёк.', resendIn: 'через 30 секунд', sent: 'Ссылка действительна 72 часа.', logout: 'Вы вышли из учётной записи.', idle: 'неактивны 10 минут', gone: 'Войдите ещё раз' },
      }[lang];

      it('signs in, shows who is signed in, and logs out with reason "user"', async () => {
        const el = await mount({ lang });
        const login = oneEvent(el, 'ebok-login');
        await signInWithForm(el, PERSONAS.jan);
        expect((await login).detail.customer.id).to.equal('c-1001');
        await until(() => view(el) === 'signed-in', 'signed in');
        expect(shadowText(el)).to.contain(expected.signedIn);
        expect(shadowText(el)).to.contain('Jan Kowalski');
        expect(shadowText(el)).to.contain('10004521');
        expect(focused(el)).to.equal($(el, '#title'));
        await expect(el).to.be.accessible();

        const logout = oneEvent(el, 'ebok-logout');
        $(el, '[part="logout"]').click();
        expect((await logout).detail.reason).to.equal('user');
        await el.updateComplete;
        expect(view(el)).to.equal('credentials');
        expect(shadowText(el)).to.contain(expected.logout);
        expect(shadowText(el)).not.to.contain('Jan Kowalski');
        expect(input(el, 'identifier').value).to.equal('');
        await expect(el).to.be.accessible();
      });

      it('five wrong passwords: attempts left, then the account is locked', async () => {
        const el = await mount({ lang });
        for (let i = 1; i <= 4; i++) {
          await signInWithForm(el, PERSONAS.anna, `zle-${i}`);
          await until(() => problemText(el).includes(expected.wrong) && !$(el, 'button[type="submit"]').getAttribute('aria-disabled')!.includes('true'), `attempt ${i}`);
          expect(el.shadowRoot!.querySelector('[part="problem"] [role="alert"]')).not.to.equal(null);
          if (i === 1) {
            expect(problemText(el)).to.contain(expected.left4);
            expect(focused(el)).to.equal(input(el, 'password'));
            await expect(el).to.be.accessible();
          }
          if (i === 4) expect(problemText(el)).to.contain(expected.left1);
        }
        await signInWithForm(el, PERSONAS.anna, 'zle-5');
        await until(() => el.shadowRoot!.querySelector('[data-problem="locked"]'), 'locked');
        expect(problemText(el)).to.contain(expected.locked15);
        await expect(el).to.be.accessible();
        // While locked the sign-in button is inactive: even the correct password is not sent.
        expect($(el, 'button[type="submit"]').getAttribute('aria-disabled')).to.equal('true');
        const attempts = getMockStats().requests['POST /session'];
        await signInWithForm(el, PERSONAS.anna);
        // The guard is synchronous: a request would have made the form busy at once.
        expect($(el, 'button[type="submit"]').textContent).not.to.contain('…');
        expect(el.shadowRoot!.querySelector('[data-problem="locked"]')).not.to.equal(null);
        expect(view(el)).to.equal('credentials');
        // Another identifier may be another account: the lock no longer applies to the form.
        await type(el, 'identifier', PERSONAS.jan);
        expect(el.shadowRoot!.querySelector('[data-problem="locked"]')).to.equal(null);
        expect($(el, 'button[type="submit"]').getAttribute('aria-disabled')).to.equal('false');
        input(el, 'password').value = PASSWORD;
        await submit(el);
        await until(() => view(el) === 'signed-in', 'the other account signs in');
        expect(getMockStats().requests['POST /session']).to.equal(attempts! + 1);
      });

      it('tells the locked persona when to try again', async () => {
        const el = await mount({ lang });
        await signInWithForm(el, PERSONAS.locked);
        await until(() => el.shadowRoot!.querySelector('[data-problem="locked"]'), 'locked');
        expect(problemText(el)).to.contain(expected.locked15);
        expect(problemText(el)).to.match(/\d{1,2}:\d{2}/);
      });

      it('honours Retry-After with a countdown, then allows a new try', async () => {
        const el = await mount({ lang });
        clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
        setFaults({ http429: 3, path: '/session' });
        await signInWithForm(el, PERSONAS.jan);
        await until(() => el.shadowRoot!.querySelector('[data-problem="rate_limited"]'), 'rate limited');
        clock!.tick(0);
        await el.updateComplete;
        const button = $(el, 'button[type="submit"]');
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(nbsp($(el, '[part="countdown"]').textContent!)).to.contain(expected.wait);
        // The countdown is outside the alert: it is not re-announced every second.
        expect(el.shadowRoot!.querySelector('[role="alert"] [part="countdown"]')).to.equal(null);
        await accessibleUnderFakeTimers(el, clock!);
        // A press while waiting sends nothing.
        input(el, 'password').value = PASSWORD;
        button.click();
        await el.updateComplete;
        expect(getMockStats().requests['POST /session']).to.equal(1);
        clock!.tick(2000);
        await el.updateComplete;
        expect(nbsp($(el, '[part="countdown"]').textContent!)).to.contain(expected.waitOne);
        clock!.tick(1000);
        await el.updateComplete;
        expect($(el, '[part="countdown"]').textContent).to.contain(expected.now);
        expect(button.getAttribute('aria-disabled')).to.equal('false');
        await until(() => $(el, '[role="status"]').textContent === expected.now, 'announced');
        setFaults({});
        input(el, 'password').value = PASSWORD;
        await submit(el);
        await until(() => view(el) === 'signed-in', 'signed in after waiting');
      });

      it('explains offline and server errors', async () => {
        const el = await mount({ lang });
        setFaults({ offline: true });
        await signInWithForm(el, PERSONAS.jan);
        await until(() => problemText(el).includes(expected.offline), 'offline');
        await expect(el).to.be.accessible();
        setFaults({ http500: true });
        await signInWithForm(el, PERSONAS.jan);
        await until(() => problemText(el).includes(expected.server), 'server error');
        expect(input(el, 'password').value).to.equal('');
        expect(input(el, 'identifier').value).to.equal(PERSONAS.jan);
      });

      it('the SMS persona: code step, wrong code, expired code, resend cooldown, back', async () => {
        const el = await mount({ lang });
        clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
        await signInWithForm(el, PERSONAS.olena);
        await until(() => view(el) === 'code', 'the code step');
        clock!.tick(0);
        await el.updateComplete;
        expect(shadowText(el)).to.contain(expected.code);
        const code = input(el, 'code');
        expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
        expect(code.inputMode).to.equal('numeric');
        expect(focused(el)).to.equal(code);
        expect($(el, '[part="resend"]').getAttribute('aria-disabled')).to.equal('true');
        expect(nbsp(shadowText(el))).to.contain(expected.resendIn);
        await accessibleUnderFakeTimers(el, clock!);

        // Too short: said next to the field, nothing sent.
        await type(el, 'code', '123');
        await submit(el);
        expect(input(el, 'code').getAttribute('aria-describedby')).to.contain('code-error');
        expect(getMockStats().requests['POST /session/challenge'] ?? 0).to.equal(0);

        await type(el, 'code', '000 000');
        expect(input(el, 'code').value).to.equal('000000');
        await submit(el);
        await until(() => problemText(el).includes(expected.codeWrong), 'wrong code');
        expect(problemText(el)).to.contain(expected.codeLeft);
        expect(focused(el)).to.equal(input(el, 'code'));
        await accessibleUnderFakeTimers(el, clock!);

        // Five minutes later the code has expired.
        advanceMockClock(5 * 60_000 + 1000);
        await type(el, 'code', '123456');
        await submit(el);
        await until(() => problemText(el).includes(expected.expired), 'expired');

        // The resend cooldown counts down with the clock.
        clock!.tick(30_000);
        await el.updateComplete;
        expect($(el, '[part="resend"]').getAttribute('aria-disabled')).to.equal('false');
        $(el, '[part="resend"]').click();
        await until(() => el.shadowRoot!.querySelector('[data-notice="resent"]'), 'resent');
        expect(getMockStats().smsSent).to.equal(2);
        expect($(el, '[part="resend"]').getAttribute('aria-disabled')).to.equal('true');
        expect(focused(el)).to.equal(input(el, 'code'));
        await accessibleUnderFakeTimers(el, clock!);

        // Back to the form keeps the identifier, not the password.
        $(el, '[part="back"]').click();
        await el.updateComplete;
        expect(view(el)).to.equal('credentials');
        expect(input(el, 'identifier').value).to.equal(PERSONAS.olena);
        expect(input(el, 'password').value).to.equal('');
        expect(focused(el)).to.equal(input(el, 'identifier'));

        // And the whole way through with the right code.
        await signInWithForm(el, PERSONAS.olena);
        await until(() => view(el) === 'code', 'the code step again');
        const login = oneEvent(el, 'ebok-login');
        await type(el, 'code', '123456');
        await submit(el);
        expect((await login).detail.customer.name).to.equal('Olena Kovalenko');
      });

      it('starts over when the SMS challenge is gone after too many wrong codes', async () => {
        const el = await mount({ lang });
        await signInWithForm(el, PERSONAS.olena);
        await until(() => view(el) === 'code', 'the code step');
        for (let i = 0; i < 5; i++) {
          await type(el, 'code', '000000');
          await submit(el);
          await until(() => getMockStats().requests['POST /session/challenge'] === i + 1 && !$(el, 'button[type="submit"]').textContent!.includes('…'), `code ${i + 1}`);
        }
        await until(() => view(el) === 'credentials', 'back at the form');
        expect(shadowText(el)).to.contain(expected.gone);
        expect(input(el, 'identifier').value).to.equal(PERSONAS.olena);
        expect(focused(el)).to.equal(input(el, 'password'));
        await expect(el).to.be.accessible();
      });

      it('password reset: confirmation that never reveals whether the account exists', async () => {
        const el = await mount({ lang });
        await type(el, 'identifier', PERSONAS.jan);
        $(el, '[part="forgot"]').click();
        await el.updateComplete;
        expect(view(el)).to.equal('reset');
        expect(input(el, 'reset-email').value).to.equal(PERSONAS.jan);
        expect(input(el, 'reset-email').getAttribute('autocomplete')).to.equal('email');
        expect(focused(el)).to.equal(input(el, 'reset-email'));
        await expect(el).to.be.accessible();

        await type(el, 'reset-email', 'nie-email');
        await submit(el);
        expect($(el, '#reset-email-error').textContent).to.contain('@');
        expect(focused(el)).to.equal(input(el, 'reset-email'));

        const texts: string[] = [];
        for (const email of [PERSONAS.jan, 'nikt.taki@example.pl']) {
          if (view(el) !== 'reset') {
            $(el, '[part="back"]').click();
            await el.updateComplete;
            $(el, '[part="forgot"]').click();
            await el.updateComplete;
          }
          await type(el, 'reset-email', email);
          await submit(el);
          await until(() => view(el) === 'reset-sent', 'sent');
          expect(shadowText(el)).to.contain(expected.sent);
          expect(focused(el)).to.equal($(el, '#title'));
          texts.push(shadowText(el).replace(email, '…'));
        }
        expect(texts[0]).to.equal(texts[1]);
        expect(getMockStats().passwordResetEmails).to.equal(1);
        await expect(el).to.be.accessible();
      });

      it('password reset offline', async () => {
        const el = await mount({ lang });
        $(el, '[part="forgot"]').click();
        await el.updateComplete;
        expect(input(el, 'reset-email').value).to.equal('');
        setFaults({ offline: true });
        await type(el, 'reset-email', PERSONAS.anna);
        await submit(el);
        await until(() => problemText(el).includes(expected.offline), 'offline');
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('session changes made elsewhere', () => {
    it('shows the signed-in customer when the session already exists', async () => {
      await signInAs('anna');
      const el = await mount();
      expect(view(el)).to.equal('signed-in');
      expect(shadowText(el)).to.contain('Anna Nowak');
    });

    it('says sign-in cannot be completed here when the cookie of a successful sign-in never comes back', async () => {
      const el = await mount();
      await signInWithForm(el, PERSONAS.jan);
      await until(() => view(el) === 'signed-in', 'signed in');
      const logout = oneEvent(el.ownerDocument, 'ebok-logout');
      // The API on another site: the browser drops its cookie, every call after sign-in is 401.
      setFaults({ http401: true, path: '/balance' });
      await getBalance().catch(() => undefined);
      expect((await logout).detail.reason).to.equal('cross_site');
      await until(() => el.shadowRoot!.querySelector('[data-notice="cross_site"]'), 'the notice');
      expect(shadowText(el)).to.contain('nie może zostać dokończone na tej stronie');
      expect(shadowText(el)).not.to.contain('Sesja wygasła');
      await expect(el).to.be.accessible();
    });

    it('says the session expired after a 401 anywhere on the page', async () => {
      await signInAs('jan');
      // A call with the session first: a 401 straight after sign-in is the cross-site case.
      await getBalance();
      const el = await mount();
      const logout = oneEvent(el.ownerDocument, 'ebok-logout');
      advanceMockClock(16 * 60_000);
      // Any data request now answers 401: the session ends for every widget.
      await getBalance().catch(() => undefined);
      expect((await logout).detail.reason).to.equal('expired');
      // The form comes with its own chunk (login-form.ts), fetched when the session ends.
      await until(() => shadowText(el).includes('Sesja wygasła. Zaloguj się ponownie.'), 'the expired notice');
      expect(shadowText(el)).not.to.contain('Jan Kowalski');
    });
  });
});
