import { type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { OpenRequests } from '../core/open-requests';
import { getBalance, getPayment, getTransferDetails, listPayments } from '../core/api/endpoints';
import { toApiError } from '../core/api/errors';
import type { Money, PaymentPage, TransferDetails } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { warsawDay } from '../core/calendar';
import { defineTranslations } from '../core/i18n/i18n';
import { Resource } from '../core/resource';
import { balanceFigures } from '../balance/balance-rules';
import { transferQrText, yearsOffered } from './payments-rules';
import { selectStyles } from '../core/forms/select-styles';
import { paymentsStyles } from './payments-styles';
import { ghostStyles } from '../shared/ghost';
import { PAGE_SIZE, renderPayments, type CopyField, type OpenState, type PaymentsState, type QrState } from './payments-view';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    payments: typeof import('./i18n/pl.json');
  }
}

export type { PaymentsState };


/**
 * Payments ("Płatności"): the transfer details of the customer's own account number — recipient,
 * account (NRB in groups of four), title and the amount due, each with a copy button, and where
 * the operator enables it a payment QR code for banking apps — and the payment history, newest
 * first, by year and page, with each payment's status, method and the documents it covered.
 *
 * `<ebok-balance>` and `<ebok-invoices>` point here when an amount is above the gateway's limit:
 * their "show the transfer details" fires `ebok-transfer-details`, and this widget moves focus to them.
 * It answers `ebok-open` `{ kind: 'payment', id }` (an invoice's "Pokaż płatność" in `<ebok-invoices>`):
 * it shows the year and page that hold the payment, marks the row and focuses it; an unknown id
 * (or another account's) says "payment not found".
 *
 * @summary Payment history and the transfer details with copy buttons and a payment QR code.
 *
 * @attr lang - Overrides the inherited language ("pl", "uk", "ru").
 * @attr label - Names the widget's landmarks when a page has several.
 * @prop {PaymentsState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @csspart base - The widget.
 * @csspart title - The "Płatności" heading.
 * @csspart transfer - The transfer details.
 * @csspart transfer-title - Their heading (focused when another widget asks for them).
 * @csspart copy-button - Each "Kopiuj".
 * @csspart qr - The QR code block; `qr-button` shows or hides it, `qr-code` is the code.
 * @csspart history - The payment history; `year` its filter, `payments` the list, `payment` one row.
 * @csspart payment-amount - A row's amount.
 * @csspart payment-status - A row's status.
 * @csspart pager - The pager; `pager-previous`, `pager-next` its buttons.
 * @csspart empty - "No payments".
 *
 * @cssprop --ebok-color-success - Completed payments.
 */
