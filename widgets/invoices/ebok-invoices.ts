import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { OpenRequests } from '../core/open-requests';
import { defineWidget, EbokElement } from '../core/base-element';
import { getBalance, getInvoicePdf } from '../core/api/endpoints';
import { yearRange } from '../core/calendar';
import { toApiError, type ApiError } from '../core/api/errors';
import type { Invoice, InvoiceSort, InvoiceStatus } from '../core/api/types';
import { defineTranslations } from '../core/i18n/i18n';
import { exceedsLimit, inProgressCount, LazyPayment } from '../core/payment-loader';
import { Resource } from '../core/resource';
import { dataOwner, type SessionState } from '../core/session';
import { renderError, renderPending, renderSignedOut } from '../core/ui';
import { loadHistory, type HistoryProgress } from './invoices-data';
import {
  DEFAULT_SORT,
  InvoiceIndex,
  isSort,
  isStatus,
  nextSort,
  periodOf,
  presetOf,
  prunedSelection,
  rangeProblem,
  STATUS_PRESETS,
  summarizeSelection,
  type Selection,
  type SortField,
  type StatusPreset,
} from './invoices-rules';
import { selectStyles } from '../core/forms/select-styles';
import { invoicesStyles } from './invoices-styles';
import type { InvoiceMore } from './invoices-payments';
import { renderList, renderLoading, type InvoicesHandlers, type InvoicesViewModel } from './invoices-view';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    invoices: typeof import('./i18n/pl.json');
  }
}

import type { InvoicesState } from './invoices-view';
export type { InvoicesState };
export type { InvoiceDownloadDetail } from './invoices-payments';

