/**
 * The idle logout end to end: the page-wide watcher (core/idle.ts) started by the session store,
 * the warning dialog of <ebok-login>, and the proof that no widget on the page keeps showing or
 * holding the previous customer's data afterwards.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { getBalance } from '../core/api/endpoints';
import type { BalanceSummary } from '../core/api/types';
import { EbokElement } from '../core/base-element';
import { defineElement } from '../core/define';
import { formatMoney, sumMoney } from '../core/format';
import { getIdleWatcher } from '../core/idle';
import { Resource } from '../core/resource';
import { configure } from '../core/config';
import { accessibleUnderFakeTimers, html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, until } from '../test-utils/index';
import type { Lang } from '../core/i18n/languages';
import type { EbokLogin } from './ebok-login';
import FakeTimers, { type Clock as InstalledClock } from '@sinonjs/fake-timers';
import './ebok-login';
import '../balance/ebok-balance';

/** Test-only data widget: loads the balance and shows the customer's name and amount. */
class BalanceProbe extends EbokElement {
  readonly data = new Resource<BalanceSummary, readonly [string]>(this, {
    args: () => (this.customer ? [this.customer.id] : null),
    load: (_args, signal) => getBalance({ signal }),
  });

  override render() {
    const value = this.data.value;
    if (!value || !this.customer) return litHtml`<p>—</p>`;
    const total = sumMoney(
      value.documents.map((d) => d.remaining),
      value.currency,
    );
    return litHtml`<p class="name">${this.customer.name}</p><p class="amount">${formatMoney(total, 'pl')}</p>`;
  }
}
defineElement('test-balance-probe', BalanceProbe);

