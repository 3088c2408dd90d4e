/**
 * Locale-aware labels for the chart, the table and the summary. Every date here is a calendar day
 * or a wall-clock time already in Europe/Warsaw (taken from the reading's own `start`), so no time
 * zone arithmetic happens in the browser.
 */
import { daysBetween, dayToDate, TIME_ZONE } from '../core/calendar';
import { formatDay, formatNumber, LOCALES } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import type { Granularity, Unit } from '../core/api/types';
import { fractionDigits, periodRange, type PeriodKind, type Slot, type UsageModel } from './usage-rules';

const QUARTER_MS = 15 * 60_000;

/** A reading value in the unit's precision (fixed digits so columns of numbers line up). */
export function formatValue(v: number, unit: Unit, granularity: Granularity, lang: Lang): string {
  const digits = fractionDigits(unit, granularity);
  return formatNumber(v, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Axis ticks: fewer digits, no trailing zeros. */
export function formatAxisValue(v: number, lang: Lang): string {
  return formatNumber(v, lang, { maximumFractionDigits: Math.abs(v) < 1 ? 3 : Math.abs(v) < 10 ? 1 : 0 });
}

/** "+12,3%", "−4%", "0%". */
export function formatPercent(percent: number, lang: Lang): string {
  return formatNumber(Math.round(percent * 10) / 1000, lang, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
}

/** Name of a period: "2026", "październik 2026", "20–26 paź 2026", "środa, 21 października 2026". */
export function periodLabel(kind: PeriodKind, anchor: string, lang: Lang): string {
  const { from, to } = periodRange(kind, anchor);
  switch (kind) {
    case 'year':
      return formatDay(from, lang, { year: 'numeric' });
    case 'month':
      return formatDay(from, lang, { month: 'long', year: 'numeric' });
    case 'week':
      return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).formatRange(
        dayToDate(from),
        dayToDate(to),
      );
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
  const { from, to } = periodRange('week', anchor);
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).formatRange(
    dayToDate(yearEarlier(from)),
    dayToDate(yearEarlier(to)),
  );
}

/** "14:15" → "14:30" (wall clock; the repeated autumn hour keeps its own labels). */
function endTime(time: string): string {
  const t = new Date(Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5))) + QUARTER_MS);
  return `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

function span(model: UsageModel): number {
  return daysBetween(model.from, model.to) + 1;
}

/**
 * Month ticks: the stand-alone short month names of current CLDR (what Chromium, Firefox and Node
 * give), written out because engines ship different CLDR versions — WebKitGTK's ICU 72 gives
 * Ukrainian "січ" without the abbreviation dot. Day-and-month labels use the format form, which
 * all of them agree on ("15 січ.").
 */
const MONTH_TICKS: Record<Lang, readonly string[]> = {
  pl: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
  uk: ['січ.', 'лют.', 'бер.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'вер.', 'жовт.', 'лист.', 'груд.'],
  ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};

/** Short label under the x axis. */
export function slotTick(model: UsageModel, i: number, lang: Lang): string {
  const slot = model.slots[i];
  if (!slot) return '';
  switch (model.granularity) {
    case 'month':
      return MONTH_TICKS[lang][Number(slot.day.slice(5, 7)) - 1] ?? '';
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
  const slot = model.slots[i];
  return slot ? slotName(slot, model.granularity, lang) : '';
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
  const slot = model.slots[i];
  if (!slot) return '';
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
 * week, Mondays for up to two months, first days of months beyond that.
 */
export function tickIndices(model: UsageModel): number[] {
  const days = span(model);
  const out: number[] = [];
  model.slots.forEach((slot, i) => {
    const t = slot.time ?? '00:00';
    if (days <= 1) {
      if (t.endsWith(':00') && Number(t.slice(0, 2)) % 3 === 0 && (out.length === 0 || model.slots[out[out.length - 1]!]!.time !== t)) out.push(i);
    } else if (t === '00:00') {
      if (days <= 8) out.push(i);
      else if (days <= 62 ? new Date(dayToDate(slot.day)).getUTCDay() === 1 : slot.day.endsWith('-01')) out.push(i);
    }
  });
  return out;
}
