/**
 * Synthetic, deterministic data for the gallery, the tests and the benchmark (no network).
 * Not imported by the element, so it never ships in the widget's chunk.
 */
import type { Granularity, MeteringPoint, Reading, Unit, UsageSeries } from '../core/api/types';
import { addDays, addMonths, endOfMonth, formatWarsaw, QUARTER_MS, warsawMidnightUtc } from '../core/calendar';

export const SAMPLE_POINTS: MeteringPoint[] = [
  {
    id: 'mp-1',
    name: 'Dom',
    address: 'ul. Lipowa 12, 00-123 Warszawa',
    medium: 'electricity',
    unit: 'kWh',
    granularities: ['month', 'day', 'quarter_hour'],
    code: 'PL0037510012345678',
  },
  {
    id: 'mp-2',
    name: 'Działka',
    address: 'ul. Leśna 4, 05-500 Zalesie Dolne',
    medium: 'electricity',
    unit: 'kWh',
    granularities: ['month', 'day'],
  },
  {
    id: 'mp-3',
    name: 'Dom – woda',
    address: 'ul. Lipowa 12, 00-123 Warszawa',
    medium: 'water',
    unit: 'm3',
    granularities: ['month'],
  },
];

/** A smooth, repeatable value for interval i. */
function wave(i: number, scale: number, seed: number): number {
  const v = scale * (1 + 0.35 * Math.sin(i / 7 + seed) + 0.2 * Math.sin(i / 1.7 + seed * 3));
  return Math.round(v * 1000) / 1000;
}

/** `count` readings of `granularity` starting at `from`. */
export function sampleReadings(granularity: Granularity, from: string, count: number, scale = 10, seed = 0): Reading[] {
  const out: Reading[] = [];
  if (granularity === 'quarter_hour') {
    const start = warsawMidnightUtc(from);
    for (let i = 0; i < count; i++) out.push({ start: formatWarsaw(start + i * QUARTER_MS), value: wave(i, scale, seed) });
    return out;
  }
  let day = from;
  for (let i = 0; i < count; i++) {
    out.push({ start: formatWarsaw(warsawMidnightUtc(day)), value: wave(i, scale, seed) });
    day = granularity === 'month' ? addMonths(day, 1) : addDays(day, 1);
  }
  return out;
}

export interface SampleOptions {
  granularity: Granularity;
  from: string;
  /** Readings of the current period. */
  count: number;
  /** Readings of the previous year (default: as many as the current). */
  previousCount?: number;
  unit?: Unit;
  scale?: number;
  point?: string;
  excludedPoints?: UsageSeries['excludedPoints'];
}

/** A series as the API would return it. */
export function sampleSeries(o: SampleOptions): UsageSeries {
  const current = sampleReadings(o.granularity, o.from, o.count, o.scale, 0);
  const prevFrom = `${Number(o.from.slice(0, 4)) - 1}${o.from.slice(4)}`;
  const previous = sampleReadings(o.granularity, prevFrom, o.previousCount ?? o.count, o.scale, 1);
  const last = current[current.length - 1]?.start.slice(0, 10) ?? o.from;
  return {
    unit: o.unit ?? 'kWh',
    granularity: o.granularity,
    from: o.from,
    to: o.granularity === 'month' ? endOfMonth(last) : last,
    includedPoints: [o.point ?? 'mp-1'],
    excludedPoints: o.excludedPoints ?? [],
    current,
    previous,
  };
}
