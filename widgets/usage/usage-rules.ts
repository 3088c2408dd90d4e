/**
 * Pure rules of <ebok-usage>: periods, which points can be summed, aligning the previous year with
 * the current one, totals and the year-over-year change, and the CSV. No DOM, no chart library, no
 * fetching: everything here is unit-tested at its boundaries.
 */
import type { Granularity, MeteringPoint, Reading, Unit, UsageSeries } from '../core/api/types';
import { addDays, addMonths, DAY_MS, dayToUtcMs, endOfMonth, startOfMonth, startOfWeek, utcMsToDay, type DayRange } from '../core/calendar';

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

/** One position on the x axis: an interval of the shown period (made on demand, see `slotAt`). */
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
 * disagree. Column arrays (typed, one entry per slot): a year of quarter hours is 70,000
 * readings, and one object per reading was most of the time and garbage of the first paint.
 * Labels are made only for what is shown (ticks, tooltips, visible rows, the CSV).
 */
export interface UsageModel {
  unit: Unit;
  granularity: Granularity;
  from: string;
  to: string;
  /** Number of slots. */
  length: number;
  /** Slot i's day as days since 1970-01-01. */
  days: Int32Array;
  /** Slot i's wall-clock start in minutes after midnight (quarter hours; 0 otherwise). */
  minutes: Int16Array;
  /** 1 for the second occurrence of a wall-clock time (the repeated autumn hour). */
  repeats: Uint8Array;
  /** This period's reading of slot i; NaN for none. */
  current: Float64Array;
  /** The previous year's reading of slot i; NaN for none. */
  previous: Float64Array;
  /** 1 where slot i is compared with the previous year (both have a reading and the interval is over). */
  compared: Uint8Array;
  totals: Totals;
}

export interface Totals {
  /** Sum of all current readings. */
  current: number;
  /** Intervals with a current reading. */
  readings: number;
  /** Intervals with a previous-year reading. */
  previousReadings: number;
  /**
   * Last year's sum over exactly the compared intervals (what the change is computed from); null
   * when nothing can be compared.
   */
  previous: number | null;
  /** This year's sum over the compared intervals; null when nothing can be compared. */
  comparedCurrent: number | null;
  /** Last year's sum over the whole period (shown only when this period has no readings yet). */
  previousWhole: number | null;
  /** Change in % over the compared intervals; null when it cannot be computed. */
  changePercent: number | null;
  /** Number of compared intervals and the first and last of them (-1 when none). */
  compared: number;
  firstCompared: number;
  lastCompared: number;
  /** True when a reading of either year is left out of the comparison: the note says so. */
  partialComparison: boolean;
}

/** Values carry at most 4 decimals (the API's precision); sums are done in integers of 1/10,000. */
const SCALE = 10_000;
const scaled = (v: number): number => Math.round(v * SCALE);

const code = (s: string, i: number): number => s.charCodeAt(i) - 48;
const num2 = (s: string, i: number): number => code(s, i) * 10 + code(s, i + 1);

/**
 * Where each reading goes, from its `start` ("2026-10-25T02:15:00+02:00"), read by character
 * codes (no slices, no objects): `order` is chronological by wall clock in the shown year (day,
 * hour, occurrence, quarter), NaN for a reading with no place (29 February of a leap year when
 * the other year has none). `yearShift` = 1 moves last year's readings onto this year.
 */
