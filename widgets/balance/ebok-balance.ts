import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getBalance } from '../core/api/endpoints';
import type { ApiError } from '../core/api/errors';
import type { BalanceSummary } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { warsawDay } from '../core/calendar';
import { saveFile } from '../core/download';
import { formatMoney } from '../core/format';
import { defineTranslations } from '../core/i18n/i18n';
import { PaymentController, paymentStyles, type PaymentState } from '../core/payment';
import { Resource } from '../core/resource';
import { renderPending } from '../core/ui';
import { balanceTone, buildIcs, reminderUid, type BalanceFigures, type BalanceTone } from './balance-rules';
import { balanceStyles } from './balance-styles';
import { renderDataTile, renderErrorTile, renderLoadingTile, renderSignedOutTile, type ViewContext } from './balance-view';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    balance: typeof import('./i18n/pl.json');
  }
}

/** Every state the tile can show; set `preview` to render one without fetching (gallery, tests). */
export type BalanceState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'ready';
      summary: BalanceSummary;
      /** The Warsaw day the colour rule is evaluated on (default: today). */
      today?: string;
      /** A payment state to show under the pay button. */
      payment?: PaymentState;
    };

/**
 * The balance tile ("Saldo"): what the customer owes or the overpayment, coloured red (arrears),
 * blue (an overpayment covering everything) or neutral, with the overdue total or the next payment,
 * a "Zapłać" button for the whole amount due and an "add to calendar" reminder.
 *
 * @summary Balance tile with red / blue / neutral states and paying the whole balance.
 *
 * @attr lang - Overrides the inherited language ("pl", "uk", "ru").
 * @prop {BalanceState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-payment - Cancelable; `detail: { paymentId, amount, currency, invoiceIds, gatewayUrl }`.
 *   Unless a listener calls `preventDefault()`, the browser goes to `gatewayUrl`.
 *
 * @csspart base - The tile.
 * @csspart title - The "Saldo" heading.
 * @csspart badge - The tone label with its icon ("Zaległość", "Nadpłata", "Bez zaległości").
 * @csspart amount - The amount to pay, or the overpayment.
 * @csspart detail - The overdue total or the next payment.
 * @csspart overdue-amount - The overdue total.
 * @csspart upcoming-amount - The next payment's amount.
 * @csspart pay-button - "Zapłać".
 * @csspart calendar-button - "Dodaj do kalendarza".
 * @csspart payment-status - Progress and errors of the payment.
 * @csspart retry - "Try again" after a failed load.
 *
 * @cssprop --ebok-color-debt - Accent of the arrears state (default #b3261e).
 * @cssprop --ebok-color-credit - Accent of the overpayment state (default #0b57d0).
 */
export class EbokBalance extends EbokElement<'balance'> {
  static override translations = defineTranslations('balance', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });

  static override styles = [...EbokElement.styles, paymentStyles, balanceStyles];

  @property({ attribute: false }) preview?: BalanceState;

  private readonly payment = new PaymentController(this);

  private readonly balance = new Resource<BalanceSummary, [string]>(this, {
    args: () => (this.preview || !this.customer ? null : [this.customer.id]),
    load: (_args, signal) => getBalance({ signal }),
  });

  override get translationsReady(): Promise<void> {
    return Promise.all([super.translationsReady, this.payment.translationsReady]).then(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('preview')) {
      const p = this.preview;
      this.payment.preview(p?.status === 'ready' && p.payment ? p.payment : { status: 'idle' });
    }
  }

  protected override sessionChanged(): void {
    // A message about the previous customer's payment must not stay on screen.
    this.payment.reset();
  }

  private get state(): BalanceState {
    if (this.preview) return this.preview;
    if (this.session.status === 'anonymous') return { status: 'signed-out' };
    const s = this.balance.state;
    if (s.status === 'error') return { status: 'error', error: s.error };
    if (s.status === 'ready') return { status: 'ready', summary: s.value };
    return { status: 'loading' };
  }

  override render(): TemplateResult {
    const state = this.i18n.ready ? this.state : { status: 'loading' as const };
    const ctx: ViewContext = { t: (k, o) => this.t(k, o), lang: this.language };
    let body: TemplateResult;
    let tone: BalanceTone | 'none' = 'none';
    switch (state.status) {
      case 'signed-out':
        body = renderSignedOutTile(ctx);
        break;
      case 'loading':
        body = renderLoadingTile(ctx);
        break;
      case 'error':
        body = renderErrorTile(ctx, state.error, this.preview ? () => undefined : () => this.balance.retry());
        break;
      case 'ready': {
        const today = state.today ?? warsawDay();
        tone = balanceTone(state.summary, today);
        body = renderDataTile({
          ...ctx,
          summary: state.summary,
          today,
          payment: this.payment,
          onPay: (f) => this.pay(state.summary, f),
          onCalendar: (f) => this.addToCalendar(f),
        });
        break;
      }
    }
    // Until the session is known, reserve the signed-out tile's size (nothing moves when it shows).
    if (this.i18n.ready && !this.preview && this.session.status === 'unknown') body = renderPending(renderSignedOutTile(ctx));
    return html`<section class="tile" part="base" data-state=${state.status} data-tone=${tone} lang=${this.language}>
      ${body}
    </section>`;
  }

  private pay(summary: BalanceSummary, f: BalanceFigures): void {
    if (this.preview) return;
    void this.payment.pay({ scope: 'balance', invoiceIds: f.invoiceIds, amount: f.toPay, limit: summary.paymentLimit });
  }

  private addToCalendar(f: BalanceFigures): void {
    const next = f.next;
    if (!next) return;
    const amount = formatMoney(next.amount, this.language);
    const ics = buildIcs({
      day: next.dueDate,
      uid: reminderUid(next),
      now: new Date(),
      summary: this.t('calendar.summary', { amount }),
      description: this.t('calendar.description', {
        amount,
        count: next.documents.length,
        numbers: next.documents.map((d) => d.number).join(', '),
      }),
    });
    const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
    saveFile(blob, this.t('calendar.file', { date: next.dueDate }), this.renderRoot);
  }
}

await defineWidget('ebok-balance', EbokBalance);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-balance': EbokBalance;
  }
}
