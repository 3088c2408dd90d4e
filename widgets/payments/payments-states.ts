/**
 * Every state of <ebok-payments>, named, for the gallery and the state test (payments-states.test.ts).
 * Not imported by the element, so it never ships.
 */
import { ApiError } from '../core/api/errors';
import type { Money, Payment, PaymentPage, TransferDetails } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import { encodeQr } from './qr';
import { transferQrText } from './payments-rules';
import type { PaymentsState } from './payments-view';

const PLN = (minor: number): Money => ({ minor, currency: 'PLN' });
const YEARS = [2026, 2025, 2024, 2023, 2022];

export const STATES_DETAILS: TransferDetails = {
  recipient: { name: 'Energia Polska S.A.', address: 'ul. Prosta 20, 00-850 Warszawa' },
  accountNumber: '61109010140000071219812874',
  title: 'Klient 10004521',
  qr: true,
};

function payment(n: number, status: Payment['status'], extra: Partial<Payment> = {}): Payment {
  const day = String(28 - n).padStart(2, '0');
  return {
    id: `pay-s${n}`,
    amount: PLN(18_900 + n * 3_117),
    invoiceIds: [`inv-${n}`],
    documents: [{ id: `inv-${n}`, number: `FV/2026/09/00045${n}` }],
    status,
    method: 'blik',
    gatewayUrl: `https://platnosci.example.pl/pay/s${n}`,
    createdAt: `2026-10-${day}T09:1${n % 10}:00+02:00`,
    updatedAt: `2026-10-${day}T09:1${n % 10}:40+02:00`,
    ...(status === 'completed' ? { postedAt: `2026-10-${day}T23:00:00+02:00` } : {}),
    ...extra,
  };
}

const ITEMS: Payment[] = [
  payment(1, 'pending', { method: undefined }),
  payment(2, 'completed', { postedAt: undefined, method: 'fast_transfer' }),
  payment(3, 'completed', { documents: [{ id: 'a', number: 'FV/2026/08/000451' }, { id: 'b', number: 'KOR/2026/08/000012' }] }),
  payment(4, 'failed', { failureReason: 'insufficient_funds', method: 'card' }),
  payment(5, 'cancelled'),
  payment(6, 'expired'),
  payment(7, 'completed', { method: 'transfer' }),
  payment(8, 'completed', { method: 'cash' }),
];

const page = (items: Payment[], total = items.length, n = 1): PaymentPage => ({ items, page: n, pageSize: 10, total });

function ready(extra: Partial<Extract<PaymentsState, { status: 'ready' }>> = {}): PaymentsState {
  return {
    status: 'ready',
    history: { status: 'ready', page: page(ITEMS) },
    transfer: { status: 'ready', details: STATES_DETAILS, amount: PLN(59_961) },
    year: undefined,
    years: YEARS,
    ...extra,
  };
}

export function paymentsStates(): WidgetStates<PaymentsState> {
  const s = (label: string, state: PaymentsState): WidgetState<PaymentsState> => ({ label, state });
  const qrText = transferQrText(STATES_DETAILS, PLN(59_961))!;
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    loading: s('Ładowanie', { status: 'loading' }),
    ready: s('Historia i dane do przelewu', ready()),
    paged: s('Historia — strona 2 z 3', ready({ history: { status: 'ready', page: page(ITEMS.slice(0, 6), 26, 2) }, year: 2026 })),
    empty: s('Brak płatności w roku', ready({ history: { status: 'ready', page: page([], 0) }, year: 2022 })),
    'history-loading': s('Historia — ładowanie', ready({ history: { status: 'loading' } })),
    'history-error': s('Historia — błąd', ready({ history: { status: 'error', error: new ApiError({ kind: 'server', status: 503 }) } })),
    'transfer-error': s('Dane do przelewu — błąd', ready({ transfer: { status: 'error', error: new ApiError({ kind: 'offline' }) } })),
    'no-qr': s('Bez kodu QR (operator go nie oferuje)', ready({ transfer: { status: 'ready', details: { ...STATES_DETAILS, qr: false }, amount: undefined } })),
    'bad-account': s('Numer konta nie przechodzi mod-97', ready({ transfer: { status: 'ready', details: { ...STATES_DETAILS, accountNumber: '61109010140000071219812875' }, amount: PLN(59_961) } })),
    qr: s('Kod QR pokazany', ready({ qr: { status: 'shown', modules: encodeQr(qrText) } })),
    copied: s('Skopiowano numer konta', ready({ copied: 'account' })),
    opened: s('Otwarta z faktury — płatność zaznaczona', ready({ opened: { status: 'shown', id: 'pay-s3' } })),
    'open-looking': s('Otwieranie płatności z faktury', ready({ opened: { status: 'looking', id: 'pay-s3' } })),
    'open-not-found': s('Otwieranie płatności — nie znaleziono', ready({ opened: { status: 'not-found', id: 'pay-x' } })),
  };
}
