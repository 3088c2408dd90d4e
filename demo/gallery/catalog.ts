/**
 * What the gallery shows: every widget with every state, as `preview` data (no network, no timers,
 * no randomness). Reuses each widget's own sample states; the balance tile has none of its own, so
 * its states are built here, and the usage samples are completed with the water and mobile-data
 * metering points of the mock personas.
 */
import { ApiError } from '../../widgets/core/api/errors';
import type { BalanceDocument, BalanceSummary, MeteringPoint, Money } from '../../widgets/core/api/types';
import type { BalanceState } from '../../widgets/balance/ebok-balance';
import type { InvoicesState } from '../../widgets/invoices/ebok-invoices';
import type { UsageState } from '../../widgets/usage/ebok-usage';
import type { LoginState } from '../../widgets/login/ebok-login';
import type { ContactState } from '../../widgets/contact/ebok-contact';
import { sampleInvoices } from '../../widgets/invoices/invoices-samples';
import { SAMPLE_POINTS, sampleSeries } from '../../widgets/usage/usage-samples';
import { loginStates } from '../../widgets/login/login-states';
import { CONTACT_PREVIEW_STATES } from '../../widgets/contact/contact-preview';
import { personaByKey } from '../../mocks/data/personas';

export type WidgetId = 'login' | 'balance' | 'invoices' | 'usage' | 'contact';

/** One state of one widget, as the gallery renders it. */
export interface Sample {
  /** Stable id (URLs, tests, screenshots). */
  id: string;
  /** Caption for designers (Polish). */
  label: string;
  /** The `preview` state. */
  state: unknown;
  /** Other properties to set on the element (e.g. a fixed `today`). */
  props?: Record<string, unknown>;
  /** Attributes to set on the element. */
  attrs?: Record<string, string>;
}

export interface WidgetEntry {
  id: WidgetId;
  tag: string;
  /** Name in the gallery's navigation (Polish, as customers know it). */
  name: string;
  /** Loads the element's module (defines the tag). */
  load: () => Promise<unknown>;
  /** Built on each call: some states are relative to "now" (e.g. "locked for 15 minutes"). */
  samples: () => Sample[];
  /** The states issue 9 requires to be shown (ids of `samples()`). */
  required: readonly string[];
  /** The element as an operator pastes it. */
  example: string;
}

/** The day the dated samples are evaluated on, so they never change with the calendar. */
export const GALLERY_TODAY = '2026-10-15';
const PLN = (minor: number): Money => ({ minor, currency: 'PLN' });
const LIMIT = PLN(430_000);

// ---------------------------------------------------------------- balance

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
  return { status: 'ready', today: GALLERY_TODAY, summary, ...extra };
}

const debt = balanceSummary([balanceDoc('1', '2026-10-05', 28_743), balanceDoc('2', '2026-10-12', 31_218, 11_218), balanceDoc('3', '2026-10-29', 18_900)]);

function balanceSamples(): Sample[] {
  const s = (id: string, label: string, state: BalanceState): Sample => ({ id, label, state });
  return [
    s('signed-out', 'Niezalogowany', { status: 'signed-out' }),
    s('loading', 'Ładowanie', { status: 'loading' }),
    s('error', 'Błąd (brak sieci)', { status: 'error', error: new ApiError({ kind: 'offline' }) }),
    s('error-server', 'Błąd serwera', { status: 'error', error: new ApiError({ kind: 'server', status: 503 }) }),
    s('debt', 'Zaległość — czerwone', balanceReady(debt)),
    s('credit', 'Nadpłata — niebieskie', balanceReady(balanceSummary([balanceDoc('4', '2026-10-29', 18_937)], 25_000))),
    s('credit-only', 'Nadpłata, brak dokumentów', balanceReady(balanceSummary([], 4_500))),
    s('upcoming', 'Neutralne — płatność za 5 dni', balanceReady(balanceSummary([balanceDoc('5', '2026-10-20', 14_290)], 2_000))),
    s('upcoming-today', 'Neutralne — termin dzisiaj', balanceReady(balanceSummary([balanceDoc('6', GALLERY_TODAY, 9_680)]))),
    s('upcoming-tomorrow', 'Neutralne — termin jutro', balanceReady(balanceSummary([balanceDoc('7', '2026-10-16', 9_680)]))),
    s('empty', 'Pusto — nic do zapłaty', balanceReady(balanceSummary([]))),
    s('payment-pending', 'Płatność w toku', balanceReady(debt, { payment: { status: 'pending' } })),
    s('payment-error', 'Płatność — błąd', balanceReady(debt, { payment: { status: 'error', error: new ApiError({ kind: 'server' }) } })),
    s('payment-over-limit', 'Płatność — ponad limit bramki', balanceReady(debt, { payment: { status: 'over-limit', limit: PLN(50_000) } })),
  ];
}

