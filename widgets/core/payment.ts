/**
 * The one online-payment flow of the suite. `<ebok-balance>` ("Zapłać" for the whole balance) and
 * `<ebok-invoices>` (pay the chosen invoices) both use it, so they behave the same: one
 * Idempotency-Key per intent, the gateway limit checked before any request, the cancelable
 * `ebok-payment` event, and the same translated messages.
 *
 * Usage in a widget:
 *
 *   private readonly payment = new PaymentController(this);
 *   …
 *   <button @click=${() => this.payment.pay({ scope: 'balance', invoiceIds, amount, limit })}
 *           ?aria-disabled=${this.payment.state.status === 'pending'}>…</button>
 *   ${renderPaymentStatus(this.payment, { retry: () => this.pay() })}
 *
 * Translations. An EbokElement loads one namespace of its own; the payment messages live in a
 * namespace of their own ("payment", widgets/core/i18n/payment.{pl,uk,ru}.json — flat, so the
 * test runner's JSON transform of i18n/*.json files covers them) so both widgets share one copy.
 * The controller carries a second LanguageController for that namespace: it follows the host's
 * language (its own `lang`, an ancestor's, the loader's), loads only the active language, applies
 * operator overrides (`setStrings(lang, 'payment', …)`), and re-renders the host when ready. Widgets
 * render `controller.message` (or `renderPaymentStatus(controller)`) and never touch the namespace.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createPayment, getPayment } from './api/endpoints';
import { idempotencyKey } from './api/client';
import { ApiError, toApiError } from './api/errors';
import type { Money, Payment, PaymentRequest } from './api/types';
import { emit } from './events';
import { accountOf, getSessionStore, type SessionState } from './session';
import { formatMoney } from './format';
import { defineTranslations } from './i18n/i18n';
import { LanguageController } from './i18n/language';
import type { Lang } from './i18n/languages';
import { errorMessage, icon } from './ui';
import { isUnsuccessful, knownStatus, nextPoll, readReturnMarker, returnUrlOf } from './payment-rules';
import { exceedsLimit, statusFrame, type StatusParts } from './payment-loader';
import { HISTORY_KEY } from './payment-marker';

// Widgets import these from payment-loader.ts (loaded with them); kept here for the flow's own users.
export { exceedsLimit, inProgressCount } from './payment-loader';
import type { TOptions } from 'i18next';
import type { Translate, TranslationKey } from './i18n/keys';

export interface PaymentInput {
  scope: 'balance' | 'invoices';
  /** The documents paid. For `balance` they only identify the intent (the API pays the whole balance). */
  invoiceIds: readonly string[];
  /** What the customer sees and agrees to pay. */
  amount: Money;
  /** The gateway's single-transaction limit (BalanceSummary.paymentLimit), when known. */
  limit: Money | undefined;
  /** How many of the documents a payment already covers ("w trakcie księgowania"): asks first. */
  inProgress?: number;
}

export type PaymentState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'over-limit'; limit: Money } // refused before any request
  | { status: 'confirm'; count: number } // some documents are already being paid: asked first
  | { status: 'error'; error: ApiError }
  | { status: 'cancelled'; payment: Payment } // the host called preventDefault() on ebok-payment
  | { status: 'redirecting'; payment: Payment };

export interface PaymentEventDetail {
  paymentId: string;
  amount: Money;
  currency: string;
  invoiceIds: string[];
  gatewayUrl: string;
}

declare module './events' {
  interface EbokEventMap {
    'ebok-payment': CustomEvent<PaymentEventDetail>;
    /** "Show the transfer details": <ebok-payments> on the page opens them (over the gateway limit). */
    'ebok-transfer-details': CustomEvent<Record<string, never>>;
  }
}

export const paymentTranslations = defineTranslations('payment', {
  pl: () => import('./i18n/payment.pl.json'),
  uk: () => import('./i18n/payment.uk.json'),
  ru: () => import('./i18n/payment.ru.json'),
});

/**
 * Go to the gateway in this window, as location.assign() would, but through a link's click: tests
 * intercept it at the browser level (HTMLAnchorElement.prototype.click, the same as for downloads)
 * instead of replacing a seam of ours.
 */
function goToGateway(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.click();
}

// ------------------------------------------------------------------ idempotency keys

