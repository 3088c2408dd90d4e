/**
 * An invoice's row details (which payment paid it, issue #14) and invoices answering `ebok-open`
 * (issue #17), with the mock API; `<ebok-payments>` beside it opens the payment.
 */
import { expect, fixture } from '@open-wc/testing';
import { getMockStats, resetMockState } from '../../mocks/state';
import type { Lang } from '../core/i18n/languages';
import { emit } from '../core/events';
import { accountOf, getSessionStore } from '../core/session';
import { html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokPayments } from '../payments/ebok-payments';
import '../payments/ebok-payments';
import { EbokInvoices } from './ebok-invoices';

const TODAY = '2026-10-15';
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const $ = <E extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<E>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const rows = (el: EbokInvoices) => $$(el, 'tbody tr[data-id]');
const row = (el: EbokInvoices, id: string) => $(el, `tbody tr[data-id="${id}"]`);

const WORDS: Record<Lang, { invoicePaid: string; title: string; open: string; shown: string; paid: string; notFound: string; none: string }> = {
  pl: { invoicePaid: 'Opłacona', title: 'Płatności za fakturę', open: 'Pokaż płatność', shown: 'Płatność, o którą pytasz', paid: 'Zapłacona', notFound: 'Nie znaleźliśmy faktury', none: 'W historii płatności nie ma' },
  uk: { invoicePaid: 'Оплачено', title: 'Платежі за рахунком', open: 'Показати платіж', shown: 'Платіж, який ви шукали', paid: 'Сплачено', notFound: 'не знайдено', none: 'В історії платежів немає' },
  ru: { invoicePaid: 'Оплачен', title: 'Платежи по счёту', open: 'Показать платёж', shown: 'Платёж, который вы искали', paid: 'Оплачен', notFound: 'не найден', none: 'В истории платежей нет' },
};

async function page(lang: Lang): Promise<{ invoices: EbokInvoices; payments: EbokPayments }> {
  const box = await fixture<HTMLDivElement>(html`<div lang=${lang}><ebok-invoices></ebok-invoices><ebok-payments></ebok-payments></div>`);
  const invoices = box.querySelector('ebok-invoices')!;
  const payments = box.querySelector('ebok-payments')!;
  await Promise.all([invoices.translationsReady, payments.translationsReady]);
  await until(() => rows(invoices).length > 0, 'the invoices');
  await until(() => $$(payments, '[part="payment"]').length > 0, 'the payment history');
  return { invoices, payments };
}

/** The first paid invoice on the first page and its "payments" toggle. */
function firstPaid(el: EbokInvoices): { id: string; toggle: HTMLButtonElement } {
  const r = rows(el).find((x) => x.querySelector('.status')?.getAttribute('data-status') === 'paid')!;
  return { id: r.dataset.id!, toggle: r.querySelector<HTMLButtonElement>('[data-act="more"]')! };
}

beforeEach(async () => {
  await setupMockApi();
  resetMockState({ today: TODAY });
});

describe('<ebok-invoices> and ebok-open for someone signed out', () => {
  it('leaves tickets and payments to others, and is not there for anyone signed out', async () => {
    const el = await renderWidget<EbokInvoices>(html`<ebok-invoices></ebok-invoices>`);
    expect(emit(document.body, 'ebok-open', { kind: 'invoice', id: 'inv-1001-00001', label: 'x' }, { cancelable: true })).to.equal(true);
    await signInAs('jan');
    await until(() => rows(el).length > 0, 'the invoices');
    expect(emit(document.body, 'ebok-open', { kind: 'ticket', id: 't-1', label: 'x' }, { cancelable: true })).to.equal(true);
  });
});

