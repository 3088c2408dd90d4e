/**
 * Every state of <ebok-usage>, named, for the gallery and the tests; the water and mobile-data
 * metering points are the mock personas'. Not imported by the element, so it never ships.
 */
import { ApiError } from '../core/api/errors';
import type { MeteringPoint } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import { personaByKey } from '../../mocks/data/personas';
import { SAMPLE_POINTS, sampleSeries } from './usage-samples';
import type { UsageState } from './usage-view';

const USAGE_TODAY = '2026-10-15';
const waterPoints: MeteringPoint[] = personaByKey('olena').points.map((p) => p.point);
const mobilePoints: MeteringPoint[] = personaByKey('ivan').points.map((p) => p.point);

/** Every state of the chart. */
export function usageStates(): WidgetStates<UsageState> {
  const props = { today: USAGE_TODAY };
  const s = (label: string, state: UsageState): WidgetState<UsageState> => ({ label, state, props });
  const month = (from: string, count: number, previousCount: number, scale: number, point: MeteringPoint) =>
    sampleSeries({ granularity: 'month', from, count, previousCount, scale, unit: point.unit, point: point.id });
  /** This year by month for another medium (its persona's first point). */
  const yearOf = (label: string, points: MeteringPoint[], scale: number) =>
    s(label, {
      status: 'ready',
      points,
      point: points[0]!.id,
      period: 'year',
      anchor: USAGE_TODAY,
      series: { status: 'ready', series: month('2026-01-01', 9, 12, scale, points[0]!) },
    });
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    loading: s('Ładowanie', { status: 'loading' }),
    error: s('Błąd serwera', { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) }),
    empty: s('Pusto — brak odczytów w okresie', {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'mp-1',
      period: 'month',
      anchor: '2020-01-01',
      series: { status: 'ready', series: { ...sampleSeries({ granularity: 'day', from: '2020-01-01', count: 0 }), to: '2020-01-31' } },
    }),
    'no-points': s('Pusto — brak punktów poboru', { status: 'ready', points: [], series: { status: 'loading' } }),
    electricity: s('Prąd — rok, suma punktów', {
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
    'electricity-month': s('Prąd — miesiąc, dni', {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'mp-1',
      period: 'month',
      anchor: '2026-09-01',
      series: { status: 'ready', series: sampleSeries({ granularity: 'day', from: '2026-09-01', count: 30, scale: 9 }) },
    }),
    'electricity-day': s('Prąd — doba, co 15 minut', {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'mp-1',
      period: 'day',
      anchor: '2026-10-14',
      series: { status: 'ready', series: sampleSeries({ granularity: 'quarter_hour', from: '2026-10-14', count: 96, scale: 0.1 }) },
    }),
    water: yearOf('Woda (m³)', waterPoints, 4),
    mobile: yearOf('Internet mobilny (GB)', mobilePoints, 12),
    'series-loading': s('Ładowanie serii', { status: 'ready', points: SAMPLE_POINTS, series: { status: 'loading' } }),
    'series-error': s('Seria — błąd', { status: 'ready', points: SAMPLE_POINTS, series: { status: 'error', error: new ApiError({ kind: 'offline' }) } }),
  };
}