/**
 * Idempotency-Key per intent, shared by every widget on the page: two clicks, a retry after a lost
 * response, or the same invoices paid from another widget all reuse one key, so the API creates one
 * payment. Kept for the page's life (the API keeps keys ≥ 24 h): paying the same unchanged balance
 * again after coming back from the gateway returns the payment already started instead of a second
 * one. A changed amount or set of documents is a new intent. Dropped on sign-in and sign-out, so
 * nothing about one customer outlives their session.
 */
const keys = new Map<string, string>();
let listening = false;

function keyFor(intent: string): string {
  if (!listening) {
    listening = true;
    const forget = () => keys.clear();
    document.addEventListener('ebok-login', forget);
    document.addEventListener('ebok-logout', forget);
  }
  let key = keys.get(intent);
  if (!key) keys.set(intent, (key = idempotencyKey()));
  return key;
}

/** Scope + sorted, de-duplicated documents + amount: what makes two clicks "the same payment". */
export function paymentIntent(input: PaymentInput): string {
  const ids = [...new Set(input.invoiceIds)].sort();
  return JSON.stringify([input.scope, ids, input.amount.minor, input.amount.currency]);
}

/** Only send the customer to an https gateway (or http on a local development host). */
export function isSafeGatewayUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}

// ------------------------------------------------------------------ the controller

/** Not a ReactiveController of its own: the LanguageController it carries does the connecting. */
export class PaymentController {
  state: PaymentState = { status: 'idle' };
  /** The input of the last pay() call (scope chooses the wording of the limit message). */
  private input: PaymentInput | undefined;
  private pending: Promise<void> | undefined;
  private readonly i18n: LanguageController;

  private returns: PaymentReturn | undefined;

  /**
   * @param scope what a new attempt after a failed payment pays.
   * @param onReturn called when the payment the page came back from reached its answer (reload the data).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly scope: Scope = 'balance',
    readonly onReturn: () => void = () => undefined,
  ) {
    this.i18n = new LanguageController(host, paymentTranslations);
    host.addController({
      hostConnected: () => {
        this.returns = paymentReturn();
        this.returns.attach(this);
      },
      hostDisconnected: () => this.returns?.detach(this),
    });
  }

  get hostElement(): HTMLElement {
    return this.host;
  }

  get lang(): Lang {
    return this.i18n.lang;
  }

  get translationsLoaded(): boolean {
    return this.i18n.ready;
  }

  /** Re-render the host (the return state changed). */
  update(): void {
    this.host.requestUpdate();
  }

