/**
 * Pure rules of <ebok-usage>: periods, which points can be summed, aligning the previous year with
 * the current one, totals and the year-over-year change, and the CSV. No DOM, no chart.js, no
 * fetching: everything here is unit-tested at its boundaries.
 */
import type { Granularity, MeteringPoint, Reading, Unit, UsageSeries } from '../core/api/types';
import { addDays, addMonths, DAY_MS, dayToUtcMs, endOfMonth, isValidDay, startOfMonth, startOfWeek, type DayRange } from '../core/calendar';

export type { DayRange };

/** What the customer chose to look at. */
export type PeriodKind = 'year' | 'month' | 'week' | 'day';
export const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'month', 'week', 'day'];

/** The sum over all points. */
export const ALL_POINTS = 'all';

export const GRANULARITY_OF: Record<PeriodKind, Granularity> = {
  year: 'month',
  month: 'day',
  week: 'quarter_hour',
  day: 'quarter_hour',
};

/** The calendar days a period covers (inclusive). Years are calendar years, weeks run Monday–Sunday. */
export function periodRange(kind: PeriodKind, anchor: string): DayRange {
  switch (kind) {
    case 'year':
      return { from: `${anchor.slice(0, 4)}-01-01`, to: `${anchor.slice(0, 4)}-12-31` };
    case 'month':
      return { from: `${anchor.slice(0, 7)}-01`, to: endOfMonth(anchor) };
    case 'week': {
      const from = startOfWeek(anchor);
      return { from, to: addDays(from, 6) };
    }
    case 'day':
      return { from: anchor, to: anchor };
  }
}

/** The anchor of the previous (`step` = -1) or next (+1) period. */
export function shiftPeriod(kind: PeriodKind, anchor: string, step: -1 | 1): string {
  switch (kind) {
    case 'year':
      return `${Number(anchor.slice(0, 4)) + step}-01-01`;
    case 'month':
      return startOfMonth(addMonths(anchor, step));
    case 'week':
      return addDays(startOfWeek(anchor), 7 * step);
    case 'day':
      return addDays(anchor, step);
  }
}

/** True when the period after this one starts after `today` (nothing to show there yet). */
export function isLatestPeriod(kind: PeriodKind, anchor: string, today: string): boolean {
  return periodRange(kind, shiftPeriod(kind, anchor, 1)).from > today;
}

// ---------------------------------------------------------------- points

/**
 * The unit a sum over all points uses: the one most points share; ties go to the unit of the first
 * point (the API's rule, so the widget can explain the sum before the series arrives).
 */
