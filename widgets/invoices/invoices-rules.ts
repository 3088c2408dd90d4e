import type { Invoice, InvoiceSort, InvoiceStatus, Money } from '../core/api/types';
import { isValidDay } from '../core/calendar';
import { pageCount } from '../core/paging';

/**
 * Pure rules of the invoice list: precomputed sort/filter keys, the view (filter + sort) over up
 * to 100,000 invoices, the chosen sum, periods and file names. No DOM, no Intl, no floats for money.
 */

export const STATUSES: readonly InvoiceStatus[] = ['overdue', 'unpaid', 'partly_paid', 'paid'];
export const SORTS: readonly InvoiceSort[] = ['-issueDate', 'issueDate', '-dueDate', 'dueDate', '-amount', 'amount'];
export const DEFAULT_SORT: InvoiceSort = '-issueDate';

/** Status filter presets offered in the UI; `due` = everything with something left to pay. */
export const STATUS_PRESETS = {
  all: [],
  due: ['overdue', 'unpaid', 'partly_paid'],
  overdue: ['overdue'],
  unpaid: ['unpaid'],
  partly_paid: ['partly_paid'],
  paid: ['paid'],
} as const satisfies Record<string, readonly InvoiceStatus[]>;
export type StatusPreset = keyof typeof STATUS_PRESETS;

export interface InvoiceFilter {
  /** Empty: every status. */
  statuses: readonly InvoiceStatus[];
  /** Issue date on or after this day ("YYYY-MM-DD"), inclusive. */
  from?: string | undefined;
  /** Issue date on or before this day, inclusive. */
  to?: string | undefined;
}

export type SortField = 'issueDate' | 'dueDate' | 'amount';

export function sortField(sort: InvoiceSort): SortField {
  return (sort.startsWith('-') ? sort.slice(1) : sort) as SortField;
}

export function isDescending(sort: InvoiceSort): boolean {
  return sort.startsWith('-');
}

export function isSort(value: unknown): value is InvoiceSort {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

export function isStatus(value: unknown): value is InvoiceStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** "2026-10-05" → 20261005: an integer that orders like the day. NaN for anything else. */
export function dayKey(day: string): number {
  // Character arithmetic, unrolled: ~10× faster than a regex or Date over 100,000 rows.
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return NaN;
  // No helper closure: this runs 100,000 times on the first render.
  const y0 = day.charCodeAt(0) - 48;
  const y1 = day.charCodeAt(1) - 48;
  const y2 = day.charCodeAt(2) - 48;
  const y3 = day.charCodeAt(3) - 48;
  const m0 = day.charCodeAt(5) - 48;
  const m1 = day.charCodeAt(6) - 48;
  const d0 = day.charCodeAt(8) - 48;
  const d1 = day.charCodeAt(9) - 48;
  // A character below '0' makes its value negative (so the OR is negative); above '9', over 9.
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return NaN;
  return ((((((y0 * 10 + y1) * 10 + y2) * 10 + y3) * 10 + m0) * 10 + m1) * 10 + d0) * 10 + d1;
}

/** What the period select shows for a from/to pair: every year, one whole year, or a custom range. */
export function periodOf(from: string | undefined, to: string | undefined): 'all' | 'custom' | number {
  if (!from && !to) return 'all';
  if (from && to && from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4)) {
    return Number(from.slice(0, 4));
  }
  return 'custom';
}

/** Why a custom range cannot be applied, if it cannot. */
export function rangeProblem(from: string | undefined, to: string | undefined): 'invalid_from' | 'invalid_to' | 'from_after_to' | undefined {
  if (from && !isValidDay(from)) return 'invalid_from';
  if (to && !isValidDay(to)) return 'invalid_to';
  if (from && to && from > to) return 'from_after_to';
  return undefined;
}

export function presetOf(statuses: readonly InvoiceStatus[]): StatusPreset | 'custom' {
  const wanted = [...statuses].sort().join(',');
  for (const [name, list] of Object.entries(STATUS_PRESETS)) {
    if ([...list].sort().join(',') === wanted) return name as StatusPreset;
  }
  return 'custom';
}

export function isPayable(invoice: Invoice): boolean {
  return invoice.status !== 'paid' && invoice.remaining.minor > 0;
}

/** The file name a downloaded PDF gets: the invoice number made safe for every file system. */
export function pdfFileName(number: string): string {
  const safe = number
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}-]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return `${safe || 'faktura'}.pdf`;
}

const STATUS_CODE: Record<InvoiceStatus, number> = { paid: 1, unpaid: 2, overdue: 4, partly_paid: 8 };

function statusMask(statuses: readonly InvoiceStatus[]): number {
  let mask = 0;
  for (const s of statuses) mask |= STATUS_CODE[s] ?? 0;
  return mask === 0 ? 0xff : mask;
}

