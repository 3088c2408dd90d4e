import type { Granularity, Reading } from '../../widgets/core/api/types';
import {
  addDays,
  addMonths,
  dayNumber,
  dayOfWeek,
  dayOfYear,
  endOfMonth,
  formatWarsaw,
  maxDay,
  minDay,
  startOfMonth,
  warsawHour,
  warsawMidnightUtc,
} from './dates';
import { hashUnit, seedFrom } from './random';

export type UsageProfileName = 'house' | 'allotment' | 'apartment' | 'water_house' | 'water_flat' | 'gas_flat' | 'mobile' | 'factory';

interface UsageProfile {
  /** Average consumption per day, in the point's unit. */
  perDay: number;
  /** Relative seasonal swing; positive peaks in winter, negative in summer. */
  seasonal: number;
  weekendFactor: number;
  /** ± relative noise per day. */
  noise: number;
  decimals: number;
  /** Relative weight of each local hour for quarter-hour readings. */
  hours: readonly number[];
}

const RESIDENTIAL_HOURS = [
  0.45, 0.4, 0.38, 0.37, 0.38, 0.5, 0.9, 1.3, 1.1, 0.8, 0.75, 0.75, 0.85, 0.8, 0.75, 0.8, 1.0, 1.35, 1.7, 1.8, 1.65, 1.35, 1.0,
  0.65,
];
const BUSINESS_HOURS = [
  0.3, 0.3, 0.3, 0.3, 0.35, 0.6, 1.2, 1.7, 1.9, 1.95, 1.95, 1.9, 1.8, 1.9, 1.9, 1.8, 1.5, 1.0, 0.6, 0.45, 0.4, 0.35, 0.3, 0.3,
];

const PROFILES: Record<UsageProfileName, UsageProfile> = {
  house: { perDay: 8.6, seasonal: 0.35, weekendFactor: 1.15, noise: 0.2, decimals: 2, hours: RESIDENTIAL_HOURS },
  allotment: { perDay: 1.4, seasonal: -0.7, weekendFactor: 2.6, noise: 0.35, decimals: 2, hours: RESIDENTIAL_HOURS },
  apartment: { perDay: 5.2, seasonal: 0.25, weekendFactor: 1.1, noise: 0.2, decimals: 2, hours: RESIDENTIAL_HOURS },
  water_house: { perDay: 0.34, seasonal: -0.3, weekendFactor: 1.2, noise: 0.25, decimals: 3, hours: RESIDENTIAL_HOURS },
  water_flat: { perDay: 0.22, seasonal: -0.1, weekendFactor: 1.15, noise: 0.25, decimals: 3, hours: RESIDENTIAL_HOURS },
  gas_flat: { perDay: 1.6, seasonal: 0.75, weekendFactor: 1.1, noise: 0.2, decimals: 3, hours: RESIDENTIAL_HOURS },
  mobile: { perDay: 0.48, seasonal: -0.15, weekendFactor: 1.4, noise: 0.6, decimals: 2, hours: RESIDENTIAL_HOURS },
  factory: { perDay: 1450, seasonal: 0.12, weekendFactor: 0.35, noise: 0.1, decimals: 3, hours: BUSINESS_HOURS },
};

export interface UsageSource {
  id: string;
  profile: UsageProfileName;
  /** First and last day with data (inclusive). */
  firstDay: string;
  lastDay: string;
}

