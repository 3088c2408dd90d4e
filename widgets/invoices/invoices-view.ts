import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiError } from '../core/api/errors';
import type { Invoice, InvoiceSort, Money, Payment } from '../core/api/types';
import { formatDay, formatMoney, formatNumber } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import { errorMessage, icon, renderSkeleton } from '../core/ui';
import {
  ariaSort,
  clampPage,
  isPayable,
  pageCount,
  SORTS,
  STATUS_PRESETS,
  type InvoiceIndex,
  type Selection,
  type SortField,
  type StatusPreset,
} from './invoices-rules';
import type { Translate, TranslationKey } from '../core/i18n/keys';
import type { PaymentState, ReturnState } from '../core/payment';

/** Every state the widget can show, rendered from data alone (gallery, tests, benchmark). */
export type InvoicesState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'ready';
      /** Newest first, as the API returns them. */
      invoices: readonly Invoice[];
      /** Total in the history when older pages are still arriving (`invoices.length < total`). */
      total?: number;
      /** Loading older pages failed; the newest ones are shown with a "try again". */
      moreError?: ApiError;
      /** The gateway's single-transaction limit. */
      limit?: Money;
      /** Ids chosen for payment. */
      selected?: readonly string[];
      /** A view_only account: nothing to choose or pay (issue #19). */
      readOnly?: boolean;
      /** A state of the payment flow to show under the pay button. */
      payment?: PaymentState;
      /** The answer after the gateway to show (gallery). */
      returned?: ReturnState;
      /** Invoices whose details (the payments that paid them) are open, and what those show. */
      expanded?: readonly string[];
      details?: Readonly<Record<string, InvoicePaymentsState>>;
      /** An `ebok-open` asked for an invoice this account does not have (its label). */
      openNotFound?: string;
    };

/** The payments of one invoice, in its row details (GET /payments?document=). */
export type InvoicePaymentsState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; payments: readonly Payment[] };

export type T = Translate<'invoices'>;

/** Everything the list renders from, plus what its controls call. No fetching here. */
export interface InvoicesViewModel {
  t: T;
  lang: Lang;
  /** The accessible name of a landmark, unique on the page (EbokElement.landmark). */
  landmark: (name: string) => string;
  index: InvoiceIndex;
  /** Indices into `index`, filtered and sorted. */
  view: Uint32Array;
  sort: InvoiceSort;
  statusPreset: StatusPreset | 'custom';
  /** 'all', a year, or 'custom'. */
  period: 'all' | 'custom' | number;
  draftFrom: string;
  draftTo: string;
  rangeError: 'invalid_from' | 'invalid_to' | 'from_after_to' | undefined;
  page: number;
  pageSize: number;
  selected: ReadonlySet<string>;
  selection: Selection;
  /** Chosen invoices the current filter hides. */
  hiddenChosen: number;
  payableInView: number;
  chosenInView: number;
  /** Whether the customer has anything to pay at all (shows the pay bar). */
  anyPayable: boolean;
  /** A view_only account: no checkboxes, no pay bar, a note instead. */
  readOnly: boolean;
  limit: Money | undefined;
  overLimit: boolean;
  /** Set while older pages are still arriving. */
  progress: { loaded: number; total: number } | undefined;
  moreError: ApiError | undefined;
  downloading: ReadonlySet<string>;
  pdfError: { number: string; error: ApiError } | undefined;
  /** Rows with their details open, the details of one and "invoice not found" (lazily loaded templates). */
  expanded: ReadonlySet<string>;
  more: (invoice: Invoice) => unknown;
  moreNotice: unknown;
  payBusy: boolean;
  paymentStatus: TemplateResult;
  on: InvoicesHandlers;
}

export interface InvoicesHandlers {
  statusPreset(preset: StatusPreset): void;
  period(value: string): void;
  from(value: string): void;
  to(value: string): void;
  sort(sort: InvoiceSort): void;
  headerSort(field: SortField): void;
  toggle(id: string, checked: boolean): void;
  toggleAll(checked: boolean): void;
  page(page: number): void;
  pdf(invoice: Invoice): void;
  dismissPdfError(): void;
  /** Open or close a row's details. */
  more(id: string): void;
  pay(): void;
  clearSelection(): void;
  clearFilters(): void;
  retryMore(): void;
  /** Arrow keys, Home and End inside the rows (roving focus). */
  rowKey(e: KeyboardEvent): void;
  /** A row control got focus (click or keyboard): it becomes the list's one tab stop. */
  rowFocus(e: FocusEvent): void;
}