describe('<ebok-invoices> row details: the payment that paid an invoice', function () {
  // Two widgets and two axe runs per test.
  this.timeout(timeoutFor(20_000));
  for (const lang of LANGS) {
    it(`shows the payment of a paid invoice in its row details (${lang})`, async () => {
      await signInAs('jan');
      const { invoices } = await page(lang);
      const w = WORDS[lang];
      const { id, toggle } = firstPaid(invoices);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-label')).to.contain(w.invoicePaid);
      toggle.click();
      await until(() => $(invoices, '.paid-by'), 'the payment in the row details');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // The details are the row after the invoice's.
      const details = row(invoices, id)!.nextElementSibling as HTMLElement;
      expect(details.classList.contains('more-row')).to.equal(true);
      expect(plain(details.textContent!)).to.contain(w.title);
      const paid = details.querySelector<HTMLElement>('.paid')!;
      // Date, amount (the invoice's), method and status.
      expect(plain(paid.textContent!)).to.contain(plain(row(invoices, id)!.querySelector('.amount')!.textContent!));
      expect(paid.dataset.status).to.equal('completed');
      expect(plain(paid.textContent!)).to.contain(w.paid);
      expect(paid.querySelector('[part="open-payment"]')!.textContent).to.contain(w.open);
      expect(paid.querySelectorAll('span').length).to.be.at.least(4);
      expect(getMockStats().requests['GET /payments']).to.be.at.least(2);
      await expect(invoices).to.be.accessible();
    });

    it(`opens the payment of an invoice in <ebok-payments> beside it, marked and focused (${lang})`, async () => {
      await signInAs('jan');
      const { invoices, payments } = await page(lang);
      const w = WORDS[lang];
      const { id, toggle } = firstPaid(invoices);
      toggle.click();
      await until(() => $(invoices, '.paid-by'), 'the payment in the row details');
      const details = row(invoices, id)!.nextElementSibling as HTMLElement;
      const paid = details.querySelector<HTMLElement>('.paid')!;
      // "Pokaż płatność": <ebok-payments> on the page answers, on the payment's year and page, focused.
      const events: CustomEvent[] = [];
      const listen = (e: Event) => events.push(e as CustomEvent);
      document.addEventListener('ebok-open', listen);
      try {
        details.querySelector<HTMLButtonElement>('[part="open-payment"]')!.click();
      } finally {
        document.removeEventListener('ebok-open', listen);
      }
      expect(events).to.have.length(1);
      expect(events[0]!.detail.kind).to.equal('payment');
      expect(events[0]!.detail.id).to.equal(paid.dataset.payment);
      expect(events[0]!.defaultPrevented).to.equal(true);
      await until(() => $(payments, '[data-opened]'), 'the payment marked in the history');
      const opened = $(payments, '[data-opened]')!;
      expect(opened.dataset.id).to.equal(paid.dataset.payment);
      expect(opened.getAttribute('aria-current')).to.equal('true');
      expect(shadowText(payments)).to.contain(w.shown);
      await until(() => payments.shadowRoot!.activeElement === opened, 'focus on the payment');
      await expect(payments).to.be.accessible();
    });
  }

  it('opens a payment on a later page and of another year than the one shown', async () => {
    await signInAs('jan');
    const { invoices, payments } = await page('pl');
    // The oldest invoice with a payment in the history: its payment is on the last pages.
    const year = $<HTMLSelectElement>(invoices, '#f-period')!;
    year.value = '2025';
    year.dispatchEvent(new Event('change'));
    await invoices.updateComplete;
    const sort = $<HTMLSelectElement>(invoices, '#f-sort')!;
    sort.value = 'issueDate';
    sort.dispatchEvent(new Event('change'));
    await until(() => firstPaid(invoices).toggle, 'a paid invoice of 2025');
    const { toggle } = firstPaid(invoices);
    toggle.click();
    await until(() => $(invoices, '[part="open-payment"]'), 'its payment');
    const id = $(invoices, '.paid')!.dataset.payment!;
    $<HTMLButtonElement>(invoices, '[part="open-payment"]')!.click();
    await until(() => $(payments, '[data-opened]')?.dataset.id === id, 'the payment marked');
    expect($<HTMLSelectElement>(payments, '[part="year"]')!.value).to.equal('2025');
    await until(() => payments.shadowRoot!.activeElement?.getAttribute('data-id') === id, 'focus on it');
  });

  it('says when an invoice has no payment yet, and closes the details again', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokInvoices>(html`<ebok-invoices></ebok-invoices>`);
    await until(() => rows(el).length > 0, 'the invoices');
    // The newest invoice is not paid yet: its details say so (nothing made up).
    const toggle = rows(el)[0]!.querySelector<HTMLButtonElement>('[data-act="more"]')!;
    toggle.click();
    await until(() => $(el, '[data-kind="none"]'), 'no payment yet');
    expect(shadowText(el)).to.contain('Nie ma jeszcze płatności za tę fakturę');
    await expect(el).to.be.accessible();
    toggle.click();
    await until(() => !$(el, '.more-row'), 'the details closed');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a payment of the previous account never shows in the next one’s details', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokInvoices>(html`<ebok-invoices></ebok-invoices>`);
    await until(() => rows(el).length > 0, 'the invoices');
    firstPaid(el).toggle.click();
    const store = getSessionStore();
    const s = store.state;
    const other = s.status === 'authenticated' ? s.session.accounts?.find((a) => a.id !== accountOf(s)?.id) : undefined;
    expect(other, 'Jan has a second account').to.not.equal(undefined);
    // Switch before the answer arrives: the details close, nothing of the first account stays.
    await store.selectAccount(other!.id);
    await until(() => !$(el, '.more-row'), 'the details closed on the switch');
    expect($(el, '.paid-by')).to.equal(null);
  });
});

