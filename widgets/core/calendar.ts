/**
 * The one calendar module. A calendar day is a "YYYY-MM-DD" string meaning a day in Europe/Warsaw.
 * Arithmetic on days is done on UTC midnights, so the browser's own time zone never leaks in, and
 * nothing here reads a locale's display format: "today" comes from `formatToParts`, whose
 * year/month/day parts are the same in every engine (WebKitGTK's ICU formats en-CA as 12/01/2026,
 * which once left the balance and usage widgets as grey placeholders in Safari).
 */

export const TIME_ZONE = 'Europe/Warsaw';
export const DAY_MS = 86_400_000;
export const QUARTER_MS = 900_000;

export interface DayRange {
  from: string;
  to: string;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** UTC midnight of the day, as a number to do arithmetic with. Throws on anything but a real day. */
export function dayToUtcMs(day: string): number {
  const ms = parseDay(day);
  if (Number.isNaN(ms)) throw new RangeError(`Not a calendar day: ${day}`);
  return ms;
}

/** UTC midnight of a real day, NaN otherwise (30 February included). */
function parseDay(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return utcMsToDay(ms) === day ? ms : NaN;
}

export function isValidDay(day: unknown): day is string {
  return typeof day === 'string' && !Number.isNaN(parseDay(day));
}

/** The day a UTC midnight (or any instant of that UTC day) falls on. */
export function utcMsToDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The day as a Date at noon UTC, which is the same calendar day in Warsaw all year (for Intl formatting). */
export function dayToDate(day: string): Date {
  return new Date(dayToUtcMs(day) + DAY_MS / 2);
}

let warsawParts: Intl.DateTimeFormat | undefined;

/** The calendar day that `instant` falls on in Warsaw, whatever time zone the browser is in. */
export function warsawDay(instant: Date | number = Date.now()): string {
  warsawParts ??= new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' });
  const part = (type: string) => Number(warsawParts!.formatToParts(instant).find((p) => p.type === type)?.value);
  return utcMsToDay(Date.UTC(part('year'), part('month') - 1, part('day')));
}

export function addDays(day: string, n: number): string {
  return utcMsToDay(dayToUtcMs(day) + n * DAY_MS);
}

/** Adds calendar months, clamping to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(day: string, n: number): string {
  const d = new Date(dayToUtcMs(day));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return utcMsToDay(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

export function addYears(day: string, n: number): string {
  return addMonths(day, n * 12);
}

/** Whole days from `a` to `b`; positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / DAY_MS);
}

export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
  return new Date(dayToUtcMs(day)).getUTCDay();
}

export function startOfMonth(day: string): string {
  dayToUtcMs(day);
  return `${day.slice(0, 7)}-01`;
}

export function endOfMonth(day: string): string {
  return addDays(addMonths(startOfMonth(day), 1), -1);
}

/** Monday of the ISO week `day` falls in. */
export function startOfWeek(day: string): string {
  return addDays(day, -((dayOfWeek(day) + 6) % 7));
}

export function monthRange(day: string): DayRange {
  return { from: startOfMonth(day), to: endOfMonth(day) };
}

export function yearRange(year: number): DayRange {
  return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

// ------------------------------------------------------------------ Warsaw wall clock and 15-minute slots

/** UTC instant of the last Sunday of a month at 01:00 UTC: when the EU changes clocks. */
function euChangeUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Warsaw's offset from UTC in minutes at an instant (60 in winter, 120 in summer). The EU rule is
 * computed, not asked of Intl: quarter-hour series need tens of thousands of offsets.
 */
export function warsawOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= euChangeUtc(year, 2) && utcMs < euChangeUtc(year, 9) ? 120 : 60;
}

/** The UTC instant of the local midnight that starts the day (clocks never change at midnight). */
export function warsawMidnightUtc(day: string): number {
  const utc = dayToUtcMs(day);
  return utc - warsawOffsetMinutes(utc - 2 * 3_600_000) * 60_000;
}

/** How many 15-minute slots a Warsaw day has: 96, or 92 and 100 on the days the clocks change. */
export function quarterHoursOf(day: string): number {
  return (warsawMidnightUtc(addDays(day, 1)) - warsawMidnightUtc(day)) / QUARTER_MS;
}

/** RFC 3339 with Warsaw's offset, e.g. "2026-10-01T00:00:00+02:00". */
export function formatWarsaw(utcMs: number): string {
  const offset = warsawOffsetMinutes(utcMs);
  const local = new Date(utcMs + offset * 60_000);
  return `${utcMsToDay(local.getTime())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+${pad(offset / 60)}:00`;
}

/** Warsaw wall-clock hour (0–23) at an instant. */
export function warsawHour(utcMs: number): number {
  return new Date(utcMs + warsawOffsetMinutes(utcMs) * 60_000).getUTCHours();
}
