/**
 * Calendar days are "YYYY-MM-DD" strings meaning a day in Europe/Warsaw; arithmetic on them is done
 * in UTC so that the host's time zone never leaks in.
 */

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const warsawDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Europe/Warsaw, whatever time zone the browser is in. */
export function todayInWarsaw(now: Date = new Date()): string {
  const parts = Object.fromEntries(warsawDayFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function isValidDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  return formatDay(dayToUtcMs(text)) === text;
}

/** UTC midnight of the day, used only as a number to do arithmetic with. */
export function dayToUtcMs(day: string): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`Not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function formatDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return formatDay(dayToUtcMs(day) + days * DAY_MS);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = new Date(dayToUtcMs(day));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatDay(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
}

export function addYears(day: string, years: number): string {
  return addMonths(day, years * 12);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / DAY_MS);
}

export function monthsBetween(a: string, b: string): number {
  const da = new Date(dayToUtcMs(a));
  const db = new Date(dayToUtcMs(b));
  return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
}

export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function endOfMonth(day: string): string {
  return addDays(addMonths(startOfMonth(day), 1), -1);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
  return new Date(dayToUtcMs(day)).getUTCDay();
}

/** Day number since 1970-01-01, a handy stable index for per-day randomness. */
export function dayNumber(day: string): number {
  return Math.round(dayToUtcMs(day) / DAY_MS);
}

export function dayOfYear(day: string): number {
  return daysBetween(`${day.slice(0, 4)}-01-01`, day);
}

export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

/** UTC instant of the last Sunday of a month at 01:00 UTC — when the EU switches clocks. */
function euTransitionUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const lastSunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, monthIndex, lastSunday, 1);
}

/**
 * Europe/Warsaw offset in minutes at a UTC instant. The EU rule is computed directly because
 * quarter-hour series need tens of thousands of offsets and Intl is too slow for that.
 */
export function warsawOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= euTransitionUtc(year, 2) && utcMs < euTransitionUtc(year, 9) ? 120 : 60;
}

/** The UTC instant of local midnight starting the day (clock changes never happen at midnight). */
export function warsawMidnightUtc(day: string): number {
  const guess = dayToUtcMs(day) - 2 * 3_600_000;
  return dayToUtcMs(day) - warsawOffsetMinutes(guess) * 60_000;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** RFC 3339 with the Warsaw offset, e.g. "2026-10-01T00:00:00+02:00". */
export function formatWarsaw(utcMs: number): string {
  const offset = warsawOffsetMinutes(utcMs);
  const local = new Date(utcMs + offset * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `+${pad(offset / 60)}:00`
  );
}

/** Local hour (0–23) in Warsaw at a UTC instant. */
export function warsawHour(utcMs: number): number {
  return new Date(utcMs + warsawOffsetMinutes(utcMs) * 60_000).getUTCHours();
}