  /**
   * Same intent (scope + sorted ids + amount) → same Idempotency-Key for every retry and double
   * click; a call while pending returns the pending promise and sends nothing. Above the limit →
   * 'over-limit', no request. Emits the cancelable 'ebok-payment' from the host; unless cancelled,
   * goes to the gateway in this window.
   */
  pay(input: PaymentInput, confirmed = false): Promise<void> {
    if (this.pending) return this.pending;
    this.input = input;
    if (!confirmed && (input.inProgress ?? 0) > 0) {
      this.set({ status: 'confirm', count: input.inProgress ?? 0 });
      return Promise.resolve();
    }
    // A new attempt replaces the answer about the previous one.
    if (this.returns?.owner === this) this.returns.dismiss();
    if (exceedsLimit(input.amount, input.limit)) {
      this.set({ status: 'over-limit', limit: input.limit });
      return Promise.resolve();
    }
    const ids = [...new Set(input.invoiceIds)];
    if (input.amount.minor <= 0 || (input.scope === 'invoices' && ids.length === 0)) {
      this.set({ status: 'error', error: new ApiError({ kind: 'validation', code: 'validation_failed', fields: { scope: 'nothing_to_pay' } }) });
      return Promise.resolve();
    }
    // A payment belongs to the account it was started for: its key too, its request names it,
    // and so does the page the gateway returns to.
    const account = accountOf(getSessionStore().state)?.id;
    const body: PaymentRequest = {
      ...(input.scope === 'invoices' ? { scope: 'invoices', invoiceIds: ids } : { scope: 'balance' }),
      returnUrl: returnUrlOf(location.href, account),
    };
    const key = keyFor(`${account} ${paymentIntent(input)}`);
    this.set({ status: 'pending' });
    const run = createPayment(body, key, { account }).then(
      // Switched to another account meanwhile: the payment stays with its own (its history shows
      // it, paying it again there reuses the key); this page no longer goes to its gateway.
      (payment) => (accountOf(getSessionStore().state)?.id === account ? this.created(payment) : this.set({ status: 'idle' })),
      (e: unknown) => {
        const error = toApiError(e);
        if (error.code === 'payment_limit_exceeded') {
          this.set({ status: 'over-limit', limit: error.limit ?? input.limit ?? input.amount });
        } else {
          this.set({ status: 'error', error });
        }
      },
    );
    this.pending = run.finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** "Pay anyway" after the confirmation. */
  confirm(): Promise<void> {
    return this.state.status === 'confirm' && this.input ? this.pay(this.input, true) : Promise.resolve();
  }

  /** A new attempt after a failed, cancelled or expired payment: a new intent, a new key. */
  repay(payment: Payment): Promise<void> {
    return this.pay({ scope: this.scope, invoiceIds: payment.invoiceIds, amount: payment.amount, limit: undefined });
  }

  /** What the page learnt about the payment it came back from (shown by one widget of the page, on its account only). */
  get returned(): ReturnState {
    return this.returns?.owner === this && this.returns.shown ? this.returns.state : { phase: 'none' };
  }

  /** Back to idle (e.g. the customer dismissed a message). Keeps the Idempotency-Keys. */
  reset(): void {
    if (this.state.status === 'pending') return;
    this.set({ status: 'idle' });
  }

  /** The message for the current state in the host's language, or undefined when there is none. */
  get message(): PaymentMessage | undefined {
    if (!this.i18n.ready) return undefined;
    return paymentMessage(this.state, (key, options) => this.translate(key, options), this.i18n.lang, this.input?.scope ?? 'balance');
  }

  /** Translate in the payment namespace (or `common:…`) in the host's language. */
  translate(key: TranslationKey<'payment'> | TranslationKey<'payment'>[], options?: TOptions): string {
    return this.i18n.t(key as string | string[], options);
  }

  /** Resolves when the payment strings for the host's language are loaded (tests, previews). */
  get translationsReady(): Promise<void> {
    return this.i18n.loaded.then(() => this.host.updateComplete).then(() => undefined);
  }

  /** Show a state without paying (previews and the gallery); `returned` shows an answer after the gateway. */
  preview(state: PaymentState, scope: PaymentInput['scope'] = 'balance', returned?: ReturnState): void {
    this.input = { scope, invoiceIds: [], amount: { minor: 0, currency: 'PLN' }, limit: undefined };
    this.previewReturn = returned;
    if (this.state !== state || returned) this.set(state);
  }

  /** The answer shown: a preview's, else the page's. */
  get shownReturn(): ReturnState {
    return this.previewReturn ?? this.returned;
  }

  private previewReturn: ReturnState | undefined;

  private created(payment: Payment): void {
    // The widget went away meanwhile (e.g. the host page switched views): do not redirect the page.
    if (!this.host.isConnected) {
      this.set({ status: 'idle' });
      return;
    }
    if (!isSafeGatewayUrl(payment.gatewayUrl)) {
      this.set({ status: 'error', error: new ApiError({ kind: 'malformed', cause: new Error('gatewayUrl is not https') }) });
      return;
    }
    const detail: PaymentEventDetail = {
      paymentId: payment.id,
      amount: { ...payment.amount },
      currency: payment.amount.currency,
      invoiceIds: [...payment.invoiceIds],
      gatewayUrl: payment.gatewayUrl,
    };
    const proceed = emit(this.host, 'ebok-payment', detail, { cancelable: true });
    if (!proceed) {
      this.set({ status: 'cancelled', payment });
      return;
    }
    this.set({ status: 'redirecting', payment });
    goToGateway(payment.gatewayUrl);
  }

  private set(state: PaymentState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

// ------------------------------------------------------------------ coming back from the gateway

/** What the page knows about the payment it came back from. */
export type ReturnState =
  | { phase: 'none' }
  | { phase: 'checking' } // the first answer is on its way
  | { phase: 'pending'; payment: Payment } // polled
  | { phase: 'gave-up'; payment: Payment } // still pending after GIVE_UP_MS: no more polling
  | { phase: 'final'; payment: Payment } // completed, failed, cancelled or expired
  | { phase: 'not-found' } // unknown id, or someone else's
  | { phase: 'error'; error: ApiError }; // could not ask (e.g. the answer was malformed)

interface Remembered {
  id: string;
  /** Date.now() at the return: the 10 minutes count from there, also across reloads. */
  since: number;
  /** The account the payment was made for: asked with its Ebok-Account, shown only on it. */
  account?: string;
}

function remembered(): Remembered | undefined {
  const r = (history.state as Record<string, unknown> | null)?.[HISTORY_KEY] as Partial<Remembered> | undefined;
  return r && typeof r.id === 'string' && typeof r.since === 'number'
    ? { id: r.id, since: r.since, ...(typeof r.account === 'string' ? { account: r.account } : {}) }
    : undefined;
}

function remember(value: Remembered | undefined, url?: string): void {
  const state = { ...((history.state as Record<string, unknown> | null) ?? {}) };
  if (value) state[HISTORY_KEY] = value;
  else delete state[HISTORY_KEY];
  history.replaceState(state, '', url);
}

/**
 * The one watcher of the page for the payment it came back from, shared by every paying widget:
 * it reads the `ebok-payment` marker once, takes it out of the address bar (history.replaceState,
 * keeping it in the entry's state so a reload asks again), asks `GET /payments/{id}` when a customer
 * is signed in, and polls while the payment is pending — backing off 2 → 30 s, paused while the page
 * is hidden, honouring Retry-After, giving up after 10 minutes. The first widget attached shows
 * the answer (one message per page, announced once); every widget reloads its data on an answer.
 *
 * Several accounts: the payment is asked about with the Ebok-Account of the account it was made
 * for (from the return address, else the account chosen when the page first asks), also after the
 * customer switches to another one; the answer is shown only while that account is chosen, and a
 * page that came back on another account (the session's choice) switches to it once.
 */
export class PaymentReturn {
  state: ReturnState = { phase: 'none' };
  private readonly controllers: PaymentController[] = [];
  private marker: Remembered | undefined;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private paused = false;
  private customer: string | undefined;
  private account: string | undefined;
  private readonly unsubscribe: () => void;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && this.paused) {
      this.paused = false;
      void this.poll();
    }
  };

  constructor() {
    const m = readReturnMarker(location.href);
    if (m.cleanUrl !== undefined) {
      // A tampered or doubled marker is dropped without a word; a valid one replaces an older one.
      this.marker = m.id ? { id: m.id, since: Date.now(), ...(m.account ? { account: m.account } : {}) } : remembered();
      remember(this.marker, m.cleanUrl);
    } else {
      this.marker = remembered();
    }
    document.addEventListener('visibilitychange', this.onVisibility);
    const store = getSessionStore();
    this.unsubscribe = store.subscribe((s) => this.session(s));
    this.session(store.state);
  }

  get owner(): PaymentController | undefined {
    return this.controllers[0];
  }

  /** The answer belongs to the account now chosen (another account's widgets never show it). */
  get shown(): boolean {
    return !this.marker?.account || this.marker.account === this.account;
  }

  attach(c: PaymentController): void {
    if (!this.controllers.includes(c)) this.controllers.push(c);
    c.update();
  }

  detach(c: PaymentController): void {
    const i = this.controllers.indexOf(c);
    if (i >= 0) this.controllers.splice(i, 1);
    this.controllers[0]?.update();
  }

  /** The customer closed the message (or paid again): forget the marker for good. */
  dismiss(): void {
    this.stop();
    this.marker = undefined;
    if (remembered()) remember(undefined);
    this.set({ phase: 'none' });
  }

  /** "Check again" after giving up: another 10 minutes. */
  restart(): void {
    if (!this.marker) return;
    this.marker = { ...this.marker, since: Date.now() };
    remember(this.marker);
    this.attempt = 0;
    void this.poll();
  }

  /** Stop for good (tests; the page going away needs nothing). */
  destroy(): void {
    this.stop();
    this.unsubscribe();
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private session(s: SessionState): void {
    const customer = s.status === 'authenticated' ? s.session.customer.id : undefined;
    const account = accountOf(s)?.id;
    if (customer === this.customer) {
      // Another account of the same person: the polling goes on with the payment's own account.
      if (account !== this.account) {
        this.account = account;
        this.owner?.update();
      }
      return;
    }
    const before = this.customer;
    this.customer = customer;
    this.account = account;
    if (before && s.status === 'anonymous') {
      // Signed out: nothing about that customer's payment stays, not even in the history entry.
      this.dismiss();
      return;
    }
    this.stop();
    if (customer && this.marker && s.status === 'authenticated') {
      const listed = s.session.accounts?.some((a) => a.id === this.marker!.account);
      if (!listed) {
        // No account in the return address (or one that is not this person's): the chosen one.
        this.marker = { id: this.marker.id, since: this.marker.since, ...(account ? { account } : {}) };
        remember(this.marker);
      } else if (this.marker.account !== account) {
        // Back on another account than the one paid for: go to that one, once.
        void getSessionStore().selectAccount(this.marker.account!);
      }
      this.attempt = 0;
      this.set({ phase: 'checking' });
      void this.poll();
    }
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
    this.paused = false;
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    const marker = this.marker;
    if (!marker || !this.customer) return;
    if (document.visibilityState === 'hidden') {
      this.paused = true;
      return;
    }
    const abort = (this.abort = new AbortController());
    let retryAfter: number | undefined;
    try {
      const payment = await getPayment(marker.id, { signal: abort.signal, ...(marker.account ? { account: marker.account } : {}) });
      if (abort.signal.aborted) return;
      const status = knownStatus(payment.status);
      if (status !== 'pending') {
        // Failed, cancelled, expired: the next "Zapłać" is a new intent with a new key.
        if (isUnsuccessful(status)) keys.clear();
        this.set({ phase: 'final', payment: { ...payment, status } });
        this.settled();
        return;
      }
      this.set({ phase: 'pending', payment: { ...payment, status } });
    } catch (e) {
      if (abort.signal.aborted) return;
      const error = toApiError(e);
      if (error.kind === 'not_found') {
        this.marker = undefined;
        remember(undefined);
        this.set({ phase: 'not-found' });
        return;
      }
      if (error.kind === 'unauthorized') return; // the session ended; session() cleans up
      if (!error.retryable) {
        this.set({ phase: 'error', error });
        return;
      }
      retryAfter = error.retryAfterSeconds;
    }
    const next = nextPoll(this.attempt++, Date.now() - marker.since, retryAfter);
    if (next === 'give-up') {
      const s = this.state;
      if (s.phase === 'pending') this.set({ phase: 'gave-up', payment: s.payment });
      else this.set({ phase: 'error', error: new ApiError({ kind: 'unreachable' }) });
      this.settled();
      return;
    }
    this.timer = setTimeout(() => void this.poll(), next);
  }

  private settled(): void {
    for (const c of this.controllers) c.onReturn();
  }

  private set(state: ReturnState): void {
    this.state = state;
    this.owner?.update();
  }
}

let watcher: PaymentReturn | undefined;

/** The page's watcher, created by the first paying widget connected. */
export function paymentReturn(): PaymentReturn {
  return (watcher ??= new PaymentReturn());
}

/** Forget the page's watcher (tests: a new "page" reads the address bar again). */
export function resetPaymentReturn(): void {
  watcher?.destroy();
  watcher = undefined;
}

// ------------------------------------------------------------------ messages

export interface PaymentMessage {
  /** `progress` is announced politely (role=status); `error` assertively (role=alert). */
  tone: 'progress' | 'error';
  title: string;
  text: string;
  /** Offer "try again" (the same intent, so the same Idempotency-Key). */
  retry: boolean;
  /** Ask "pay anyway?" (some documents are already being paid). */
  confirm?: boolean;
  /** Offer the transfer details (over the gateway limit). */
  transfer?: boolean;
}

type Scope = PaymentInput['scope'];

/** What to tell the customer about a payment state; undefined for idle. Pure: tests call it directly. */
export function paymentMessage(state: PaymentState, tr: Translate<'payment'>, lang: Lang, scope: Scope): PaymentMessage | undefined {
  switch (state.status) {
    case 'idle':
      return undefined;
    case 'pending':
      return { tone: 'progress', title: tr('pending'), text: '', retry: false };
    case 'redirecting':
      return {
        tone: 'progress',
        title: tr('redirecting'),
        text: tr('redirectingHint', { amount: formatMoney(state.payment.amount, lang) }),
        retry: false,
      };
    case 'cancelled':
      // The host prevented the redirect and shows its own next step (e.g. the gateway in a dialog).
      return undefined;
    case 'over-limit':
      return {
        tone: 'error',
        title: tr('overLimit.title'),
        text: `${tr('overLimit.text', { limit: formatMoney(state.limit, lang) })} ${tr(`overLimit.${scope}`)}`,
        retry: false,
        transfer: true,
      };
    case 'confirm':
      return { tone: 'error', title: tr('confirm.title'), text: tr('confirm.text', { count: state.count }), retry: false, confirm: true };
    case 'error': {
      const e = state.error;
      const field = e.fields.scope ?? e.fields.invoiceIds;
      let text: string;
      if (field === 'nothing_to_pay') text = tr('errors.nothingToPay');
      else if (field === 'not_payable') text = tr('errors.notPayable');
      else if (e.code === 'idempotency_conflict') text = tr('errors.inProgress');
      else text = errorMessage(tr, e);
      return { tone: 'error', title: tr('errors.title'), text, retry: e.retryable || e.kind === 'conflict' };
    }
  }
}

export type ReturnAction = 'repay' | 'check' | 'retry' | 'close';

export interface ReturnMessage {
  tone: 'progress' | 'success' | 'error';
  title: string;
  text: string;
  actions: ReturnAction[];
}

/** What to tell the customer after the gateway; undefined when the page did not come back from one. */
export function returnMessage(state: ReturnState, tr: Translate<'payment'>, lang: Lang): ReturnMessage | undefined {
  const amount = (p: Payment) => formatMoney(p.amount, lang);
  switch (state.phase) {
    case 'none':
      return undefined;
    case 'checking':
      return { tone: 'progress', title: tr('return.checking'), text: '', actions: [] };
    case 'pending':
      return { tone: 'progress', title: tr('return.pending'), text: tr('return.pendingText', { amount: amount(state.payment) }), actions: [] };
    case 'gave-up':
      return { tone: 'progress', title: tr('return.gaveUp'), text: tr('return.gaveUpText', { amount: amount(state.payment) }), actions: ['check', 'close'] };
    case 'not-found':
      return { tone: 'error', title: tr('return.notFound'), text: tr('return.notFoundText'), actions: ['close'] };
    case 'error':
      return { tone: 'error', title: tr('return.error'), text: errorMessage(tr, state.error), actions: ['retry', 'close'] };
    case 'final': {
      const p = state.payment;
      if (p.status === 'completed') {
        const documents = p.documents.map((d) => d.number).join(', ');
        const text = `${tr('return.completedText', { amount: amount(p), documents })}${p.postedAt ? '' : ` ${tr('return.posting')}`}`;
        return { tone: 'success', title: tr('return.completed'), text, actions: ['close'] };
      }
      const text =
        p.status === 'failed' ? tr(`return.reason.${p.failureReason ?? 'technical'}`) : tr(p.status === 'cancelled' ? 'return.cancelledText' : 'return.expiredText');
      return { tone: 'error', title: tr(p.status === 'failed' ? 'return.failed' : `return.${p.status}`), text, actions: ['repay', 'close'] };
    }
  }
}

function renderReturn(controller: PaymentController): TemplateResult | typeof nothing {
  const returned = controller.shownReturn;
  const m = controller.translationsLoaded ? returnMessage(returned, (k, o) => controller.translate(k, o), controller.lang) : undefined;
  if (!m) return nothing;
  const returns = paymentReturn();
  const act: Record<ReturnAction, () => void> = {
    repay: () => {
      if (returned.phase === 'final') void controller.repay(returned.payment);
    },
    check: () => returns.restart(),
    retry: () => returns.restart(),
    close: () => returns.dismiss(),
  };
  const label: Record<ReturnAction, TemplateResult> = {
    repay: html`${controller.translate('return.repay')}`,
    check: html`${icon('refresh')} ${controller.translate('return.check')}`,
    retry: html`${icon('refresh')} ${controller.translate('common:actions.retry')}`,
    close: html`${controller.translate('return.close')}`,
  };
  const body = html`<div class="payment-message" data-tone=${m.tone} data-return=${returned.phase}>
    <p class="payment-title">${icon(m.tone === 'error' ? 'alert' : m.tone === 'success' ? 'check' : 'clock')} ${m.title}</p>
    ${m.text ? html`<p>${m.text}</p>` : nothing}
    ${m.actions.length
      ? html`<div class="payment-actions">
          ${m.actions.map(
            (a) =>
              html`<button type="button" class=${a === 'repay' ? 'btn btn-primary' : 'btn'} part="payment-${a}" @click=${act[a]}>
                ${label[a]}
              </button>`,
          )}
        </div>`
      : nothing}
  </div>`;
  // A failure is announced assertively, progress and success politely.
  return m.tone === 'error' ? html`<div role="alert">${body}</div>` : body;
}

/** Ask <ebok-payments> on the page to show its transfer details (the way out of the limit). */
function showTransferDetails(host: HTMLElement): void {
  emit(host, 'ebok-transfer-details', {});
}

/**
 * The payment status region both widgets render under their pay button. The polite status region
 * is always in the DOM so that a change of its content is announced; an error is a role="alert"
 * next to it. Pressing the pay button again is the retry (same intent, same Idempotency-Key);
 * pass `retry` to also show a "try again" button inside the error.
 */
export function renderPaymentStatus(
  controller: PaymentController,
  options: { retry?: () => void } = {},
): TemplateResult {
  return statusFrame(paymentStatusParts(controller, options));
}

/** The contents of renderPaymentStatus()'s frame (payment-loader.ts draws the frame, also before this module is loaded). */
export function paymentStatusParts(controller: PaymentController, options: { retry?: () => void } = {}): StatusParts {
  const m = controller.message;
  const error = m?.tone === 'error' ? m : undefined;
  const progress = m && m.tone !== 'error' ? m : undefined;
  const returned = controller.shownReturn;
  const polite = returned.phase !== 'none' && returned.phase !== 'not-found' && returned.phase !== 'error' && !(returned.phase === 'final' && isUnsuccessful(returned.payment.status));
  return {
    before: polite ? nothing : renderReturn(controller),
    polite: html`${polite ? renderReturn(controller) : nothing}
      ${progress
        ? html`<div class="payment-message" data-tone=${progress.tone}>
            <p class="payment-title">${icon('clock')} ${progress.title}</p>
            ${progress.text ? html`<p>${progress.text}</p>` : nothing}
          </div>`
        : nothing}`,
    after: error
      ? html`<div class="payment-message" data-tone="error" role="alert">
          <p class="payment-title">${icon('alert')} ${error.title}</p>
          ${error.text ? html`<p>${error.text}</p>` : nothing}
          ${error.retry && options.retry
            ? html`<button type="button" class="btn" part="payment-retry" @click=${options.retry}>
                ${icon('refresh')} ${controller.translate('common:actions.retry')}
              </button>`
            : nothing}
          ${error.confirm
            ? html`<div class="payment-actions">
                <button type="button" class="btn btn-primary" part="payment-confirm" @click=${() => void controller.confirm()}>
                  ${controller.translate('confirm.pay')}
                </button>
                <button type="button" class="btn" part="payment-cancel" @click=${() => controller.reset()}>
                  ${controller.translate('confirm.cancel')}
                </button>
              </div>`
            : nothing}
          ${error.transfer && document.querySelector('ebok-payments')
            ? html`<button type="button" class="btn" part="payment-transfer" @click=${() => showTransferDetails(controller.hostElement)}>
                ${controller.translate('overLimit.show')}
              </button>`
            : nothing}
        </div>`
      : nothing,
  };
}

/** Styles of the payment messages; payment-loader.ts adopts them into the widget's shadow root when the flow loads. */
export const paymentStyles = css`
  .payment-status:has(.payment-message) {
    margin-block-start: 0.75em;
  }
  .payment-message {
    display: grid;
    gap: 0.35em;
    justify-items: start;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    overflow-wrap: anywhere;
  }
  .payment-message[data-tone='error'] {
    border-inline-start-color: var(--_error);
  }
  .payment-message[data-tone='error'] .payment-title {
    color: var(--_error);
  }
  .payment-message[data-tone='success'] {
    border-inline-start-color: var(--_success);
  }
  .payment-title {
    font-weight: 600;
  }
  .payment-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