function placeAll(readings: readonly Reading[], granularity: Granularity, yearShift: number, order: Float64Array, dayOut: Int32Array): void {
  let lastKey = -1;
  let ordinal = Number.NaN;
  let lastDay = Number.NaN;
  let lastMinute = -1;
  let repeatUntil = -1;
  for (let k = 0; k < readings.length; k++) {
    const s = readings[k]!.start;
    const year = code(s, 0) * 1000 + code(s, 1) * 100 + num2(s, 2) + yearShift;
    const month = num2(s, 5);
    const day = granularity === 'month' ? 1 : num2(s, 8);
    const key = (year * 100 + month) * 100 + day;
    if (key !== lastKey) {
      lastKey = key;
      const ms = Date.UTC(year, month - 1, day);
      // 29 February moved to a year without one would roll over to 1 March: no place.
      ordinal = new Date(ms).getUTCDate() === day ? ms / DAY_MS : Number.NaN;
    }
    dayOut[k] = ordinal;
    if (granularity !== 'quarter_hour' || Number.isNaN(ordinal)) {
      order[k] = ordinal;
      continue;
    }
    const minute = num2(s, 11) * 60 + num2(s, 14);
    // Readings come in order, so a wall-clock time not later than the one before on the same day
    // is the repeated hour after the clocks went back; it lasts until the time passes the old maximum.
    if (ordinal !== lastDay) repeatUntil = -1;
    else if (minute <= lastMinute) repeatUntil = lastMinute;
    else if (repeatUntil >= 0 && minute > repeatUntil) repeatUntil = -1;
    lastDay = ordinal;
    lastMinute = minute;
    const n = repeatUntil >= 0 ? 1 : 0;
    order[k] = ordinal * 200 + Math.floor(minute / 60) * 8 + n * 4 + (minute % 60) / 15;
  }
}

/**
 * Build the model from an API series. Linear in the number of readings, typed arrays only.
 * With `today`, intervals not yet over (this month, today) are left out of the comparison.
 */
export function buildModel(series: UsageSeries, today?: string): UsageModel {
  const g = series.granularity;
  const cur = series.current;
  const prev = series.previous;
  const curOrder = new Float64Array(cur.length);
  const prevOrder = new Float64Array(prev.length);
  const curDay = new Int32Array(cur.length);
  const prevDay = new Int32Array(prev.length);
  placeAll(cur, g, 0, curOrder, curDay);
  placeAll(prev, g, 1, prevOrder, prevDay);
  const fromOrdinal = dayToUtcMs(g === 'month' ? `${series.from.slice(0, 7)}-01` : series.from) / DAY_MS;
  const toOrdinal = dayToUtcMs(series.to) / DAY_MS;

  let length: number;
  let days: Int32Array;
  let minutes: Int16Array;
  let repeats: Uint8Array;
  const curAt = new Int32Array(cur.length).fill(-1);
  const prevAt = new Int32Array(prev.length).fill(-1);
  if (g !== 'quarter_hour') {
    // Every interval of from..to, whether or not it has readings.
    const list: number[] = [];
    for (let d = fromOrdinal; d <= toOrdinal; ) {
      list.push(d);
      if (g === 'day') d++;
      else {
        const date = new Date(d * DAY_MS);
        d = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
      }
    }
    length = list.length;
    days = Int32Array.from(list);
    minutes = new Int16Array(length);
    repeats = new Uint8Array(length);
    const indexOf = (ordinal: number): number => {
      if (Number.isNaN(ordinal) || ordinal < fromOrdinal || ordinal > toOrdinal) return -1;
      if (g === 'day') return ordinal - fromOrdinal;
      const a = new Date(fromOrdinal * DAY_MS);
      const b = new Date(ordinal * DAY_MS);
      return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
    };
    for (let k = 0; k < cur.length; k++) curAt[k] = indexOf(curOrder[k]!);
    for (let k = 0; k < prev.length; k++) prevAt[k] = indexOf(prevOrder[k]!);
  } else {
    // Every interval either year has in from..to: a merge of two lists already in order (no sort).
    const lo = fromOrdinal * 200;
    const hi = (toOrdinal + 1) * 200;
    const inRange = (o: number): boolean => o >= lo && o < hi; // false for NaN
    const orders = new Float64Array(cur.length + prev.length);
    days = new Int32Array(orders.length);
    minutes = new Int16Array(orders.length);
    repeats = new Uint8Array(orders.length);
    let i = 0;
    let j = 0;
    let n = 0;
    let last = Number.NaN;
    for (;;) {
      while (i < cur.length && !inRange(curOrder[i]!)) i++;
      while (j < prev.length && !inRange(prevOrder[j]!)) j++;
      if (i >= cur.length && j >= prev.length) break;
      const fromCurrent = j >= prev.length || (i < cur.length && curOrder[i]! <= prevOrder[j]!);
      const o = fromCurrent ? curOrder[i]! : prevOrder[j]!;
      if (o !== last) {
        const inDay = o - Math.floor(o / 200) * 200;
        days[n] = Math.floor(o / 200);
        minutes[n] = Math.floor(inDay / 8) * 60 + (inDay % 4) * 15;
        repeats[n] = inDay % 8 >= 4 ? 1 : 0;
        orders[n++] = o;
        last = o;
      }
      if (fromCurrent) curAt[i++] = n - 1;
      else prevAt[j++] = n - 1;
    }
    length = n;
    days = days.slice(0, n);
    minutes = minutes.slice(0, n);
    repeats = repeats.slice(0, n);
  }

  const current = new Float64Array(length).fill(Number.NaN);
  const previous = new Float64Array(length).fill(Number.NaN);
  for (let k = 0; k < cur.length; k++) if (curAt[k]! >= 0) current[curAt[k]!] = cur[k]!.value;
  for (let k = 0; k < prev.length; k++) if (prevAt[k]! >= 0) previous[prevAt[k]!] = prev[k]!.value;

  // Only intervals that are over are compared: a running month or today is not (day ordinals compare like days).
  let complete: Uint8Array | undefined;
  if (today && g !== 'quarter_hour') {
    const todayOrdinal = dayToUtcMs(today) / DAY_MS;
    complete = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const end = g === 'month' ? dayToUtcMs(endOfMonth(utcMsToDay(days[i]! * DAY_MS))) / DAY_MS : days[i]!;
      complete[i] = end < todayOrdinal ? 1 : 0;
    }
  }
  const compared = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    compared[i] = !Number.isNaN(current[i]!) && !Number.isNaN(previous[i]!) && (complete ? complete[i] === 1 : true) ? 1 : 0;
  }
  return {
    unit: series.unit,
    granularity: g,
    from: series.from,
    to: series.to,
    length,
    days,
    minutes,
    repeats,
    current,
    previous,
    compared,
    totals: totals(current, previous, compared),
  };
}