export class EbokPayments extends EbokElement<'payments'> {
  static override translations = defineTranslations('payments', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });

  static override styles = [...EbokElement.styles, ghostStyles, paymentsStyles, selectStyles];

  @property({ attribute: false }) preview?: PaymentsState;

  @state() private year: number | undefined;
  @state() private page = 1;
  @state() private qr: QrState = { status: 'hidden' };
  @state() private copied: CopyField | 'failed' | undefined;
  /** A payment another widget asked to open: being looked for, shown, or not found. */
  @state() private opened: OpenState | undefined;
  private openRun = 0;
  private focusOpened = false;

  private readonly history = new Resource<PaymentPage, [string, number | undefined, number]>(this, {
    args: () => (!this.preview && this.customer ? [this.customer.id, this.year, this.page] : null),
    load: ([, year, page], signal) => listPayments({ ...(year ? { year } : {}), page, pageSize: PAGE_SIZE }, { signal }),
  });

  private readonly transfer = new Resource<{ details: TransferDetails; amount: Money | undefined }, [string]>(this, {
    args: () => (!this.preview && this.customer ? [this.customer.id] : null),
    load: async (_args, signal) => {
      const [details, balance] = await Promise.all([getTransferDetails({ signal }), getBalance({ signal }).catch(() => undefined)]);
      return { details, amount: balance ? balanceFigures(balance, warsawDay()).toPay : undefined };
    },
  });

  private readonly showTransfer = () => {
    void this.updateComplete.then(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>('#transfer-title');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('ebok-transfer-details', this.showTransfer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('ebok-transfer-details', this.showTransfer);
  }

  protected readonly openRequests = new OpenRequests(this, 'payment', () => !!this.customer && !this.preview, (id) => void this.openPayment(id));

  /** The year of the payment (Europe/Warsaw), then its page of that year: a few small requests. */
  private async openPayment(id: string): Promise<void> {
    const run = ++this.openRun;
    this.opened = { status: 'looking', id };
    this.scrollIntoView({ block: 'start' });
    try {
      const payment = await getPayment(id);
      const year = Number(warsawDay(new Date(payment.createdAt)).slice(0, 4));
      for (let page = 1; run === this.openRun; page++) {
        const found = await listPayments({ year, page, pageSize: PAGE_SIZE });
        if (run !== this.openRun) return;
        if (found.items.some((p) => p.id === id)) {
          this.year = year;
          this.page = page;
          this.opened = { status: 'shown', id };
          this.focusOpened = true;
          return;
        }
        if (page * PAGE_SIZE >= found.total || found.items.length === 0) break;
      }
      if (run === this.openRun) this.opened = { status: 'not-found', id };
    } catch (e) {
      if (run !== this.openRun) return;
      const error = toApiError(e);
      this.opened = error.kind === 'not_found' ? { status: 'not-found', id } : { status: 'error', id, error };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const row = this.focusOpened && this.opened?.status === 'shown' ? this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(this.opened.id)}"]`) : null;
    if (row) {
      this.focusOpened = false;
      row.focus();
    }
  }

  protected override sessionChanged(): void {
    this.openRun++;
    this.opened = undefined;
    this.year = undefined;
    this.page = 1;
    this.qr = { status: 'hidden' };
    this.copied = undefined;
  }

  private get state(): PaymentsState {
    if (this.preview) return this.preview;
    if (this.session.status === 'anonymous') return { status: 'signed-out' };
    if (this.session.status === 'unknown') return { status: 'loading' };
    const h = this.history.state;
    const tr = this.transfer.state;
    return {
      status: 'ready',
      history: h.status === 'ready' ? { status: 'ready', page: h.value } : h.status === 'error' ? { status: 'error', error: h.error } : { status: 'loading' },
      transfer: tr.status === 'ready' ? { status: 'ready', ...tr.value } : tr.status === 'error' ? { status: 'error', error: tr.error } : { status: 'loading' },
      year: this.year,
      years: yearsOffered(warsawDay()),
      qr: this.qr,
      ...(this.copied ? { copied: this.copied } : {}),
      ...(this.opened ? { opened: this.opened } : {}),
    };
  }

  override render(): TemplateResult {
    return renderPayments(this.i18n.ready ? this.state : { status: 'loading' }, {
      t: (k, o) => this.t(k, o),
      lang: this.language,
      landmark: (name, main) => this.landmark(name, main),
      pending: this.i18n.ready && !this.preview && this.session.status === 'unknown',
      onRetryHistory: () => this.history.retry(),
      onRetryTransfer: () => this.transfer.retry(),
      onDismissOpened: () => this.dismissOpened(),
      onYear: (year) => {
        this.year = year;
        this.page = 1;
        this.dismissOpened();
      },
      onPage: (page) => {
        this.page = page;
        this.dismissOpened();
        // The pressed pager button may move: focus the list's heading area instead of losing focus.
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="year"]')?.focus());
      },
      onCopy: (field, text) => void this.copy(field, text),
      onQr: (show) => void this.toggleQr(show),
    });
  }

  /** The customer moved on: the mark (or the "not found") no longer applies. */
  private dismissOpened(): void {
    this.openRun++;
    this.opened = undefined;
  }

  private async copy(field: CopyField, text: string): Promise<void> {
    if (this.preview) return;
    this.copied = undefined;
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = field;
    } catch {
      this.copied = 'failed';
    }
  }

  private async toggleQr(show: boolean): Promise<void> {
    if (this.preview) return;
    const tr = this.transfer.value;
    const text = tr && transferQrText(tr.details, tr.amount);
    if (!show || !text) {
      this.qr = { status: 'hidden' };
      return;
    }
    this.qr = { status: 'loading' };
    // The encoder is its own chunk: loaded only when a customer asks for the code.
    const { encodeQr } = await import('./qr');
    if (this.qr.status === 'loading') this.qr = { status: 'shown', modules: encodeQr(text) };
  }
}

await defineWidget('ebok-payments', EbokPayments);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-payments': EbokPayments;
  }
}