/** A reading before its start is formatted, so that sums can be keyed by instant. */
interface RawReading {
  t: number;
  value: number;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Consumption on one day; a pure function of (point, day) so every series agrees with every other. */
export function dailyUsage(source: UsageSource, day: string): number {
  const p = PROFILES[source.profile];
  const seed = seedFrom(source.id);
  const season = 1 + p.seasonal * Math.cos((2 * Math.PI * (dayOfYear(day) - 15)) / 365.25);
  const dow = dayOfWeek(day);
  const weekend = dow === 0 || dow === 6 ? p.weekendFactor : 1;
  const noise = 1 + p.noise * (2 * hashUnit(seed, dayNumber(day)) - 1);
  return round(Math.max(0, p.perDay * season * weekend * noise), p.decimals);
}

function clampRange(source: UsageSource, from: string, to: string): [string, string] | undefined {
  const first = maxDay(from, source.firstDay);
  const last = minDay(to, source.lastDay);
  return first <= last ? [first, last] : undefined;
}

function dailyReadings(source: UsageSource, from: string, to: string): RawReading[] {
  const range = clampRange(source, from, to);
  if (!range) return [];
  const out: RawReading[] = [];
  for (let day = range[0]; day <= range[1]; day = addDays(day, 1)) {
    out.push({ t: warsawMidnightUtc(day), value: dailyUsage(source, day) });
  }
  return out;
}

/** Months overlapping from..to; a month's value sums the days that have data. */
function monthlyReadings(source: UsageSource, from: string, to: string): RawReading[] {
  const decimals = PROFILES[source.profile].decimals;
  const out: RawReading[] = [];
  for (let month = startOfMonth(from); month <= to; month = addMonths(month, 1)) {
    const range = clampRange(source, month, endOfMonth(month));
    if (!range) continue;
    let sum = 0;
    for (let day = range[0]; day <= range[1]; day = addDays(day, 1)) sum += dailyUsage(source, day);
    out.push({ t: warsawMidnightUtc(month), value: round(sum, decimals) });
  }
  return out;
}

const QUARTER_MS = 15 * 60_000;

/** Splits each day's total over its quarter hours (92 or 100 on clock-change days) by a daily profile. */
function quarterHourReadings(source: UsageSource, from: string, to: string): RawReading[] {
  const range = clampRange(source, from, to);
  if (!range) return [];
  const p = PROFILES[source.profile];
  const seed = seedFrom(`${source.id}/qh`);
  const out: RawReading[] = [];
  const weights: number[] = [];
  for (let day = range[0]; day <= range[1]; day = addDays(day, 1)) {
    const total = dailyUsage(source, day);
    const start = warsawMidnightUtc(day);
    const end = warsawMidnightUtc(addDays(day, 1));
    weights.length = 0;
    let weightSum = 0;
    for (let t = start; t < end; t += QUARTER_MS) {
      const w = (p.hours[warsawHour(t)] ?? 1) * (0.7 + 0.6 * hashUnit(seed, t / QUARTER_MS));
      weights.push(w);
      weightSum += w;
    }
    let i = 0;
    for (let t = start; t < end; t += QUARTER_MS) {
      out.push({ t, value: round((total * (weights[i++] ?? 0)) / weightSum, 4) });
    }
  }
  return out;
}

function rawReadings(source: UsageSource, granularity: Granularity, from: string, to: string): RawReading[] {
  switch (granularity) {
    case 'month':
      return monthlyReadings(source, from, to);
    case 'day':
      return dailyReadings(source, from, to);
    case 'quarter_hour':
      return quarterHourReadings(source, from, to);
  }
}

/** Readings of several points summed interval by interval (points share Warsaw interval starts). */
export function summedReadings(sources: readonly UsageSource[], granularity: Granularity, from: string, to: string): Reading[] {
  const byInstant = new Map<number, number>();
  for (const source of sources) {
    for (const r of rawReadings(source, granularity, from, to)) {
      byInstant.set(r.t, (byInstant.get(r.t) ?? 0) + r.value);
    }
  }
  return [...byInstant.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, value]) => ({ start: formatWarsaw(t), value: round(value, 4) }));
}

/** Total over a calendar month, used to price invoices from the same data the chart shows. */
export function monthlyTotal(source: UsageSource, month: string): number | undefined {
  return monthlyReadings(source, month, endOfMonth(month))[0]?.value;
}
