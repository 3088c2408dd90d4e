import { expect } from '@open-wc/testing';
import { setFaults } from '../../mocks/faults';
import { getMockStats, settlePayment } from '../../mocks/state';
import { createPayment, getBalance } from '../core/api/endpoints';
import { formatMoney } from '../core/format';
import { idempotencyKey } from '../core/api/client';
import { resetPaymentReturn } from '../core/payment';
import { ApiError } from '../core/api/errors';
import type { BalanceDocument, BalanceSummary } from '../core/api/types';
import type { PaymentEventDetail } from '../core/payment';
import { getSessionStore } from '../core/session';
import { html, interceptLinks, LANGS, renderWidget, setupMockApi, shadowText, signInAs, until } from '../test-utils';
import { warsawDay } from '../core/calendar';
import './ebok-balance';
import type { BalanceState, EbokBalance } from './ebok-balance';
import pl from './i18n/pl.json';
import uk from './i18n/uk.json';
import ru from './i18n/ru.json';

const TODAY = '2026-01-15';

function doc(id: string, dueDate: string, minor: number): BalanceDocument {
  return {
    id,
    number: `FV/2026/01/${id}`,
    issueDate: '2026-01-01',
    dueDate,
    amount: { minor, currency: 'PLN' },
    remaining: { minor, currency: 'PLN' },
  };
}

function summary(documents: BalanceDocument[], credit = 0): BalanceSummary {
  return {
    currency: 'PLN',
    documents,
    credit: { minor: credit, currency: 'PLN' },
    paymentLimit: { minor: 430_000, currency: 'PLN' },
    asOf: '2026-01-15T14:20:00+01:00',
  };
}

const PREVIEWS: Record<string, BalanceState> = {
  debt: { status: 'ready', today: TODAY, summary: summary([doc('1', '2026-01-10', 28_743), doc('2', '2026-01-14', 31_218), doc('3', '2026-01-29', 100)]) },
  credit: { status: 'ready', today: TODAY, summary: summary([doc('1', '2026-01-29', 18_937)], 25_000) },
  creditOnly: { status: 'ready', today: TODAY, summary: summary([], 4_500) },
  upcomingToday: { status: 'ready', today: TODAY, summary: summary([doc('1', TODAY, 9_680)]) },
  upcomingTomorrow: { status: 'ready', today: TODAY, summary: summary([doc('1', '2026-01-16', 9_680)]) },
  upcomingLater: { status: 'ready', today: TODAY, summary: summary([doc('1', '2026-01-20', 14_290)], 2_000) },
  nothing: { status: 'ready', today: TODAY, summary: summary([]) },
  loading: { status: 'loading' },
  signedOut: { status: 'signed-out' },
  error: { status: 'error', error: new ApiError({ kind: 'offline' }) },
};