const statusListConverter = {
  fromAttribute: (value: string | null): InvoiceStatus[] =>
    (value ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(isStatus),
  toAttribute: (value: readonly InvoiceStatus[]): string => value.join(','),
};

const SKELETON_ROWS = 6;
const NONE: ReadonlySet<string> = new Set();

/**
 * The customer's invoices ("Faktury"): filter by status and period, sort by date or amount,
 * download each as PDF, choose unpaid ones and pay them in one transaction. Loads the whole history
 * (the first page at once, the rest in parallel pages of 1000) and shows it a page at a time, so the
 * DOM holds one page of rows however long the history is. It follows its own width, not the
 * viewport: cards below 960 px (two a line from 560 px), a table from 960 px.
 *
 * @summary Invoice list with filters, sorting, PDF download and paying several invoices at once.
 *
 * @attr sort - Sort order: `-issueDate` (default, newest first), `issueDate`, `-dueDate`, `dueDate`, `-amount`, `amount`.
 * @attr status - Only these statuses, comma-separated (`paid`, `unpaid`, `overdue`, `partly_paid`); empty: all.
 * @attr from - Only invoices issued on or after this day (YYYY-MM-DD).
 * @attr to - Only invoices issued on or before this day (YYYY-MM-DD).
 * @attr page-size - Rows per page (default 20).
 * @attr lang - Language for this widget only (`pl`, `uk`, `ru`).
 * @prop {InvoicesState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-payment - Cancelable; the payment was created, just before the customer is sent to the gateway (see core/payment.ts).
 * @fires ebok-invoice-download - Cancelable; a PDF was downloaded (`{ invoiceId, number, fileName, blob }`); preventDefault() to handle the file yourself.
 * @fires ebok-open - Cancelable; "Pokaż płatność" in a paid invoice's details: `{ kind: 'payment', id, label }`. `<ebok-payments>` on the page opens it; call preventDefault() when your page did.
 *
 * Answers `ebok-open` `{ kind: 'invoice', id }` (e.g. from `<ebok-messages>`): shows that invoice's
 * page (clearing filters that hide it), opens its details and focuses it; an unknown id says so.
 *
 * @csspart base - The widget's box.
 * @csspart filters - The filter and sort bar.
 * @csspart progress - "Loading older invoices" note.
 * @csspart choose-all - The "choose all unpaid" checkbox.
 * @csspart table - The invoice table (cards below 960 px of the widget's width).
 * @csspart row - One invoice row.
 * @csspart open-payment - "Pokaż płatność" in a row's details.
 * @csspart pdf - A row's "Download PDF" button (its icon alone below 1,100 px; the name stays in aria-label).
 * @csspart pager - Page navigation.
 * @csspart empty - The "no invoices in this period" message.
 * @csspart pay - The sticky bar with the chosen sum and the pay button.
 * @csspart pay-button - The pay button.
 * @csspart clear-selection - The "clear selection" button.
 * @csspart payment-status - Payment progress and errors.
 * @csspart error - The error state.
 * @csspart retry - The error state's "try again" button.
 * @csspart signed-out - Shown when no one is signed in.
 * @csspart loading - The loading skeleton.
 *
 * @cssprop --ebok-color-primary - Buttons, chosen rows, focus.
 * @cssprop --ebok-color-success - "Paid" status.
 * @cssprop --ebok-color-warning - "Partly paid" status, the limit hint.
 * @cssprop --ebok-color-error - "Overdue" status and errors.
 * @cssprop --ebok-color-border - Table lines and cards.
 * @cssprop --ebok-radius - Corner radius.
 * @cssprop --ebok-space - Padding of the box.
 */
export class EbokInvoices extends EbokElement<'invoices'> {
  static override translations = defineTranslations('invoices', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, invoicesStyles, selectStyles];

  @property({ attribute: false }) preview: InvoicesState | undefined;
  @property() sort: InvoiceSort = DEFAULT_SORT;
  @property({ attribute: 'status', converter: statusListConverter }) statuses: InvoiceStatus[] = [];
  @property() from = '';
  @property() to = '';
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private page = 1;
  @state() private selected: ReadonlySet<string> = new Set();
  /** "Own date range" is chosen in the period select, even before both days are filled in. */
  @state() private customPeriod = false;
  @state() private draftFrom = '';
  @state() private draftTo = '';
  @state() private rangeError: ReturnType<typeof rangeProblem>;
  @state() private downloading: ReadonlySet<string> = new Set();
  @state() private pdfError: { number: string; error: ApiError } | undefined;
  /** Row details, `ebok-open` and saving PDFs: a chunk loaded on first use. */
  private more: InvoiceMore | undefined;
  private moreLoad: Promise<InvoiceMore> | undefined;

  /** The whole history, the first page at once; dropped from memory the moment the customer changes. */
  private readonly history = new Resource<HistoryProgress, [string]>(this, {
    args: () => (!this.preview && this.customer ? [this.customer.id] : null),
    load: (_args, signal, report) => loadHistory(signal, report),
  });
  private readonly balance = new Resource(this, {
    args: () => (!this.preview && this.customer ? ([this.customer.id] as const) : null),
    load: (_args, signal) => getBalance({ signal }),
  });
  // The payment flow itself is fetched on intent, on a click or on a return from the gateway.
  private readonly payment = new LazyPayment(this, 'invoices', () => {
    this.history.retry();
    this.balance.retry();
  });

  private cachedIndex: { invoices: readonly Invoice[]; index: InvoiceIndex } | undefined;
  private cachedView:
    | { index: InvoiceIndex; key: string; view: Uint32Array; payable: number; members: Uint8Array | undefined }
    | undefined;

  /** Resolves when this widget's strings, including the payment messages, are loaded. */
  override get translationsReady(): Promise<void> {
    return Promise.all([super.translationsReady, this.payment.translationsReady]).then(() => this.updateComplete).then(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sort') && !isSort(this.sort)) this.sort = DEFAULT_SORT;
    if (changed.has('sort') || changed.has('statuses') || changed.has('from') || changed.has('to')) this.page = 1;
    if ((changed.has('from') || changed.has('to')) && !this.customPeriod) {
      this.draftFrom = this.from;
      this.draftTo = this.to;
    }
    if (changed.has('preview') && this.preview) {
      this.selected = new Set(this.preview.status === 'ready' ? (this.preview.selected ?? []) : []);
      const p = this.preview.status === 'ready' ? this.preview : undefined;
      this.payment.preview(p?.payment ?? { status: 'idle' }, 'invoices', p?.returned);
      const show = (more: InvoiceMore) => more.show(p?.expanded, p?.openNotFound);
      if (this.more) show(this.more);
      else if (p?.expanded?.length || p?.openNotFound) void this.loadMore().then(show);
    }
    const c = this.current;
    if (c.status === 'ready') {
      const before = this.cachedIndex?.index;
      const index = this.indexFor(c.invoices);
      // New data (a reload, a later page): drop chosen invoices that are no longer payable. While
      // older pages are still arriving, an id not seen yet may simply not be loaded: keep it.
      if (index !== before && this.selected.size > 0 && c.complete !== false) {
        const pruned = prunedSelection(index, this.selected);
        if (pruned.size !== this.selected.size) this.selected = pruned;
      }
      const at = this.more?.locate(index, c.complete !== false, () => this.viewFor(index).view, this.pageSize, this.on.clearFilters);
      if (at) {
        this.page = at.page;
        this.rovingId = at.id;
        this.focusRows = true;
      }
    }
  }


  private loadMore(): Promise<InvoiceMore> {
    return (this.moreLoad ??= import('./invoices-payments').then((mod) => {
      const root = this.renderRoot as ShadowRoot;
      const sheet = mod.invoicePaymentsStyles.styleSheet;
      // Constructable stylesheets only (strict CSP: no <style> elements).
      if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.requestUpdate();
      return (this.more = new mod.InvoiceMore(this, this.t.bind(this), () => this.language));
    }));
  }

  /** A message ("Nowa faktura") or the host asks for an invoice: its page, its details open, focused. */
  protected readonly openRequests = new OpenRequests(
    this,
    'invoice',
    () => !!this.customer && !this.preview,
    (id, label) => void this.loadMore().then((more) => more.open(id, label)),
  );

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    // The chosen invoices and any message about one belong to the customer who chose them.
    if (this.preview || dataOwner(previous) === dataOwner(next)) return;
    this.selected = new Set();
    this.downloading = new Set();
    this.pdfError = undefined;
    this.page = 1;
    this.payment.reset();
    this.more?.reset();
  }

  // ------------------------------------------------------------------ data

  /** What to show now, from the preview or from the session and the loaded history. */
  private get current(): InvoicesState & { complete?: boolean } {
    if (this.preview) return this.preview;
    if (this.session.status === 'anonymous') return { status: 'signed-out' };
    if (this.session.status === 'unknown') return { status: 'loading' };
    const s = this.history.state;
    if (s.status === 'error') return { status: 'error', error: s.error };
    if (s.status !== 'ready') return { status: 'loading' };
    const h = s.value;
    return {
      status: 'ready',
      invoices: h.invoices,
      total: h.total,
      complete: h.complete,
      ...(h.moreError ? { moreError: h.moreError } : {}),
      ...(this.balance.value ? { limit: this.balance.value.paymentLimit } : {}),
      ...(this.readOnly ? { readOnly: true } : {}),
    };
  }

  private indexFor(invoices: readonly Invoice[]): InvoiceIndex {
    if (this.cachedIndex?.invoices !== invoices) {
      // Newest first is the API's order for what loadHistory asks (and what a preview must hold).
      this.cachedIndex = { invoices, index: new InvoiceIndex(invoices, true) };
    }
    return this.cachedIndex.index;
  }

  private get appliedRange(): { from: string | undefined; to: string | undefined } {
    return rangeProblem(this.from || undefined, this.to || undefined)
      ? { from: undefined, to: undefined }
      : { from: this.from || undefined, to: this.to || undefined };
  }

  private viewFor(index: InvoiceIndex) {
    const range = this.appliedRange;
    const key = `${this.sort}|${this.statuses.join(',')}|${range.from ?? ''}|${range.to ?? ''}`;
    if (this.cachedView?.index !== index || this.cachedView.key !== key) {
      const view = index.view({ statuses: this.statuses, from: range.from, to: range.to }, this.sort);
      this.cachedView = { index, key, view, payable: index.countPayable(view), members: undefined };
    }
    return this.cachedView;
  }

  private selectionIn(index: InvoiceIndex, cached: NonNullable<EbokInvoices['cachedView']>): { selection: Selection; hidden: number } {
    const selection = summarizeSelection(index, this.selected);
    if (this.selected.size === 0) return { selection, hidden: 0 };
    cached.members ??= index.membership(cached.view);
    let hidden = 0;
    for (const id of this.selected) {
      const i = index.indexOf(id);
      if (i !== undefined && cached.members[i] === 0) hidden++;
    }
    return { selection, hidden };
  }

  // ------------------------------------------------------------------ actions

  private setSelected(next: Set<string>): void {
    this.selected = next;
    // A message about the previous choice (over the limit, already paid) no longer applies.
    if (this.payment.state.status === 'error' || this.payment.state.status === 'over-limit') this.payment.reset();
  }

  private readonly on: InvoicesHandlers = {
    statusPreset: (preset: StatusPreset) => {
      this.statuses = [...(STATUS_PRESETS[preset] ?? [])];
    },
    period: (value: string) => {
      this.rangeError = undefined;
      if (value === 'custom') {
        this.customPeriod = true;
        this.draftFrom = this.from;
        this.draftTo = this.to;
        return;
      }
      this.customPeriod = false;
      if (value === 'all') {
        this.from = '';
        this.to = '';
      } else {
        const range = yearRange(Number(value));
        this.from = range.from;
        this.to = range.to;
      }
    },
    from: (value: string) => {
      this.draftFrom = value;
      this.applyDraft();
    },
    to: (value: string) => {
      this.draftTo = value;
      this.applyDraft();
    },
    sort: (sort: InvoiceSort) => {
      if (isSort(sort)) this.sort = sort;
    },
    headerSort: (field: SortField) => {
      this.sort = nextSort(this.sort, field);
    },
    toggle: (id: string, checked: boolean) => {
      const next = new Set(this.selected);
      if (checked) next.add(id);
      else next.delete(id);
      this.setSelected(next);
    },
    toggleAll: (checked: boolean) => {
      const ready = this.readyData();
      if (!ready) return;
      const ids = ready.index.payableIn(ready.view.view);
      const next = new Set(this.selected);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      this.setSelected(next);
    },
    page: (page: number) => {
      this.page = page;
      // The pager button just pressed may scroll away with the old rows: focus the new first row.
      this.rovingId = undefined;
      this.focusRows = true;
    },
    rowKey: (e: KeyboardEvent) => this.rowKey(e),
    rowFocus: (e: FocusEvent) => {
      const control = (e.target as HTMLElement).closest<HTMLElement>('[data-act]');
      const row = control?.closest('tr');
      if (!control || !row) return;
      this.rovingId = row.dataset.id;
      // Arrows landing on a stand-in (a paid row has no checkbox) keep the column for the next rows.
      if (!this.moving) this.rovingAct = control.dataset.act!;
      this.syncRoving(false);
    },
    pdf: (invoice: Invoice) => void this.download(invoice),
    dismissPdfError: () => {
      this.pdfError = undefined;
    },
    more: (id: string) => void this.loadMore().then((more) => more.toggle(id)),
    pay: () => void this.pay(),
    clearSelection: () => this.setSelected(new Set()),
    clearFilters: () => {
      this.statuses = [];
      this.from = '';
      this.to = '';
      this.customPeriod = false;
      this.draftFrom = '';
      this.draftTo = '';
      this.rangeError = undefined;
    },
    retryMore: () => this.history.retry(),
  };

  // ------------------------------------------------------------------ roving focus in the rows

  /** The row and control (`data-act`: pick, more, pdf) that hold the list's one tab stop. */
  private rovingId: string | undefined;
  private rovingAct = 'pick';
  private moving = false;
  private focusRows = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncRoving(this.focusRows);
    this.focusRows = false;
  }

  private rowElements(): HTMLTableRowElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
  }

  /** Exactly one row control is tabbable: the remembered one, else the first row's first control. */
  private syncRoving(focus: boolean): void {
    const rows = this.rowElements();
    const row = rows.find((r) => r.dataset.id === this.rovingId) ?? rows[0];
    if (!row) return;
    const controls = [...row.querySelectorAll<HTMLElement>('[data-act]')];
    // A row without the remembered control: its PDF button for "more" and "pdf", else its first.
    const target = controls.find((c) => c.dataset.act === this.rovingAct) ?? controls[this.rovingAct === 'pick' ? 0 : controls.length - 1];
    for (const c of this.renderRoot.querySelectorAll<HTMLElement>('tbody [data-act]')) c.tabIndex = c === target ? 0 : -1;
    this.moving = true;
    if (focus) target?.focus();
    this.moving = false;
  }

  /** Up/Down (Home/End) between rows, Left/Right between a row's checkbox, payments and PDF button. */
  private rowKey(e: KeyboardEvent): void {
    const rows = this.rowElements();
    const at = rows.indexOf((e.target as HTMLElement).closest('tr')!);
    if (at < 0) return;
    let next = at;
    const acts = [...rows[at]!.querySelectorAll<HTMLElement>('[data-act]')].map((c) => c.dataset.act!);
    const here = acts.indexOf((e.target as HTMLElement).dataset.act ?? '');
    let act = this.rovingAct;
    switch (e.key) {
      case 'ArrowDown':
        next = Math.min(at + 1, rows.length - 1);
        break;
      case 'ArrowUp':
        next = Math.max(at - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      case 'ArrowRight':
        act = acts[Math.min(here + 1, acts.length - 1)] ?? act;
        break;
      case 'ArrowLeft':
        act = acts[Math.max(here - 1, 0)] ?? act;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.rovingId = rows[next]!.dataset.id;
    this.rovingAct = act;
    this.syncRoving(true);
  }

  private applyDraft(): void {
    const from = this.draftFrom || undefined;
    const to = this.draftTo || undefined;
    const problem = rangeProblem(from, to);
    this.rangeError = problem;
    if (!problem) {
      this.from = from ?? '';
      this.to = to ?? '';
    }
  }

  private readyData() {
    const c = this.current;
    if (c.status !== 'ready') return undefined;
    const index = this.indexFor(c.invoices);
    return { state: c, index, view: this.viewFor(index) };
  }

  private async pay(): Promise<void> {
    const ready = this.readyData();
    if (!ready || this.payment.state.status === 'pending') return;
    const { selection } = this.selectionIn(ready.index, ready.view);
    const limit = ready.state.status === 'ready' ? ready.state.limit : undefined;
    if (!selection.total || selection.count === 0) return;
    if (this.preview) {
      // The gallery shows states; it never creates payments.
      return;
    }
    const ids = [...this.selected];
    const inProgress = inProgressCount(ids.map((id) => ready.index.get(id) ?? {}));
    await this.payment.pay({ scope: 'invoices', invoiceIds: ids, amount: selection.total, limit, inProgress });
  }

  private async download(invoice: Invoice): Promise<void> {
    if (this.downloading.has(invoice.id) || this.preview) return;
    const customer = this.customer?.id;
    this.downloading = new Set(this.downloading).add(invoice.id);
    this.pdfError = undefined;
    try {
      const [blob, more] = await Promise.all([getInvoicePdf(invoice.id), this.loadMore()]);
      // Signed out (or someone else signed in) meanwhile: this file is not for whoever is here now.
      if (this.customer?.id === customer && this.isConnected) more.save(invoice, blob);
    } catch (e) {
      const error = toApiError(e);
      if (error.kind !== 'aborted' && this.customer?.id === customer) this.pdfError = { number: invoice.number, error };
    } finally {
      const next = new Set(this.downloading);
      next.delete(invoice.id);
      this.downloading = next;
    }
  }

  // ------------------------------------------------------------------ render

  protected override render(): TemplateResult {
    const t = this.t.bind(this);
    const ready = this.i18n.ready;
    const c = this.current;
    const invoicesState = ready && c.status === 'ready' ? this.readyData() : undefined;
    const rows = invoicesState?.view.view.length;
    return html`<section
      class="invoices"
      part="base"
      lang=${this.language}
      aria-label=${this.landmark(ready ? t('title') : '', true)}
      aria-busy=${!ready || c.status === 'loading' ? 'true' : 'false'}
    >
      <div class="head">
        ${ready ? html`<h2 id="title">${t('title')}</h2>` : html`<span class="skeleton line-title" id="title"></span>`}
        ${rows !== undefined
          ? html`<p class="count muted" id="list-count" aria-live=${c.status === 'ready' && c.complete === false ? 'off' : 'polite'}>
              ${t('count', { count: rows })}
            </p>`
          : nothing}
      </div>
      ${!ready ? renderLoading(t, SKELETON_ROWS) : this.renderBody(c, invoicesState)}
    </section>`;
  }

  private renderBody(c: InvoicesState & { complete?: boolean }, data: ReturnType<EbokInvoices['readyData']>): TemplateResult {
    const t = this.t.bind(this);
    switch (c.status) {
      case 'signed-out':
        return renderSignedOut(t('signedOut'));
      case 'loading':
        // Until the session is known, reserve the signed-out size: most visitors see that first.
        return !this.preview && this.session.status === 'unknown'
          ? renderPending(renderSignedOut(t('signedOut')))
          : renderLoading(t, SKELETON_ROWS);
      case 'error':
        return renderError(t, c.error, this.preview ? () => undefined : () => this.history.retry());
      case 'ready':
        return renderList(this.model(c, data!));
    }
  }

  private model(
    c: Extract<InvoicesState, { status: 'ready' }> & { complete?: boolean },
    data: NonNullable<ReturnType<EbokInvoices['readyData']>>,
  ): InvoicesViewModel {
    const { index, view } = data;
    const { selection, hidden } = this.selectionIn(index, view);
    const total = c.total ?? index.size;
    const incomplete = c.complete === false || total > index.size;
    const period = this.customPeriod ? 'custom' : periodOf(this.from || undefined, this.to || undefined);
    const busy = this.payment.state.status === 'pending' || this.payment.state.status === 'redirecting';
    return {
      t: this.t.bind(this),
      lang: this.language,
      landmark: (name) => this.landmark(name),
      index,
      view: view.view,
      sort: this.sort,
      statusPreset: presetOf(this.statuses),
      period,
      draftFrom: this.customPeriod ? this.draftFrom : (this.from ?? ''),
      draftTo: this.customPeriod ? this.draftTo : (this.to ?? ''),
      rangeError: this.rangeError,
      page: this.page,
      pageSize: Math.max(1, Math.floor(this.pageSize) || 20),
      selected: this.selected,
      selection,
      hiddenChosen: hidden,
      payableInView: c.readOnly ? 0 : view.payable,
      chosenInView: selection.count - hidden,
      anyPayable: !c.readOnly && index.countPayable(this.allIndices(index)) > 0,
      readOnly: !!c.readOnly,
      limit: c.limit,
      // The controller's own over-limit message says the same thing at length: show one of them.
      overLimit: !!selection.total && exceedsLimit(selection.total, c.limit) && this.payment.state.status !== 'over-limit',
      progress: incomplete && !c.moreError ? { loaded: index.size, total } : undefined,
      moreError: c.moreError,
      downloading: this.downloading,
      pdfError: this.pdfError,
      expanded: this.more?.expanded ?? NONE,
      more: (inv) => this.more?.render(inv, this.preview?.status === 'ready' ? (this.preview.details ?? {}) : undefined),
      moreNotice: this.more?.notice(),
      payBusy: busy,
      paymentStatus: this.payment.status({ retry: () => void this.pay(), t: (key, options) => this.t(key, options) }),
      on: this.on,
    };
  }

  private allCache: { index: InvoiceIndex; all: Uint32Array } | undefined;
  private allIndices(index: InvoiceIndex): Uint32Array {
    if (this.allCache?.index !== index) {
      // Every invoice (paid ones count 0 to pay): the same answer as the "due" statuses, without
      // parsing 100,000 statuses on the first render.
      this.allCache = { index, all: index.view({ statuses: [] }, DEFAULT_SORT) };
    }
    return this.allCache.all;
  }
}

await defineWidget('ebok-invoices', EbokInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-invoices': EbokInvoices;
  }
}
