/**
 * The one set of input rules every widget uses: one input, one verdict, everywhere.
 *
 * Pure functions, named exports, no module state: a widget that never checks a PESEL does not
 * ship the PESEL rule (the build keeps this module out of core, see vite.config.ts `chunkOf`).
 *
 * Each `normalize…` returns the canonical form of a valid value (what is sent to the API) or
 * undefined when the value is not valid; `is…` is the same verdict as a boolean. Empty input is
 * never valid here: whether a field may stay empty is the form's business.
 *
 * What is accepted (docs/widget-conventions.md "Validation" repeats it for widget authors):
 * - e-mail: one @, no spaces, a domain with a dot and a top-level domain of ≥ 2 letters, ≤ 254.
 * - phone: a Polish number of 9 digits, optionally with +48, 0048 or 48 before it; or another
 *   country's number with + or 00 and 8–15 digits (not starting with 0). Separators allowed:
 *   spaces, dashes, dots and brackets — not slashes or letters. Canonical form: E.164 "+48601234567".
 * - customer number: 4–12 digits, spaces and dashes allowed between them.
 * - invoice number: 4–30 letters, digits and / - . (at least one digit), as printed; spaces
 *   dropped, letters upper-cased ("fv/2026/10/000521" → "FV/2026/10/000521").
 * - PESEL: 11 digits, a real birth date (the month carries the century) and the checksum.
 * - NIP: 10 digits with the checksum; spaces, dashes and a leading "PL" allowed.
 * - postal code: "00-000" (also typed as "00000" or "00 000"); canonical "00-000".
 * - bank account: NRB, 26 digits with the mod-97 check; spaces and a leading "PL" (IBAN) allowed.
 * - meter reading: digits, optionally a comma or dot and decimals, spaces between thousands
 *   (also no-break, thin and narrow no-break spaces); limits on the digits before and after the
 *   separator come from the meter.
 * - new password: 10–128 characters, at least one letter and one digit, not one of the passwords
 *   everyone tries first, not containing the login (e-mail name, customer number); the strength
 *   meter (0–4) is a guide on top of these, never a rule of its own.
 */

/** Removes what people type between digits: spaces (also non-breaking), dashes, dots, brackets. */
export function compactDigits(value: string): string {
  return value.replace(/[\s\u00a0\-.()]/g, '');
}

// ---------------------------------------------------------------- e-mail

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.\d]{2,}$/u;

export function isEmail(value: string): boolean {
  const v = value.trim();
  return v.length <= 254 && EMAIL.test(v);
}

// ---------------------------------------------------------------- phone

/** The phone number in E.164 ("+48601234567"), or undefined when it is not one. */
export function normalizePhone(value: string): string | undefined {
  const compact = compactDigits(value.trim());
  if (!/^(?:\+|00)?\d+$/.test(compact)) return undefined;
  const international = /^(?:\+|00)/.test(compact);
  const digits = compact.replace(/^(?:\+|00)/, '');
  // "48" before nine digits is the Polish country code typed without "+": a Polish national
  // number never has 11 digits, so there is nothing else it could mean.
  const polish = !international && digits.length === 9 ? digits : digits.length === 11 && digits.startsWith('48') ? digits.slice(2) : undefined;
  if (polish !== undefined) return `+48${polish}`;
  if (!international || digits.startsWith('48')) return undefined;
  return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : undefined;
}

export function isPhone(value: string): boolean {
  return normalizePhone(value) !== undefined;
}

// ---------------------------------------------------------------- customer number

/** The customer number as digits only, or undefined. */
export function normalizeCustomerNumber(value: string): string | undefined {
  const digits = value.trim().replace(/[\s\u00a0-]/g, '');
  return /^\d{4,12}$/.test(digits) ? digits : undefined;
}

/** The invoice number as printed (upper case, no spaces), or undefined. */
export function normalizeInvoiceNumber(value: string): string | undefined {
  const v = value.replace(/[\s\u00a0]/g, '').toUpperCase();
  return /^[A-Z0-9][A-Z0-9/.-]{3,29}$/.test(v) && /\d/.test(v) ? v : undefined;
}

