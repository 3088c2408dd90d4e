/**
 * Locale-aware labels for the chart, the table and the summary. Every date here is a calendar day
 * or a wall-clock time already in Europe/Warsaw (taken from the reading's own `start`), so no time
 * zone arithmetic happens in the browser.
 */
import { daysBetween, dayToDate, TIME_ZONE } from '../core/calendar';
import { formatDay, formatNumber, LOCALES } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import type { Granularity, Unit } from '../core/api/types';
import { fractionDigits, periodRange, roundValue, slotAt, type PeriodKind, type Slot, type UsageModel } from './usage-rules';

const QUARTER_MS = 15 * 60_000;

/** A reading value in the unit's precision (fixed digits so columns of numbers line up). */
export function formatValue(v: number, unit: Unit, lang: Lang): string {
  const digits = fractionDigits(unit);
  return formatNumber(roundValue(v, unit), lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Axis ticks: fewer digits, no trailing zeros. */
export function formatAxisValue(v: number, lang: Lang): string {
  return formatNumber(v, lang, { maximumFractionDigits: Math.abs(v) < 1 ? 3 : Math.abs(v) < 10 ? 1 : 0 });
}

/** "12,3%", "4%", "0%": the size of a change; the words next to it say its direction. */
export function formatPercent(percent: number, lang: Lang): string {
  return formatNumber(Math.abs(Math.round(percent * 10)) / 1000, lang, { style: 'percent', maximumFractionDigits: 1 });
}

const weekRanges = new Map<Lang, Intl.DateTimeFormat>();
/** One formatter per language (a new Intl.DateTimeFormat per label showed up in profiles). */
function weekRange(lang: Lang): Intl.DateTimeFormat {
  let f = weekRanges.get(lang);
  if (!f) weekRanges.set(lang, (f = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE })));
  return f;
}

const labels = new Map<string, string>();

/**
 * Name of a period: "2026", "październik 2026", "20–26 paź 2026", "środa, 21 października 2026".
 * Remembered (the nav, the legend, the summary, the table and the chart all name the period on
 * every render; formatRange is not cheap).
 */
