import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { getMockStats, settlePayment } from '../../mocks/state';
import FakeTimers, { type Clock as InstalledClock } from '@sinonjs/fake-timers';
import { createPayment } from './api/endpoints';
import { idempotencyKey } from './api/client';
import { setFaults } from '../../mocks/faults';
import { ApiError } from './api/errors';
import type { Money, Payment } from './api/types';
import { accountOf, getSessionStore } from './session';
import { baseStyles, tokens } from './styles';
import { accessibleUnderFakeTimers, interceptLinks, LANGS, setupMockApi, shadowText, signInAs, until } from '../test-utils';
import { ensureLoaded, fixedT } from './i18n/i18n';
import { commonTranslations } from './i18n/common';
import {
  exceedsLimit,
  isSafeGatewayUrl,
  PaymentController,
  paymentIntent,
  paymentMessage,
  paymentStyles,
  paymentTranslations,
  renderPaymentStatus,
  resetPaymentReturn,
  returnMessage,
  type ReturnState,
  type PaymentEventDetail,
  type PaymentInput,
  type PaymentState,
} from './payment';
import { returnUrlOf } from './payment-rules';

class PaymentTestHost extends LitElement {
  static override styles = [tokens, baseStyles, paymentStyles];
  readonly payment = new PaymentController(this);
  protected override render(): TemplateResult {
    return html`<div part="base">${renderPaymentStatus(this.payment, { retry: () => undefined })}</div>`;
  }
}
customElements.define('payment-test-host', PaymentTestHost);

const PLN = (minor: number): Money => ({ minor, currency: 'PLN' });
const LIMIT = PLN(430_000);

/** Jan's whole balance, as the tile would pay it. */
const JAN_BALANCE: PaymentInput = { scope: 'balance', invoiceIds: ['a', 'b'], amount: PLN(59_961), limit: LIMIT };

interface Sent {
  key: string | null;
  body: unknown;
}

/**
 * Wraps window.fetch to record every POST /payments (its Idempotency-Key and body) and optionally
 * to tamper with the outcome: `lose` lets the request reach the server and then throws, as when the
 * response is lost on the way back.
 */
function spyPayments(behaviour: { lose?: number; respond?: (r: Response) => Promise<Response> } = {}) {
  const sent: Sent[] = [];
  const original = window.fetch;
  let toLose = behaviour.lose ?? 0;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/payments')) return original(input, init);
    const headers = new Headers(init?.headers);
    sent.push({ key: headers.get('Idempotency-Key'), body: JSON.parse(String(init?.body ?? 'null')) });
    const response = await original(input, init);
    if (toLose > 0) {
      toLose--;
      throw new TypeError('Failed to fetch');
    }
    return behaviour.respond ? behaviour.respond(response) : response;
  };
  return { sent, restore: () => (window.fetch = original) };
}

async function host(lang = 'pl'): Promise<PaymentTestHost> {
  const el = await fixture<PaymentTestHost>(html`<payment-test-host lang=${lang}></payment-test-host>`);
  await el.payment.translationsReady;
  return el;
}

