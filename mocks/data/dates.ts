/**
 * The mocks use the widgets' one calendar module (widgets/core/calendar.ts), so the data they serve
 * and the widgets that show it agree on every day, week and daylight-saving change.
 */
import { daysBetween, warsawDay } from '../../widgets/core/calendar';

export * from '../../widgets/core/calendar';

/** Today in Europe/Warsaw, whatever time zone the browser is in. */
export const todayInWarsaw = (now: Date = new Date()): string => warsawDay(now);

/** Day number since 1970-01-01, a stable index for per-day randomness. */
export function dayNumber(day: string): number {
  return daysBetween('1970-01-01', day);
}

/** 0 on 1 January. */
export function dayOfYear(day: string): number {
  return daysBetween(`${day.slice(0, 4)}-01-01`, day);
}
