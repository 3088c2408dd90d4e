/**
 * What `<ebok-balance>` and `<ebok-invoices>` carry of the payment flow before anyone pays: most
 * visits never press "Zapłać", so the flow itself (payment.ts, its strings, payment-rules.ts —
 * about 5.5 KB brotli) is fetched only when it is needed (issue 13, the page of five ≤ 110 KB):
 *
 * - intent: the pointer over a pay button or focus on it fetches it ahead of the click;
 * - the click: `pay()` waits for the module and then pays — the first click is never lost, and a
 *   second click meanwhile joins the first (one request, one Idempotency-Key);
 * - a return from the gateway (`ebok-payment` / `ebok-account` in the address, or the marker kept
 *   in this history entry's state across a reload): fetched at once, the answer is shown as before;
 * - a preview of any state but idle (gallery, state tests).
 *
 * Until then the widget renders the same empty status frame the flow renders (the polite status
 * region is in the DOM from the start, so the first message in it is announced), and the state is
 * idle — or pending while a click waits for the module, so the pay button reads busy at once.
 * The flow's styles (`paymentStyles`, only its messages use them) are adopted when it arrives.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ApiError } from './api/errors';
import type { Money } from './api/types';
import type { CommonTranslate } from './i18n/keys';
import { ACCOUNT_PARAM, HISTORY_KEY, RETURN_PARAM } from './payment-marker';
import { renderError } from './ui';
import type { PaymentController, PaymentInput, PaymentState, ReturnState } from './payment';

type PaymentModule = typeof import('./payment');
type Host = ReactiveControllerHost & HTMLElement;

/** True when `amount` cannot be paid in one transaction. Same currency only; integer grosze. */
export function exceedsLimit(amount: Money, limit: Money | undefined): limit is Money {
  return !!limit && limit.currency === amount.currency && amount.minor > limit.minor;
}

/** The documents of a list a payment already covers ("w trakcie księgowania"). */
export function inProgressCount(documents: readonly { paymentInProgress?: unknown }[]): number {
  return documents.filter((d) => d.paymentInProgress).length;
}

/**
 * The page came back from the gateway (or was reloaded after coming back): the same test as
 * PaymentReturn's, without parsing — any marker parameter, valid or not, or the remembered one
 * (`HISTORY_KEY`), so the watcher reads and cleans the address as it always did.
 */
function returnPending(): boolean {
  const search = new URLSearchParams(location.search);
  return search.has(RETURN_PARAM) || search.has(ACCOUNT_PARAM) || !!(history.state as Record<string, unknown> | null)?.[HISTORY_KEY];
}

let module: Promise<PaymentModule> | undefined;
function loadPayment(): Promise<PaymentModule> {
  return (module ??= import('./payment'));
}

/** The pay buttons of both widgets (part="pay-button"): pointer or focus on one fetches the flow. */
const PAY_BUTTON = '[part~="pay-button"]';

export class LazyPayment {
  private mod: PaymentModule | undefined;
  private controller: PaymentController | undefined;
  private loading: Promise<PaymentController> | undefined;
  /** pay() calls waiting for the module: the state reads pending meanwhile. */
  private waiting = 0;
  /** The last press could not fetch the flow: the status says so until the next press. */
  private unavailable = false;

  /**
   * @param scope what a new attempt after a failed payment pays.
   * @param onReturn called when the payment the page came back from reached its answer (reload the data).
   */
  constructor(
    private readonly host: Host,
    private readonly scope: PaymentInput['scope'],
    private readonly onReturn: () => void,
  ) {
    const intent = (e: Event) => {
      const target = e.composedPath()[0];
      if (target instanceof Element && target.closest(PAY_BUTTON)) this.prefetch();
    };
    host.addEventListener('pointerover', intent);
    host.addEventListener('focusin', intent);
    host.addController({
      hostConnected: () => {
        if (returnPending()) this.prefetch();
      },
    });
  }

  /** Fetch the flow (once per page) and start this widget's controller; resolves with it. */
  load(): Promise<PaymentController> {
    return (this.loading ??= loadPayment().then(
      (mod) => {
        this.mod = mod;
        // Its styles only style its messages: they come with it (constructable sheets: strict CSP).
        const root = this.host.shadowRoot;
        const sheet = mod.paymentStyles.styleSheet;
        if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        // Added to a connected host, its controllers connect at once (Lit's addController).
        this.controller = new mod.PaymentController(this.host, this.scope, this.onReturn);
        this.host.requestUpdate();
        return this.controller;
      },
      (e: unknown) => {
        // The chunk did not arrive (offline, a new release replaced it): the next intent asks again.
        module = undefined;
        this.loading = undefined;
        throw e;
      },
    ));
  }

  private prefetch(): void {
    this.load().catch(() => undefined);
  }

  get state(): PaymentState {
    return this.controller?.state ?? (this.waiting ? { status: 'pending' } : { status: 'idle' });
  }

  /** PaymentController.pay() once the flow is here; the same promise for a second click meanwhile. */
  pay(input: PaymentInput): Promise<void> {
    if (this.controller) return this.controller.pay(input);
    this.waiting++;
    this.unavailable = false;
    this.host.requestUpdate();
    return this.load().then(
      (c) => {
        this.waiting--;
        return c.pay(input);
      },
      () => {
        // Nothing was sent: the button is a button again, a second press asks for the flow again.
        // The customer is told why nothing happened (the flow's own words did not arrive either).
        this.waiting--;
        this.unavailable = true;
        this.host.requestUpdate();
      },
    );
  }

  reset(): void {
    this.controller?.reset();
  }

  /** A state without paying (previews): idle needs nothing fetched, any other state fetches the flow. */
  preview(state: PaymentState, scope: PaymentInput['scope'], returned?: ReturnState): void {
    if (this.controller) return this.controller.preview(state, scope, returned);
    if (state.status === 'idle' && (!returned || returned.phase === 'none')) return;
    this.load().then((c) => c.preview(state, scope, returned), () => undefined);
  }

  /** Resolves when the flow, if it is on its way, and its strings are loaded (tests, previews). */
  get translationsReady(): Promise<void> {
    return this.loading ? this.loading.then((c) => c.translationsReady) : Promise.resolve();
  }

  /** The status under the pay button: the flow's messages once it is here, the empty frame until then. */
  status(options: { retry?: () => void; t?: CommonTranslate } = {}): TemplateResult {
    if (this.controller && this.mod) return statusFrame(this.mod.paymentStatusParts(this.controller, options));
    const t = options.t;
    // The flow's chunk did not arrive (offline, or a new release replaced it on the server).
    const after = this.unavailable && t ? renderError(t, new ApiError({ kind: 'offline' }), options.retry) : nothing;
    return statusFrame({ before: nothing, polite: nothing, after });
  }
}

export interface StatusParts {
  /** Before the polite region: an alert about the return from the gateway. */
  before: TemplateResult | typeof nothing;
  /** Inside the polite region (role=status). */
  polite: TemplateResult | typeof nothing;
  /** After it: the error of a payment attempt (role=alert). */
  after: TemplateResult | typeof nothing;
}

/** One template for the frame, with or without the flow, so the status region is never replaced. */
export function statusFrame(parts: StatusParts | undefined): TemplateResult {
  return html`<div class="payment-status" part="payment-status">
    ${parts?.before ?? nothing}
    <div role="status">${parts?.polite ?? nothing}</div>
    ${parts?.after ?? nothing}
  </div>`;
}
