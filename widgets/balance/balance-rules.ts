/**
 * Pure rules of the balance tile: the colour and the figures it shows (the .ics reminder is in
 * balance-calendar.ts, fetched when a customer adds one).
 * No DOM, no clock of their own: "today" is always passed in, so every boundary is testable.
 */
import type { BalanceDocument, BalanceSummary, Money } from '../core/api/types';
import { sumMoney } from '../core/format';

/**
 * The tile's colour:
 * - `debt` (red): at least one unpaid document is past its due date. Due dates are calendar days
 *   in Europe/Warsaw: due today is not overdue, due yesterday is. Red wins over everything else.
 * - `credit` (blue): there is a credit (> 0) and it covers every unpaid document (credit ≥ the sum
 *   of what remains), and nothing is overdue. A credit one grosz short of the total is not blue.
 * - `neutral`: everything else — nothing to pay, only upcoming documents, or a credit that does not
 *   cover them.
 */
export type BalanceTone = 'debt' | 'credit' | 'neutral';

/** Past due: the due day is before today (both "YYYY-MM-DD" Warsaw days, which compare as strings). */
export function isOverdue(doc: Pick<BalanceDocument, 'dueDate'>, today: string): boolean {
  return doc.dueDate < today;
}

/**
 * Documents a payment already covers ("w trakcie księgowania", `paymentInProgress`) are left out of
 * the colour and of "Zapłać" (the API's `scope: balance` leaves them out too): the customer paid them.
 */
function open(documents: readonly BalanceDocument[]): BalanceDocument[] {
  return documents.filter((d) => !d.paymentInProgress);
}

export function balanceTone(all: Pick<BalanceSummary, 'documents' | 'credit' | 'currency'>, today: string): BalanceTone {
  const summary = { ...all, documents: open(all.documents) };
  if (summary.documents.some((d) => isOverdue(d, today))) return 'debt';
  const unpaid = totalRemaining(summary.documents, summary.currency);
  if (summary.credit.minor > 0 && summary.credit.minor >= unpaid.minor) return 'credit';
  return 'neutral';
}

function totalRemaining(documents: readonly BalanceDocument[], currency: string): Money {
  return sumMoney(documents.map((d) => d.remaining), currency);
}

export interface DueGroup {
  /** The Warsaw due day. */
  dueDate: string;
  /** What remains on the documents due that day. */
  amount: Money;
  documents: BalanceDocument[];
  /**
   * The credit pays it: nothing is overdue and the credit is at least what is due that day, so the
   * customer need not pay it (the tile must not present it as a payment that is coming).
   */
  covered: boolean;
}

export interface BalanceFigures {
  tone: BalanceTone;
  /** Sum of what remains on every unpaid document. */
  unpaid: Money;
  credit: Money;
  /** What "Zapłać" pays: unpaid minus credit, never below zero (the API's `scope: balance`). */
  toPay: Money;
  overdue: { total: Money; count: number };
  /** The earliest due day that is today or later, with everything due that day. */
  next: DueGroup | undefined;
  /** Every unpaid document not covered by a payment in progress, the intent of a balance payment. */
  invoiceIds: string[];
  /** What remains on the documents a payment in progress covers ("w trakcie księgowania"). */
  posting: { total: Money; count: number };
}

/** Everything the tile shows, from the API's summary and today's Warsaw day. Integer grosze only. */
export function balanceFigures(all: BalanceSummary, today: string): BalanceFigures {
  const summary = { ...all, documents: open(all.documents) };
  const { currency } = summary;
  const posting = all.documents.filter((d) => d.paymentInProgress);
  const unpaid = totalRemaining(summary.documents, currency);
  const overdueDocs = summary.documents.filter((d) => isOverdue(d, today));
  const upcoming = summary.documents
    .filter((d) => !isOverdue(d, today))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const first = upcoming[0];
  const sameDay = first ? upcoming.filter((d) => d.dueDate === first.dueDate) : [];
  return {
    tone: balanceTone(summary, today),
    unpaid,
    credit: { ...summary.credit },
    toPay: { minor: Math.max(0, unpaid.minor - summary.credit.minor), currency },
    overdue: { total: totalRemaining(overdueDocs, currency), count: overdueDocs.length },
    next: first ? nextGroup(first.dueDate, totalRemaining(sameDay, currency), sameDay, summary.credit, overdueDocs.length) : undefined,
    invoiceIds: summary.documents.map((d) => d.id),
    posting: { total: totalRemaining(posting, currency), count: posting.length },
  };
}

function nextGroup(dueDate: string, amount: Money, documents: BalanceDocument[], credit: Money, overdue: number): DueGroup {
  return { dueDate, amount, documents, covered: overdue === 0 && credit.minor > 0 && credit.minor >= amount.minor };
}