/** A reading or NaN: `null`/`undefined` count as no reading (plain arrays in tests and callers). */
const valueOf = (v: number | null | undefined): number => (v == null ? Number.NaN : v);

/**
 * Totals. The change compares the intervals both years have (and, given `comparable`, only
 * those marked); last year's figure is exactly those intervals, so the three numbers reconcile.
 */
export function totals(
  current: ArrayLike<number | null>,
  previous: ArrayLike<number | null>,
  comparable?: ArrayLike<number | boolean>,
): Totals {
  let cur = 0;
  let prevAll = 0;
  let bothCur = 0;
  let bothPrev = 0;
  let readings = 0;
  let previousReadings = 0;
  let both = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < current.length; i++) {
    const c = valueOf(current[i]);
    const p = valueOf(previous[i]);
    const hasC = !Number.isNaN(c);
    const hasP = !Number.isNaN(p);
    if (hasC) {
      cur += scaled(c);
      readings++;
    }
    if (hasP) {
      prevAll += scaled(p);
      previousReadings++;
    }
    if (hasC && hasP && (comparable ? Boolean(comparable[i]) : true)) {
      bothCur += scaled(c);
      bothPrev += scaled(p);
      both++;
      if (first < 0) first = i;
      last = i;
    }
  }
  return {
    current: cur / SCALE,
    readings,
    previousReadings,
    previous: both > 0 ? bothPrev / SCALE : null,
    comparedCurrent: both > 0 ? bothCur / SCALE : null,
    previousWhole: previousReadings > 0 ? prevAll / SCALE : null,
    changePercent: both > 0 && bothPrev > 0 ? ((bothCur - bothPrev) / bothPrev) * 100 : null,
    compared: both,
    firstCompared: first,
    lastCompared: last,
    partialComparison: both > 0 && (both < readings || both < previousReadings),
  };
}

