/**
 * Pure rules of a failure report ("Zgłoś awarię"): a ticket with topic `failure`, the place (a
 * metering point of the account or another address), since when, and a phone for the callback.
 * The mock API checks a report with the same function (mocks/routes/contact.ts).
 */
import type { FieldErrorCode } from '../core/api/types';
import { dayToUtcMs, isValidDay, warsawOffsetMinutes } from '../core/calendar';
import { normalizePhone } from '../core/validators';

export const FAILURE_TOPIC = 'failure';
/** The select's value for "another address". */
export const OTHER_PLACE = 'other';
export const ADDRESS_MAX_LENGTH = 200;
/** A clock a few minutes fast is not a report from the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The report's own fields, named as in the multipart body (CreateTicketForm). */
export interface FailureReport {
  pointId: string;
  address: string;
  /** RFC 3339 instant. */
  since: string;
  phone: string;
}

export type FailureField = keyof FailureReport;
export const FAILURE_FIELDS: readonly FailureField[] = ['pointId', 'address', 'since', 'phone'];

/**
 * A Warsaw wall-clock time from `<input type="datetime-local">` ("2026-10-15T06:30") as a UTC
 * instant, whatever the browser's own time zone; undefined when it is not one.
 */
export function warsawLocalToUtc(local: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m || !isValidDay(m[1]) || Number(m[2]) > 23 || Number(m[3]) > 59) return undefined;
  const wall = dayToUtcMs(m[1]!) + (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  // The offset at the instant itself: guess with the offset an hour earlier, then correct once.
  const guess = wall - warsawOffsetMinutes(wall - 3_600_000) * 60_000;
  return wall - warsawOffsetMinutes(guess) * 60_000;
}

/**
 * Field errors of a failure report: exactly one of a known `pointId` and an `address`; `since`
 * an instant not in the future; a phone to call back on.
 */
export function checkFailureReport(
  report: FailureReport,
  context: { pointIds: readonly string[]; now: number },
): Partial<Record<FailureField, FieldErrorCode>> {
  const errors: Partial<Record<FailureField, FieldErrorCode>> = {};
  const pointId = report.pointId.trim();
  const address = report.address.trim();
  if (pointId && address) errors.address = 'invalid_value';
  else if (pointId) {
    if (!context.pointIds.includes(pointId)) errors.pointId = 'invalid_value';
  } else if (!address) errors[context.pointIds.length > 0 ? 'pointId' : 'address'] = 'required';
  else if ([...address].length > ADDRESS_MAX_LENGTH) errors.address = 'too_long';
  const since = report.since.trim();
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(since) ? Date.parse(since) : NaN;
  if (!since) errors.since = 'required';
  else if (Number.isNaN(at)) errors.since = 'invalid_format';
  else if (at > context.now + CLOCK_SKEW_MS) errors.since = 'invalid_value';
  const phone = report.phone.trim();
  if (!phone) errors.phone = 'required';
  else if (!normalizePhone(phone)) errors.phone = 'invalid_phone';
  return errors;
}