// ---------------------------------------------------------------- invoices

function invoicesSamples(): Sample[] {
  const invoices = sampleInvoices(45, { today: GALLERY_TODAY });
  const open = invoices.filter((i) => i.status !== 'paid').map((i) => i.id);
  const payment = {
    id: 'pay-000001',
    amount: PLN(1234),
    invoiceIds: open,
    gatewayUrl: 'https://platnosci.example.pl/pay/pay-000001',
    createdAt: '2026-10-15T12:00:00+02:00',
    updatedAt: '2026-10-15T12:00:00+02:00',
    documents: [],
    status: 'pending' as const,
  };
  const s = (id: string, label: string, state: InvoicesState): Sample => ({ id, label, state });
  return [
    s('signed-out', 'Niezalogowany', { status: 'signed-out' }),
    s('loading', 'Ładowanie', { status: 'loading' }),
    s('error', 'Błąd serwera', { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) }),
    s('rate-limited', 'Za dużo zapytań', { status: 'error', error: new ApiError({ kind: 'rate_limited', status: 429, retryAfterSeconds: 22 }) }),
    s('empty', 'Pusto — brak faktur', { status: 'ready', invoices: [] }),
    s('list', 'Lista: przeterminowane, częściowo opłacone, opłacone', { status: 'ready', invoices, limit: LIMIT }),
    s('selected', 'Wybrane do zapłaty', { status: 'ready', invoices, limit: LIMIT, selected: open }),
    s('selected-over-limit', 'Wybrane ponad limit bramki', { status: 'ready', invoices, limit: PLN(1000), selected: open }),
    s('payment-pending', 'Płatność w toku', { status: 'ready', invoices, limit: LIMIT, selected: open, payment: { status: 'pending' } }),
    s('payment-redirecting', 'Przekierowanie do bramki', { status: 'ready', invoices, limit: LIMIT, selected: open, payment: { status: 'redirecting', payment } }),
    s('payment-error', 'Płatność — błąd', {
      status: 'ready',
      invoices,
      limit: LIMIT,
      selected: open,
      payment: { status: 'error', error: new ApiError({ kind: 'offline' }) },
    }),
    s('older-loading', 'Doczytywanie starszych faktur', { status: 'ready', invoices: invoices.slice(0, 30), total: 9000 }),
    s('older-failed', 'Starsze faktury — błąd', { status: 'ready', invoices: invoices.slice(0, 30), total: 9000, moreError: new ApiError({ kind: 'timeout' }) }),
  ];
}

// ---------------------------------------------------------------- usage

const USAGE_TODAY = '2026-10-15';
const waterPoints: MeteringPoint[] = personaByKey('olena').points.map((p) => p.point);
const mobilePoints: MeteringPoint[] = personaByKey('ivan').points.map((p) => p.point);

