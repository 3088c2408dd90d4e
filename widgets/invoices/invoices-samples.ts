import type { Invoice, InvoiceStatus } from '../core/api/types';
import { addDays } from '../core/calendar';

/**
 * Synthetic invoices for the gallery, the state tests and the benchmark (data only, no network).
 * Deterministic: the same `count` and `today` always give the same list, newest first, one
 * invoice every `everyDays` days, with the statuses the API would derive.
 */
export function sampleInvoices(count: number, options: { today?: string; everyDays?: number } = {}): Invoice[] {
  const today = options.today ?? '2026-10-15';
  const every = options.everyDays ?? (count > 1000 ? 0.05 : 10);
  const out: Invoice[] = new Array<Invoice>(count);
  const perMonth = new Map<string, number>();
  let seed = 0x2f6b_1d3 ^ count;
  const random = () => {
    // xorshift32: fast, deterministic, good enough for sample data.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4_294_967_296;
  };
  for (let i = count - 1; i >= 0; i--) {
    const issueDate = addDays(today, -Math.floor(i * every + 3));
    const dueDate = addDays(issueDate, 14);
    const month = issueDate.slice(0, 7);
    const sequence = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, sequence);
    const amount = 2_000 + Math.floor(random() * 60_000);
    // The newest few are open (partly paid, unpaid, overdue); everything older is paid.
    const paid = i >= 6 ? amount : i === 0 || i === 3 || i === 5 ? Math.floor(amount / 2) : 0;
    const remaining = amount - paid;
    const status: InvoiceStatus = remaining <= 0 ? 'paid' : dueDate < today ? 'overdue' : paid > 0 ? 'partly_paid' : 'unpaid';
    out[i] = {
      id: `inv-s${String(count - i).padStart(6, '0')}`,
      number: `FV/${issueDate.slice(0, 4)}/${issueDate.slice(5, 7)}/${String(sequence).padStart(6, '0')}`,
      issueDate,
      dueDate,
      amount: { minor: amount, currency: 'PLN' },
      remaining: { minor: remaining, currency: 'PLN' },
      status,
    };
  }
  return out;
}