function part(el: EbokBalance, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

async function preview(state: BalanceState, lang = 'pl'): Promise<EbokBalance> {
  const el = await renderWidget<EbokBalance>(html`<ebok-balance lang=${lang} .preview=${state}></ebok-balance>`);
  await el.updateComplete;
  return el;
}

async function live(lang = 'pl'): Promise<EbokBalance> {
  const el = await renderWidget<EbokBalance>(html`<ebok-balance lang=${lang}></ebok-balance>`);
  await until(() => el.shadowRoot!.querySelector('[data-state="ready"], [data-state="error"], [data-state="signed-out"]'), 'balance');
  return el;
}

describe('<ebok-balance>', () => {
  const originalFetch = window.fetch;
  let links: ReturnType<typeof interceptLinks>;
  /** Where the page was sent (link clicks, captured instead of followed). */
  const visited = () => links.clicks.map((c) => c.href);

  beforeEach(async () => {
    await setupMockApi();
    links = interceptLinks();
  });

  afterEach(() => {
    links.restore();
    window.fetch = originalFetch;
  });

  describe('states in every language, with axe', () => {
    for (const lang of LANGS) {
      it(`signed out (${lang}): a short prompt and no data`, async () => {
        const el = await live(lang);
        const base = part(el, 'base')!;
        expect(base.dataset.state).to.equal('signed-out');
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(shadowText(el)).to.contain(({ pl, uk, ru } as const)[lang].signedOut);
        expect(part(el, 'amount')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`loading (${lang}): a skeleton announced as busy`, async () => {
        setFaults({ hang: true, path: '/balance' });
        await signInAs('jan');
        const el = await renderWidget<EbokBalance>(html`<ebok-balance lang=${lang}></ebok-balance>`);
        await until(() => part(el, 'base')?.dataset.state === 'loading', 'loading');
        expect(el.shadowRoot!.querySelector('[aria-busy="true"] [role="status"]')).not.to.equal(null);
        await expect(el).to.be.accessible();
        setFaults({});
        await until(() => part(el, 'base')?.dataset.state === 'ready', 'ready');
      });

      it(`error (${lang}): an alert with a retry that loads again`, async () => {
        await signInAs('jan');
        setFaults({ http500: true, path: '/balance' });
        const el = await live(lang);
        expect(part(el, 'base')!.dataset.state).to.equal('error');
        expect(el.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
        await expect(el).to.be.accessible();
        setFaults({});
        part(el, 'retry')!.click();
        await until(() => part(el, 'base')?.dataset.state === 'ready', 'ready after retry');
        expect(part(el, 'amount')).not.to.equal(null);
      });

      it(`arrears (${lang}): red with a words label, the overdue total and a pay button`, async () => {
        await signInAs('jan');
        const el = await live(lang);
        const base = part(el, 'base')!;
        expect(base.dataset.tone).to.equal('debt');
        const strings = ({ pl, uk, ru } as const)[lang];
        expect(part(el, 'badge')!.textContent).to.contain(strings.tone.debt);
        expect(part(el, 'badge')!.querySelector('svg')).not.to.equal(null);
        expect(part(el, 'overdue-amount')).not.to.equal(null);
        expect(part(el, 'pay-button')!.textContent!.trim()).to.equal(strings.pay);
        await expect(el).to.be.accessible();
      });

      it(`overpayment (${lang}): blue with the credit`, async () => {
        await signInAs('anna');
        const el = await live(lang);
        expect(part(el, 'base')!.dataset.tone).to.equal('credit');
        expect(part(el, 'badge')!.textContent).to.contain(({ pl, uk, ru } as const)[lang].tone.credit);
        expect(part(el, 'amount')!.textContent).to.match(/250,00/);
        expect(part(el, 'pay-button')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`neutral (${lang}): the next payment, the credit applied, pay and calendar`, async () => {
        await signInAs('piotr');
        const el = await live(lang);
        expect(part(el, 'base')!.dataset.tone).to.equal('neutral');
        expect(part(el, 'upcoming-amount')!.textContent).to.match(/142,90/);
        expect(part(el, 'amount')!.textContent).to.match(/122,90/);
        expect(part(el, 'calendar-button')).not.to.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`every preview variant renders accessibly (${lang})`, async () => {
        for (const [name, state] of Object.entries(PREVIEWS)) {
          const el = await preview(state, lang);
          expect(part(el, 'base')!.dataset.state, name).to.equal(state.status);
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  describe('what the tile says', () => {
    it('arrears: overdue total with the number of documents', async () => {
      const el = await preview(PREVIEWS.debt!);
      expect(part(el, 'amount')!.textContent).to.match(/600,61\s?zł/);
      expect(part(el, 'overdue-amount')!.textContent).to.match(/599,61\s?zł/);
      expect(shadowText(el)).to.contain('2 dokumenty po terminie');
      expect(part(el, 'calendar-button')).not.to.equal(null);
      expect(shadowText(await preview(PREVIEWS.debt!, 'uk'))).to.contain('Прострочених документів: 2');
      expect(shadowText(await preview(PREVIEWS.debt!, 'ru'))).to.contain('Просроченных документов: 2');
    });

    it('one date style in the tile: the long form for the due day and for "as of"', async () => {
      const text = shadowText(await preview(PREVIEWS.upcomingLater!));
      expect(text).to.contain('Termin płatności: 20 stycznia 2026');
      expect(text).to.match(/Stan na 15 stycznia 2026\S* 14:20\./);
      expect(text).not.to.match(/\b(sty|15\.01)\b/);
    });

    it('the next payment: today, tomorrow, in N days, with the long date', async () => {
      expect(shadowText(await preview(PREVIEWS.upcomingToday!))).to.contain('— dzisiaj');
      expect(shadowText(await preview(PREVIEWS.upcomingTomorrow!))).to.contain('— jutro');
      const later = await preview(PREVIEWS.upcomingLater!);
      expect(shadowText(later)).to.contain('— za 5 dni');
      expect(shadowText(later)).to.contain('20 stycznia 2026');
      expect(shadowText(later)).to.contain('Uwzględniliśmy nadpłatę');
      const uk5 = await preview(PREVIEWS.upcomingLater!, 'uk');
      expect(shadowText(uk5)).to.contain('через 5 днів');
      const ru5 = await preview(PREVIEWS.upcomingLater!, 'ru');
      expect(shadowText(ru5)).to.contain('через 5 дней');
    });

    it('credit covering upcoming documents: blue, no pay button, no reminder', async () => {
      const el = await preview(PREVIEWS.credit!);
      expect(part(el, 'base')!.dataset.tone).to.equal('credit');
      expect(shadowText(el)).to.contain('Nadpłata pokrywa nieopłacone dokumenty na kwotę 189,37');
      expect(part(el, 'pay-button')).to.equal(null);
      expect(part(el, 'calendar-button')).to.equal(null);
    });

    it('a next document the credit pays is "covered", not a payment coming in N days', async () => {
      for (const lang of LANGS) {
        const el = await preview(PREVIEWS.credit!, lang);
        const strings = ({ pl, uk, ru } as const)[lang];
        expect(el.shadowRoot!.querySelector('.detail-title')!.textContent!.trim(), lang).to.equal(strings.upcoming.coveredTitle);
        expect(shadowText(el), lang).not.to.contain(strings.upcoming.inDays_many.replace('{{count}}', '14'));
        expect(part(el, 'upcoming-amount')!.textContent).to.match(/189,37/);
      }
      // A credit that covers the next document but not everything: covered too, and nothing overdue.
      const partly = await preview({ status: 'ready', today: TODAY, summary: summary([doc('1', '2026-01-20', 5_000), doc('2', '2026-02-20', 9_000)], 6_000) });
      expect(part(partly, 'base')!.dataset.tone).to.equal('neutral');
      expect(shadowText(partly)).to.contain('Następna płatność pokryta nadpłatą');
    });

    it('nothing to pay: neutral, zero, no buttons', async () => {
      const el = await preview(PREVIEWS.nothing!);
      expect(part(el, 'base')!.dataset.tone).to.equal('neutral');
      expect(part(el, 'amount')!.textContent).to.match(/0,00/);
      expect(shadowText(el)).to.contain('Nie masz żadnych płatności');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });

    it('a preview fetches nothing, not even when "Zapłać" is pressed', async () => {
      await signInAs('jan');
      const before = getMockStats().totalRequests;
      const el = await preview(PREVIEWS.debt!);
      part(el, 'pay-button')!.click();
      await el.updateComplete;
      expect(getMockStats().totalRequests).to.equal(before);
    });

    it('a preview can show a payment state', async () => {
      const el = await preview({ ...(PREVIEWS.debt as Extract<BalanceState, { status: 'ready' }>), payment: { status: 'pending' } });
      expect(part(el, 'pay-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(shadowText(el)).to.contain('Przygotowujemy płatność');
    });

    it('follows a change of language', async () => {
      const el = await preview(PREVIEWS.debt!);
      el.setAttribute('lang', 'ru');
      await until(() => part(el, 'base')?.getAttribute('lang') === 'ru', 'ru');
      await el.translationsReady;
      expect(part(el, 'badge')!.textContent).to.contain('Задолженность');
    });

    it('drops the data at once when the customer signs out', async () => {
      await signInAs('jan');
      const el = await live();
      expect(part(el, 'amount')).not.to.equal(null);
      await getSessionStore().end('user');
      await el.updateComplete;
      expect(part(el, 'base')!.dataset.state).to.equal('signed-out');
      expect(shadowText(el)).not.to.match(/zł/);
    });
  });

  describe('layout', () => {
    async function at(width: number, state: BalanceState, lang: string): Promise<EbokBalance> {
      const el = await preview(state, lang);
      el.style.width = `${width}px`;
      await el.updateComplete;
      return el;
    }
    const rect = (e: Element) => e.getBoundingClientRect();

    // The Bałtyk theme's title (uppercase, spaced) in a system font: the tightest head we ship.
    const theme = document.createElement('style');
    theme.textContent = `ebok-balance { font-family: system-ui, sans-serif; }
      ebok-balance::part(title) { text-transform: uppercase; letter-spacing: 0.06em; }`;
    before(() => document.head.append(theme));
    after(() => theme.remove());

    for (const lang of LANGS) {
      it(`at 320 px the badge stays beside the title and "— in N days" stays with the amount (${lang})`, async () => {
        for (const state of [PREVIEWS.upcomingLater!, PREVIEWS.debt!, PREVIEWS.credit!]) {
          const el = await at(320, state, lang);
          const title = part(el, 'title')!;
          const badge = rect(part(el, 'badge')!);
          // One line: the badge starts above the title's bottom edge, to its right, inside the tile.
          expect(badge.top, `${lang} badge`).to.be.below(rect(title).bottom);
          expect(badge.left, `${lang} badge`).to.be.at.least(rect(title).right);
          expect(badge.right, `${lang} badge`).to.be.at.most(rect(part(el, 'base')!).right);
          expect(title.scrollWidth, `${lang} title whole`).to.be.at.most(title.clientWidth);
        }
        // An amount long enough that the line must break: it breaks after the dash, not before it.
        const big = { status: 'ready', today: TODAY, summary: summary([doc('1', '2026-01-29', 123_456_789_012)]) } as const;
        const el = await at(320, big, lang);
        const amount = part(el, 'upcoming-amount')!;
        const dash = amount.nextSibling!;
        expect(dash.textContent).to.equal('\u00a0— ');
        const range = document.createRange();
        range.setStart(dash, 1);
        range.setEnd(dash, 2);
        expect(range.getBoundingClientRect().top, `${lang} dash on the amount's line`).to.be.below(rect(amount).bottom);
        const due = el.shadowRoot!.querySelector('.due')!;
        expect(due.getClientRects().length, `${lang} "in N days" on one line`).to.equal(1);
        expect(rect(due).top, `${lang} wrapped`).to.be.at.least(rect(amount).bottom - 1);
      });
    }

    it('the credit amount is not the primary button\'s blue', async () => {
      const credit = await preview(PREVIEWS.credit!);
      const debt = await preview(PREVIEWS.debt!);
      const amountColour = getComputedStyle(part(credit, 'amount')!).color;
      expect(amountColour).not.to.equal(getComputedStyle(part(debt, 'pay-button')!).backgroundColor);
      expect(amountColour).to.equal('rgb(0, 106, 128)');
    });
  });

  describe('paying', () => {
    it('leaves documents being posted out of "Zapłać" and says so; the API pays only the rest', async () => {
      await signInAs('jan');
      const [first, second] = (await getBalance()).documents;
      // Jan paid his first invoice a moment ago; the gateway has not confirmed it yet.
      await createPayment({ scope: 'invoices', invoiceIds: [first!.id] }, idempotencyKey());
      const el = await live();
      await until(() => shadowText(el).includes('W trakcie księgowania'), 'the posting note');
      const plain = (t: string) => t.replace(/\s/g, '');
      expect(plain(part(el, 'amount')!.textContent!)).to.equal(plain(formatMoney(second!.remaining, 'pl')));
      let detail: PaymentEventDetail | undefined;
      el.addEventListener('ebok-payment', (e) => (detail = e.detail));
      part(el, 'pay-button')!.click();
      await until(() => visited().length > 0, 'redirect');
      expect(detail!.invoiceIds).to.deep.equal([second!.id]);
      expect(detail!.amount).to.deep.equal(second!.remaining);
      await expect(el).to.be.accessible();
    });

    it('after the gateway: the answer shows once, the marker leaves the address, the tile reloads', async () => {
      await signInAs('jan');
      const p = await createPayment({ scope: 'balance' }, idempotencyKey());
      settlePayment(p.id, 'completed', { method: 'blik', posted: false });
      const start = location.href;
      const url = new URL(start);
      url.searchParams.set('ebok-payment', p.id);
      history.replaceState(null, '', url);
      resetPaymentReturn();
      try {
        const el = await live();
        await until(() => shadowText(el).includes('Płatność przyjęta'), 'the answer');
        expect(location.search).not.to.contain('ebok-payment');
        expect(getSessionStore().state.status).to.equal('authenticated');
        await until(() => shadowText(el).includes('W trakcie księgowania'), 'the reloaded tile');
        await expect(el).to.be.accessible();
      } finally {
        resetPaymentReturn();
        history.replaceState(null, '', start);
      }
    });

    it('"Zapłać" creates one payment, emits ebok-payment and goes to the gateway', async () => {
      await signInAs('jan');
      const el = await live();
      const amountText = part(el, 'amount')!.textContent!;
      let detail: PaymentEventDetail | undefined;
      el.addEventListener('ebok-payment', (e) => (detail = e.detail));
      const button = part(el, 'pay-button')!;
      button.click();
      button.click();
      await until(() => visited().length > 0, 'redirect');
      expect(getMockStats().paymentsCreated).to.equal(1);
      expect(getMockStats().requests['POST /payments']).to.equal(1);
      expect(detail!.gatewayUrl).to.equal(visited()[0]);
      expect(detail!.currency).to.equal('PLN');
      expect(amountText.replace(/\s/g, '')).to.contain(
        (detail!.amount.minor / 100).toFixed(2).replace('.', ','),
      );
      // The payment strings come with the flow, fetched by the click (core/payment-loader.ts).
      await until(() => shadowText(el).includes('Przekierowujemy do bramki płatności'), 'the redirect message');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('the status region is in the DOM before the payment flow is fetched and stays the same element', async () => {
      await signInAs('jan');
      const el = await live();
      const region = el.shadowRoot!.querySelector('[part="payment-status"] [role="status"]');
      expect(region, 'the polite region before any payment').to.exist;
      expect(region!.textContent!.trim()).to.equal('');
      part(el, 'pay-button')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      part(el, 'pay-button')!.click();
      await until(() => region!.textContent!.includes('Przekierowujemy'), 'the message in the same region');
      expect(el.shadowRoot!.querySelector('[part="payment-status"] [role="status"]')).to.equal(region);
      expect(getMockStats().requests['POST /payments']).to.equal(1);
    });

    it('stays when the host cancels ebok-payment', async () => {
      await signInAs('jan');
      const el = await live();
      let seen: CustomEvent<PaymentEventDetail> | undefined;
      document.addEventListener(
        'ebok-payment',
        (e) => {
          seen = e;
          e.preventDefault();
        },
        { once: true },
      );
      part(el, 'pay-button')!.click();
      await until(() => seen !== undefined, 'event');
      await el.updateComplete;
      expect(visited()).to.have.length(0);
      expect(part(el, 'pay-button')!.getAttribute('aria-disabled')).to.equal('false');
      expect(getMockStats().paymentsCreated).to.equal(1);
    });

    it('refuses an amount above the gateway limit before any request, saying the limit', async () => {
      await signInAs('jan');
      window.fetch = async (input, init) => {
        const response = await originalFetch(input, init);
        if (!String(input).includes('/balance')) return response;
        const body = (await response.json()) as BalanceSummary;
        return new Response(JSON.stringify({ ...body, paymentLimit: { minor: 10_000, currency: 'PLN' } }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      };
      const el = await live();
      part(el, 'pay-button')!.click();
      // The click fetches the payment flow first (core/payment-loader.ts), then answers.
      await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the limit message');
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent).to.contain('100,00');
      expect(alert?.textContent).to.contain('liście faktur');
      expect(getMockStats().requests['POST /payments'] ?? 0).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('a failed payment shows an alert; pressing "Zapłać" again retries with the same key', async () => {
      await signInAs('jan');
      const el = await live();
      setFaults({ http500: true, path: '/payments' });
      part(el, 'pay-button')!.click();
      await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert');
      expect(shadowText(el)).to.contain('Nie udało się rozpocząć płatności');
      await expect(el).to.be.accessible();
      setFaults({});
      part(el, 'pay-button')!.click();
      await until(() => visited().length > 0, 'redirect');
      expect(getMockStats().paymentsCreated).to.equal(1);
    });
  });

  describe('add to calendar', () => {
    it('downloads an .ics for the next due date', async () => {
      const el = await preview(PREVIEWS.upcomingLater!);
      part(el, 'calendar-button')!.click();
      // The .ics builder comes with the click (balance-calendar.ts).
      await until(() => links.clicks.length > 0, 'the download');
      expect(links.clicks).to.have.length(1);
      const saved = links.clicks[0]!;
      expect(saved.download).to.equal('termin-platnosci-2026-01-20.ics');
      const blob = await saved.blob();
      expect(blob.type).to.equal('text/calendar;charset=utf-8');
      const text = await blob.text();
      expect(text).to.contain('DTSTART;VALUE=DATE:20260120\r\n');
      expect(text).to.contain('SUMMARY:Zapłać 142\\,90');
      expect(text).to.contain('FV/2026/01/1');
      expect(text).to.match(/UID:due-20260120-1@ebok-widgets\r\n/);
    });

    it('uses the language of the widget', async () => {
      const el = await preview(PREVIEWS.upcomingLater!, 'uk');
      part(el, 'calendar-button')!.click();
      await until(() => links.clicks.length > 0, 'the download');
      expect(links.clicks[0]!.download).to.equal('termin-oplaty-2026-01-20.ics');
      expect(await (await links.clicks[0]!.blob()).text()).to.contain('SUMMARY:Оплатити 142\\,90');
    });

    it('goes through a Blob URL and a download link inside the widget, removed after the click', async () => {
      const el = await preview(PREVIEWS.upcomingLater!);
      part(el, 'calendar-button')!.click();
      await until(() => links.clicks.length > 0, 'the download');
      const { href, root, link } = links.clicks[0]!;
      expect(href).to.match(/^blob:/);
      expect(root).to.equal(el.shadowRoot);
      expect(link.isConnected).to.equal(false);
    });
  });

  it('evaluates the rule on today in Warsaw when no day is given', async () => {
    const el = await preview({ status: 'ready', summary: summary([doc('1', warsawDay(), 100)]) });
    expect(part(el, 'base')!.dataset.tone).to.equal('neutral');
    expect(shadowText(el)).to.contain('dzisiaj');
  });
});