export function periodLabel(kind: PeriodKind, anchor: string, lang: Lang): string {
  const key = `${kind}|${anchor}|${lang}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size > 500) labels.clear();
    labels.set(key, (label = periodName(kind, anchor, lang)));
  }
  return label;
}

function periodName(kind: PeriodKind, anchor: string, lang: Lang): string {
  const { from, to } = periodRange(kind, anchor);
  switch (kind) {
    case 'year':
      return formatDay(from, lang, { year: 'numeric' });
    case 'month':
      return formatDay(from, lang, { month: 'long', year: 'numeric' });
    case 'week':
      return weekRange(lang).formatRange(dayToDate(from), dayToDate(to));
    case 'day':
      return formatDay(from, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }
}

/** The same day one year earlier (29 February becomes the 28th). */
export function yearEarlier(day: string): string {
  const shifted = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return shifted.endsWith('-02-29') ? shifted.replace(/29$/, '28') : shifted;
}

/** The same period one year earlier (the legend's second series). */
export function previousPeriodLabel(kind: PeriodKind, anchor: string, lang: Lang): string {
  if (kind !== 'week') return periodLabel(kind, yearEarlier(anchor), lang);
  // Last year's Monday–Sunday of the same dates (not last year's ISO week), remembered like periodLabel.
  const key = `previous-week|${anchor}|${lang}`;
  let label = labels.get(key);
  if (label === undefined) {
    const { from, to } = periodRange('week', anchor);
    labels.set(key, (label = weekRange(lang).formatRange(dayToDate(yearEarlier(from)), dayToDate(yearEarlier(to)))));
  }
  return label;
}

/** "14:15" → "14:30" (wall clock; the repeated autumn hour keeps its own labels). */
function endTime(time: string): string {
  const t = new Date(Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5))) + QUARTER_MS);
  return `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

function span(model: UsageModel): number {
  return daysBetween(model.from, model.to) + 1;
}

/** Short label under the x axis. */
export function slotTick(model: UsageModel, i: number, lang: Lang): string {
  if (i < 0 || i >= model.length) return '';
  const slot = slotAt(model, i);
  switch (model.granularity) {
    case 'month':
      return formatDay(slot.day, lang, { month: 'short' });
    case 'day':
      return formatDay(slot.day, lang, { day: 'numeric' });
    case 'quarter_hour': {
      const days = span(model);
      if (days <= 1) return slot.time ?? '';
      if (days <= 8) return formatDay(slot.day, lang, { weekday: 'short', day: 'numeric' });
      return formatDay(slot.day, lang, { day: 'numeric', month: 'short' });
    }
  }
}

/** The full name of an interval (tooltip, table, summary). */
export function slotTitle(model: UsageModel, i: number, lang: Lang): string {
  return i >= 0 && i < model.length ? slotName(slotAt(model, i), model.granularity, lang) : '';
}

export function slotName(slot: Slot, granularity: Granularity, lang: Lang): string {
  switch (granularity) {
    case 'month':
      return formatDay(slot.day, lang, { month: 'long', year: 'numeric' });
    case 'day':
      return formatDay(slot.day, lang, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
    case 'quarter_hour':
      return `${formatDay(slot.day, lang, { day: 'numeric', month: 'short', year: 'numeric' })}, ${slot.time}–${endTime(slot.time ?? '00:00')}`;
  }
}

/** Table row header: shorter than the tooltip where the caption already says the period. */
export function slotRowLabel(model: UsageModel, i: number, lang: Lang): string {
  if (i < 0 || i >= model.length) return '';
  const slot = slotAt(model, i);
  switch (model.granularity) {
    case 'month':
      return formatDay(slot.day, lang, { month: 'long' });
    case 'day':
      return formatDay(slot.day, lang, { weekday: 'short', day: 'numeric', month: 'short' });
    case 'quarter_hour':
      return span(model) <= 1
        ? `${slot.time}–${endTime(slot.time ?? '00:00')}`
        : `${formatDay(slot.day, lang, { weekday: 'short', day: 'numeric', month: 'short' })}, ${slot.time}`;
  }
}

/**
 * Slot indices that get a tick on the quarter-hour line: every 3 hours for a day, midnights for a
 * week, Mondays for up to two months, first days of months beyond that. Reads the typed columns
 * only: no label is made for the 35,000 slots without a tick.
 */
export function tickIndices(model: UsageModel): number[] {
  const days = span(model);
  const out: number[] = [];
  let lastMinute = -1;
  for (let i = 0; i < model.length; i++) {
    const m = model.minutes[i]!;
    if (days <= 1) {
      if (m % 180 === 0 && m !== lastMinute) {
        out.push(i);
        lastMinute = m;
      }
    } else if (m === 0 && model.repeats[i] === 0 && (i === 0 || model.days[i - 1] !== model.days[i])) {
      // Day ordinal 0 (1 January 1970) was a Thursday: (ordinal + 4) % 7 is the weekday, 1 = Monday.
      if (days <= 8) out.push(i);
      else if (days <= 62 ? (model.days[i]! + 4) % 7 === 1 : slotAt(model, i).day.endsWith('-01')) out.push(i);
    }
  }
  return out;
}

/** "1 sty – 30 lis 2026": the first and last compared interval, for the note under the totals. */
export function rangeLabel(model: UsageModel, first: number, last: number, lang: Lang): string {
  if (first < 0 || last < 0) return '';
  if (model.granularity === 'quarter_hour') {
    const a = slotAt(model, first);
    const b = slotAt(model, last);
    const when = (s: Slot, time: string): string => `${formatDay(s.day, lang, { day: 'numeric', month: 'short' })}, ${time}`;
    return `${when(a, a.time ?? '00:00')} – ${when(b, endTime(b.time ?? '00:00'))}`;
  }
  const a = slotAt(model, first).day;
  const b = slotAt(model, last).day;
  if (model.granularity === 'month') {
    const f = formatDay(a, lang, { month: 'long', year: 'numeric' });
    return first === last ? f : `${formatDay(a, lang, { month: 'long' })} – ${formatDay(b, lang, { month: 'long', year: 'numeric' })}`;
  }
  return first === last ? formatDay(a, lang, { day: 'numeric', month: 'long' }) : weekRange(lang).formatRange(dayToDate(a), dayToDate(b));
}