/**
 * Every invoice once, with its sort and filter keys in typed arrays, each parsed the first time a
 * sort or filter needs it. Sorted orders are computed once per field (ascending; descending reads
 * it backwards) and cached, so switching the sort or the filter after the first time is a single
 * linear pass.
 *
 * `newestFirst`: the caller vouches that `invoices` come newest first, as the API returns them for
 * `sort=-issueDate` (what the widget loads, and what a `preview` must hold). Then the first render
 * — newest first, no filter — reads no date but the few that the years' bisection needs: the view
 * is the input. Reading 100,000 date strings (a cache miss each) was most of
 * the first render's script. Without it the order is checked (and sorted if it has to be).
 */
export class InvoiceIndex {
  readonly size: number;
  /** Sort and filter keys per field, parsed when a sort or filter first needs them. */
  private readonly keys = new Map<SortField, Float64Array>();
  private statusCodes: Uint8Array | undefined;
  private readonly orders = new Map<SortField, Uint32Array>();
  /** Each order read backwards (the unfiltered descending views), made once. */
  private readonly reversed = new Map<SortField, Uint32Array>();
  private counted: { view: Uint32Array; payable: number } | undefined;
  private byId: Map<string, number> | undefined;
  private yearList: number[] | undefined;

  /** `invoices` newest first (the API's default order); ties keep that order. */
  constructor(
    readonly invoices: readonly Invoice[],
    private readonly newestFirst = false,
  ) {
    this.size = invoices.length;
  }

  at(index: number): Invoice {
    return this.invoices[index]!;
  }

  indexOf(id: string): number | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.size; i++) this.byId.set(this.invoices[i]!.id, i);
    }
    return this.byId.get(id);
  }

  get(id: string): Invoice | undefined {
    const i = this.indexOf(id);
    return i === undefined ? undefined : this.invoices[i];
  }

  /** Years that have invoices, newest first. */
  years(): number[] {
    if (!this.yearList) {
      // Along the issue dates in ascending order each year is one run: bisect to where it starts
      // (a few dozen dates read, not 100,000).
      // Newest first: ascending is the input read backwards, no order array needed.
      const order = this.newestFirst ? undefined : this.order('issueDate');
      const last = this.size - 1;
      const yearAt = (j: number): number => Math.floor(dayKey(this.invoices[order ? order[j]! : last - j]!.issueDate) / 10_000);
      const out: number[] = [];
      for (let end = this.size; end > 0; ) {
        const y = yearAt(end - 1);
        let lo = 0;
        let hi = end - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (yearAt(mid) < y) lo = mid + 1;
          else hi = mid;
        }
        if (y > 0) out.push(y);
        end = lo;
      }
      this.yearList = out;
    }
    return this.yearList;
  }

  private key(field: SortField): Float64Array {
    let key = this.keys.get(field);
    if (!key) {
      key = new Float64Array(this.size);
      for (let i = 0; i < this.size; i++) {
        const inv = this.invoices[i]!;
        key[i] = field === 'amount' ? inv.amount.minor : dayKey(field === 'issueDate' ? inv.issueDate : inv.dueDate) || 0;
      }
      this.keys.set(field, key);
    }
    return key;
  }

  private get status(): Uint8Array {
    if (!this.statusCodes) {
      this.statusCodes = new Uint8Array(this.size);
      for (let i = 0; i < this.size; i++) this.statusCodes[i] = STATUS_CODE[this.invoices[i]!.status] ?? 0;
    }
    return this.statusCodes;
  }

  private order(field: SortField): Uint32Array {
    let order = this.orders.get(field);
    if (!order) {
      const n = this.size;
      order = new Uint32Array(n);
      // Ascending by key; ties oldest-in-input first, so reading backwards gives the API's order.
      // The API sends newest first: when the keys already descend, that order is the input
      // reversed, and no sort is needed (one linear check instead of n·log n comparisons; no
      // check at all when the caller vouches for the order).
      let descending = field === 'issueDate' && this.newestFirst;
      const key = descending ? undefined : this.key(field);
      if (key) {
        descending = true;
        for (let i = 1; i < n && descending; i++) descending = key[i - 1]! >= key[i]!;
      }
      if (descending) {
        for (let i = 0; i < n; i++) order[i] = n - 1 - i;
      } else {
        sortAscending(key!, order);
      }
      this.orders.set(field, order);
    }
    return order;
  }

  /**
   * Indices of the invoices matching `filter`, in `sort` order. The arrays are shared between
   * calls (an unfiltered view is the same array each time): read them, never write to them.
   */
  view(filter: InvoiceFilter, sort: InvoiceSort): Uint32Array {
    const field = sortField(sort);
    const mask = statusMask(filter.statuses);
    const from = filter.from ? dayKey(filter.from) || 0 : 0;
    const to = filter.to ? dayKey(filter.to) || 99_999_999 : 99_999_999;
    const n = this.size;
    const descending = isDescending(sort);
    // No filter (the first render): the view is the order itself, read in the sort's direction.
    if (mask === 0xff && from === 0 && to === 99_999_999) {
      let out = descending ? this.reversed.get(field) : undefined;
      if (out) return out;
      if (descending && field === 'issueDate' && this.newestFirst) {
        // Newest first as given: the view is the input's own order (one pass, no order array).
        out = new Uint32Array(n);
        for (let k = 0; k < n; k++) out[k] = k;
      } else {
        const order = this.order(field);
        if (!descending) return order;
        out = new Uint32Array(n);
        for (let k = 0; k < n; k++) out[k] = order[n - 1 - k]!;
      }
      this.reversed.set(field, out);
      return out;
    }
    const order = this.order(field);
    const out = new Uint32Array(n);
    const issue = this.key('issueDate');
    const status = mask === 0xff ? undefined : this.status;
    let count = 0;
    for (let j = 0; j < n; j++) {
      const i = order[descending ? n - 1 - j : j]!;
      const day = issue[i]!;
      if ((status === undefined || (status[i]! & mask) !== 0) && day >= from && day <= to) out[count++] = i;
    }
    return out.subarray(0, count);
  }

  /**
   * How many of `view` can be paid. Most invoices are paid, and for them only the status is read.
   * The last answer is kept: the element asks for the same view twice a render.
   */
  countPayable(view: Uint32Array): number {
    if (this.counted?.view === view) return this.counted.payable;
    const invoices = this.invoices;
    let n = 0;
    for (let k = 0; k < view.length; k++) if (isPayable(invoices[view[k]!]!)) n++;
    this.counted = { view, payable: n };
    return n;
  }

  /** A mask over all invoices: 1 where the invoice is in `view`. */
  membership(view: Uint32Array): Uint8Array {
    const mask = new Uint8Array(this.size);
    for (const i of view) mask[i] = 1;
    return mask;
  }

  /** The payable invoices among `view`, without those a payment in progress covers (not chosen by "all"). */
  payableIn(view: Uint32Array): string[] {
    const ids: string[] = [];
    for (const i of view) {
      const inv = this.invoices[i]!;
      if (isPayable(inv) && !inv.paymentInProgress) ids.push(inv.id);
    }
    return ids;
  }
}

