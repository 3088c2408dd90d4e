import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
}

/**
 * Load a customer's whole invoice history, newest first: one small page (reported at once), then
 * every page of 1000, up to PARALLEL_PAGES at a time. Progress is reported in order — only the
 * contiguous prefix of pages that has arrived — so what is shown never has holes.
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

export type HistoryState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; invoices: Invoice[]; total: number; complete: boolean; moreError?: ApiError | undefined };

/**
 * The invoice history of the signed-in customer, keyed like Resource: when the key (customer id)
 * changes or becomes null, the previous customer's invoices are dropped at once and requests in
 * flight are aborted. Shows the first page while the rest streams in.
 */
export class InvoiceHistory implements ReactiveController {
  state: HistoryState = { status: 'idle' };
  private key: string | null | undefined;
  private controller: AbortController | undefined;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly args: () => string | null,
    private readonly load: typeof loadHistory = loadHistory,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.args();
    if (key === this.key) return;
    this.key = key;
    if (key === null) {
      this.cancel();
      this.state = { status: 'idle' };
      return;
    }
    this.start();
  }

  hostDisconnected(): void {
    if (this.state.status === 'loading' || (this.state.status === 'ready' && !this.state.complete)) {
      this.cancel();
      this.key = undefined;
      this.state = { status: 'idle' };
    }
  }

  /** Load everything again ("try again", or after a payment). */
  retry(): void {
    if (this.args() === null) return;
    this.start();
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.run++;
  }

  private start(): void {
    this.cancel();
    const run = this.run;
    const controller = (this.controller = new AbortController());
    this.state = { status: 'loading' };
    this.load(controller.signal, (p) => {
      if (run !== this.run) return;
      this.state = { status: 'ready', invoices: p.invoices, total: p.total, complete: p.complete };
      this.host.requestUpdate();
    }).then(
      (p) => {
        if (run !== this.run) return;
        this.state = { status: 'ready', invoices: p.invoices, total: p.total, complete: true };
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (run !== this.run) return;
        const error = toApiError(e);
        if (error.kind === 'aborted') return;
        // Keep what arrived: the customer can work with the newest invoices and retry the rest.
        this.state =
          this.state.status === 'ready'
            ? { ...this.state, complete: false, moreError: error }
            : { status: 'error', error };
        this.host.requestUpdate();
      },
    );
  }
}
