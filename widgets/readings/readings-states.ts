/**
 * Every state of <ebok-readings>, named, for the gallery and the state test: `el.preview =
 * readingsStates().g12.state`. The meters and histories are the mock API's own (built for a fixed
 * day), so the gallery shows what the demo serves. Not imported by the element, so it never ships.
 */
import { buildFixtures, READING_PHOTO_RULES, type MeterFixture } from '../../mocks/data';
import { ApiError } from '../core/api/errors';
import type { MeteringPoint } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import type { ReadingFormState, ReadingsData, ReadingsState } from './readings-view';

/** The day the states are evaluated on, so they never change with the calendar. */
export const STATES_TODAY = '2026-10-15';

let built: ReturnType<typeof buildFixtures> | undefined;
function customer(key: string) {
  built ??= buildFixtures(STATES_TODAY);
  return built.customers.find((c) => c.persona.key === key)!;
}

function form(extra: Partial<ReadingFormState> = {}): ReadingFormState {
  return { raw: {}, date: STATES_TODAY, confirm: [], errors: {}, rollover: [], status: { kind: 'idle' }, ...extra };
}

function ready(key: string, meterId: string, extra: Partial<ReadingsData> = {}): ReadingsState {
  const c = customer(key);
  const m = c.meters().find((x) => x.meter.id === meterId) as MeterFixture;
  const points: MeteringPoint[] = c.points;
  return {
    status: 'ready',
    today: STATES_TODAY,
    points,
    point: m.meter.point,
    meters: { status: 'ready', value: { meters: [{ ...m.meter, ...(m.history[0] ? { lastReading: m.history[0] } : {}) }], photo: READING_PHOTO_RULES } },
    meter: m.meter.id,
    history: { status: 'ready', value: m.history },
    form: form(),
    ...extra,
  };
}

/** Every state of the widget. */
export function readingsStates(): WidgetStates<ReadingsState> {
  const s = (label: string, state: ReadingsState): WidgetState<ReadingsState> => ({ label, state });
  const g12 = ready('jan', 'm-1001-1');
  const last = g12.status === 'ready' && g12.history.status === 'ready' ? g12.history.value[0]! : undefined;
  const g12Day = last?.values[0]?.value ?? '0';
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    loading: s('Ładowanie', { status: 'loading' }),
    error: s('Błąd (brak sieci)', { status: 'error', error: new ApiError({ kind: 'offline' }) }),
    empty: s('Brak punktów', { ...(ready('jan', 'm-1001-1') as ReadingsData & { status: 'ready' }), points: [] }),
    'no-meter': s('Punkt bez licznika', { ...(ready('jan', 'm-1001-1') as ReadingsData & { status: 'ready' }), meters: { status: 'ready', value: { meters: [], photo: READING_PHOTO_RULES } } }),
    'meters-loading': s('Liczniki — ładowanie', { ...(ready('jan', 'm-1001-1') as ReadingsData & { status: 'ready' }), meters: { status: 'loading' } }),
    'meters-error': s('Liczniki — błąd serwera', { ...(ready('jan', 'm-1001-1') as ReadingsData & { status: 'ready' }), meters: { status: 'error', error: new ApiError({ kind: 'server', status: 503 }) } }),
    'history-error': s('Historia — błąd', ready('jan', 'm-1001-1', { history: { status: 'error', error: new ApiError({ kind: 'timeout' }) } })),
    g12: s('G12 (dzień/noc), wymiana licznika', g12),
    'g12-all': s('G12 — cała historia', ready('jan', 'm-1001-1', { allHistory: true })),
    g11: s('G11 blisko samych dziewiątek', ready('jan', 'm-1001-2')),
    prosumer: s('Prosument 1.8.0 / 2.8.0', ready('anna', 'm-1002-1')),
    water: s('Woda (pełne m³)', ready('jan', 'm-1001-3')),
    gas: s('Gaz', ready('piotr', 'm-1003-2')),
    'window-closed': s('Okno odczytów zamknięte', ready('olena', 'm-1004-1')),
    typed: s('Wpisany odczyt z podglądem', ready('jan', 'm-1001-1', { form: form({ raw: { day: '1 234,5', night: '800' } }) })),
    errors: s('Błędy pól', ready('jan', 'm-1001-1', {
      form: form({
        raw: { day: '12a', night: '1234567' },
        date: '2026-10-20',
        errors: { 'values.day': 'invalid_format', 'values.night': 'too_many_integer_digits', date: 'in_future' },
      }),
    })),
    lower: s('Niższy niż ostatni — roll-over do potwierdzenia', ready('jan', 'm-1001-2', {
      form: form({ raw: { total: '00 040' }, errors: { 'values.total': 'lower_than_last' }, rollover: ['total'] }),
    })),
    implausible: s('Dużo więcej niż zwykle', ready('jan', 'm-1001-1', {
      form: form({ raw: { day: String(Math.floor(Number(g12Day)) + 3000), night: last?.values[1]?.value ?? '0' }, errors: { 'values.day': 'implausible' } }),
    })),
    'water-fraction': s('Woda — z częścią ułamkową', ready('jan', 'm-1001-3', { form: form({ raw: { total: '812,345' }, errors: { 'values.total': 'too_many_fraction_digits' } }) })),
    'photo-too-large': s('Zdjęcie za duże', ready('jan', 'm-1001-1', { form: form({ errors: { photo: 'file_too_large' } }) })),
    'photo-chosen': s('Zdjęcie dodane', ready('jan', 'm-1001-1', { form: form({ photo: { name: 'licznik-2026-10-15.jpg', size: 1_800_000, type: 'image/jpeg' } }) })),
    sending: s('Wysyłanie', ready('jan', 'm-1001-1', { form: form({ raw: { day: '1 234,5', night: '800' }, status: { kind: 'sending' } }) })),
    failed: s('Wysyłanie — brak sieci', ready('jan', 'm-1001-1', { form: form({ raw: { day: '1 234,5', night: '800' }, status: { kind: 'failed', error: new ApiError({ kind: 'offline' }) } }) })),
    sent: s('Odczyt zapisany', ready('jan', 'm-1001-1', {
      form: form({
        status: {
          kind: 'sent',
          receipt: {
            reading: { id: 'r-new-1', date: STATES_TODAY, source: 'customer', meterNumber: '93512877', values: [{ register: 'day', value: '1234.5' }, { register: 'night', value: '800' }] },
            invoiceUse: 'next_invoice',
          },
        },
      }),
    })),
    'sent-verification': s('Zapisany — do sprawdzenia', ready('jan', 'm-1001-2', {
      form: form({
        status: { kind: 'sent', receipt: { reading: { id: 'r-new-2', date: STATES_TODAY, source: 'customer', meterNumber: '40233518', values: [{ register: 'total', value: '40' }] }, invoiceUse: 'verification' } },
      }),
    })),
  };
}
