/**
 * Several accounts under one sign-in (issue #19): the switcher by keyboard, switching with every
 * widget on the page, roles, an account taken away meanwhile, a payment started just before a
 * switch, and the choice surviving a reload without web storage.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { listInvoices, createPayment, getBalance } from '../core/api/endpoints';
import { ApiError } from '../core/api/errors';
import { accountOf, getSessionStore, resetSession } from '../core/session';
import { setFaults } from '../../mocks/faults';
import { createdPayments, getMockStats, removeAccount } from '../../mocks/state';
import { html, interceptLinks, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokAccountSwitcher } from './ebok-account-switcher';
import './ebok-account-switcher';
import '../login/ebok-login';
import '../balance/ebok-balance';
import '../invoices/ebok-invoices';
import '../usage/ebok-usage';
import '../contact/ebok-contact';
import '../contract/ebok-contract';

/** The text of every shadow root under `root`, nested ones too (the switcher inside the login). */
function deepText(root: ParentNode): string {
  let text = '';
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) text += ` ${el.shadowRoot.textContent ?? ''} ${deepText(el.shadowRoot)}`;
  }
  return text.replace(/\s+/g, ' ');
}

const current = () => accountOf(getSessionStore().state)?.id;
const combobox = (el: EbokAccountSwitcher) => el.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
const options = (el: EbokAccountSwitcher) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];