/**
 * Indices ascending by key, ties larger index first. Key and tie-break are packed into one double
 * (key · 2^k + n−1−i) and sorted natively, ~10× faster than a comparator over 100,000 rows; keys
 * that do not fit 53 bits exactly (or are negative) take the comparator.
 */
function sortAscending(key: ArrayLike<number>, order: Uint32Array): void {
  const n = order.length;
  let max = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    const k = key[i]!;
    if (k > max) max = k;
    if (k < min) min = k;
  }
  let scale = 1;
  while (scale < n) scale *= 2;
  if (min >= 0 && Number.isSafeInteger(max * scale + scale)) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = key[i]! * scale + (n - 1 - i);
    packed.sort();
    for (let j = 0; j < n; j++) order[j] = n - 1 - (packed[j]! % scale);
    return;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => key[a]! - key[b]! || b - a);
}

export interface Selection {
  count: number;
  /** The sum of `remaining` in the chosen currency; undefined when nothing is chosen. */
  total: Money | undefined;
  /** True when the chosen invoices are in more than one currency and cannot be paid together. */
  mixedCurrencies: boolean;
}

/** The count and sum of the chosen invoices (integer minor units). Unknown or paid ids are ignored. */
export function summarizeSelection(index: InvoiceIndex, ids: Iterable<string>): Selection {
  let count = 0;
  let minor = 0;
  let currency: string | undefined;
  let mixed = false;
  for (const id of ids) {
    const inv = index.get(id);
    if (!inv || !isPayable(inv)) continue;
    count++;
    if (currency === undefined) currency = inv.remaining.currency;
    else if (inv.remaining.currency !== currency) mixed = true;
    minor += inv.remaining.minor;
  }
  return { count, total: currency === undefined || mixed ? undefined : { minor, currency }, mixedCurrencies: mixed };
}

/** Ids still payable in `index` (drops those that were paid or disappeared after a reload). */
export function prunedSelection(index: InvoiceIndex, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const inv = index.get(id);
    if (inv && isPayable(inv)) out.add(id);
  }
  return out;
}

// The one page-count rule (payments pages by it too); re-exported for the list and its tests.
export { pageCount };

export function clampPage(page: number, rows: number, pageSize: number): number {
  return Math.min(Math.max(1, Math.floor(page) || 1), pageCount(rows, pageSize));
}

/** The status a sort header shows: aria-sort for `field` under `sort`. */
export function ariaSort(sort: InvoiceSort, field: SortField): 'ascending' | 'descending' | 'none' {
  if (sortField(sort) !== field) return 'none';
  return isDescending(sort) ? 'descending' : 'ascending';
}

/** Clicking a sortable header: a new field starts descending (newest/largest first); the same field flips. */
export function nextSort(sort: InvoiceSort, field: SortField): InvoiceSort {
  if (sortField(sort) !== field) return `-${field}` as InvoiceSort;
  return (isDescending(sort) ? field : `-${field}`) as InvoiceSort;
}
