/**
 * Every state of <ebok-invoices>, named, for the gallery and the state test (invoices-states.test.ts).
 * Not imported by the element, so it never ships.
 */
import { ApiError } from '../core/api/errors';
import type { Money, Payment } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import { sampleInvoices } from './invoices-samples';
import type { InvoicePaymentsState, InvoicesState } from './invoices-view';

/** The day the dated states are evaluated on. */
export const STATES_TODAY = '2026-10-15';
const PLN = (minor: number): Money => ({ minor, currency: 'PLN' });
const LIMIT = PLN(430_000);

/** Every state of the list. */
export function invoicesStates(): WidgetStates<InvoicesState> {
  const invoices = sampleInvoices(45, { today: STATES_TODAY });
  const open = invoices.filter((i) => i.status !== 'paid').map((i) => i.id);
  const payment = {
    id: 'pay-000001',
    amount: PLN(1234),
    invoiceIds: open,
    gatewayUrl: 'https://platnosci.example.pl/pay/pay-000001',
    createdAt: '2026-10-15T12:00:00+02:00',
    updatedAt: '2026-10-15T12:00:00+02:00',
    documents: invoices.filter((i) => open.includes(i.id)).map((i) => ({ id: i.id, number: i.number })),
    status: 'pending' as const,
  };
  const s = (label: string, state: InvoicesState): WidgetState<InvoicesState> => ({ label, state });
  // Row details: the first paid invoice of the first page, paid by BLIK and posted; the first open one being posted.
  const paid = invoices.find((i) => i.status === 'paid')!;
  const paidBy: Payment = {
    ...payment,
    id: 'pay-000077',
    amount: { ...paid.amount },
    invoiceIds: [paid.id],
    documents: [{ id: paid.id, number: paid.number }],
    status: 'completed',
    method: 'blik',
    createdAt: `${paid.dueDate}T09:12:00+02:00`,
    updatedAt: `${paid.dueDate}T09:12:40+02:00`,
    postedAt: `${paid.dueDate}T23:00:00+02:00`,
  };
  const details = (state: InvoicePaymentsState) => ({ [paid.id]: state });
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    loading: s('Ładowanie', { status: 'loading' }),
    error: s('Błąd serwera', { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) }),
    'rate-limited': s('Za dużo zapytań', { status: 'error', error: new ApiError({ kind: 'rate_limited', status: 429, retryAfterSeconds: 22 }) }),
    empty: s('Pusto — brak faktur', { status: 'ready', invoices: [] }),
    list: s('Lista: przeterminowane, częściowo opłacone, opłacone', { status: 'ready', invoices, limit: LIMIT }),
    'read-only': s('Konto tylko do wglądu (bez wyboru i „Zapłać”)', { status: 'ready', invoices, limit: LIMIT, readOnly: true }),
    selected: s('Wybrane do zapłaty', { status: 'ready', invoices, limit: LIMIT, selected: open }),
    'selected-over-limit': s('Wybrane ponad limit bramki', { status: 'ready', invoices, limit: PLN(1000), selected: open }),
    'payment-pending': s('Płatność w toku', { status: 'ready', invoices, limit: LIMIT, selected: open, payment: { status: 'pending' } }),
    'payment-redirecting': s('Przekierowanie do bramki', { status: 'ready', invoices, limit: LIMIT, selected: open, payment: { status: 'redirecting', payment } }),
    'payment-error': s('Płatność — błąd', {
      status: 'ready',
      invoices,
      limit: LIMIT,
      selected: open,
      payment: { status: 'error', error: new ApiError({ kind: 'offline' }) },
    }),
    'payment-over-limit': s('Płatność — ponad limit bramki', { status: 'ready', invoices, selected: open, payment: { status: 'over-limit', limit: LIMIT } }),
    posting: s('Faktura w trakcie księgowania', {
      status: 'ready',
      invoices: invoices.map((i) => (i.id === open[0] ? { ...i, paymentInProgress: { paymentId: 'pay-000001', status: 'completed' as const } } : i)),
      limit: LIMIT,
    }),
    'payment-confirm': s('Zapłacić mimo księgowania?', { status: 'ready', invoices, limit: LIMIT, selected: open, payment: { status: 'confirm', count: 1 } }),
    'return-pending': s('Po bramce — w trakcie realizacji', { status: 'ready', invoices, limit: LIMIT, returned: { phase: 'pending', payment } }),
    'return-completed': s('Po bramce — przyjęta', {
      status: 'ready',
      invoices,
      limit: LIMIT,
      returned: { phase: 'final', payment: { ...payment, status: 'completed', postedAt: '2026-10-15T12:05:00+02:00' } },
    }),
    'return-failed': s('Po bramce — odmowa banku', {
      status: 'ready',
      invoices,
      limit: LIMIT,
      returned: { phase: 'final', payment: { ...payment, status: 'failed', failureReason: 'declined' } },
    }),
    'details-paid': s('Szczegóły: płatność za fakturę (BLIK, zaksięgowana)', {
      status: 'ready',
      invoices,
      limit: LIMIT,
      expanded: [paid.id],
      details: details({ status: 'ready', payments: [paidBy, { ...paidBy, id: 'pay-000076', status: 'failed', failureReason: 'declined', method: 'card', postedAt: undefined }] }),
    }),
    'details-posting': s('Szczegóły: płatność w trakcie księgowania', {
      status: 'ready',
      invoices,
      limit: LIMIT,
      expanded: [paid.id],
      details: details({ status: 'ready', payments: [{ ...paidBy, postedAt: undefined, method: undefined }] }),
    }),
    'details-loading': s('Szczegóły: sprawdzanie płatności', { status: 'ready', invoices, limit: LIMIT, expanded: [paid.id], details: details({ status: 'loading' }) }),
    'details-error': s('Szczegóły: błąd', {
      status: 'ready',
      invoices,
      limit: LIMIT,
      expanded: [paid.id],
      details: details({ status: 'error', error: new ApiError({ kind: 'timeout' }) }),
    }),
    'details-none': s('Szczegóły: brak płatności w historii', { status: 'ready', invoices, limit: LIMIT, expanded: [paid.id], details: details({ status: 'ready', payments: [] }) }),
    'open-not-found': s('Otwarcie faktury z wiadomości — nie znaleziono', { status: 'ready', invoices, limit: LIMIT, openNotFound: 'FV/2024/03/000118' }),
    'older-loading': s('Doczytywanie starszych faktur', { status: 'ready', invoices: invoices.slice(0, 30), total: 9000 }),
    'older-failed': s('Starsze faktury — błąd', { status: 'ready', invoices: invoices.slice(0, 30), total: 9000, moreError: new ApiError({ kind: 'timeout' }) }),
  };
}