describe('<ebok-account-switcher> and several accounts', function () {
  this.timeout(timeoutFor(30_000));
  beforeEach(setupMockApi);

  it('switching drops the previous account\'s data from every widget at once, then shows the new one\'s', async () => {
    await signInAs('jan');
    const page = await fixture<HTMLDivElement>(html`<div>
      <ebok-login></ebok-login>
      <ebok-account-switcher></ebok-account-switcher>
      <ebok-balance></ebok-balance>
      <ebok-invoices></ebok-invoices>
      <ebok-usage></ebok-usage>
      <ebok-contact></ebok-contact>
      <ebok-contract></ebok-contract>
    </div>`);
    // What only the electricity account shows (the switcher lists both accounts by name and number):
    // its invoice numbers, balance, tariff, PPE code, metering points and tickets.
    const electricity = await listInvoices({ page: 1, pageSize: 5 }, { account: 'a-1001-el' });
    const gasInvoices = await listInvoices({ page: 1, pageSize: 5 }, { account: 'a-1001-gaz' });
    const fingerprints = ['599,61', 'Prąd Stała Cena G11', 'PL0037510012345678', 'Działka', 'Brak prądu na działce', ...electricity.items.map((i) => i.number)];
    expect(gasInvoices.items.map((i) => i.number)).not.to.include.members(electricity.items.map((i) => i.number).slice(0, 1));
    await until(() => fingerprints.every((f) => deepText(page).includes(f)), 'the electricity account on every widget', 15_000);

    const switching = getSessionStore().selectAccount('a-1001-gaz');
    // The same frame: every widget has re-rendered without the previous account's data.
    await Promise.all([...page.children].map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const text = deepText(page);
    for (const f of fingerprints) expect(text, f).not.to.include(f);

    await until(() => deepText(page).includes('GZ/2023/004512') && deepText(page).includes('214,80'), 'the gas account', 15_000);
    const after = deepText(page);
    for (const f of fingerprints) expect(after, f).not.to.include(f);
    // The login's own switcher and the header's one agree.
    const inLogin = page.querySelector('ebok-login')!.shadowRoot!.querySelector('ebok-account-switcher')!;
    expect(shadowText(inLogin)).to.include('Gaz — Dom');
    await switching;
  });

  it('is a combobox the keyboard drives: type to search 150 properties, arrows, Enter, Escape', async () => {
    await signInAs('manager');
    const el = await renderWidget<EbokAccountSwitcher>(html`<ebok-account-switcher></ebok-account-switcher>`);
    await until(() => el.shadowRoot!.querySelector('[role="combobox"]'), 'the combobox');
    expect(options(el)).to.have.length(150);
    const input = combobox(el);
    input.focus();
    await sendKeys({ type: 'lakowa 88' });
    await until(() => options(el).length === 1, 'one match');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(shadowText(el)).to.include('1 konto pasuje');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('opt-0');
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await until(() => current() === 'a-2000-088', 'the chosen property');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(el.shadowRoot!.querySelector('[part="current"]')!.textContent).to.include('Łąkowa 88');
    expect(shadowText(el)).to.include('Wybrano konto: Łąkowa 88');
    // The arrows open the full list again; Escape closes it, a second Escape clears the search.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-activedescendant')).to.equal('opt-149');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: 'xyz' });
    await el.updateComplete;
    expect(shadowText(el)).to.include('Żadne konto nie pasuje do „xyz”');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a view-only account shows no pay button and no choosing, and the API refuses a payment anyway', async () => {
    await signInAs('viewer');
    const page = await fixture<HTMLDivElement>(html`<div><ebok-balance></ebok-balance><ebok-invoices></ebok-invoices></div>`);
    const [balance, invoices] = [page.children[0]!, page.children[1]!];
    await until(() => shadowText(balance).includes('599,61') && invoices.shadowRoot!.querySelector('[part="row"]'), 'both widgets with data', 15_000);
    expect(balance.shadowRoot!.querySelector('[part="pay-button"]')).to.equal(null);
    expect(invoices.shadowRoot!.querySelector('[part="pay-button"]')).to.equal(null);
    expect(invoices.shadowRoot!.querySelector('input[type="checkbox"]')).to.equal(null);
    expect(shadowText(balance)).to.include('tylko do wglądu');
    expect(shadowText(invoices)).to.include('tylko do wglądu');
    const refused = await createPayment({ scope: 'balance' }, crypto.randomUUID()).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(ApiError);
    expect((refused as ApiError).kind).to.equal('forbidden');
    expect((refused as ApiError).code).to.equal('account_read_only');
    expect(getMockStats().paymentsCreated).to.equal(0);
    // The same account is the owner's to pay from.
    await getSessionStore().end('user');
    await signInAs('jan');
    await until(() => balance.shadowRoot!.querySelector('[part="pay-button"]'), 'the owner\'s pay button', 15_000);
  });

  it('an account taken away meanwhile: back to the list with a message, on an account still allowed', async () => {
    await signInAs('manager');
    const page = await fixture<HTMLDivElement>(html`<div><ebok-account-switcher></ebok-account-switcher><ebok-balance></ebok-balance></div>`);
    const el = page.children[0] as EbokAccountSwitcher;
    const balance = page.children[1]!;
    await until(() => balance.shadowRoot!.querySelector('[part="amount"]'), 'the first property\'s balance', 15_000);
    removeAccount('zarzadca', 'a-2000-001');
    // The next call for it answers 403 account_not_allowed.
    const refused = await getBalance().catch((e: unknown) => e as ApiError);
    expect((refused as ApiError).code).to.equal('account_not_allowed');
    await until(() => current() === 'a-2000-002', 'another property');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('Konto „Kwiatowa 1” nie jest już dostępne');
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('true');
    expect(options(el)).to.have.length(149);
    await until(() => balance.shadowRoot!.querySelector('[part="amount"]'), 'the next property\'s balance', 15_000);
    await expect(el).to.be.accessible();
  });

  it('a payment started just before a switch stays with its account and its key, and sends nobody to the gateway', async () => {
    const links = interceptLinks();
    try {
      await signInAs('jan');
      const balance = await renderWidget(html`<ebok-balance></ebok-balance>`);
      await until(() => balance.shadowRoot!.querySelector('[part="pay-button"]'), 'the pay button', 15_000);
      setFaults({ latency: 400, path: '/payments' });
      balance.shadowRoot!.querySelector<HTMLButtonElement>('[part="pay-button"]')!.click();
      await until(() => getMockStats().requests['POST /payments'] === 1, 'the payment request');
      await getSessionStore().selectAccount('a-1001-gaz');
      await until(() => getMockStats().paymentsCreated === 1, 'the payment created');
      await until(() => shadowText(balance).includes('214,80'), 'the gas balance', 15_000);
      // The answer has arrived: the button is usable again (on the gas account, nothing was paid).
      await until(() => balance.shadowRoot!.querySelector('[part="pay-button"]')?.getAttribute('aria-disabled') === 'false', 'the payment settled');
      expect(createdPayments('c-1001')).to.have.length(1);
      expect(createdPayments('c-1001-gaz')).to.have.length(0);
      expect(links.clicks).to.have.length(0);
      expect(shadowText(balance)).not.to.include('Przekierowujemy');
      // Back on the electricity account, its documents are marked as being paid by that payment
      // (nothing left for "Zapłać"), and nothing more was created on either account.
      setFaults({});
      await getSessionStore().selectAccount('a-1001-el');
      await until(() => shadowText(balance).includes('287,43') || shadowText(balance).includes('599,61'), 'the electricity balance', 15_000);
      await until(() => !balance.shadowRoot!.querySelector('[part="pay-button"]'), 'no second payment offered', 15_000);
      expect(getMockStats().paymentsCreated).to.equal(1);
      expect(createdPayments('c-1001')).to.have.length(1);
      expect(links.clicks).to.have.length(0);
    } finally {
      links.restore();
    }
  });

  it('the choice survives a reload through the server\'s session, with nothing in web storage', async () => {
    await signInAs('jan');
    sessionStorage.clear();
    localStorage.clear();
    await getSessionStore().selectAccount('a-1001-gaz');
    // A fresh page: the store starts unknown and asks the API.
    resetSession();
    await getSessionStore().check();
    expect(current()).to.equal('a-1001-gaz');
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).not.to.include('a-1001');
  });

  it('an account not in the list is refused and changes nothing', async () => {
    await signInAs('jan');
    await getSessionStore().selectAccount('a-2000-001');
    expect(current()).to.equal('a-1001-el');
  });
});
