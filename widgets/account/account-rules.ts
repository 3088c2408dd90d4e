/**
 * Pure rules of "Twoje dane": what each section accepts and what it sends. The mock API imports
 * the same functions (mocks/routes/account.ts), so the widget and the server give one verdict.
 * Field errors are keyed by the contract's field names (`address.postalCode`, `events.newInvoice.sms`).
 * No DOM, no I/O.
 */
import type {
  AccountContact,
  AccountContactUpdate,
  Consent,
  ConsentUpdate,
  EInvoiceUpdate,
  FieldErrorCode,
  NotificationEvent,
  NotificationMatrix,
  NotificationSettingsUpdate,
} from '../core/api/types';
import { addMonths, startOfMonth } from '../core/calendar';
import { isEmail, normalizePhone, normalizePostalCode } from '../core/validators';

export type FieldErrors = Record<string, FieldErrorCode>;

export const STREET_MAX = 120;
export const CITY_MAX = 80;
export const REMINDER_DAYS = { min: 1, max: 14 } as const;
export const NOTIFICATION_EVENTS: readonly NotificationEvent[] = ['newInvoice', 'paymentReminder', 'paymentReceived', 'plannedWorks'];
export const CHANNELS = ['email', 'sms'] as const;

// ---------------------------------------------------------------- contact data

/** The contact form as typed (strings only, what the inputs hold). */
export interface ContactValues {
  street: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
}

/** The order of the fields on screen and the API's name for each. */
export const CONTACT_FIELDS = {
  street: 'address.street',
  postalCode: 'address.postalCode',
  city: 'address.city',
  email: 'email',
  phone: 'phone',
} as const satisfies Record<keyof ContactValues, string>;

/** What the form shows for saved data: a pending change is shown as the value being confirmed, not typed in. */
export function contactValues(c: AccountContact): ContactValues {
  return { street: c.address.street, postalCode: c.address.postalCode, city: c.address.city, email: c.email, phone: c.phone ?? '' };
}

function required(value: string, max: number): FieldErrorCode | undefined {
  const v = value.trim();
  if (!v) return 'required';
  return v.length > max ? 'too_long' : undefined;
}

/** Field errors of a contact save (the API's field names); empty when it may be sent. */
export function contactErrors(u: AccountContactUpdate): FieldErrors {
  const e: FieldErrors = {};
  const street = required(u.address.street, STREET_MAX);
  if (street) e['address.street'] = street;
  if (!u.address.postalCode.trim()) e['address.postalCode'] = 'required';
  else if (!normalizePostalCode(u.address.postalCode)) e['address.postalCode'] = 'invalid_format';
  const city = required(u.address.city, CITY_MAX);
  if (city) e['address.city'] = city;
  if (!u.email.trim()) e.email = 'required';
  else if (!isEmail(u.email)) e.email = 'invalid_email';
  if (u.phone?.trim() && !normalizePhone(u.phone)) e.phone = 'invalid_phone';
  return e;
}

/** The body of a contact save, in canonical form (postal code "00-000", phone E.164). */
export function contactUpdate(v: ContactValues): AccountContactUpdate {
  const phone = v.phone.trim();
  return {
    address: {
      street: v.street.trim(),
      postalCode: normalizePostalCode(v.postalCode) ?? v.postalCode.trim(),
      city: v.city.trim(),
    },
    email: v.email.trim(),
    phone: phone ? (normalizePhone(phone) ?? phone) : '',
  };
}

/** Whether typed values differ from the saved ones (after normalising, so "80827" equals "80-827"). */
export function contactChanged(v: ContactValues, saved: AccountContact): boolean {
  const a = contactUpdate(v);
  const b = contactUpdate(contactValues(saved));
  return JSON.stringify(a) !== JSON.stringify(b);
}

// ---------------------------------------------------------------- consents

/** Field errors of a consent save against the current consents (`consents.<id>`). */
export function consentErrors(current: readonly Consent[], u: ConsentUpdate): FieldErrors {
  const e: FieldErrors = {};
  for (const c of u.consents) {
    const known = current.find((x) => x.id === c.id);
    if (!known) e[`consents.${c.id}`] = 'invalid_value';
    // Required consents are part of the contract: they are not withdrawn with a checkbox.
    else if (known.required && known.granted && !c.granted) e[`consents.${c.id}`] = 'consent_required';
  }
  return e;
}

/** Only the consents whose state the customer changed. */
export function consentChanges(current: readonly Consent[], wanted: Readonly<Record<string, boolean>>): ConsentUpdate {
  return { consents: current.filter((c) => c.id in wanted && wanted[c.id] !== c.granted).map((c) => ({ id: c.id, granted: !!wanted[c.id] })) };
}

// ---------------------------------------------------------------- e-invoice

export function eInvoiceErrors(u: EInvoiceUpdate): FieldErrors {
  const e: FieldErrors = {};
  if (!u.enabled) return e;
  const email = u.email?.trim() ?? '';
  if (!email) e.email = 'required';
  else if (!isEmail(email)) e.email = 'invalid_email';
  if (u.addressConfirmed !== true) e.addressConfirmed = 'required';
  return e;
}

/** The Warsaw day a change saved on `today` takes effect: the first day of the next month. */
export function eInvoiceEffectiveFrom(today: string): string {
  return addMonths(startOfMonth(today), 1);
}

// ---------------------------------------------------------------- notifications

export function notificationErrors(u: NotificationSettingsUpdate, smsAvailable: boolean): FieldErrors {
  const e: FieldErrors = {};
  const d = u.reminderDaysBefore;
  if (!Number.isInteger(d) || d < REMINDER_DAYS.min || d > REMINDER_DAYS.max) e.reminderDaysBefore = 'invalid_range';
  for (const ev of NOTIFICATION_EVENTS) {
    if (!smsAvailable && u.events[ev].sms) e[`events.${ev}.sms`] = 'unsupported';
  }
  return e;
}

export function sameMatrix(a: NotificationMatrix, b: NotificationMatrix): boolean {
  return NOTIFICATION_EVENTS.every((ev) => a[ev].email === b[ev].email && a[ev].sms === b[ev].sms);
}

// ---------------------------------------------------------------- confirmation codes and versions

/** A confirmation code as typed: digits only, spaces removed. */
export function normalizeCode(value: string, length: number): string | undefined {
  const digits = value.replace(/\s/g, '');
  return new RegExp(`^\\d{${length}}$`).test(digits) ? digits : undefined;
}

/** The If-Match header for a section's version (a strong ETag). */
export const ifMatch = (version: string): string => `"${version}"`;

/** The version an If-Match header names (quotes and a weak prefix dropped); '' when absent. */
export function versionOf(header: string | null): string {
  return (header ?? '').trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
