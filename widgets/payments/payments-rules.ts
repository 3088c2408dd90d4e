/**
 * Pure rules of <ebok-payments>: the status a history row shows, the pages, the years offered and
 * the payment QR code's text. No DOM, no clock of their own.
 */
import type { Money, TransferDetails } from '../core/api/types';
import { normalizeAccountNumber } from '../core/validators';

// One status rule for the history and an invoice's payments (invoices shows them too).
export { historyStatus, type HistoryStatus } from '../core/payment-rules';

/** The years the filter offers: this one and the four before it, newest first. */
export function yearsOffered(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [0, 1, 2, 3, 4].map((i) => year - i);
}

/** ZBP's limits for the QR fields (characters). */
const RECIPIENT_MAX = 20;
const TITLE_MAX = 32;

/**
 * The text of a payment QR code in the format Polish banking apps scan (Związek Banków Polskich,
 * "Rekomendacja dotycząca kodu QR"): `NIP|PL|NRB|amount in grosze (6 digits)|recipient|title|||`.
 * The recipient's NIP is left empty (optional); an amount above 9 999,99 zł, zero or in another
 * currency is left empty too, for the customer to type. Undefined when the account number fails
 * mod-97: such a code must never be offered.
 */
export function transferQrText(details: TransferDetails, amount: Money | undefined): string | undefined {
  const nrb = normalizeAccountNumber(details.accountNumber);
  if (!nrb) return undefined;
  const clean = (s: string, max: number) => s.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
  const grosze = amount && amount.currency === 'PLN' && amount.minor > 0 && amount.minor <= 999_999 ? String(amount.minor).padStart(6, '0') : '';
  return `|PL|${nrb}|${grosze}|${clean(details.recipient.name, RECIPIENT_MAX)}|${clean(details.title, TITLE_MAX)}|||`;
}
