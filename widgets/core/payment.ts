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
import { createPayment } from './api/endpoints';
import { idempotencyKey } from './api/client';
import { ApiError, toApiError } from './api/errors';
import type { Money, Payment, PaymentRequest } from './api/types';
import { emit } from './events';
import { accountOf, getSessionStore } from './session';
import { formatMoney } from './format';
import { defineTranslations } from './i18n/i18n';
import { LanguageController } from './i18n/language';
import type { Lang } from './i18n/languages';
import { errorMessage, icon } from './ui';
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
}

export type PaymentState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'over-limit'; limit: Money } // refused before any request
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

/** True when `amount` cannot be paid in one transaction. Same currency only; integer grosze. */
export function exceedsLimit(amount: Money, limit: Money | undefined): limit is Money {
  return !!limit && limit.currency === amount.currency && amount.minor > limit.minor;
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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.i18n = new LanguageController(host, paymentTranslations);
  }

  /**
   * Same intent (scope + sorted ids + amount) → same Idempotency-Key for every retry and double
   * click; a call while pending returns the pending promise and sends nothing. Above the limit →
   * 'over-limit', no request. Emits the cancelable 'ebok-payment' from the host; unless cancelled,
   * goes to the gateway in this window.
   */
  pay(input: PaymentInput): Promise<void> {
    if (this.pending) return this.pending;
    this.input = input;
    if (exceedsLimit(input.amount, input.limit)) {
      this.set({ status: 'over-limit', limit: input.limit });
      return Promise.resolve();
    }
    const ids = [...new Set(input.invoiceIds)];
    if (input.amount.minor <= 0 || (input.scope === 'invoices' && ids.length === 0)) {
      this.set({ status: 'error', error: new ApiError({ kind: 'validation', code: 'validation_failed', fields: { scope: 'nothing_to_pay' } }) });
      return Promise.resolve();
    }
    const body: PaymentRequest = input.scope === 'invoices' ? { scope: 'invoices', invoiceIds: ids } : { scope: 'balance' };
    // A payment belongs to the account it was started for: its key too, and its request names it.
    const account = accountOf(getSessionStore().state)?.id;
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

  /** Show a state without paying (previews and the gallery). */
  preview(state: PaymentState, scope: PaymentInput['scope'] = 'balance'): void {
    this.input = { scope, invoiceIds: [], amount: { minor: 0, currency: 'PLN' }, limit: undefined };
    if (this.state !== state) this.set(state);
  }

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

// ------------------------------------------------------------------ messages

export interface PaymentMessage {
  /** `progress` is announced politely (role=status); `error` assertively (role=alert). */
  tone: 'progress' | 'error';
  title: string;
  text: string;
  /** Offer "try again" (the same intent, so the same Idempotency-Key). */
  retry: boolean;
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
      };
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
  const m = controller.message;
  const error = m?.tone === 'error' ? m : undefined;
  const progress = m && m.tone !== 'error' ? m : undefined;
  return html`<div class="payment-status" part="payment-status">
    <div role="status">
      ${progress
        ? html`<div class="payment-message" data-tone=${progress.tone}>
            <p class="payment-title">${icon('clock')} ${progress.title}</p>
            ${progress.text ? html`<p>${progress.text}</p>` : nothing}
          </div>`
        : nothing}
    </div>
    ${error
      ? html`<div class="payment-message" data-tone="error" role="alert">
          <p class="payment-title">${icon('alert')} ${error.title}</p>
          ${error.text ? html`<p>${error.text}</p>` : nothing}
          ${error.retry && options.retry
            ? html`<button type="button" class="btn" part="payment-retry" @click=${options.retry}>
                ${icon('refresh')} ${controller.translate('common:actions.retry')}
              </button>`
            : nothing}
        </div>`
      : nothing}
  </div>`;
}

/** Styles for renderPaymentStatus(); add to the widget's `static styles`. */
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
  .payment-title {
    font-weight: 600;
  }
`;
