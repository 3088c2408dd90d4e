/**
 * Pure rules of a meter reading: what the widget checks before sending and what the mock API
 * checks again (mocks/routes/readings.ts imports this module), so both give one verdict.
 * Values stay decimal strings on the wire; arithmetic here is on integer thousandths of a unit
 * (registers have at most 3 fraction digits and 12 integer digits: below 2^53), never floats.
 */
import type { FieldErrorCode, Meter, MeterReading, MeterRegister, ReadingConfirmation, ReadingPhotoRules, ReadingValue, ReadingWindow } from '../core/api/types';
import { daysBetween, isValidDay } from '../core/calendar';
import { parseMeterReading } from '../core/validators';
import { addFiles, type Attachment, type RejectReason } from '../shared/attachments';

/** Use per day above this multiple of the usual daily use asks the customer to confirm. */
export const PLAUSIBLE_FACTOR = 3;
/** A roll-over is believable only when the wrapped use is at most this share of the register's range. */
export const ROLLOVER_SHARE = 0.1;

const MILLI = 1000;

/** "12345.6" → 12345600 (thousandths). */
export function toMilli(value: string): number {
  const [integer = '0', fraction = ''] = value.split('.');
  return Number(integer) * MILLI + Number(fraction.padEnd(3, '0').slice(0, 3));
}