/**
 * What the totals can say about the shown period:
 * - `compared`: both years have compared intervals (the change is shown);
 * - `no-readings-yet`: this period has no readings yet (its start: 1 December), last year has;
 * - `no-previous`: last year has no readings for the period;
 * - `not-comparable-yet`: both have readings but no interval of this year is over yet;
 * - `previous-zero`: compared, but last year used nothing (no percentage of zero);
 * - `empty`: neither year has readings.
 */
export type ComparisonState = 'compared' | 'no-readings-yet' | 'no-previous' | 'not-comparable-yet' | 'previous-zero' | 'empty';

export function comparisonState(t: Totals): ComparisonState {
  if (t.readings === 0) return t.previousReadings === 0 ? 'empty' : 'no-readings-yet';
  if (t.previousReadings === 0) return 'no-previous';
  if (t.compared === 0) return 'not-comparable-yet';
  return t.changePercent === null ? 'previous-zero' : 'compared';
}

/** The slot at index i with its labels' raw parts (for ticks, tooltips, rows and the CSV). */
export function slotAt(model: UsageModel, i: number): Slot {
  const day = utcMsToDay(model.days[i]! * DAY_MS);
  if (model.granularity !== 'quarter_hour') return { day };
  const m = model.minutes[i]!;
  return { day, time: `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`, n: model.repeats[i]! };
}

export type ChangeDirection = 'up' | 'down' | 'same';

/** Direction of a change as it will be shown (rounded to 0.1 %). */
export function changeDirection(percent: number): ChangeDirection {
  const rounded = Math.round(percent * 10) / 10;
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same';
}

/** Highest and lowest current reading (first one wins a tie), for the text summary. */
export function extremes(values: ArrayLike<number | null>): { max: number; min: number } | undefined {
  let max = -1;
  let min = -1;
  let maxV = 0;
  let minV = 0;
  for (let i = 0; i < values.length; i++) {
    const v = valueOf(values[i]);
    if (Number.isNaN(v)) continue;
    if (max < 0 || v > maxV) {
      max = i;
      maxV = v;
    }
    if (min < 0 || v < minV) {
      min = i;
      minV = v;
    }
  }
  return max < 0 ? undefined : { max, min };
}

/**
 * Fraction digits of a unit, the same in every view, the table and the CSV: 3 for kWh and m³
 * (a quarter hour of electricity is a small number, water is read to the litre), 2 for GB.
 */
export function fractionDigits(unit: Unit): number {
  return unit === 'GB' ? 2 : 3;
}

/**
 * A value rounded half up to the unit's digits, from its exact 1/10,000s (0.0875 → 0.088; the
 * double 0.0875 is a hair below it and would round down). The table and the CSV both use it.
 */
export function roundValue(v: number, unit: Unit): number {
  const step = 10 ** (4 - fractionDigits(unit));
  return (Math.round(scaled(v) / step) * step) / SCALE;
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

/**
 * CSV that Excel opens correctly in Polish (and Ukrainian/Russian) Windows: those locales use ";"
 * as the list separator and "," as the decimal mark, so fields are separated by ";" and numbers
 * use a decimal comma without grouping. A UTF-8 BOM makes Excel read diacritics and Cyrillic as
 * UTF-8, and lines end with CRLF (RFC 4180). Numbers have the table's decimals (fractionDigits).
 */
export function buildCsv(model: UsageModel, headers: { period: string; current: string; previousPeriod: string; previous: string }): string {
  const digits = fractionDigits(model.unit);
  const csvValue = (v: number): string => (Number.isNaN(v) ? '' : roundValue(v, model.unit).toFixed(digits).replace('.', ','));
  const rows: string[][] = [[headers.period, headers.current, headers.previousPeriod, headers.previous]];
  for (let i = 0; i < model.length; i++) {
    const slot = slotAt(model, i);
    rows.push([slotIso(slot, model.granularity), csvValue(model.current[i]!), previousSlotIso(slot, model.granularity), csvValue(model.previous[i]!)]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** Quote a field when it holds a separator, a quote or a line break; neutralise spreadsheet formulas. */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
