/**
 * "Zgłoś awarię" of <ebok-contact> (mode="failure"): the place (a metering point of the account
 * or another address), since when and the callback phone. Loaded only in that mode (its own
 * chunk). The rules are contact-failure-rules.ts, the same the mock API applies.
 */
import { html, type TemplateResult } from 'lit';
import type { MeteringPoint } from '../core/api/types';
import { formatWarsaw, warsawDay, warsawOffsetMinutes } from '../core/calendar';
import { selectField, textField } from '../core/forms/field';
import type { Translate } from '../core/i18n/keys';
import { checkFailureReport, FAILURE_FIELDS, OTHER_PLACE, warsawLocalToUtc, type FailureReport } from './contact-failure-rules';
import type { ContactValues, FieldErrors } from './contact-rules';

type T = Translate<'contact'>;

/** Now as Warsaw wall-clock time for `<input type="datetime-local">` ("2026-10-15T06:30"). */
export function warsawLocalNow(now = Date.now()): string {
  const local = new Date(now + warsawOffsetMinutes(now) * 60_000);
  return `${warsawDay(now)}T${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

/** What the form holds, as the API's fields (`since` as an instant with Warsaw's offset). */
export function failureReport(values: ContactValues): FailureReport {
  const other = values.pointId === OTHER_PLACE;
  const at = warsawLocalToUtc(values.since);
  return {
    pointId: other ? '' : values.pointId,
    address: other ? values.address : '',
    since: at === undefined ? values.since : formatWarsaw(at),
    phone: values.phone,
  };
}

/** The report's field errors in the form's terms. */
export function failureErrors(values: ContactValues, points: readonly MeteringPoint[], now = Date.now()): FieldErrors {
  const found = checkFailureReport(failureReport(values), { pointIds: points.map((p) => p.id), now });
  const errors: FieldErrors = {};
  for (const f of FAILURE_FIELDS) {
    const code = found[f];
    if (code) errors[f] = { code };
  }
  // No points on the account (or signed out): the only place is another address.
  if (errors.pointId && points.length === 0 && values.pointId !== OTHER_PLACE) {
    delete errors.pointId;
    errors.address = { code: 'required' };
  }
  return errors;
}

/** The subject the operator's queue sees: "Awaria: ul. Leśna 4, …" (within the subject limit). */
export function failureSubject(t: T, values: ContactValues, points: readonly MeteringPoint[], max: number): string {
  const point = points.find((p) => p.id === values.pointId);
  const place = point ? `${point.name}, ${point.address}` : values.address.trim();
  return [...t('failure.subject', { place })].slice(0, max).join('');
}

export function appendFailure(form: FormData, values: ContactValues): void {
  const r = failureReport(values);
  if (r.pointId) form.set('pointId', r.pointId);
  if (r.address.trim()) form.set('address', r.address.trim());
  form.set('since', r.since);
}

export interface FailureFieldsContext {
  t: T;
  values: ContactValues;
  errors: FieldErrors;
  points: readonly MeteringPoint[];
  input: (field: 'pointId' | 'address' | 'since', value: string) => void;
}

function errorText(t: T, field: 'pointId' | 'address' | 'since', code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === 'required') return t(`failure.required.${field}`);
  if (code === 'too_long') return t('errors.too_long_plain');
  if (field === 'since' && code === 'invalid_value') return t('failure.future');
  return t(`failure.invalid.${field}`);
}

/** Place, address (for "another address") and since when; the phone and description are the form's own. */
export function renderFailureFields({ t, values, errors, points, input }: FailureFieldsContext): TemplateResult {
  const other = values.pointId === OTHER_PLACE || points.length === 0;
  const place = points.length
    ? selectField({
        id: 'pointId',
        label: t('failure.place'),
        value: values.pointId,
        placeholder: t('failure.placeholder'),
        options: [...points.map((p) => ({ value: p.id, label: `${p.name} — ${p.address}` })), { value: OTHER_PLACE, label: t('failure.other') }],
        ...(errors.pointId ? { error: errorText(t, 'pointId', errors.pointId.code)! } : {}),
        onChange: (v) => input('pointId', v),
      })
    : html``;
  return html`${place}
    ${other
      ? textField({
          id: 'address',
          label: t('failure.address'),
          value: values.address,
          autocomplete: 'street-address',
          ...(errors.address ? { error: errorText(t, 'address', errors.address.code)! } : {}),
          onInput: (v) => input('address', v),
        })
      : html``}
    ${textField({
      id: 'since',
      label: t('failure.since'),
      type: 'datetime-local',
      value: values.since,
      max: warsawLocalNow(),
      hint: t('failure.sinceHint'),
      ...(errors.since ? { error: errorText(t, 'since', errors.since.code)! } : {}),
      onInput: (v) => input('since', v),
    })}`;
}
