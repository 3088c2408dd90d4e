/**
 * Payment history of the personas and their transfer details: what an operator's system would
 * know of payments made before today (online through the gateway, or by plain transfer).
 */
import type { Customer, Invoice, Payment, PaymentMethod, TransferDetails } from '../../widgets/core/api/types';
import { addDays, formatWarsaw, warsawMidnightUtc } from './dates';

const METHODS: readonly PaymentMethod[] = ['blik', 'fast_transfer', 'transfer', 'blik', 'card'];
const HOUR = 3_600_000;

/** The operator the personas are customers of (the recipient of their transfers). */
export const RECIPIENT = { name: 'Energia Polska S.A.', address: 'ul. Prosta 20, 00-850 Warszawa' } as const;

/**
 * An individual account number (NRB) for a customer: the operator's bank branch, a 16-digit
 * account built from the customer number, and the two check digits of ISO 13616 (mod 97).
 */
export function individualAccountNumber(customerNumber: string): string {
  const bban = `10901014${customerNumber.replace(/\D/g, '').padStart(16, '0').slice(-16)}`;
  // "PL" is 25 21 in the mod-97 alphabet; the check digits are computed over BBAN + PL + 00.
  const check = 98n - (BigInt(`${bban}252100`) % 97n);
  return `${String(check).padStart(2, '0')}${bban}`;
}

export function transferDetails(customer: Customer, qr: boolean): TransferDetails {
  return {
    recipient: { ...RECIPIENT },
    accountNumber: individualAccountNumber(customer.customerNumber),
    title: `Klient ${customer.customerNumber}`,
    qr,
  };
}

/**
 * One completed and posted payment for each paid invoice of the last two years (a few days
 * before it was due), newest first; the rest of the archive is not paged through here.
 */
export function paymentHistory(invoices: readonly Invoice[], today: string): Payment[] {
  const since = addDays(today, -730);
  return invoices
    .filter((i) => i.status === 'paid' && i.issueDate >= since)
    .map((invoice, index) => {
      const paidDay = addDays(invoice.dueDate, -((index % 4) + 1));
      const at = warsawMidnightUtc(paidDay) + (9 + (index % 9)) * HOUR;
      const method = METHODS[index % METHODS.length]!;
      return {
        id: `pay-h${invoice.id.replace(/^inv-/, '')}`,
        amount: { ...invoice.amount },
        invoiceIds: [invoice.id],
        documents: [{ id: invoice.id, number: invoice.number }],
        status: 'completed' as const,
        method,
        gatewayUrl: `https://platnosci.example.pl/pay/h${invoice.id}`,
        createdAt: formatWarsaw(at),
        updatedAt: formatWarsaw(at + 40_000),
        // Online payments are posted the next morning, a plain transfer a day later.
        postedAt: formatWarsaw(warsawMidnightUtc(addDays(paidDay, method === 'transfer' ? 2 : 1)) + 6 * HOUR),
      };
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}