export function dominantUnit(points: readonly MeteringPoint[]): Unit | undefined {
  const counts = new Map<Unit, number>();
  for (const p of points) counts.set(p.unit, (counts.get(p.unit) ?? 0) + 1);
  let best: Unit | undefined;
  for (const [unit, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

/** The points a selection stands for: one point, or every point for "all". */
export function selectedPoints(points: readonly MeteringPoint[], point: string): MeteringPoint[] {
  if (point !== ALL_POINTS) return points.filter((p) => p.id === point);
  const unit = dominantUnit(points);
  return points.filter((p) => p.unit === unit);
}

/** The periods a selection can show: quarter-hour periods only where some selected point has them. */
export function availablePeriods(points: readonly MeteringPoint[], point: string): PeriodKind[] {
  const granularities = new Set(selectedPoints(points, point).flatMap((p) => p.granularities));
  return PERIOD_KINDS.filter((k) => granularities.has(GRANULARITY_OF[k]));
}

/** A valid selection: an unknown point falls back to "all" (several points) or the only point. */
export function normalisePoint(points: readonly MeteringPoint[], point: string | undefined): string {
  if (point && (point === ALL_POINTS ? points.length > 1 : points.some((p) => p.id === point))) return point;
  return points.length === 1 ? points[0]!.id : ALL_POINTS;
}

export function normalisePeriod(points: readonly MeteringPoint[], point: string, kind: PeriodKind | undefined): PeriodKind {
  const available = availablePeriods(points, point);
  return kind && available.includes(kind) ? kind : (available[0] ?? 'year');
}

// ---------------------------------------------------------------- the chart's data

/** One position on the x axis: an interval of the shown period. */
export interface Slot {
  /** Day of the interval's start in the shown period ("YYYY-MM-DD"; the month's first day for months). */
  day: string;
  /** Local (wall-clock) start time "HH:mm" for quarter hours. */
  time?: string;
  /**
   * 1 for the second occurrence of a wall-clock time on the day clocks go back (the repeated
   * hour), else 0. Aligning by wall clock rather than by UTC offset keeps last year's readings
   * beside this year's even though the clock changes fall on different dates each year.
   */
  n?: number;
}

/**
 * Everything the chart, the table, the summary and the CSV show — built once, so they cannot
 * disagree. `current[i]` and `previous[i]` belong to `slots[i]`; null means no reading.
 */
export interface UsageModel {
  unit: Unit;
  granularity: Granularity;
  from: string;
  to: string;
  slots: Slot[];
  current: (number | null)[];
  previous: (number | null)[];
  totals: Totals;
}

export interface Totals {
  /** Sum of all current readings. */
  current: number;
  /** Sum of all previous-year readings; null when the previous year has none. */
  previous: number | null;
  /** Change in % over the intervals both years have; null when it cannot be computed. */
  changePercent: number | null;
  /** True when the change covers fewer intervals than the current total (e.g. a year still running). */
  partialComparison: boolean;
  /** Intervals with a current reading. */
  readings: number;
}

/** Values carry at most 4 decimals (the API's precision); sums are done in integers of 1/10,000. */
const SCALE = 10_000;
const scaled = (v: number): number => Math.round(v * SCALE);

interface Placed {
  slot: Slot;
  /** Chronological order: the day, then hour, occurrence and quarter (numbers: no string keys to hash). */
  order: number;
  /** Index in the model's slots, set when the slots are built. */
  at: number;
}

/**
 * Slots of readings (ordered by `start`), moved forward by `yearShift` years (1 for the previous
 * year); undefined for a 29 February that has no match. Day strings are worked out once per day,
 * not once per reading: a year of quarter hours is 35,040 readings but only 365 days.
 */
function slotsOf(readings: readonly Reading[], granularity: Granularity, yearShift: number): (Placed | undefined)[] {
  const days = new Map<string, { day: string; ordinal: number } | null>();
  let lastDay = '';
  let lastTime = '';
  let repeatUntil = '';
  return readings.map((r) => {
    const s = r.start;
    const raw = s.slice(0, 10);
    let d = days.get(raw);
    if (d === undefined) {
      const year = Number(s.slice(0, 4)) + yearShift;
      const shifted = granularity === 'month' ? `${year}-${s.slice(5, 7)}-01` : `${year}-${s.slice(5, 10)}`;
      d = isValidDay(shifted) ? { day: shifted, ordinal: dayToUtcMs(shifted) / DAY_MS } : null;
      days.set(raw, d);
    }
    if (d === null) return undefined;
    if (granularity !== 'quarter_hour') return { slot: { day: d.day }, order: d.ordinal, at: -1 };
    const time = s.slice(11, 16);
    // Readings come in order, so a wall-clock time earlier than the one before on the same day is
    // the repeated hour after the clocks went back; it lasts until the time passes the old maximum.
    if (d.day !== lastDay) repeatUntil = '';
    else if (time <= lastTime) repeatUntil = lastTime;
    else if (repeatUntil && time > repeatUntil) repeatUntil = '';
    lastDay = d.day;
    lastTime = time;
    const n = repeatUntil ? 1 : 0;
    const order = d.ordinal * 200 + Number(time.slice(0, 2)) * 8 + n * 4 + Number(time.slice(3, 5)) / 15;
    return { slot: { day: d.day, time, n }, order, at: -1 };
  });
}

/**
 * Every interval of from..to for months and days; for quarter hours, every interval either year
 * has — a merge of two lists that are each already in order (O(n), no sort). Sets each reading's
 * `at`.
 */
function slotsFor(series: UsageSeries, a: readonly (Placed | undefined)[], b: readonly (Placed | undefined)[]): Slot[] {
  const out: Slot[] = [];
  if (series.granularity !== 'quarter_hour') {
    const index = new Map<string, number>();
    const step = series.granularity === 'month' ? (d: string) => addMonths(d, 1) : (d: string) => addDays(d, 1);
    for (let d = series.granularity === 'month' ? `${series.from.slice(0, 7)}-01` : series.from; d <= series.to; d = step(d)) {
      index.set(d, out.length);
      out.push({ day: d });
    }
    for (const p of [...a, ...b]) if (p) p.at = index.get(p.slot.day) ?? -1;
    return out;
  }
  const inRange = (p: Placed | undefined): p is Placed => !!p && p.slot.day >= series.from && p.slot.day <= series.to;
  const x = a.filter(inRange);
  const y = b.filter(inRange);
  let i = 0;
  let j = 0;
  let last = Number.NaN;
  while (i < x.length || j < y.length) {
    const next = j >= y.length || (i < x.length && x[i]!.order <= y[j]!.order) ? x[i++]! : y[j++]!;
    if (next.order !== last) out.push(next.slot);
    next.at = out.length - 1;
    last = next.order;
  }
  return out;
}

/** True when the interval has ended before `today` (only whole intervals are compared with last year). */
export function isComplete(slot: Slot, granularity: Granularity, today: string | undefined): boolean {
  if (!today) return true;
  return (granularity === 'month' ? endOfMonth(slot.day) : slot.day) < today;
}

/**
 * Build the model from an API series. Linear in the number of readings (35,040 quarter hours stay
 * fast). With `today`, intervals not yet over (this month, today) are left out of the comparison.
 */
export function buildModel(series: UsageSeries, today?: string): UsageModel {
  const g = series.granularity;
  const currentSlots = slotsOf(series.current, g, 0);
  const previousSlots = slotsOf(series.previous, g, 1);
  const slots = slotsFor(series, currentSlots, previousSlots);
  const current: (number | null)[] = new Array<number | null>(slots.length).fill(null);
  const previous: (number | null)[] = new Array<number | null>(slots.length).fill(null);
  const place = (target: (number | null)[], readings: readonly Reading[], at: readonly (Placed | undefined)[]): void => {
    readings.forEach((r, i) => {
      const p = at[i];
      if (p && p.at >= 0) target[p.at] = r.value;
    });
  };
  place(current, series.current, currentSlots);
  place(previous, series.previous, previousSlots);

  const complete = today ? slots.map((slot) => isComplete(slot, g, today)) : undefined;
  return {
    unit: series.unit,
    granularity: g,
    from: series.from,
    to: series.to,
    slots,
    current,
    previous,
    totals: totals(current, previous, complete),
  };
}

/** Totals; the change compares the intervals both years have (and, given `comparable`, only those marked). */
export function totals(
  current: readonly (number | null)[],
  previous: readonly (number | null)[],
  comparable?: readonly boolean[],
): Totals {
  let cur = 0;
  let prev = 0;
  let bothCur = 0;
  let bothPrev = 0;
  let readings = 0;
  let both = 0;
  let anyPrevious = false;
  for (let i = 0; i < current.length; i++) {
    const c = current[i];
    const p = previous[i];
    if (c != null) {
      cur += scaled(c);
      readings++;
    }
    if (p != null) {
      prev += scaled(p);
      anyPrevious = true;
    }
    if (c != null && p != null && (comparable?.[i] ?? true)) {
      bothCur += scaled(c);
      bothPrev += scaled(p);
      both++;
    }
  }
  return {
    current: cur / SCALE,
    previous: anyPrevious ? prev / SCALE : null,
    changePercent: both > 0 && bothPrev > 0 ? ((bothCur - bothPrev) / bothPrev) * 100 : null,
    partialComparison: both > 0 && both < readings,
    readings,
  };
}

export type ChangeDirection = 'up' | 'down' | 'same';

/** Direction of a change as it will be shown (rounded to 0.1 %). */
export function changeDirection(percent: number): ChangeDirection {
  const rounded = Math.round(percent * 10) / 10;
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same';
}

/** Highest and lowest current reading (first one wins a tie), for the text summary. */
export function extremes(values: readonly (number | null)[]): { max: number; min: number } | undefined {
  let max = -1;
  let min = -1;
  values.forEach((v, i) => {
    if (v == null) return;
    if (max < 0 || v > values[max]!) max = i;
    if (min < 0 || v < values[min]!) min = i;
  });
  return max < 0 ? undefined : { max, min };
}

/** Fraction digits a unit is shown with (quarter hours of electricity are small numbers). */
export function fractionDigits(unit: Unit, granularity: Granularity): number {
  if (unit === 'm3') return 3;
  if (unit === 'kWh' && granularity === 'quarter_hour') return 3;
  return 2;
}

/** The reading's `start` date as the CSV shows it: "2026-03", "2026-03-14" or "2026-03-14 14:15". */
export function slotIso(slot: Slot, granularity: Granularity): string {
  if (granularity === 'month') return slot.day.slice(0, 7);
  return slot.time ? `${slot.day} ${slot.time}` : slot.day;
}

/** The previous year's date for a slot (the same interval one year earlier). */
export function previousSlotIso(slot: Slot, granularity: Granularity): string {
  const iso = slotIso(slot, granularity);
  return `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
}

// ---------------------------------------------------------------- CSV

const csvNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 4 });

/**
 * CSV that Excel opens correctly in Polish (and Ukrainian/Russian) Windows: those locales use ";"
 * as the list separator and "," as the decimal mark, so fields are separated by ";" and numbers
 * use a decimal comma without grouping. A UTF-8 BOM makes Excel read diacritics and Cyrillic as
 * UTF-8, and lines end with CRLF (RFC 4180). Numbers keep the API's full precision.
 */
export function buildCsv(model: UsageModel, headers: { period: string; current: string; previousPeriod: string; previous: string }): string {
  const rows: string[][] = [[headers.period, headers.current, headers.previousPeriod, headers.previous]];
  model.slots.forEach((slot, i) => {
    rows.push([
      slotIso(slot, model.granularity),
      csvValue(model.current[i]),
      previousSlotIso(slot, model.granularity),
      csvValue(model.previous[i]),
    ]);
  });
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

function csvValue(v: number | null | undefined): string {
  return v == null ? '' : csvNumber.format(v).replace('.', ',');
}

/** Quote a field when it holds a separator, a quote or a line break; neutralise spreadsheet formulas. */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
