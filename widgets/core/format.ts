import type { Money } from './api/types';
import type { Lang } from './i18n/languages';
import { dayToDate, TIME_ZONE } from './calendar';

/** Intl locale used for each UI language. */
export const LOCALES: Record<Lang, string> = { pl: 'pl-PL', uk: 'uk-UA', ru: 'ru-RU' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

function fractionDigits(currency: string): number {
  // Cached like the others: a new Intl.NumberFormat per amount was a third of a list page's formatting.
  return cached(`d|${currency}`, () => new Intl.NumberFormat('en', { style: 'currency', currency })).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Format integer minor units (e.g. grosze) as money in the active language. Integer arithmetic
 * only: the value is split into whole and fractional parts as strings, never divided as a float.
 */
export function formatMoney(money: Money, lang: Lang, options: { signDisplay?: 'auto' | 'always' | 'exceptZero' } = {}): string {
  const digits = fractionDigits(money.currency);
  const nf = cached(`m|${lang}|${money.currency}|${options.signDisplay ?? 'auto'}`, () =>
    new Intl.NumberFormat(LOCALES[lang], {
      style: 'currency',
      currency: money.currency,
      // "zł" in every language, not "PLN" in uk/ru: see "Money" in docs/widget-conventions.md.
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: options.signDisplay ?? 'auto',
    }),
  );
  // Intl accepts decimal strings exactly ("12.34"), which avoids 0.1 + 0.2 style errors.
  return nf.format(minorToDecimalString(money.minor, digits) as unknown as number);
}

/** 12345, 2 → "123.45"; -5, 2 → "-0.05". */
export function minorToDecimalString(minor: number, digits: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Money must be an integer number of minor units, got ${minor}`);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

export function sumMoney(items: readonly Money[], currency: string): Money {
  let minor = 0;
  for (const m of items) {
    if (m.currency !== currency) throw new RangeError(`Cannot add ${m.currency} to ${currency}`);
    minor += m.minor;
  }
  return { minor, currency };
}

export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[lang], options)).format(value);
}

/** Format a calendar day ("YYYY-MM-DD") in the active language. */
export function formatDay(day: string, lang: Lang, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return cached(`d|${lang}|${JSON.stringify(options)}`, () =>
    new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: TIME_ZONE }),
  ).format(dayToDate(day));
}

/** Format an instant (ISO date-time) as Warsaw wall-clock time in the active language. */
export function formatInstant(
  instant: string | Date,
  lang: Lang,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return cached(`i|${lang}|${JSON.stringify(options)}`, () =>
    new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: TIME_ZONE }),
  ).format(typeof instant === 'string' ? new Date(instant) : instant);
}
