/**
 * What the invoice list does past its first screen, in a chunk of its own (the invoices chunk is
 * at its 10 KB budget): a row's details — which payments paid the invoice (issue #14) — the
 * invoice another widget asks for with `ebok-open` (issue #17), and saving a downloaded PDF.
 * Loaded the first time a customer opens a row's details, downloads a PDF or another widget opens
 * an invoice; the list's first screen never waits for it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { listPayments } from '../core/api/endpoints';
import { toApiError } from '../core/api/errors';
import type { Invoice, Payment } from '../core/api/types';
import { saveFile } from '../core/download';
import { emit } from '../core/events';
import { formatInstant, formatMoney } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import { historyStatus } from '../core/payment-rules';
import { errorMessage, icon } from '../core/ui';
import { warnOnce } from '../core/warn';
import { pdfFileName, type InvoiceIndex } from './invoices-rules';
import type { InvoicePaymentsState, T } from './invoices-view';

export interface InvoiceDownloadDetail {
  invoiceId: string;
  number: string;
  fileName: string;
  /** The PDF itself: a listener that calls preventDefault() can show it its own way. */
  blob: Blob;
}

declare module '../core/events' {
  interface EbokEventMap {
    'ebok-invoice-download': CustomEvent<InvoiceDownloadDetail>;
  }
}

type Host = HTMLElement & { requestUpdate(): void };

/**
 * The rows whose details are open, their payments (asked once per invoice and account), and the
 * invoice an `ebok-open` asked for until the list can show it.
 */
export class InvoiceMore {
  expanded: ReadonlySet<string> = new Set();
  /** The label of an invoice asked for that this account does not have. */
  notFound: string | undefined;
  private opening: { id: string; label: string } | undefined;
  private readonly payments: InvoicePayments;

  constructor(
    private readonly host: Host,
    private readonly t: T,
    private readonly lang: () => Lang,
  ) {
    this.payments = new InvoicePayments(() => host.requestUpdate());
  }

  toggle(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
    this.host.requestUpdate();
  }

  /** Another widget asks for an invoice: shown by locate() once the history holds it. */
  open(id: string, label: string): void {
    this.opening = { id, label };
    this.notFound = undefined;
    this.host.requestUpdate();
    this.host.scrollIntoView({ block: 'start' });
  }

  /** A preview's open rows and message (gallery). */
  show(expanded: readonly string[] = [], notFound?: string): void {
    this.expanded = new Set(expanded);
    this.notFound = notFound;
    this.host.requestUpdate();
  }

  /** Another customer or account: nothing of the previous one's stays, nor arrives late. */
  reset(): void {
    this.payments.reset();
    this.show();
    this.opening = undefined;
  }

  /**
   * The page that shows the invoice asked for, clearing the filters that hide it (`clear`), with
   * its details open; undefined while there is nothing to show (older pages still arriving may
   * hold it; once all are here and it is not there, `notFound` says so).
   */
  locate(index: InvoiceIndex, complete: boolean, view: () => Uint32Array, pageSize: number, clear: () => void): { page: number; id: string } | undefined {
    const o = this.opening;
    const i = o && index.indexOf(o.id);
    if (!o || i === undefined) {
      if (o && complete) {
        this.opening = undefined;
        this.notFound = o.label;
      }
      return undefined;
    }
    this.opening = undefined;
    let page = pageOfIndex(view(), i, pageSize);
    if (page === undefined) {
      clear();
      page = pageOfIndex(view(), i, pageSize) ?? 1;
    }
    this.expanded = new Set(this.expanded).add(o.id);
    return { page, id: o.id };
  }

  /** One row's details; `preview` instead of asking the API (gallery). */
  render(inv: Invoice, preview?: Readonly<Record<string, InvoicePaymentsState>>): TemplateResult {
    const state = preview ? (preview[inv.id] ?? { status: 'loading' }) : this.payments.of(inv.id);
    return renderInvoicePayments(inv, state, {
      t: this.t,
      lang: this.lang(),
      onOpen: (p, label) => {
        if (!preview && emit(this.host, 'ebok-open', { kind: 'payment', id: p.id, label }, { cancelable: true })) {
          warnOnce('invoices-open-payment', `Nothing on this page handled ebok-open for payment ${p.id}: listen for it (and call preventDefault()) to open it, or add <ebok-payments>.`);
        }
      },
      onRetry: () => this.payments.retry(inv.id),
    });
  }

  /** Fires `ebok-invoice-download`; unless the page handles it, saves the PDF (typed as PDF whatever the server said). */
  save(invoice: Invoice, blob: Blob): void {
    const fileName = pdfFileName(invoice.number);
    if (emit(this.host, 'ebok-invoice-download', { invoiceId: invoice.id, number: invoice.number, fileName, blob }, { cancelable: true })) {
      saveFile(blob.type === 'application/pdf' ? blob : new Blob([blob], { type: 'application/pdf' }), fileName);
    }
  }

  dismiss(): void {
    this.notFound = undefined;
    this.host.requestUpdate();
  }

  /** "Invoice not found" for an `ebok-open` this account cannot answer. */
  notice(): TemplateResult | typeof nothing {
    const { t } = this;
    return this.notFound
      ? html`<div class="notice" data-tone="error" role="alert" data-open="not-found">
          <p class="notice-text">${icon('alert')} ${t('openNotFound', { label: this.notFound })}</p>
          <button type="button" class="btn" @click=${() => this.dismiss()}>${t('dismiss')}</button>
        </div>`
      : nothing;
  }
}

