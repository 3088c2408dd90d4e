import { expect } from '@open-wc/testing';
import { setFaults } from '../../mocks/faults';
import { getMockStats, resetMockState, settlePayment } from '../../mocks/state';
import { createPayment } from '../core/api/endpoints';
import { idempotencyKey } from '../core/api/client';
import { getSessionStore } from '../core/session';
import { html, renderWidget, setupMockApi, shadowText, signInAs, until } from '../test-utils/index';
import { EbokPayments } from './ebok-payments';

const TODAY = '2026-10-15';
const $ = <E extends Element = HTMLElement>(el: EbokPayments, s: string) => el.shadowRoot!.querySelector<E>(s);
const $$ = (el: EbokPayments, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
// The loading state lays out placeholder rows (widgets/shared/ghost.ts): never the customer's.
const rows = (el: EbokPayments) => $$(el, '[part="payment"]').filter((row) => !row.closest('.ghost'));

async function loaded(el: EbokPayments): Promise<void> {
  await until(() => !$(el, '.ghost') && (rows(el).length > 0 || $(el, '[part="empty"]')), 'the history');
  await until(() => $(el, '[part="transfer"]'), 'the transfer details');
}

describe('<ebok-payments> with the mock API', () => {
  let copied: string[];
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');

  beforeEach(async () => {
    await setupMockApi();
    resetMockState({ today: TODAY });
    copied = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
  });

  afterEach(() => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
  });

  it('asks to sign in when no one is signed in', async () => {
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await until(() => $(el, '[data-state="signed-out"]'));
    expect(shadowText(el)).to.contain('historię płatności');
  });

  it('shows the history newest first with status, amount and documents, and pages through it', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    expect(rows(el)).to.have.length(10);
    const first = rows(el)[0]!;
    expect(first.querySelector('.status')!.textContent).to.contain('Zapłacona');
    expect(first.querySelector('.docs')!.textContent).to.match(/Za: FV\/\d{4}\/\d{2}\/\d{6}/);
    const firstId = first.dataset.id;
    $<HTMLButtonElement>(el, '[part="pager-next"]')!.click();
    await until(() => rows(el).length > 0 && rows(el)[0]!.dataset.id !== firstId, 'page 2');
    expect(shadowText(el)).to.contain('Strona 2 z');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="year"]'));
    await expect(el).to.be.accessible();
  });

  it('filters by year and says when a year has none', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    const select = $<HTMLSelectElement>(el, '[part="year"]')!;
    select.value = '2022';
    select.dispatchEvent(new Event('change'));
    await until(() => $(el, '[part="empty"]'), 'the empty state');
    expect(shadowText(el)).to.contain('Brak płatności w wybranym okresie');
    expect(getMockStats().requests['GET /payments']).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('shows a payment just made as in progress, then being posted', async () => {
    await signInAs('jan');
    const p = await createPayment({ scope: 'balance' }, idempotencyKey());
    settlePayment(p.id, 'completed', { posted: false });
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    expect(rows(el)[0]!.dataset.id).to.equal(p.id);
    expect(rows(el)[0]!.querySelector('.status')!.textContent).to.contain('W trakcie księgowania');
  });

  it('transfer details: NRB in groups of four, copy buttons announce "Skopiowano", the QR code loads on demand', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    const account = $(el, '[data-field="account"] .value')!.textContent!.trim();
    expect(account).to.match(/^\d{2}( \d{4}){6}$/);
    $<HTMLButtonElement>(el, '[data-copy="account"]')!.click();
    await until(() => copied.length === 1, 'the copy');
    expect(copied[0]).to.equal(account.replace(/ /g, ''));
    await until(() => $(el, '.copy-status')!.textContent!.includes('Skopiowano: Numer konta'));
    expect($(el, '.copy-status')!.getAttribute('role')).to.equal('status');
    $<HTMLButtonElement>(el, '[data-copy="title"]')!.click();
    await until(() => copied.length === 2);
    expect(copied[1]).to.match(/^Klient \d+$/);
    expect($(el, '[part="qr-code"]')).to.equal(null);
    $<HTMLButtonElement>(el, '[part="qr-button"]')!.click();
    await until(() => $(el, '[part="qr-code"]'), 'the QR code');
    expect($(el, '[part="qr-code"]')!.getAttribute('aria-label')).to.contain('Energia Polska');
    expect($(el, '[part="qr-button"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('says so when copying fails', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    await signInAs('jan');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    $<HTMLButtonElement>(el, '[data-copy="account"]')!.click();
    await until(() => $(el, '.copy-status')!.textContent!.includes('Nie udało się skopiować'));
  });

  it('offers no QR code where the operator does not', async () => {
    await signInAs('olena');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    expect($(el, '[part="qr-button"]')).to.equal(null);
  });

  it('shows an error with retry for the history and recovers', async () => {
    await signInAs('jan');
    setFaults({ http500: true, path: '/payments' });
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await until(() => $(el, '[part="history"] [role="alert"]'), 'the error');
    setFaults({});
    $<HTMLButtonElement>(el, '[part="history"] [part="retry"]')!.click();
    await loaded(el);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('moves focus to the transfer details when another widget asks for them', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    document.body.dispatchEvent(new CustomEvent('ebok-transfer-details', { bubbles: true, composed: true, detail: {} }));
    await until(() => el.shadowRoot!.activeElement?.id === 'transfer-title', 'focus on the transfer details');
  });

  it('drops everything on sign-out', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await loaded(el);
    await getSessionStore().end('user');
    await until(() => $(el, '[data-state="signed-out"]'));
    expect(shadowText(el)).not.to.contain('Klient');
  });
});