// ---------------------------------------------------------------- PESEL and NIP

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** The PESEL's birth date as "YYYY-MM-DD" (the month carries the century), or undefined. */
export function peselBirthDate(pesel: string): string | undefined {
  if (!/^\d{11}$/.test(pesel)) return undefined;
  const yy = Number(pesel.slice(0, 2));
  const mm = Number(pesel.slice(2, 4));
  const dd = Number(pesel.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  const month = mm % 20;
  if (century === undefined || month < 1 || month > 12) return undefined;
  const year = century + yy;
  // Day 0 of the next month is the last day of this one (UTC: no time zone can shift it).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dd < 1 || dd > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function normalizePesel(value: string): string | undefined {
  const digits = value.trim().replace(/[\s\u00a0]/g, '');
  if (!peselBirthDate(digits)) return undefined;
  const check = (10 - (weightedSum(digits, PESEL_WEIGHTS) % 10)) % 10;
  return check === Number(digits[10]) ? digits : undefined;
}

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** The NIP as 10 digits, or undefined. */
export function normalizeNip(value: string): string | undefined {
  const digits = value.trim().replace(/^PL/i, '').replace(/[\s\u00a0-]/g, '');
  if (!/^\d{10}$/.test(digits)) return undefined;
  // A remainder of 10 is never issued: such a number has no valid check digit.
  const check = weightedSum(digits, NIP_WEIGHTS) % 11;
  return check !== 10 && check === Number(digits[9]) ? digits : undefined;
}

// ---------------------------------------------------------------- postal code

export function normalizePostalCode(value: string): string | undefined {
  const m = /^(\d{2})[-\s]?(\d{3})$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}` : undefined;
}

// ---------------------------------------------------------------- bank account

/** mod 97 of a long digit string, a few digits at a time (no BigInt, no float). */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(`${rest}${digits.slice(i, i + 7)}`) % 97;
  return rest;
}

/** The account number as its 26 NRB digits (without "PL"), or undefined. */
export function normalizeAccountNumber(value: string): string | undefined {
  const digits = value.trim().replace(/^PL/i, '').replace(/[\s\u00a0-]/g, '');
  if (!/^\d{26}$/.test(digits)) return undefined;
  // IBAN check: the country code "PL" (25 21) and the check digits move to the end.
  return mod97(`${digits.slice(2)}2521${digits.slice(0, 2)}`) === 1 ? digits : undefined;
}

/**
 * A valid account number the way banks print it: "61 1090 1014 0000 0712 1981 2874", or with
 * `iban` "PL61 1090 …". Undefined when it is not valid.
 */
export function formatAccountNumber(value: string, options: { iban?: boolean } = {}): string | undefined {
  const nrb = normalizeAccountNumber(value);
  if (!nrb) return undefined;
  const groups = [nrb.slice(0, 2), ...(nrb.slice(2).match(/\d{4}/g) ?? [])].join(' ');
  return options.iban ? `PL${groups}` : groups;
}

// ---------------------------------------------------------------- meter readings

export interface MeterReadingLimits {
  /** Digits the register shows before the separator (e.g. 6 for 999999). */
  integerDigits: number;
  /** Digits after the separator (0: whole units only). */
  fractionDigits: number;
}

export type MeterReadingProblem = 'format' | 'too_many_integer_digits' | 'too_many_fraction_digits';

export type MeterReadingResult = { ok: true; value: string } | { ok: false; problem: MeterReadingProblem };

/**
 * A meter reading as typed ("12 345,6", "12345.6"), checked against the register's digits.
 * The value comes back as a decimal string with a dot and no leading zeros ("12345.6"): readings
 * are sent as strings, never as floats. Spaces may only separate groups of three digits.
 */
export function parseMeterReading(raw: string, limits: MeterReadingLimits): MeterReadingResult {
  // Thin and narrow no-break spaces too: what a number copied from a formatted page may contain.
  const m = /^(\d{1,3}(?:[\s\u00a0\u2009\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/.exec(raw.trim());
  if (!m) return { ok: false, problem: 'format' };
  const integer = m[1]!.replace(/[\s\u00a0\u2009\u202f]/g, '').replace(/^0+(?=\d)/, '');
  const fraction = m[2] ?? '';
  if (integer.length > limits.integerDigits) return { ok: false, problem: 'too_many_integer_digits' };
  if (fraction.length > limits.fractionDigits) return { ok: false, problem: 'too_many_fraction_digits' };
  return { ok: true, value: fraction ? `${integer}.${fraction}` : integer };
}

// ---------------------------------------------------------------- passwords

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** The rules a new password must meet, in the order a widget lists them to the customer. */
export const PASSWORD_RULES = ['length', 'letter', 'digit', 'personal', 'common'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

// The passwords Polish leak lists start with (CERT Polska's lists, adjusted to ≥ 10 characters):
// length alone does not stop these, and a shared list keeps the widget and the API in step.
const COMMON_PASSWORDS = new Set([
  '1234567890', '0987654321', 'qwertyuiop', 'qwerty1234', 'qwerty12345', 'zaq12wsxcde', 'zaq1@wsx',
  'haslo12345', 'haslo123456', 'password12', 'password123', 'polska1234', 'polska12345', 'kochamcie1',
  'marcin1234', 'mateusz123', '1qaz2wsx3edc', 'abc1234567', 'abcd123456', 'iloveyou12', 'lol1234567',
]);

/**
 * The rules `password` does not meet (empty: acceptable). `identifiers` are what the customer signs
 * in with or is known by (e-mail, customer number): a password containing one is refused, because
 * it is the first thing anyone tries. A password longer than the maximum fails 'length' too.
 */
export function passwordProblems(password: string, identifiers: readonly string[] = []): PasswordRule[] {
  const problems: PasswordRule[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) problems.push('length');
  if (!/\p{L}/u.test(password)) problems.push('letter');
  if (!/\p{Nd}/u.test(password)) problems.push('digit');
  const lower = password.toLocaleLowerCase('pl');
  const personal = identifiers
    .flatMap((id) => [id, id.split('@')[0] ?? ''])
    .map((id) => id.trim().toLocaleLowerCase('pl'))
    .filter((id) => id.length >= 4);
  if (personal.some((id) => lower.includes(id))) problems.push('personal');
  if (COMMON_PASSWORDS.has(lower)) problems.push('common');
  return problems;
}

export type PasswordStrength = 0 | 1 | 2 | 3 | 4;

/**
 * A rough strength for the meter: length × variety of character kinds, with runs of one character
 * and sequences like "1234" or "abcd" counted once. A password that breaks a rule is at most 1.
 */
export function passwordStrength(password: string, identifiers: readonly string[] = []): PasswordStrength {
  if (!password) return 0;
  const chars = [...password];
  let pool = 0;
  if (/\p{Ll}/u.test(password)) pool += 26;
  if (/\p{Lu}/u.test(password)) pool += 26;
  if (/\p{Nd}/u.test(password)) pool += 10;
  if (/[^\p{L}\p{Nd}]/u.test(password)) pool += 33;
  // Effective length: a character that repeats or continues a run of the previous one adds little.
  let effective = 0;
  for (let i = 0; i < chars.length; i++) {
    const prev = i > 0 ? chars[i - 1]!.codePointAt(0)! : NaN;
    const code = chars[i]!.codePointAt(0)!;
    effective += Math.abs(code - prev) <= 1 ? 0.25 : 1;
  }
  const bits = effective * Math.log2(Math.max(pool, 10));
  const score: PasswordStrength = bits < 30 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
  return passwordProblems(password, identifiers).length ? (Math.min(score, 1) as PasswordStrength) : score;
}