describe('<ebok-invoices> answers ebok-open', () => {
  it('opens an invoice a message asks for: its page, the filters that hid it cleared, its details open and focused', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokInvoices>(html`<ebok-invoices status="unpaid,overdue"></ebok-invoices>`);
    await until(() => rows(el).length > 0, 'the invoices');
    // The oldest invoice: paid (hidden by the filter) and on the second page.
    const id = 'inv-1001-00001';
    expect(row(el, id)).to.equal(null);
    const handled = !emit(document.body, 'ebok-open', { kind: 'invoice', id, label: 'FV/2024/11/000001' }, { cancelable: true });
    expect(handled).to.equal(true);
    await until(() => row(el, id), 'the invoice shown');
    expect(el.statuses).to.deep.equal([]);
    expect(shadowText(el)).to.contain('Strona 2 z 2');
    const toggle = row(el, id)!.querySelector<HTMLButtonElement>('[data-act="more"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await until(() => el.shadowRoot!.activeElement?.closest('tr') === row(el, id), 'focus on the invoice');
    await until(() => $(el, '.more-row [data-kind="none"], .more-row .paid-by'), 'its details');
    await expect(el).to.be.accessible();
  });

  for (const lang of LANGS) {
    it(`says clearly when the invoice is not this account's (${lang})`, async () => {
      await signInAs('jan');
      const el = await renderWidget<EbokInvoices>(html`<ebok-invoices lang=${lang}></ebok-invoices>`);
      await until(() => rows(el).length > 0, 'the invoices');
      emit(document.body, 'ebok-open', { kind: 'invoice', id: 'inv-9999-00001', label: 'FV/2020/01/999999' }, { cancelable: true });
      await until(() => $(el, '[data-open="not-found"]'), 'the not-found message');
      const alert = $(el, '[data-open="not-found"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(plain(alert.textContent!)).to.contain('FV/2020/01/999999');
      expect(plain(alert.textContent!)).to.contain(WORDS[lang].notFound);
      await expect(el).to.be.accessible();
      alert.querySelector('button')!.click();
      await until(() => !$(el, '[data-open="not-found"]'), 'dismissed');
    });
  }

});

describe('<ebok-payments> answers ebok-open', () => {
  it('says "payment not found" for an unknown id, and the host may route a payment itself', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokPayments>(html`<ebok-payments></ebok-payments>`);
    await until(() => $$(el, '[part="payment"]').length > 0, 'the history');
    emit(document.body, 'ebok-open', { kind: 'payment', id: 'pay-nobody', label: 'x' }, { cancelable: true });
    await until(() => $(el, '[data-open="not-found"]'), 'not found');
    expect(shadowText(el)).to.contain('Nie znaleziono płatności');
    await expect(el).to.be.accessible();
    $(el, '[data-open="not-found"] button')!.click();
    await until(() => !$(el, '[data-open]'), 'dismissed');
    // A host that routes payments itself calls preventDefault() first: the widget leaves it alone.
    const host = (e: Event) => e.preventDefault();
    document.addEventListener('ebok-open', host, { capture: true });
    try {
      emit(document.body, 'ebok-open', { kind: 'payment', id: 'pay-nobody', label: 'x' }, { cancelable: true });
      await el.updateComplete;
      expect($(el, '[data-open]')).to.equal(null);
    } finally {
      document.removeEventListener('ebok-open', host, { capture: true });
    }
  });
});