describe('PaymentController', () => {
  let spy: ReturnType<typeof spyPayments> | undefined;
  let links: ReturnType<typeof interceptLinks>;
  /** Where the page was sent (link clicks, captured instead of followed). */
  const visited = () => links.clicks.map((c) => c.href);

  beforeEach(async () => {
    await setupMockApi();
    await signInAs('jan');
    links = interceptLinks();
  });

  afterEach(() => {
    spy?.restore();
    spy = undefined;
    links.restore();
  });

  it('creates the payment, emits ebok-payment and goes to the gateway', async () => {
    const el = await host();
    let detail: PaymentEventDetail | undefined;
    document.addEventListener('ebok-payment', (e) => (detail = e.detail), { once: true });
    await el.payment.pay(JAN_BALANCE);
    expect(el.payment.state.status).to.equal('redirecting');
    expect(detail).to.be.an('object');
    expect(detail!.paymentId).to.match(/^pay-/);
    expect(detail!.amount.currency).to.equal('PLN');
    expect(detail!.currency).to.equal('PLN');
    expect(detail!.amount.minor).to.be.greaterThan(0);
    expect(detail!.invoiceIds.length).to.be.greaterThan(0);
    expect(visited()).to.deep.equal([detail!.gatewayUrl]);
    expect(getMockStats().paymentsCreated).to.equal(1);
  });

  it('a double click sends one request and creates one payment', async () => {
    spy = spyPayments();
    const el = await host();
    const first = el.payment.pay(JAN_BALANCE);
    const second = el.payment.pay(JAN_BALANCE);
    expect(second).to.equal(first);
    expect(el.payment.state.status).to.equal('pending');
    await Promise.all([first, second]);
    expect(spy.sent).to.have.length(1);
    expect(getMockStats().requests['POST /payments']).to.equal(1);
    expect(getMockStats().paymentsCreated).to.equal(1);
    expect(visited()).to.have.length(1);
  });

  it('a retry after a lost response reuses the key and creates exactly one payment', async () => {
    spy = spyPayments({ lose: 1 });
    const el = await host();
    await el.payment.pay(JAN_BALANCE);
    expect(el.payment.state.status).to.equal('error');
    // The answer was lost while the browser is online: the client cannot tell a dropped
    // connection from a refused cross-origin request, so it is "unreachable", not "offline".
    expect((el.payment.state as { error: ApiError }).error.kind).to.equal('unreachable');
    expect(getMockStats().paymentsCreated).to.equal(1);
    expect(visited()).to.have.length(0);

    await el.payment.pay(JAN_BALANCE);
    expect(el.payment.state.status).to.equal('redirecting');
    expect(spy.sent).to.have.length(2);
    expect(spy.sent[0]!.key).to.be.a('string').and.equal(spy.sent[1]!.key);
    expect(getMockStats().paymentsCreated).to.equal(1);
    expect(visited()).to.have.length(1);
  });

  it('a retry after a server error reuses the key; a new component with the same intent too', async () => {
    spy = spyPayments();
    setFaults({ http500: true, path: '/payments' });
    const el = await host();
    await el.payment.pay(JAN_BALANCE);
    expect(el.payment.state.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="payment-retry"]')).not.to.equal(null);
    setFaults({});
    const other = await host();
    await other.payment.pay({ ...JAN_BALANCE, invoiceIds: ['b', 'a', 'a'] });
    expect(spy.sent.map((s) => s.key)).to.have.length(2);
    expect(new Set(spy.sent.map((s) => s.key)).size).to.equal(1);
    expect(spy.sent[1]!.body).to.deep.equal({ scope: 'balance', returnUrl: returnUrlOf(location.href, accountOf(getSessionStore().state)?.id) });
    expect(getMockStats().paymentsCreated).to.equal(1);
  });

  it('a different intent gets a different key; sign-out forgets every key', async () => {
    spy = spyPayments();
    const el = await host();
    el.payment.pay({ scope: 'invoices', invoiceIds: ['x'], amount: PLN(100), limit: LIMIT });
    el.payment.reset(); // ignored while pending
    expect(el.payment.state.status).to.equal('pending');
    await until(() => el.payment.state.status !== 'pending');
    await el.payment.pay(JAN_BALANCE);
    expect(spy.sent[0]!.body).to.deep.equal({ scope: 'invoices', invoiceIds: ['x'], returnUrl: returnUrlOf(location.href, accountOf(getSessionStore().state)?.id) });
    expect(spy.sent[0]!.key).not.to.equal(spy.sent[1]!.key);
    await getSessionStore().end('user');
    await signInAs('jan');
    await el.payment.pay(JAN_BALANCE);
    expect(spy.sent[2]!.key).not.to.equal(spy.sent[1]!.key);
  });

  it('refuses an amount above the limit before any request', async () => {
    spy = spyPayments();
    const el = await host();
    const before = getMockStats().totalRequests;
    await el.payment.pay({ ...JAN_BALANCE, limit: PLN(59_960) });
    expect(el.payment.state).to.deep.equal({ status: 'over-limit', limit: PLN(59_960) });
    expect(getMockStats().totalRequests).to.equal(before);
    expect(spy.sent).to.have.length(0);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('599,60');
    // Exactly at the limit is allowed.
    await el.payment.pay({ ...JAN_BALANCE, limit: PLN(59_961) });
    expect(el.payment.state.status).to.equal('redirecting');
  });

  it("maps the API's payment_limit_exceeded to the over-limit state", async () => {
    const problem = { code: 'payment_limit_exceeded', limit: PLN(1000) };
    spy = spyPayments({
      respond: async () =>
        new Response(JSON.stringify(problem), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    const el = await host();
    await el.payment.pay({ ...JAN_BALANCE, limit: undefined });
    expect(el.payment.state).to.deep.equal({ status: 'over-limit', limit: PLN(1000) });
  });

  it('stays on the page when the host cancels ebok-payment', async () => {
    const el = await host();
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('ebok-payment', cancel);
    await el.payment.pay(JAN_BALANCE);
    el.removeEventListener('ebok-payment', cancel);
    expect(el.payment.state.status).to.equal('cancelled');
    expect(visited()).to.have.length(0);
    expect(el.payment.message).to.equal(undefined);
    // Paying again is the same intent: the API replays the same payment.
    await el.payment.pay(JAN_BALANCE);
    expect(getMockStats().paymentsCreated).to.equal(1);
    expect(visited()).to.have.length(1);
  });

  it('the event bubbles out of shadow roots and is cancelable', async () => {
    const el = await host();
    let event: CustomEvent<PaymentEventDetail> | undefined;
    document.addEventListener('ebok-payment', (e) => (event = e), { once: true });
    await el.payment.pay(JAN_BALANCE);
    expect(event?.bubbles).to.equal(true);
    expect(event?.composed).to.equal(true);
    expect(event?.cancelable).to.equal(true);
  });

  it('never sends the customer to a gateway that is not https', async () => {
    spy = spyPayments({
      respond: async (r) => {
        const p = (await r.json()) as Payment;
        return new Response(JSON.stringify({ ...p, gatewayUrl: 'javascript:alert(1)' }), { status: 201 });
      },
    });
    const el = await host();
    let emitted = false;
    el.addEventListener('ebok-payment', () => (emitted = true));
    await el.payment.pay(JAN_BALANCE);
    expect(el.payment.state.status).to.equal('error');
    expect(emitted).to.equal(false);
    expect(visited()).to.have.length(0);
  });

  it('does not redirect when the widget was removed meanwhile', async () => {
    const el = await host();
    const run = el.payment.pay(JAN_BALANCE);
    el.remove();
    await run;
    expect(el.payment.state.status).to.equal('idle');
    expect(visited()).to.have.length(0);
  });

  it('refuses nothing to pay without a request', async () => {
    spy = spyPayments();
    const el = await host();
    await el.payment.pay({ ...JAN_BALANCE, amount: PLN(0) });
    expect(el.payment.state.status).to.equal('error');
    await el.payment.pay({ scope: 'invoices', invoiceIds: [], amount: PLN(100), limit: LIMIT });
    expect(el.payment.state.status).to.equal('error');
    expect(spy.sent).to.have.length(0);
    expect(el.payment.message?.text).to.contain('Nie ma nic do zapłaty');
    el.payment.reset();
    expect(el.payment.state.status).to.equal('idle');
  });

  for (const lang of LANGS) {
    it(`renders every message accessibly in ${lang}`, async () => {
      const el = await host(lang);
      const payment: Payment = {
        id: 'pay-1',
        amount: PLN(59_961),
        invoiceIds: ['a'],
        gatewayUrl: 'https://platnosci.example.pl/pay/pay-1',
        createdAt: '2026-01-15T14:22:00+01:00',
        updatedAt: '2026-01-15T14:22:00+01:00',
        documents: [{ id: 'a', number: 'FV/2026/01/000001' }],
        status: 'pending',
      };
      const states: PaymentState[] = [
        { status: 'pending' },
        { status: 'redirecting', payment },
        { status: 'over-limit', limit: LIMIT },
        { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) },
      ];
      for (const state of states) {
        el.payment.preview(state, 'invoices');
        await el.updateComplete;
        const text = el.shadowRoot!.textContent ?? '';
        expect(el.payment.message?.title, state.status).to.be.a('string').and.not.equal('');
        expect(text).to.contain(el.payment.message!.title);
        await expect(el).to.be.accessible();
      }
    });
  }
});

describe('payment rules', () => {
  it('an intent is scope + sorted unique documents + amount', () => {
    const a = paymentIntent({ scope: 'invoices', invoiceIds: ['b', 'a'], amount: PLN(1), limit: undefined });
    expect(paymentIntent({ scope: 'invoices', invoiceIds: ['a', 'b', 'a'], amount: PLN(1), limit: LIMIT })).to.equal(a);
    expect(paymentIntent({ scope: 'balance', invoiceIds: ['a', 'b'], amount: PLN(1), limit: undefined })).not.to.equal(a);
    expect(paymentIntent({ scope: 'invoices', invoiceIds: ['a', 'b'], amount: PLN(2), limit: undefined })).not.to.equal(a);
  });

  it('the limit: equal passes, one grosz above is refused, no limit or another currency never refuses', () => {
    expect(exceedsLimit(PLN(430_000), LIMIT)).to.equal(false);
    expect(exceedsLimit(PLN(430_001), LIMIT)).to.equal(true);
    expect(exceedsLimit(PLN(10_000_000), undefined)).to.equal(false);
    expect(exceedsLimit(PLN(10_000_000), { minor: 1, currency: 'EUR' })).to.equal(false);
  });

  it('only https gateways (http only on a local host)', () => {
    expect(isSafeGatewayUrl('https://platnosci.example.pl/pay/1')).to.equal(true);
    expect(isSafeGatewayUrl('http://localhost:8080/pay')).to.equal(true);
    expect(isSafeGatewayUrl('http://platnosci.example.pl/pay/1')).to.equal(false);
    expect(isSafeGatewayUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeGatewayUrl('not a url')).to.equal(false);
  });

  it('messages name the limit and what to do instead, per scope, in every language', async () => {
    for (const lang of LANGS) {
      await ensureLoaded(lang, [commonTranslations, paymentTranslations]);
      const t = fixedT(lang, 'payment');
      const balance = paymentMessage({ status: 'over-limit', limit: LIMIT }, t, lang, 'balance')!;
      const invoices = paymentMessage({ status: 'over-limit', limit: LIMIT }, t, lang, 'invoices')!;
      expect(balance.tone).to.equal('error');
      expect(balance.text).to.match(/4\s?300,00/);
      expect(balance.text).not.to.equal(invoices.text);
      expect(paymentMessage({ status: 'idle' }, t, lang, 'balance')).to.equal(undefined);
      const conflict = new ApiError({ kind: 'conflict', status: 409, code: 'idempotency_conflict' });
      expect(paymentMessage({ status: 'error', error: conflict }, t, lang, 'balance')!.retry).to.equal(true);
      const notPayable = new ApiError({ kind: 'validation', status: 400, fields: { invoiceIds: 'not_payable' } });
      const m = paymentMessage({ status: 'error', error: notPayable }, t, lang, 'invoices')!;
      expect(m.retry).to.equal(false);
      expect(m.text).to.equal(t('errors.notPayable'));
      const offline = paymentMessage({ status: 'error', error: new ApiError({ kind: 'offline' }) }, t, lang, 'balance')!;
      expect(offline.text).to.equal(t('common:errors.offline'));
    }
  });
});

// ------------------------------------------------------------------ coming back from the gateway

/** The test page's own address (the runner's session id is in its query and must stay). */
const START = location.href;

/** Every GET /payments/{id} the page sends, counted when fetch is called (not when it arrives). */
function spyPolls(rewrite?: (p: Payment) => Payment) {
  const original = window.fetch;
  const polls: string[] = [];
  /** The Ebok-Account each poll was sent with. */
  const accounts: (string | null)[] = [];
  const spy = { polls, accounts, answered: 0, restore: () => (window.fetch = original) };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!/\/payments\/[^/?]+/.test(url) || (init?.method ?? 'GET') !== 'GET') return original(input, init);
    polls.push(url);
    accounts.push(new Headers(init?.headers).get('Ebok-Account'));
    try {
      const response = await original(input, init);
      if (!rewrite || !response.ok) return response;
      const body = JSON.stringify(rewrite((await response.json()) as Payment));
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    } finally {
      // Two frames later the widget has read the body and scheduled its next poll.
      requestAnimationFrame(() => requestAnimationFrame(() => spy.answered++));
    }
  };
  return spy;
}

