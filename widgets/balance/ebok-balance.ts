import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getBalance } from '../core/api/endpoints';
import type { BalanceSummary } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { warsawDay } from '../core/calendar';
import { saveFile } from '../core/download';
import { formatMoney } from '../core/format';
import { defineTranslations } from '../core/i18n/i18n';
import { LazyPayment } from '../core/payment-loader';
import { Resource } from '../core/resource';
import type { BalanceFigures } from './balance-rules';
import { balanceStyles } from './balance-styles';
import { renderBalance } from './balance-view';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    balance: typeof import('./i18n/pl.json');
  }
}

import type { BalanceState } from './balance-view';
export type { BalanceState };

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
 * @cssprop --ebok-color-credit - Accent of the overpayment state (default #006a80, a petrol blue unlike the primary buttons' #0b57d0).
 */
export class EbokBalance extends EbokElement<'balance'> {
  static override translations = defineTranslations('balance', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });

  static override styles = [...EbokElement.styles, balanceStyles];

  @property({ attribute: false }) preview?: BalanceState;

  // The payment flow itself is fetched on intent, on a click or on a return from the gateway.
  private readonly payment = new LazyPayment(this, 'balance', () => this.balance.retry());

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
      const ready = p?.status === 'ready' ? p : undefined;
      this.payment.preview(ready?.payment ?? { status: 'idle' }, 'balance', ready?.returned);
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
    if (s.status === 'ready') return { status: 'ready', summary: s.value, ...(this.readOnly ? { readOnly: true } : {}) };
    return { status: 'loading' };
  }

  override render(): TemplateResult {
    return renderBalance(this.i18n.ready ? this.state : { status: 'loading' }, {
      t: (k, o) => this.t(k, o),
      lang: this.language,
      today: warsawDay,
      pending: this.i18n.ready && !this.preview && this.session.status === 'unknown',
      payment: this.payment,
      onRetry: this.preview ? () => undefined : () => this.balance.retry(),
      onPay: (summary, f) => this.pay(summary, f),
      onCalendar: (f) => void this.addToCalendar(f).catch((e: unknown) => console.warn('[ebok] the calendar file could not be made', e)),
    });
  }

  private pay(summary: BalanceSummary, f: BalanceFigures): void {
    if (this.preview) return;
    void this.payment.pay({ scope: 'balance', invoiceIds: f.invoiceIds, amount: f.toPay, limit: summary.paymentLimit });
  }

  private async addToCalendar(f: BalanceFigures): Promise<void> {
    const next = f.next;
    if (!next) return;
    // The .ics builder (0.4 KB) comes with the first press: most visits never ask for a reminder.
    const { buildIcs, reminderUid } = await import('./balance-calendar');
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