/** 12345600 → "12345.6" (the shortest decimal string). */
export function fromMilli(milli: number): string {
  const integer = Math.floor(milli / MILLI);
  const fraction = String(milli % MILLI).padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${integer}.${fraction}` : String(integer);
}

/** How many thousandths the register counts before it starts again at zero. */
export function registerSpan(register: Pick<MeterRegister, 'integerDigits'>): number {
  return 10 ** register.integerDigits * MILLI;
}

/** A register's value in a reading, if the reading has it. */
export function valueOf(reading: MeterReading | undefined, registerId: string): string | undefined {
  return reading?.values.find((v) => v.register === registerId)?.value;
}

/**
 * Use between two values of one register, in thousandths: a lower value is a roll-over past the
 * register's digits (what a meter does after all nines).
 */
export function useBetween(previous: string, next: string, register: Pick<MeterRegister, 'integerDigits'>): number {
  const d = toMilli(next) - toMilli(previous);
  return d >= 0 ? d : d + registerSpan(register);
}

/** Whether a lower value can be a roll-over: the wrapped use is a small part of the register's range. */
export function isRollover(previous: string, next: string, register: Pick<MeterRegister, 'integerDigits'>): boolean {
  return toMilli(next) < toMilli(previous) && useBetween(previous, next, register) <= registerSpan(register) * ROLLOVER_SHARE;
}

/** The readings of the meter now installed (a replaced meter's readings are left out), newest first. */
export function currentMeterReadings(meter: Pick<Meter, 'number'>, history: readonly MeterReading[]): MeterReading[] {
  return history.filter((r) => r.meterNumber === meter.number);
}

/**
 * Usual use per day of one register in thousandths: from the oldest to the newest reading of
 * the installed meter that are not estimates. Undefined with fewer than two such readings or
 * less than a day between them (nothing to compare with).
 */
export function averageDailyUse(meter: Pick<Meter, 'number'>, register: MeterRegister, history: readonly MeterReading[]): number | undefined {
  const real = currentMeterReadings(meter, history).filter((r) => r.source !== 'estimated' && valueOf(r, register.id) !== undefined);
  const newest = real[0];
  const oldest = real[real.length - 1];
  if (!newest || !oldest || newest === oldest) return undefined;
  const days = daysBetween(oldest.date, newest.date);
  if (days < 1) return undefined;
  let total = 0;
  for (let i = real.length - 1; i > 0; i--) total += useBetween(valueOf(real[i], register.id)!, valueOf(real[i - 1], register.id)!, register);
  return total / days;
}

export type WindowState = { open: true } | { open: false; opens?: string };

/** Whether self-readings are accepted today; when not, the day the next window opens (if known). */
export function windowState(window: ReadingWindow | undefined, today: string): WindowState {
  if (!window) return { open: true };
  if (today >= window.opens && today <= window.closes) return { open: true };
  return today < window.opens ? { open: false, opens: window.opens } : { open: false };
}

export type ReadingField = `values.${string}` | 'date';

/** Why a field is refused (the contract's FieldErrorCode values a reading can get). */
export type ReadingProblem = Extract<
  FieldErrorCode,
  | 'required'
  | 'invalid_format'
  | 'too_many_integer_digits'
  | 'too_many_fraction_digits'
  | 'lower_than_last'
  | 'implausible'
  | 'in_future'
  | 'before_last_reading'
  | 'outside_window'
>;

export interface ReadingInput {
  /** "YYYY-MM-DD", the day the meter was read. */
  date: string;
  /** What the customer typed, per register id. */
  raw: Readonly<Record<string, string>>;
  confirm: readonly ReadingConfirmation[];
}

export interface ReadingVerdict {
  /** Per field, what is wrong; empty when the reading can be recorded. */
  fields: { [K in ReadingField]?: ReadingProblem } & Record<string, ReadingProblem>;
  /** The canonical values (dotted decimal strings), one per register that parsed. */
  values: ReadingValue[];
  /** Registers whose value is a believable roll-over (so "rollover" is the confirmation to offer). */
  rollover: string[];
}

/**
 * The whole check of a self-reading against the meter, its history (newest first) and today.
 * Order per register: empty, format and digits (validators.parseMeterReading), lower than the
 * last reading (unless a confirmed replacement, or a confirmed and believable roll-over), then
 * the plausibility of the use per day (unless confirmed). The day: valid, not in the future,
 * not before the last reading, today inside the window.
 */
export function checkReading(meter: Meter, history: readonly MeterReading[], input: ReadingInput, today: string): ReadingVerdict {
  const fields: ReadingVerdict['fields'] = {};
  const values: ReadingValue[] = [];
  const rollover: string[] = [];
  const last = currentMeterReadings(meter, history)[0] ?? meter.lastReading;
  const replacement = input.confirm.includes('replacement');

  if (!isValidDay(input.date)) fields.date = 'invalid_format';
  else if (input.date > today) fields.date = 'in_future';
  else if (last && !replacement && input.date < last.date) fields.date = 'before_last_reading';
  else if (!windowState(meter.window, today).open) fields.date = 'outside_window';

  const days = last && isValidDay(input.date) ? Math.max(1, daysBetween(last.date, input.date)) : undefined;
  for (const register of meter.registers) {
    const key: ReadingField = `values.${register.id}`;
    const raw = input.raw[register.id]?.trim() ?? '';
    if (!raw) {
      fields[key] = 'required';
      continue;
    }
    const parsed = parseMeterReading(raw, register);
    if (!parsed.ok) {
      fields[key] = parsed.problem === 'format' ? 'invalid_format' : parsed.problem;
      continue;
    }
    values.push({ register: register.id, value: parsed.value });
    const previous = valueOf(last, register.id);
    if (previous === undefined || replacement) continue;
    const wraps = isRollover(previous, parsed.value, register);
    if (wraps) rollover.push(register.id);
    if (toMilli(parsed.value) < toMilli(previous) && !(wraps && input.confirm.includes('rollover'))) {
      fields[key] = 'lower_than_last';
      continue;
    }
    const usual = averageDailyUse(meter, register, history);
    if (days !== undefined && usual !== undefined && usual > 0 && !input.confirm.includes('implausible')) {
      if (useBetween(previous, parsed.value, register) / days > PLAUSIBLE_FACTOR * usual) fields[key] = 'implausible';
    }
  }
  return { fields, values, rollover };
}

/** Whether the operator uses the reading for the next invoice or checks it first. */
export function invoiceUseOf(confirm: readonly ReadingConfirmation[]): 'next_invoice' | 'verification' {
  return confirm.length > 0 ? 'verification' : 'next_invoice';
}

/** Why a photo is refused, by the same limits as the contact form's attachments; undefined when fine. */
export function photoProblem(photo: Attachment, rules: ReadingPhotoRules): RejectReason | undefined {
  const { rejected } = addFiles([], [photo], { ...rules, maxFiles: 1, maxTotalBytes: rules.maxFileBytes });
  return rejected[0]?.reason;
}

/** The canonical value of what was typed ("1 050,5" → "1050.5"), or undefined when it is not one. */
export function typedValue(raw: string, register: Pick<MeterRegister, 'integerDigits' | 'fractionDigits'>): string | undefined {
  const parsed = parseMeterReading(raw, register);
  return parsed.ok ? parsed.value : undefined;
}

/** The value as the meter's display shows it: every integer digit (leading zeros) and the fraction digits. */
export function meterDisplay(value: string, register: Pick<MeterRegister, 'integerDigits' | 'fractionDigits'>, separator = ','): string {
  const [integer = '0', fraction = ''] = value.split('.');
  const int = integer.padStart(register.integerDigits, '0');
  return register.fractionDigits > 0 ? `${int}${separator}${fraction.padEnd(register.fractionDigits, '0')}` : int;
}

export interface UseInterval {
  from: string;
  to: string;
  /** Use per register id, in thousandths. */
  use: Record<string, number>;
  /** Either end is an estimate: the use is a forecast too. */
  estimated: boolean;
}

/**
 * Use between consecutive readings, oldest first, for the chart and its table. A pair that spans
 * a meter replacement (different meter numbers) is no use of either meter and is skipped.
 */
export function useIntervals(meter: Pick<Meter, 'registers'>, history: readonly MeterReading[]): UseInterval[] {
  const out: UseInterval[] = [];
  for (let i = history.length - 1; i > 0; i--) {
    const a = history[i]!;
    const b = history[i - 1]!;
    if (a.meterNumber !== b.meterNumber) continue;
    const use: Record<string, number> = {};
    for (const register of meter.registers) {
      const pa = valueOf(a, register.id);
      const pb = valueOf(b, register.id);
      if (pa !== undefined && pb !== undefined) use[register.id] = useBetween(pa, pb, register);
    }
    out.push({ from: a.date, to: b.date, use, estimated: a.source === 'estimated' || b.source === 'estimated' });
  }
  return out;
}
