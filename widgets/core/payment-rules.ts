/**
 * Pure rules of the payment flow after the gateway, shared by the widgets (through payment.ts) and
 * the mock API: no DOM, no lit, no clock of their own. Kept out of the core chunk (vite.config.ts
 * `chunkOf`), like payment.ts.
 */
import type { Payment, PaymentStatus } from './api/types';
import { ACCOUNT_PARAM, RETURN_PARAM } from './payment-marker';

export { ACCOUNT_PARAM, RETURN_PARAM };

/** What an id may look like; anything else in the marker is tampering and is ignored. */
const PAYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface ReturnMarker {
  /** The payment to ask about; undefined when the marker was malformed or given twice. */
  id: string | undefined;
  /** The account it was made for (`ebok-account`), when given once and plausible. */
  account?: string;
  /** The address without any marker, for history.replaceState; undefined when there was none. */
  cleanUrl: string | undefined;
}

/** Reads (and strips) the return marker of a page address. */
export function readReturnMarker(href: string): ReturnMarker {
  const url = new URL(href);
  const values = url.searchParams.getAll(RETURN_PARAM);
  const accounts = url.searchParams.getAll(ACCOUNT_PARAM);
  if (values.length === 0 && accounts.length === 0) return { id: undefined, cleanUrl: undefined };
  url.searchParams.delete(RETURN_PARAM);
  url.searchParams.delete(ACCOUNT_PARAM);
  const id = values.length === 1 && PAYMENT_ID.test(values[0]!) ? values[0] : undefined;
  const account = accounts.length === 1 && PAYMENT_ID.test(accounts[0]!) ? accounts[0] : undefined;
  return { id, ...(id && account ? { account } : {}), cleanUrl: url.href };
}

/** The page to return to: this page without an earlier marker (and without its fragment), naming the account paid for. */
export function returnUrlOf(href: string, account?: string): string {
  const url = new URL(href);
  url.searchParams.delete(RETURN_PARAM);
  url.searchParams.delete(ACCOUNT_PARAM);
  if (account) url.searchParams.set(ACCOUNT_PARAM, account);
  url.hash = '';
  return url.href;
}

// ------------------------------------------------------------------ polling

export const FIRST_POLL_MS = 2_000;
export const MAX_POLL_MS = 30_000;
/** After this much time since the return, the widget stops asking and says so. */
export const GIVE_UP_MS = 10 * 60_000;

/**
 * The wait before poll number `attempt` (0 = the first repeat): 2, 4, 8, 16, 30, 30… seconds; a
 * Retry-After (seconds) longer than that wins.
 */
export function pollDelay(attempt: number, retryAfterSeconds?: number): number {
  const backoff = Math.min(MAX_POLL_MS, FIRST_POLL_MS * 2 ** Math.max(0, attempt));
  return Math.max(backoff, (retryAfterSeconds ?? 0) * 1000);
}

/** The next wait, or 'give-up' when it would end after GIVE_UP_MS since the return. */
export function nextPoll(attempt: number, elapsedMs: number, retryAfterSeconds?: number): number | 'give-up' {
  const delay = pollDelay(attempt, retryAfterSeconds);
  return elapsedMs + delay > GIVE_UP_MS ? 'give-up' : delay;
}

const FINAL: readonly PaymentStatus[] = ['completed', 'failed', 'cancelled', 'expired'];

/** A status the widgets do not know is treated as pending: never shown as paid. */
export function knownStatus(status: string): PaymentStatus {
  return (FINAL as readonly string[]).includes(status) ? (status as PaymentStatus) : 'pending';
}

/** Failed, cancelled or expired: the documents are due again and a new attempt is offered. */
export function isUnsuccessful(status: string): boolean {
  const s = knownStatus(status);
  return s === 'failed' || s === 'cancelled' || s === 'expired';
}

/**
 * The payment still covers its documents ("w trakcie księgowania"): pending (or unknown), or
 * completed but not booked yet. The mock API marks documents with this rule, the widgets read the
 * mark (`paymentInProgress`).
 */
export function coversDocuments(payment: Pick<Payment, 'status' | 'postedAt'>): boolean {
  const s = knownStatus(payment.status);
  return s === 'pending' || (s === 'completed' && !payment.postedAt);
}

/** The status word of a payment (history, an invoice's payments): completed but not booked is "being posted". */
export type HistoryStatus = 'pending' | 'completed' | 'posting' | 'failed' | 'cancelled' | 'expired';

export function historyStatus(p: Pick<Payment, 'status' | 'postedAt'>): HistoryStatus {
  const s = knownStatus(p.status);
  return s === 'completed' && !p.postedAt ? 'posting' : s;
}