const MIN = 60_000;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Puts the data widgets inside another component's shadow root, as on an operator's page. */
async function mountDataWidgets(): Promise<{ probe: BalanceProbe; balance: HTMLElement }> {
  const host = await fixture<HTMLDivElement>(litHtml`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const probe = document.createElement('test-balance-probe') as BalanceProbe;
  const balance = document.createElement('ebok-balance');
  root.append(probe, balance);
  return { probe, balance };
}

describe('idle logout', () => {
  let clock: InstalledClock;

  beforeEach(async () => {
    await setupMockApi();
    // The page's own timers and Date, faked: the watcher has no clock of its own to replace.
    clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  afterEach(() => clock.uninstall());

  it('drops the previous customer from every widget on the page', async () => {
    await signInAs('jan');
    const login = await renderWidget<EbokLogin>(html`<ebok-login></ebok-login>`);
    const { probe, balance } = await mountDataWidgets();
    // Jan owes 287,43 + 312,18 zł.
    await until(() => plain(shadowText(probe)).includes('599,61 zł'), 'the probe shows the balance');
    await until(() => plain(shadowText(balance)).includes('599,61'), '<ebok-balance> shows the balance');
    expect(shadowText(probe)).to.contain('Jan Kowalski');
    expect(shadowText(login)).to.contain('Jan Kowalski');

    clock.tick(9 * MIN);
    await login.updateComplete;
    const dialog = login.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);

    const logout = oneEvent(document, 'ebok-logout');
    clock.tick(MIN);
    expect((await logout).detail.reason).to.equal('idle');
    await Promise.all([login.updateComplete, probe.updateComplete, (balance as EbokElement).updateComplete]);

    for (const el of [login, probe, balance]) {
      const text = plain(shadowText(el));
      expect(text, el.localName).not.to.contain('Jan Kowalski');
      expect(text, el.localName).not.to.contain('599,61');
      expect(text, el.localName).not.to.contain('10004521');
    }
    // Dropped from memory too, not only from the DOM.
    expect(probe.data.value).to.equal(undefined);
    expect(probe.data.state.status).to.equal('idle');
    // The form (login-form.ts, its own chunk) is fetched when the warning opens; wait for it to show.
    await until(() => shadowText(login).includes('Wylogowaliśmy Cię po 10 minutach bezczynności.'), 'the idle notice');
    await accessibleUnderFakeTimers(login, clock);
  });

  it('works on a page without <ebok-login>', async () => {
    const { probe } = await mountDataWidgets();
    await signInAs('anna');
    await until(() => shadowText(probe).includes('Anna Nowak'), 'the probe shows Anna');
    const logout = oneEvent(document, 'ebok-logout');
    clock.tick(10 * MIN);
    expect((await logout).detail.reason).to.equal('idle');
    await probe.updateComplete;
    expect(shadowText(probe)).not.to.contain('Anna Nowak');
  });

  it('uses the idle minutes configured on the loader', async () => {
    configure({ idleMinutes: 3 });
    await signInAs('jan');
    const login = await renderWidget<EbokLogin>(html`<ebok-login></ebok-login>`);
    clock.tick(2 * MIN - 1);
    await login.updateComplete;
    expect(login.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    clock.tick(1);
    await login.updateComplete;
    expect(login.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    const logout = oneEvent(document, 'ebok-logout');
    clock.tick(MIN);
    await logout;
    await until(() => shadowText(login).includes('po 3 minutach bezczynności'), 'the idle notice');
  });

  for (const lang of LANGS) {
    it(`warns 60 s before, counts down, and lets the customer stay (${lang})`, async () => {
      document.documentElement.lang = lang as Lang;
      await signInAs('ivan');
      const login = await renderWidget<EbokLogin>(html`<ebok-login></ebok-login>`);
      const texts = {
        pl: ['Czy nadal tu jesteś?', 'za 60 sekund', 'za 59 sekund', 'za 2 sekundy', 'Przedłuż sesję'],
        uk: ['Ви ще тут?', 'через 60 секунд', 'через 59 секунд', 'через 2 секунди', 'Продовжити сесію'],
        ru: ['Вы ещё здесь?', 'через 60 секунд', 'через 59 секунд', 'через 2 секунды', 'Продлить сеанс'],
      }[lang];
      const dialog = () => login.shadowRoot!.querySelector('dialog')!;
      clock.tick(9 * MIN);
      await login.updateComplete;
      expect(dialog().open).to.equal(true);
      expect(dialog().textContent).to.contain(texts[0]);
      expect(dialog().textContent).to.contain(texts[1]);
      expect(dialog().getAttribute('aria-labelledby')).to.equal('idle-title');
      // Focus goes to "stay signed in".
      expect(login.shadowRoot!.activeElement).to.equal(login.shadowRoot!.querySelector('[part="stay"]'));
      await accessibleUnderFakeTimers(login, clock);
      const status = () => dialog().querySelector('[role="status"]')!.textContent;
      expect(status()).to.contain(texts[1]);

      clock.tick(1000);
      await login.updateComplete;
      expect(dialog().textContent).to.contain(texts[2]);
      // The live region is not updated every second.
      expect(status()).to.contain(texts[1]);
      clock.tick(57_000);
      await login.updateComplete;
      expect(dialog().textContent).to.contain(texts[3]);

      // Moving the mouse does not dismiss it; "stay" does.
      document.body.dispatchEvent(new Event('pointermove', { bubbles: true }));
      await login.updateComplete;
      expect(dialog().open).to.equal(true);
      (login.shadowRoot!.querySelector('[part="stay"]') as HTMLButtonElement).click();
      await login.updateComplete;
      expect(dialog().open).to.equal(false);
      clock.tick(8 * MIN);
      await login.updateComplete;
      expect(dialog().open).to.equal(false);
      expect(shadowText(login)).to.contain('Ivan Petrov');
    });
  }

  it('Escape counts as staying; "sign out now" logs out with reason "user"', async () => {
    await signInAs('jan');
    const login = await renderWidget<EbokLogin>(html`<ebok-login></ebok-login>`);
    const dialog = () => login.shadowRoot!.querySelector('dialog')!;
    clock.tick(9 * MIN);
    await login.updateComplete;
    dialog().dispatchEvent(new Event('cancel', { cancelable: true }));
    await login.updateComplete;
    expect(dialog().open).to.equal(false);
    expect(getIdleWatcher().state.phase).to.equal('active');

    clock.tick(9 * MIN);
    await login.updateComplete;
    const logout = oneEvent(login, 'ebok-logout');
    (login.shadowRoot!.querySelector('[part="idle-logout"]') as HTMLButtonElement).click();
    expect((await logout).detail.reason).to.equal('user');
  });

  it('shows one warning dialog however many sign-in widgets the page has', async () => {
    await signInAs('jan');
    const first = await renderWidget<EbokLogin>(html`<ebok-login></ebok-login>`);
    const second = await renderWidget<EbokLogin>(html`<ebok-login></ebok-login>`);
    clock.tick(9 * MIN);
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(first.shadowRoot!.querySelector('dialog')?.open).to.equal(true);
    expect(second.shadowRoot!.querySelector('dialog')).to.equal(null);
  });
});