/** Payments per invoice, asked once per invoice and customer; `changed` re-renders the list. */
export class InvoicePayments {
  private readonly known = new Map<string, InvoicePaymentsState>();
  private run = 0;

  constructor(private readonly changed: () => void) {}

  /** The invoice's payments, asking the API the first time. */
  of(id: string): InvoicePaymentsState {
    const s = this.known.get(id);
    if (s) return s;
    void this.load(id);
    return { status: 'loading' };
  }

  retry(id: string): void {
    this.known.delete(id);
    void this.load(id);
    this.changed();
  }

  /** Another customer or account: nothing of the previous one's payments stays, nor arrives late. */
  reset(): void {
    this.run++;
    this.known.clear();
  }

  private async load(id: string): Promise<void> {
    const run = this.run;
    this.known.set(id, { status: 'loading' });
    let next: InvoicePaymentsState;
    try {
      // The account is fixed when the call starts (the client's Ebok-Account): a switch meanwhile bumps `run`.
      next = { status: 'ready', payments: (await listPayments({ document: id, pageSize: 20 })).items };
    } catch (e) {
      next = { status: 'error', error: toApiError(e) };
    }
    if (run !== this.run) return;
    this.known.set(id, next);
    this.changed();
  }
}

/** What a row's payment says about itself: the label of its "Pokaż płatność" and of `ebok-open`. */
export function paymentLabel(p: Payment, lang: Lang): { date: string; amount: string } {
  return { date: formatInstant(p.createdAt, lang, { dateStyle: 'medium', timeStyle: 'short' }), amount: formatMoney(p.amount, lang) };
}

export interface PaymentsContext {
  t: T;
  lang: Lang;
  onOpen: (p: Payment, label: string) => void;
  onRetry: () => void;
}

/** The details of one invoice row: its payments with date, amount, method and status, each openable. */
export function renderInvoicePayments(inv: Invoice, s: InvoicePaymentsState, ctx: PaymentsContext): TemplateResult {
  const { t, lang } = ctx;
  let body: TemplateResult;
  if (s.status === 'loading') {
    body = html`<p class="muted" role="status">${icon('clock')} ${t('more.loading')}</p>`;
  } else if (s.status === 'error') {
    body = html`<div role="alert">
      <p>${icon('alert')} ${t('more.error')} ${errorMessage(t, s.error)}</p>
      <button type="button" class="btn" @click=${ctx.onRetry}>${icon('refresh')} ${t('common:actions.retry')}</button>
    </div>`;
  } else if (s.payments.length === 0) {
    body = html`<p class="muted" data-kind="none">${icon('info')} ${t(inv.status === 'paid' ? 'more.none' : 'more.noneYet')}</p>`;
  } else {
    body = html`<ul class="paid-by">
      ${s.payments.map((p) => {
        const status = historyStatus(p);
        const { date, amount } = paymentLabel(p, lang);
        const label = t('more.openLabel', { date, amount });
        return html`<li class="paid" data-payment=${p.id} data-status=${status}>
          <span class="paid-when">${date}</span>
          <span class="paid-amount">${amount}</span>
          ${p.method ? html`<span class="muted">${t(`more.method.${p.method}`)}</span>` : nothing}
          <span class="paid-status">${icon(status === 'completed' ? 'check' : status === 'posting' || status === 'pending' ? 'clock' : 'alert')} ${t(`more.status.${status}`)}</span>
          <button type="button" class="btn" part="open-payment" aria-label=${label} @click=${() => ctx.onOpen(p, `${date}, ${amount}`)}>${t('more.open')}</button>
        </li>`;
      })}
    </ul>`;
  }
  return html`<div class="more-body">
    <p class="more-title">${t('more.title', { number: inv.number })}</p>
    ${body}
  </div>`;
}

/**
 * The page (1-based) of the list that shows invoice number `i` of the index, or undefined when
 * the current filter hides it. `view` holds the index numbers in list order.
 */
export function pageOfIndex(view: Uint32Array, i: number, pageSize: number): number | undefined {
  const at = view.indexOf(i);
  return at < 0 ? undefined : Math.floor(at / pageSize) + 1;
}

export const invoicePaymentsStyles = css`
  .table tbody tr.more-row {
    grid-column: 1 / -1;
    display: table-row;
  }
  .table td.more {
    padding: 0.5em 0.75em 0.75em;
    background: var(--_surface);
  }
  .more-body {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .more-title {
    font-weight: 600;
  }
  .paid-by {
    display: grid;
    gap: 0.5em;
    width: 100%;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .paid {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .paid-amount {
    font-weight: 600;
    white-space: nowrap;
  }
  .paid-when {
    white-space: nowrap;
  }
  .paid[data-status='completed'] .paid-status {
    color: var(--_success);
  }
  .paid[data-status='failed'] .paid-status {
    color: var(--_error);
  }
  .paid .btn {
    margin-inline-start: auto;
  }
  @container invoices (max-width: 959px) {
    .table tbody tr.more-row,
    .table td.more {
      display: block;
    }
    .table td.more {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
  }
`;