const SORT_LABEL: Record<InvoiceSort, TranslationKey<'invoices'>> = {
  '-issueDate': 'sort.issueDateDesc',
  issueDate: 'sort.issueDateAsc',
  '-dueDate': 'sort.dueDateDesc',
  dueDate: 'sort.dueDateAsc',
  '-amount': 'sort.amountDesc',
  amount: 'sort.amountAsc',
};

const arrows = {
  ascending: svg`<path d="M12 5 5 13h5v6h4v-6h5z"/>`,
  descending: svg`<path d="M12 19 19 11h-5V5h-4v6H5z"/>`,
  none: svg`<path d="M12 3 7 9h10zm0 18 5-6H7z"/>`,
};

/** The skeleton: the same header, filter bar and rows as the list, so nothing jumps when data arrives. */
export function renderLoading(t: T, rows: number): TemplateResult {
  return html`<div class="rows-skeleton">
    ${renderSkeleton(t, ['line-filters', ...Array.from({ length: rows }, () => 'line-row')])}
  </div>`;
}

export function renderList(m: InvoicesViewModel): TemplateResult {
  // Nothing to filter for a customer without a single invoice.
  const nothingAtAll = m.index.size === 0 && !m.progress;
  return html`
    ${nothingAtAll ? nothing : renderFilters(m)}
    ${renderNotices(m)}
    ${m.view.length === 0 ? renderEmpty(m) : renderTable(m)}
    ${m.anyPayable || m.selection.count > 0 ? renderPayBar(m) : nothing}
  `;
}