function usageSamples(): Sample[] {
  const props = { today: USAGE_TODAY };
  const s = (id: string, label: string, state: UsageState): Sample => ({ id, label, state, props });
  const month = (from: string, count: number, previousCount: number, scale: number, point: MeteringPoint) =>
    sampleSeries({ granularity: 'month', from, count, previousCount, scale, unit: point.unit, point: point.id });
  return [
    s('signed-out', 'Niezalogowany', { status: 'signed-out' }),
    s('loading', 'Ładowanie', { status: 'loading' }),
    s('error', 'Błąd serwera', { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) }),
    s('empty', 'Pusto — brak odczytów w okresie', {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'mp-1',
      period: 'month',
      anchor: '2020-01-01',
      series: { status: 'ready', series: { ...sampleSeries({ granularity: 'day', from: '2020-01-01', count: 0 }), to: '2020-01-31' } },
    }),
    s('no-points', 'Pusto — brak punktów poboru', { status: 'ready', points: [], series: { status: 'loading' } }),
    s('electricity', 'Prąd — rok, suma punktów', {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'all',
      period: 'year',
      anchor: USAGE_TODAY,
      series: {
        status: 'ready',
        series: sampleSeries({
          granularity: 'month',
          from: '2026-01-01',
          count: 9,
          previousCount: 12,
          scale: 250,
          excludedPoints: [{ id: 'mp-3', reason: 'different_unit' }],
        }),
      },
    }),
    s('electricity-month', 'Prąd — miesiąc, dni', {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'mp-1',
      period: 'month',
      anchor: '2026-09-01',
      series: { status: 'ready', series: sampleSeries({ granularity: 'day', from: '2026-09-01', count: 30, scale: 9 }) },
    }),
    s('electricity-day', 'Prąd — doba, co 15 minut', {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'mp-1',
      period: 'day',
      anchor: '2026-10-14',
      series: { status: 'ready', series: sampleSeries({ granularity: 'quarter_hour', from: '2026-10-14', count: 96, scale: 0.1 }) },
    }),
    s('water', 'Woda (m³)', {
      status: 'ready',
      points: waterPoints,
      point: waterPoints[0]!.id,
      period: 'year',
      anchor: USAGE_TODAY,
      series: { status: 'ready', series: month('2026-01-01', 9, 12, 4, waterPoints[0]!) },
    }),
    s('mobile', 'Internet mobilny (GB)', {
      status: 'ready',
      points: mobilePoints,
      point: mobilePoints[0]!.id,
      period: 'year',
      anchor: USAGE_TODAY,
      series: { status: 'ready', series: month('2026-01-01', 9, 12, 12, mobilePoints[0]!) },
    }),
    s('series-loading', 'Ładowanie serii', { status: 'ready', points: SAMPLE_POINTS, series: { status: 'loading' } }),
    s('series-error', 'Seria — błąd', { status: 'ready', points: SAMPLE_POINTS, series: { status: 'error', error: new ApiError({ kind: 'offline' }) } }),
  ];
}

// ---------------------------------------------------------------- login

const LOGIN_LABELS: Record<string, string> = {
  checking: 'Ładowanie (sprawdzanie sesji)',
  credentials: 'Niezalogowany — formularz',
  'credentials-busy': 'Logowanie w toku',
  'credentials-missing': 'Puste pola',
  'credentials-invalid-identifier': 'Błędny e-mail',
  'wrong-password': 'Złe hasło (2 próby)',
  'wrong-password-last': 'Złe hasło (ostatnia próba)',
  locked: 'Konto zablokowane na 15 minut',
  'locked-unknown': 'Konto zablokowane',
  'rate-limited': 'Za dużo prób',
  'rate-limit-over': 'Za dużo prób — można ponowić',
  unavailable: 'Usługa niedostępna',
  offline: 'Błąd — brak sieci',
  'server-error': 'Błąd serwera',
  'signed-out-idle': 'Wylogowano po bezczynności',
  'signed-out-expired': 'Sesja wygasła',
  'signed-out-user': 'Wylogowano',
  'challenge-gone': 'Kod SMS już nieważny',
  code: 'Kod SMS',
  'code-busy': 'Kod SMS — sprawdzanie',
  'code-format': 'Kod SMS — zły format',
  'code-invalid': 'Kod SMS — błędny',
  'code-expired': 'Kod SMS — wygasł',
  'code-resending': 'Kod SMS — wysyłanie ponownie',
  'code-resent': 'Kod SMS — wysłany ponownie',
  reset: 'Reset hasła',
  'reset-busy': 'Reset hasła — wysyłanie',
  'reset-invalid': 'Reset hasła — błędny e-mail',
  'reset-rate-limited': 'Reset hasła — za dużo prób',
  'reset-sent': 'Reset hasła — wysłano link',
  'signed-in': 'Zalogowany',
  'signed-in-long-name': 'Zalogowany — długa nazwa firmy',
  'idle-warning': 'Ostrzeżenie przed wylogowaniem',
};

