/**
 * Every state of <ebok-balance>, named, for the gallery and the state test (balance-states.test.ts):
 * `el.preview = balanceStates().debt.state`. Not imported by the element, so it never ships.
 */
import { ApiError } from '../core/api/errors';
import type { BalanceDocument, BalanceSummary, Money, Payment } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import type { BalanceState } from './balance-view';

/** The day the dated states are evaluated on, so they never change with the calendar. */
export const STATES_TODAY = '2026-10-15';
const PLN = (minor: number): Money => ({ minor, currency: 'PLN' });
const LIMIT = PLN(430_000);

function balanceDoc(id: string, dueDate: string, minor: number, remaining = minor): BalanceDocument {
  return {
    id: `inv-${id}`,
    number: `FV/2026/${dueDate.slice(5, 7)}/0004${id}`,
    issueDate: '2026-09-28',
    dueDate,
    amount: PLN(minor),
    remaining: PLN(remaining),
  };
}

function balanceSummary(documents: BalanceDocument[], credit = 0): BalanceSummary {
  return { currency: 'PLN', documents, credit: PLN(credit), paymentLimit: LIMIT, asOf: '2026-10-15T07:40:00+02:00' };
}

function balanceReady(summary: BalanceSummary, extra: Partial<Extract<BalanceState, { status: 'ready' }>> = {}): BalanceState {
  return { status: 'ready', today: STATES_TODAY, summary, ...extra };
}

const debt = balanceSummary([balanceDoc('1', '2026-10-05', 28_743), balanceDoc('2', '2026-10-12', 31_218, 11_218), balanceDoc('3', '2026-10-29', 18_900)]);

const posting = balanceSummary([
  { ...balanceDoc('1', '2026-10-05', 28_743), paymentInProgress: { paymentId: 'pay-000001', status: 'pending' } },
  balanceDoc('3', '2026-10-29', 18_900),
]);

function paid(status: Payment['status'], extra: Partial<Payment> = {}): Payment {
  return {
    id: 'pay-000001',
    amount: PLN(28_743),
    invoiceIds: ['inv-1'],
    documents: [{ id: 'inv-1', number: 'FV/2026/10/00041' }],
    status,
    gatewayUrl: 'https://platnosci.example.pl/pay/pay-000001',
    createdAt: '2026-10-15T07:41:00+02:00',
    updatedAt: '2026-10-15T07:42:10+02:00',
    ...extra,
  };
}

/** Every state of the tile. */
export function balanceStates(): WidgetStates<BalanceState> {
  const s = (label: string, state: BalanceState): WidgetState<BalanceState> => ({ label, state });
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    loading: s('Ładowanie', { status: 'loading' }),
    error: s('Błąd (brak sieci)', { status: 'error', error: new ApiError({ kind: 'offline' }) }),
    'error-server': s('Błąd serwera', { status: 'error', error: new ApiError({ kind: 'server', status: 503 }) }),
    debt: s('Zaległość — czerwone', balanceReady(debt)),
    'read-only': s('Konto tylko do wglądu (bez „Zapłać”)', balanceReady(debt, { readOnly: true })),
    credit: s('Nadpłata — niebieskie', balanceReady(balanceSummary([balanceDoc('4', '2026-10-29', 18_937)], 25_000))),
    'credit-only': s('Nadpłata, brak dokumentów', balanceReady(balanceSummary([], 4_500))),
    upcoming: s('Neutralne — płatność za 5 dni', balanceReady(balanceSummary([balanceDoc('5', '2026-10-20', 14_290)], 2_000))),
    'upcoming-today': s('Neutralne — termin dzisiaj', balanceReady(balanceSummary([balanceDoc('6', STATES_TODAY, 9_680)]))),
    'upcoming-tomorrow': s('Neutralne — termin jutro', balanceReady(balanceSummary([balanceDoc('7', '2026-10-16', 9_680)]))),
    empty: s('Pusto — nic do zapłaty', balanceReady(balanceSummary([]))),
    'payment-pending': s('Płatność w toku', balanceReady(debt, { payment: { status: 'pending' } })),
    'payment-error': s('Płatność — błąd', balanceReady(debt, { payment: { status: 'error', error: new ApiError({ kind: 'server' }) } })),
    'payment-over-limit': s('Płatność — ponad limit bramki', balanceReady(debt, { payment: { status: 'over-limit', limit: PLN(50_000) } })),
    posting: s('Dokument w trakcie księgowania', balanceReady(posting)),
    'return-checking': s('Po bramce — sprawdzanie', balanceReady(debt, { returned: { phase: 'checking' } })),
    'return-pending': s('Po bramce — w trakcie realizacji', balanceReady(posting, { returned: { phase: 'pending', payment: paid('pending') } })),
    'return-gave-up': s('Po bramce — brak potwierdzenia po 10 min', balanceReady(posting, { returned: { phase: 'gave-up', payment: paid('pending') } })),
    'return-completed': s('Po bramce — przyjęta, w księgowaniu', balanceReady(posting, { returned: { phase: 'final', payment: paid('completed') } })),
    'return-failed': s('Po bramce — odmowa (brak środków)', balanceReady(debt, { returned: { phase: 'final', payment: paid('failed', { failureReason: 'insufficient_funds' }) } })),
    'return-cancelled': s('Po bramce — anulowana', balanceReady(debt, { returned: { phase: 'final', payment: paid('cancelled') } })),
    'return-expired': s('Po bramce — wygasła', balanceReady(debt, { returned: { phase: 'final', payment: paid('expired') } })),
    'return-not-found': s('Po bramce — nie znaleziono płatności', balanceReady(debt, { returned: { phase: 'not-found' } })),
  };
}