let hidden = false;
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('coming back from the gateway', () => {
  let clock: InstalledClock | undefined;
  let polls: ReturnType<typeof spyPolls>;
  let links: ReturnType<typeof interceptLinks>;

  beforeEach(async () => {
    await setupMockApi();
    resetPaymentReturn();
    await signInAs('jan');
    links = interceptLinks();
  });

  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    polls?.restore();
    links.restore();
    hidden = false;
    resetPaymentReturn();
    history.replaceState(null, '', START);
  });

  /** A payment started at the gateway (as "Zapłać" would), then the page reloaded with the marker. */
  async function started(): Promise<Payment> {
    return createPayment({ scope: 'balance' }, idempotencyKey());
  }

  async function comeBack(
    marker: string | string[],
    options: { lang?: string; rewrite?: (p: Payment) => Payment; account?: string } = {},
  ): Promise<PaymentTestHost> {
    const url = new URL(START);
    if (options.account) url.searchParams.set('ebok-account', options.account);
    for (const m of [marker].flat()) url.searchParams.append('ebok-payment', m);
    url.hash = 'faktury';
    history.replaceState(null, '', url);
    polls = spyPolls(options.rewrite);
    clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    resetPaymentReturn(); // a new page load
    return host(options.lang);
  }

  const phase = (el: PaymentTestHost) => el.payment.returned.phase;
  /** Every poll sent has been answered (and the next one scheduled). */
  const answered = () => until(() => polls.answered === polls.polls.length, 'the answer to the last poll');
  /** Let fake time pass wait by wait, each poll answered before the clock moves on. */
  async function advance(waits: readonly number[]): Promise<void> {
    for (const ms of waits) {
      await answered();
      await clock!.tickAsync(ms);
    }
    await answered();
  }

  it('pending: says so, removes the marker, polls with backoff 2 → 30 s and shows the answer', async () => {
    const p = await started();
    const el = await comeBack(p.id);
    await until(() => phase(el) === 'pending', 'the first answer');
    expect(location.search).not.to.contain('ebok-payment');
    expect(location.hash).to.equal('#faktury');
    expect(new URL(location.href).searchParams.get('wtr-session-id')).to.equal(new URL(START).searchParams.get('wtr-session-id'));
    expect((history.state as { ebokPayment: { id: string } }).ebokPayment.id).to.equal(p.id);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Płatność w trakcie realizacji');
    expect(polls.polls).to.have.length(1);
    // 2, 4, 8, 16, 30, 30 seconds.
    for (const [wait, total] of [[2_000, 2], [4_000, 3], [8_000, 4], [16_000, 5], [30_000, 6], [30_000, 7]] as const) {
      await answered();
      await clock!.tickAsync(wait - 1);
      expect(polls.polls, `before ${wait} ms`).to.have.length(total - 1);
      await clock!.tickAsync(1);
      expect(polls.polls, `after ${wait} ms`).to.have.length(total);
    }
    await answered();
    let reloaded = 0;
    (el.payment as { onReturn: () => void }).onReturn = () => reloaded++;
    settlePayment(p.id, 'completed', { method: 'blik', posted: false });
    await clock!.tickAsync(30_000);
    await until(() => phase(el) === 'final', 'the final answer');
    expect(reloaded).to.equal(1);
    await el.updateComplete;
    const text = shadowText(el);
    expect(text).to.contain('Płatność przyjęta');
    expect(text).to.contain('w trakcie księgowania');
    await accessibleUnderFakeTimers(el, clock!);
    await clock!.tickAsync(120_000);
    expect(polls.polls).to.have.length(8);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payment-close"]')!.click();
    expect(phase(el)).to.equal('none');
    expect(history.state).not.to.have.property('ebokPayment');
  });

  it('pauses while the page is hidden and asks at once when it is shown again', async () => {
    const p = await started();
    const el = await comeBack(p.id);
    await until(() => phase(el) === 'pending');
    await answered();
    setHidden(true);
    // Synchronously: nothing may be sent while hidden (tickAsync hangs on the idle watcher's timers here).
    clock!.tick(120_000);
    expect(polls.polls).to.have.length(1);
    settlePayment(p.id, 'completed');
    setHidden(false);
    expect(polls.polls).to.have.length(2);
    await until(() => phase(el) === 'final');
  });

  it('honours Retry-After on 503 and 429', async () => {
    const p = await started();
    setFaults({ http503: 20, path: `/payments/${p.id}` });
    const el = await comeBack(p.id);
    await until(() => polls.polls.length === 1);
    await answered();
    await el.updateComplete;
    expect(phase(el)).to.equal('checking');
    await clock!.tickAsync(19_999);
    expect(polls.polls).to.have.length(1);
    setFaults({});
    await clock!.tickAsync(1);
    expect(polls.polls).to.have.length(2);
    await until(() => phase(el) === 'pending');
  });

  it('gives up after 10 minutes with an honest message, and checks again on request', async () => {
    const p = await started();
    const el = await comeBack(p.id);
    await until(() => phase(el) === 'pending');
    // 2, 4, 8, 16 s, then every 30 s: 600 s in all.
    await advance([2_000, 4_000, 8_000, 16_000, ...Array<number>(18).fill(30_000)]);
    expect(phase(el)).to.equal('pending');
    await advance([30_000]);
    // The last answer is counted two frames after fetch resolved; a loaded WebKit had not read its
    // body by then (still 'pending'). Giving up is what the answer leads to: wait for it.
    await until(() => phase(el) === 'gave-up', 'giving up after the answer at 600 s');
    const sent = polls.polls.length;
    // At 0, 2, 6, 14 and 30 s, then every 30 s up to 600 s.
    expect(sent).to.equal(24);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Płatność wciąż w trakcie realizacji');
    await clock!.tickAsync(600_000);
    expect(polls.polls).to.have.length(sent);
    settlePayment(p.id, 'completed');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payment-check"]')!.click();
    expect(polls.polls).to.have.length(sent + 1);
    await until(() => phase(el) === 'final');
  });

  it('survives a reload: the marker lives on in the history entry, not in the address', async () => {
    const p = await started();
    const first = await comeBack(p.id);
    await until(() => phase(first) === 'pending');
    first.remove();
    expect(location.search).not.to.contain('ebok-payment');
    resetPaymentReturn(); // reload: same history entry, no marker in the URL
    settlePayment(p.id, 'failed', { failureReason: 'insufficient_funds' });
    const el = await host();
    await until(() => phase(el) === 'final');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('zabrakło środków');
  });

  it('failed → a new attempt is a new payment with a new key, exactly one per click', async () => {
    const p = await started();
    const el = await comeBack(p.id);
    settlePayment(p.id, 'cancelled');
    await until(() => phase(el) === 'final');
    await el.updateComplete;
    const before = getMockStats().paymentsCreated;
    const repay = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payment-repay"]')!;
    repay.click();
    repay.click();
    await until(() => el.payment.state.status === 'redirecting');
    expect(getMockStats().paymentsCreated).to.equal(before + 1);
    expect(links.clicks).to.have.length(1);
    expect(links.clicks[0]!.href).not.to.contain(p.id);
    expect(phase(el)).to.equal('none');
  });

  it("an unknown or someone else's payment: not found, nothing else", async () => {
    const el = await comeBack('pay-999999');
    await until(() => phase(el) === 'not-found');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Nie znaleziono płatności');
    expect(history.state).not.to.have.property('ebokPayment');
  });

  it('a tampered or doubled marker is dropped without a request', async () => {
    for (const marker of ['<script>', '../session', ['pay-000001', 'pay-000002']]) {
      const el = await comeBack(marker);
      expect(location.search, String(marker)).not.to.contain('ebok-payment');
      expect(phase(el)).to.equal('none');
      expect(polls.polls).to.have.length(0);
      polls.restore();
      clock!.uninstall();
    }
    clock = FakeTimers.install({ toFake: ['setTimeout'] });
  });

  it('a status the widget does not know is shown as in progress, never as paid', async () => {
    const p = await started();
    const el = await comeBack(p.id, { rewrite: (x) => ({ ...x, status: 'authorised' as Payment['status'], postedAt: '2026-01-01T00:00:00+01:00' }) });
    await until(() => phase(el) === 'pending');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('w trakcie realizacji');
    expect(shadowText(el)).not.to.contain('przyjęta');
  });

  it('waits for a signed-in customer and forgets the marker on sign-out', async () => {
    const p = await started();
    await getSessionStore().end('user');
    const el = await comeBack(p.id);
    expect(phase(el)).to.equal('none');
    expect(polls.polls).to.have.length(0);
    clock!.uninstall();
    await signInAs('jan');
    clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await until(() => phase(el) === 'pending');
    await getSessionStore().end('user');
    expect(phase(el)).to.equal('none');
    expect(history.state).not.to.have.property('ebokPayment');
  });

  describe('several accounts', () => {
    const store = () => getSessionStore();
    const current = () => accountOf(store().state)?.id;
    const accounts = () => {
      const s = store().state;
      return s.status === 'authenticated' ? (s.session.accounts ?? []).map((a) => a.id) : [];
    };

    it("polls with the paying account's Ebok-Account after a switch, and shows the answer on that account only", async () => {
      const [own, other] = accounts();
      expect(other, 'Jan has two accounts').to.be.a('string');
      const p = await started();
      const el = await comeBack(p.id);
      await until(() => phase(el) === 'pending', 'the first answer');
      expect(polls.accounts).to.deep.equal([own]);
      // The account is remembered with the marker, for a reload.
      expect((history.state as { ebokPayment: { account?: string } }).ebokPayment.account).to.equal(own);
      await store().selectAccount(other!);
      await el.updateComplete;
      // The other account's widgets never show this payment's status.
      expect(phase(el)).to.equal('none');
      expect(shadowText(el)).not.to.contain('w trakcie realizacji');
      await advance([2_000]);
      expect(polls.accounts).to.deep.equal([own, own]);
      settlePayment(p.id, 'completed', { method: 'blik', posted: false });
      await advance([4_000]);
      expect(polls.accounts).to.deep.equal([own, own, own]);
      expect(phase(el)).to.equal('none');
      await store().selectAccount(own!);
      await el.updateComplete;
      expect(phase(el)).to.equal('final');
      expect(shadowText(el)).to.contain('Płatność przyjęta');
    });

    it('comes back on the account in the return address, also when the session had switched to another', async () => {
      const [own, other] = accounts();
      const p = await started();
      // Another tab switched meanwhile: the session would restore the other account.
      await store().selectAccount(other!);
      const el = await comeBack(p.id, { account: own! });
      expect(location.search).not.to.contain('ebok-account');
      await until(() => current() === own, 'back on the account that paid');
      await until(() => phase(el) === 'pending', 'the answer');
      expect(polls.accounts.every((a) => a === own)).to.equal(true);
    });

    it('an account in the return address that is not the person’s is never sent', async () => {
      const [own] = accounts();
      const p = await started();
      const el = await comeBack(p.id, { account: 'a-9999-not-yours' });
      await until(() => phase(el) === 'pending', 'the answer');
      expect(polls.accounts).to.deep.equal([own]);
      expect(current()).to.equal(own);
    });

    it('the return address names the account the payment is made for', async () => {
      const [, other] = accounts();
      await store().selectAccount(other!);
      const sent = spyPayments();
      try {
        const el = await host();
        await el.payment.pay(JAN_BALANCE);
        const body = sent.sent[0]!.body as { returnUrl: string };
        expect(new URL(body.returnUrl).searchParams.get('ebok-account')).to.equal(other);
      } finally {
        sent.restore();
      }
    });
  });

  it('asks before paying documents a payment already covers', async () => {
    const el = await host();
    const before = getMockStats().paymentsCreated;
    await el.payment.pay({ scope: 'invoices', invoiceIds: ['inv-x'], amount: PLN(100), limit: LIMIT, inProgress: 1 });
    expect(el.payment.state).to.deep.equal({ status: 'confirm', count: 1 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('w trakcie księgowania');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payment-cancel"]')!.click();
    expect(el.payment.state.status).to.equal('idle');
    expect(getMockStats().paymentsCreated).to.equal(before);
  });

  const payment = (status: Payment['status'], extra: Partial<Payment> = {}): Payment => ({
    id: 'pay-1',
    amount: PLN(59_961),
    invoiceIds: ['a'],
    documents: [{ id: 'a', number: 'FV/2026/01/000001' }],
    gatewayUrl: 'https://platnosci.example.pl/pay/pay-1',
    createdAt: '2026-01-15T14:22:00+01:00',
    updatedAt: '2026-01-15T14:22:00+01:00',
    status,
    ...extra,
  });
  const RETURNS: ReturnState[] = [
    { phase: 'checking' },
    { phase: 'pending', payment: payment('pending') },
    { phase: 'gave-up', payment: payment('pending') },
    { phase: 'final', payment: payment('completed', { postedAt: '2026-01-16T06:00:00+01:00' }) },
    { phase: 'final', payment: payment('completed') },
    { phase: 'final', payment: payment('failed', { failureReason: 'declined' }) },
    { phase: 'final', payment: payment('failed', { failureReason: 'technical' }) },
    { phase: 'final', payment: payment('cancelled') },
    { phase: 'final', payment: payment('expired') },
    { phase: 'not-found' },
    { phase: 'error', error: new ApiError({ kind: 'malformed' }) },
  ];

  for (const lang of LANGS) {
    it(`every answer after the gateway reads and is accessible in ${lang}`, async () => {
      const el = await host(lang);
      const t = fixedT(lang, 'payment');
      for (const r of RETURNS) {
        el.payment.preview({ status: 'idle' }, 'invoices', r);
        await el.updateComplete;
        const m = returnMessage(r, t, lang)!;
        expect(m.title, r.phase).to.be.a('string').and.not.equal('');
        expect(m.title).not.to.contain('return.');
        expect(m.text).not.to.contain('return.');
        expect(shadowText(el)).to.contain(m.title);
        await expect(el).to.be.accessible();
      }
    });
  }
});