function loginSamples(): Sample[] {
  return Object.entries(loginStates()).map(([id, state]: [string, LoginState]) => ({
    id,
    label: LOGIN_LABELS[id] ?? id,
    state,
    attrs: { identifiers: 'email customerNumber' },
  }));
}

// ---------------------------------------------------------------- contact

const CONTACT_LABELS: Record<keyof typeof CONTACT_PREVIEW_STATES, string> = {
  loading: 'Ładowanie',
  optionsError: 'Błąd — nie wczytano tematów',
  anonymous: 'Niezalogowany — pusty formularz',
  signedIn: 'Zalogowany, z historią zgłoszeń',
  errors: 'Błędy walidacji',
  attachments: 'Załączniki i odrzucone pliki',
  sending: 'Wysyłanie (postęp)',
  offline: 'Wysyłka nieudana — brak sieci',
  rateLimited: 'Wysyłka wstrzymana — za dużo prób',
  conflict: 'Konflikt — wysłać jako nowe?',
  resumed: 'Przywrócona wysyłka po odświeżeniu',
  sent: 'Wysłano — numer zgłoszenia',
  copyFailed: 'Wysłano — kopiowanie nieudane',
  historyLoading: 'Historia — ładowanie',
  historyError: 'Historia — błąd',
  historyEmpty: 'Pusto — brak zgłoszeń',
};

function contactSamples(): Sample[] {
  return (Object.entries(CONTACT_PREVIEW_STATES) as [keyof typeof CONTACT_PREVIEW_STATES, ContactState][]).map(([id, state]) => ({
    id,
    label: CONTACT_LABELS[id],
    state,
  }));
}

// ---------------------------------------------------------------- the catalogue

export const WIDGETS: readonly WidgetEntry[] = [
  {
    id: 'login',
    tag: 'ebok-login',
    name: 'Logowanie',
    load: () => import('../../widgets/login/ebok-login'),
    samples: loginSamples,
    required: ['credentials', 'checking', 'server-error', 'wrong-password', 'locked', 'code', 'reset-sent', 'signed-in', 'idle-warning'],
    example: '<ebok-login identifiers="email customerNumber" registration-url="https://www.operator.pl/rejestracja"></ebok-login>',
  },
  {
    id: 'balance',
    tag: 'ebok-balance',
    name: 'Saldo',
    load: () => import('../../widgets/balance/ebok-balance'),
    samples: balanceSamples,
    required: ['signed-out', 'loading', 'empty', 'error', 'debt', 'credit', 'upcoming'],
    example: '<ebok-balance></ebok-balance>',
  },
  {
    id: 'invoices',
    tag: 'ebok-invoices',
    name: 'Faktury',
    load: () => import('../../widgets/invoices/ebok-invoices'),
    samples: invoicesSamples,
    required: ['signed-out', 'loading', 'empty', 'error', 'list'],
    example: '<ebok-invoices page-size="20" sort="-issueDate"></ebok-invoices>',
  },
  {
    id: 'usage',
    tag: 'ebok-usage',
    name: 'Zużycie',
    load: () => import('../../widgets/usage/ebok-usage'),
    samples: usageSamples,
    required: ['signed-out', 'loading', 'empty', 'error', 'electricity', 'water', 'mobile'],
    example: '<ebok-usage period="year"></ebok-usage>',
  },
  {
    id: 'contact',
    tag: 'ebok-contact',
    name: 'Kontakt',
    load: () => import('../../widgets/contact/ebok-contact'),
    samples: contactSamples,
    required: ['anonymous', 'loading', 'historyEmpty', 'optionsError', 'errors', 'sent'],
    example: '<ebok-contact></ebok-contact>',
  },
];

export function widgetById(id: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.id === id);
}