function renderFilters(m: InvoicesViewModel): TemplateResult {
  const { t } = m;
  const years = m.index.years();
  const periodYears = typeof m.period === 'number' && !years.includes(m.period) ? [m.period, ...years] : years;
  return html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${t('filters.label')}</legend>
    <div class="field">
      <label for="f-status">${t('filters.status')}</label>
      <select id="f-status" @change=${(e: Event) => m.on.statusPreset((e.target as HTMLSelectElement).value as StatusPreset)}>
        ${(Object.keys(STATUS_PRESETS) as StatusPreset[]).map(
          (p) =>
            html`<option value=${p} ?selected=${m.statusPreset === p}>
              ${p === 'all' ? t('filters.statusAll') : p === 'due' ? t('filters.statusDue') : t(`status.${p}`)}
            </option>`,
        )}
        ${m.statusPreset === 'custom' ? html`<option value="custom" selected disabled>${t('filters.statusCustom')}</option>` : nothing}
      </select>
    </div>
    <div class="field">
      <label for="f-period">${t('filters.period')}</label>
      <select id="f-period" @change=${(e: Event) => m.on.period((e.target as HTMLSelectElement).value)}>
        <option value="all" ?selected=${m.period === 'all'}>${t('filters.periodAll')}</option>
        ${periodYears.map((y) => html`<option value=${String(y)} ?selected=${m.period === y}>${y}</option>`)}
        <option value="custom" ?selected=${m.period === 'custom'}>${t('filters.periodCustom')}</option>
      </select>
    </div>
    ${m.period === 'custom'
      ? html`<div class="field">
            <label for="f-from">${t('filters.from')}</label>
            <input
              id="f-from"
              type="date"
              .value=${m.draftFrom}
              aria-invalid=${m.rangeError === 'invalid_from' || m.rangeError === 'from_after_to' ? 'true' : 'false'}
              aria-describedby=${m.rangeError ? 'range-error' : nothing}
              @change=${(e: Event) => m.on.from((e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="f-to">${t('filters.to')}</label>
            <input
              id="f-to"
              type="date"
              .value=${m.draftTo}
              aria-invalid=${m.rangeError === 'invalid_to' ? 'true' : 'false'}
              aria-describedby=${m.rangeError ? 'range-error' : nothing}
              @change=${(e: Event) => m.on.to((e.target as HTMLInputElement).value)}
            />
          </div>
          ${m.rangeError
            ? html`<p class="field-error" id="range-error" role="alert">${icon('alert')} ${t(`filters.errors.${m.rangeError}`)}</p>`
            : nothing}`
      : nothing}
    <div class="field wide">
      <label for="f-sort">${t('filters.sort')}</label>
      <select id="f-sort" @change=${(e: Event) => m.on.sort((e.target as HTMLSelectElement).value as InvoiceSort)}>
        ${SORTS.map((s) => html`<option value=${s} ?selected=${m.sort === s}>${t(SORT_LABEL[s])}</option>`)}
      </select>
    </div>
  </fieldset>`;
}

function renderNotices(m: InvoicesViewModel): TemplateResult {
  const { t, lang } = m;
  return html`
    ${m.readOnly ? html`<p class="notice muted" part="read-only"><span class="notice-text">${icon('info')} ${t('common:errors.read_only')}</span></p>` : nothing}
    ${m.progress && !m.moreError
      ? html`<p class="notice progress muted" part="progress">
          <span class="notice-text">${icon('clock')}
            ${t('loadingMore', { loaded: formatNumber(m.progress.loaded, lang), total: formatNumber(m.progress.total, lang) })}</span>
        </p>`
      : nothing}
    ${m.moreError
      ? html`<div class="notice" data-tone="error" role="alert">
          <p class="notice-text">${icon('alert')} ${t('moreError')} ${errorMessage(t, m.moreError)}</p>
          <button type="button" class="btn" @click=${m.on.retryMore}>${icon('refresh')} ${t('common:actions.retry')}</button>
        </div>`
      : nothing}
    ${m.moreNotice}
    ${m.pdfError
      ? html`<div class="notice" data-tone="error" role="alert">
          <p class="notice-text">${icon('alert')} ${t('pdfError', { number: m.pdfError.number })} ${errorMessage(t, m.pdfError.error)}</p>
          <button type="button" class="btn" @click=${m.on.dismissPdfError}>${t('dismiss')}</button>
        </div>`
      : nothing}
  `;
}

function renderEmpty(m: InvoicesViewModel): TemplateResult {
  const { t } = m;
  const filtered = m.index.size > 0 || !!m.progress;
  return html`<div class="empty" part="empty" data-kind="empty">
    <p class="state-title">${icon('info')} ${!filtered ? t('empty.none') : m.progress ? t('empty.stillLoading') : t('empty.period')}</p>
    ${filtered && !m.progress
      ? html`<p class="muted">${t('empty.hint')}</p>
          <button type="button" class="btn" @click=${m.on.clearFilters}>${t('filters.clear')}</button>`
      : nothing}
  </div>`;
}

function sortHeader(m: InvoicesViewModel, field: SortField, label: string, cls = ''): TemplateResult {
  const state = ariaSort(m.sort, field);
  return html`<th role="columnheader" scope="col" class=${cls} aria-sort=${state}>
    <button type="button" class="sort-btn" ?data-active=${state !== 'none'} @click=${() => m.on.headerSort(field)}>
      ${label}<svg class="arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${arrows[state]}</svg>
    </button>
  </th>`;
}

/** Days in the list are numeric (12.12.2026): short, the same width in every language, never wrapped. */
const LIST_DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };

/** The row and control a delegated event came from. */
function rowOf(m: InvoicesViewModel, e: Event): { invoice: Invoice; control: HTMLElement | null; cell: Element | null } | undefined {
  const target = e.target as HTMLElement;
  const tr = target.closest('tr');
  const i = tr?.dataset.i;
  if (i === undefined) return undefined;
  return { invoice: m.index.at(Number(i)), control: target.closest<HTMLElement>('[data-act]'), cell: target.closest('td') };
}

function renderTable(m: InvoicesViewModel): TemplateResult {
  const { t, lang } = m;
  const pages = pageCount(m.view.length, m.pageSize);
  const page = clampPage(m.page, m.view.length, m.pageSize);
  const start = (page - 1) * m.pageSize;
  const rows: number[] = [];
  for (let k = start; k < Math.min(start + m.pageSize, m.view.length); k++) rows.push(m.view[k]!);
  const allChosen = m.payableInView > 0 && m.chosenInView === m.payableInView;
  const text = rowText(t);
  const { issue, due, amount, rest } = text;
  // One delegated listener per kind for the whole page of rows (no closures per row).
  const onChange = (e: Event) => {
    const hit = rowOf(m, e);
    if (hit?.control?.dataset.act === 'pick') m.on.toggle(hit.invoice.id, (hit.control as HTMLInputElement).checked);
  };
  const onClick = (e: Event) => {
    const hit = rowOf(m, e);
    if (!hit) return;
    if (hit.control?.dataset.act === 'pdf') m.on.pdf(hit.invoice);
    else if (hit.control?.dataset.act === 'more') m.on.more(hit.invoice.id);
    // The whole "choose" cell is the checkbox's 44 px target.
    else if (!hit.control && hit.cell?.classList.contains('choose')) hit.cell.querySelector('input')?.click();
  };
  return html`
    ${m.payableInView > 0
      ? html`<label class="choose-all">
          <input
            type="checkbox"
            part="choose-all"
            .checked=${allChosen}
            .indeterminate=${m.chosenInView > 0 && !allChosen}
            @change=${(e: Event) => m.on.toggleAll((e.target as HTMLInputElement).checked)}
          />
          ${t('chooseAll', { n: formatNumber(m.payableInView, lang) })}
        </label>`
      : nothing}
    <table class="table" role="table" part="table" aria-describedby="list-count list-keys">
      <caption class="visually-hidden">${t('caption', { page, pages })}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col" class="choose"><span class="visually-hidden">${t('columns.choose')}</span></th>
          <th role="columnheader" scope="col">${t('columns.number')}</th>
          ${sortHeader(m, 'issueDate', issue)} ${sortHeader(m, 'dueDate', due)} ${sortHeader(m, 'amount', amount, 'num')}
          <th role="columnheader" scope="col" class="num">${rest}</th>
          <th role="columnheader" scope="col">${t('columns.status')}</th>
          <th role="columnheader" scope="col" class="actions"><span class="visually-hidden">${t('columns.actions')}</span></th>
        </tr>
      </thead>
      <tbody role="rowgroup" @change=${onChange} @click=${onClick} @keydown=${m.on.rowKey} @focusin=${m.on.rowFocus}>
        ${repeat(
          rows,
          (i) => i,
          (i) => renderRow(m, i, text),
        )}
      </tbody>
    </table>
    <p class="visually-hidden" id="list-keys">${t('keys')}</p>
    ${pages > 1 ? renderPager(m, page, pages) : nothing}
  `;
}

/** What the rows of one render say, translated once (i18next takes microseconds a call; a page asked ~120 times). */
interface RowText {
  issue: string;
  due: string;
  amount: string;
  rest: string;
  pdf: string;
  pdfBusy: string;
  status: (status: RowStatus) => string;
  more: (status: RowStatus) => (number: string) => string;
  pdfLabel: (number: string) => string;
  choose: (number: string) => string;
}

type RowStatus = Invoice['status'] | 'posting';

/** Stands for the invoice number while a row's sentence is translated once for every row. */
const SLOT = '\u0000';

/** "Pobierz PDF faktury {{number}}" translated once, then filled in per row (or left as is without the slot). */
function perRow(sentence: string): (number: string) => string {
  const parts = sentence.split(SLOT);
  return (number) => parts.join(number);
}

function rowText(t: T): RowText {
  const statuses = new Map<RowStatus, string>();
  const more = new Map<RowStatus, (number: string) => string>();
  const status = (s: RowStatus): string => {
    let label = statuses.get(s);
    if (label === undefined) statuses.set(s, (label = t(`status.${s}`)));
    return label;
  };
  return {
    issue: t('columns.issueDate'),
    due: t('columns.dueDate'),
    amount: t('columns.amount'),
    rest: t('columns.remaining'),
    pdf: t('pdf'),
    pdfBusy: t('pdfBusy'),
    status,
    more: (s) => {
      let fill = more.get(s);
      if (!fill) more.set(s, (fill = perRow(t('more.show', { status: status(s), number: SLOT }))));
      return fill;
    },
    pdfLabel: perRow(t('pdfLabel', { number: SLOT })),
    choose: perRow(t('chooseRow', { number: SLOT })),
  };
}

/**
 * One row in as few nodes as it takes (a page of 20 stays under AG Grid's node count): text through
 * `.textContent`, labels for the cards from `data-label` (CSS `::before`), status and PDF icons from
 * CSS. Controls start out of the tab order; the element gives one of them tabindex 0 (roving focus).
 */
function renderRow(m: InvoicesViewModel, i: number, text: RowText): TemplateResult {
  const { lang } = m;
  const { issue, due, amount, rest } = text;
  const inv = m.index.at(i);
  const payable = !m.readOnly && isPayable(inv);
  const chosen = payable && m.selected.has(inv.id);
  const busy = m.downloading.has(inv.id);
  const pdf = text.pdfLabel(inv.number);
  const status: RowStatus = inv.paymentInProgress ? 'posting' : inv.status;
  const open = m.expanded.has(inv.id);
  return html`<tr role="row" class=${chosen ? 'chosen' : ''} data-i=${i} data-id=${inv.id} part="row"><td role="cell" class="choose">${payable
      ? html`<input type="checkbox" data-act="pick" tabindex="-1" .checked=${chosen} aria-label=${text.choose(inv.number)} />`
      : nothing}</td><td role="cell" class="number" .textContent=${inv.number}></td><td role="cell" class="issue" data-label=${issue} .textContent=${formatDay(inv.issueDate, lang, LIST_DAY)}></td><td role="cell" class="due" ?data-overdue=${inv.status === 'overdue'} data-label=${due} .textContent=${formatDay(inv.dueDate, lang, LIST_DAY)}></td><td role="cell" class="num amount" data-label=${amount} .textContent=${formatMoney(inv.amount, lang)}></td><td role="cell" class="num rest" data-label=${rest} .textContent=${formatMoney(inv.remaining, lang)}></td><td role="cell" class="status" data-status=${status}><button type="button" class="more-btn" data-act="more" tabindex="-1" aria-expanded=${open ? 'true' : 'false'} aria-controls="more-${i}" aria-label=${text.more(status)(inv.number)} .textContent=${text.status(status)}></button></td><td role="cell" class="actions"><button type="button" class="btn pdf" part="pdf" data-act="pdf" tabindex="-1" title=${pdf} aria-label=${pdf} aria-disabled=${busy ? 'true' : 'false'} .textContent=${busy ? text.pdfBusy : text.pdf}></button></td></tr>${open
    ? html`<tr role="row" class="more-row"><td role="cell" colspan="8" class="more" id="more-${i}">${m.more(inv)}</td></tr>`
    : nothing}`;
}

function renderPager(m: InvoicesViewModel, page: number, pages: number): TemplateResult {
  const { t, lang } = m;
  const button = (target: number, label: string, text: string, disabled: boolean) =>
    html`<button
      type="button"
      class="btn"
      aria-label=${label}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => {
        if (!disabled) m.on.page(target);
      }}
    >
      <span aria-hidden="true">${text}</span>
    </button>`;
  return html`<nav class="pager" part="pager" aria-label=${m.landmark(t('pager.label'))}>
    ${button(1, t('pager.first'), '«', page <= 1)} ${button(page - 1, t('pager.previous'), '‹', page <= 1)}
    <span class="pager-status">${t('pager.status', { page: formatNumber(page, lang), pages: formatNumber(pages, lang) })}</span>
    ${button(page + 1, t('pager.next'), '›', page >= pages)} ${button(pages, t('pager.last'), '»', page >= pages)}
  </nav>`;
}

/** The amount inside a sentence in its own span, which themes' text-transform never reaches. */
function withMoney(text: string, amount: string): unknown {
  const at = text.indexOf(amount);
  return at < 0 ? text : html`${text.slice(0, at)}<span class="money">${amount}</span>${text.slice(at + amount.length)}`;
}

function renderPayBar(m: InvoicesViewModel): TemplateResult {
  const { t, lang, selection } = m;
  const total = selection.total;
  const blocked = selection.count === 0 || !total || m.overLimit || selection.mixedCurrencies || m.payBusy;
  return html`<div class="paybar" part="pay" ?data-active=${selection.count > 0}>
    <div class="paybar-row">
      <p class="summary" role="status" id="selection-summary">
        ${selection.count === 0
          ? html`<span class="muted">${t('selection.none')}</span>`
          : selection.mixedCurrencies
            ? t('selection.mixed')
            : html`<span class="summary-total"
                  >${t('selection.chosen', { count: selection.count, amount: formatMoney(total!, lang) })}</span
                >
                ${m.hiddenChosen > 0 ? html` <span class="muted">${t('selection.hidden', { count: m.hiddenChosen })}</span>` : nothing}`}
      </p>
      <div class="pay-actions">
        ${selection.count > 0
          ? html`<button type="button" class="btn" part="clear-selection" @click=${m.on.clearSelection}>${t('clearSelection')}</button>`
          : nothing}
        <button
          type="button"
          class="btn btn-primary"
          part="pay-button"
          aria-disabled=${blocked ? 'true' : 'false'}
          aria-describedby="selection-summary"
          @click=${m.on.pay}
        >
          ${total && selection.count > 0 ? withMoney(t('pay', { amount: formatMoney(total, lang) }), formatMoney(total, lang)) : t('payNothing')}
        </button>
      </div>
    </div>
    ${m.overLimit && m.limit
      ? html`<p class="limit-hint">${icon('alert')} ${t('selection.overLimit', { limit: formatMoney(m.limit, lang) })}</p>`
      : nothing}
    ${m.paymentStatus}
  </div>`;
}
