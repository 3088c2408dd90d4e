import { listInvoices } from '../core/api/endpoints';
import { toApiError, type ApiError } from '../core/api/errors';
import type { Invoice } from '../core/api/types';

/** Small first request so the first screen shows at once; then the whole history in big pages. */
export const FIRST_PAGE_SIZE = 100;
export const BULK_PAGE_SIZE = 1000;
/** Parallel page requests: fast without flooding the operator's API or the browser's connection pool. */
export const PARALLEL_PAGES = 4;

export interface HistoryProgress {
  /** Newest first, no duplicates. */
  invoices: Invoice[];
  /** What the API says matches, across all pages. */
  total: number;
  complete: boolean;
  /** Older pages failed: the newest invoices are kept and the customer can try again. */
  moreError?: ApiError | undefined;
}

/**
 * Load a customer's whole invoice history, newest first: one small page (reported at once), then
 * every page of 1000, up to PARALLEL_PAGES at a time. Progress is reported in order — only the
 * contiguous prefix of pages that has arrived — so what is shown never has holes. A failure after
 * the first page resolves with what arrived and `moreError`; only a failed first page rejects.
 * Keyed, cancelled and dropped on sign-out by core's `Resource` (one keyed-data controller).
 */
export async function loadHistory(
  signal: AbortSignal,
  onProgress: (progress: HistoryProgress) => void,
  options: { firstPageSize?: number; pageSize?: number; parallel?: number } = {},
): Promise<HistoryProgress> {
  const firstPageSize = options.firstPageSize ?? FIRST_PAGE_SIZE;
  const pageSize = options.pageSize ?? BULK_PAGE_SIZE;
  const parallel = options.parallel ?? PARALLEL_PAGES;

  const first = await listInvoices({ sort: '-issueDate', page: 1, pageSize: firstPageSize }, { signal });
  const total = first.total;
  if (first.items.length >= total) {
    const done = { invoices: dedupe([first.items]), total, complete: true };
    onProgress(done);
    return done;
  }
  onProgress({ invoices: dedupe([first.items]), total, complete: false });

  const pages = Math.ceil(total / pageSize);
  const results: Array<Invoice[] | undefined> = new Array(pages);
  let contiguous = 0;
  let next = 0;
  // One failed page stops the others: the caller keeps what arrived and offers to try again.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });

  const report = () => {
    if (stop.signal.aborted) return;
    while (contiguous < pages && results[contiguous]) contiguous++;
    // The first bulk page supersedes the small first page; before it arrives nothing changes.
    if (contiguous === 0) return;
    const invoices = dedupe(results.slice(0, contiguous) as Invoice[][]);
    onProgress({ invoices, total, complete: contiguous === pages });
  };

  const worker = async () => {
    while (next < pages && !stop.signal.aborted) {
      const page = next++;
      try {
        const result = await listInvoices({ sort: '-issueDate', page: page + 1, pageSize }, { signal: stop.signal });
        results[page] = result.items;
      } catch (e) {
        stop.abort();
        throw e;
      }
      report();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(parallel, pages) }, worker));
  } catch (e) {
    const error = toApiError(e);
    if (signal.aborted || error.kind === 'aborted') throw e;
    // Keep what arrived (at least the first page): the newest invoices stay usable.
    const arrived = contiguous > 0 ? (results.slice(0, contiguous) as Invoice[][]) : [first.items];
    return { invoices: dedupe(arrived), total, complete: false, moreError: error };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  const invoices = dedupe(results as Invoice[][]);
  return { invoices, total, complete: true };
}

/** Pages fetched at different moments may overlap when an invoice is issued meanwhile. */
function dedupe(pages: readonly (readonly Invoice[])[]): Invoice[] {
  const seen = new Set<string>();
  const out: Invoice[] = [];
  for (const page of pages) {
    for (const inv of page) {
      if (seen.has(inv.id)) continue;
      seen.add(inv.id);
      out.push(inv);
    }
  }
  return out;
}
