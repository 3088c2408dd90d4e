/**
 * Pure rules of the contact form: validation (e-mail and phone through core/validators, lengths), attachment
 * limits, byte formatting, the upload timeout, progress steps and ticket ordering. No DOM, no I/O.
 */
import type { ApiError } from '../core/api/errors';
import type { ContactOptions, FieldErrorCode, Ticket } from '../core/api/types';
import { isEmail, normalizePhone } from '../core/validators';
import type { Attachment } from '../shared/attachments';

// The attachment rule lives in a shared module since the readings widget checks its photo with it too.
export { acceptAttribute, addFiles, formatBytes, limitFor, typeList, typeName, uploadTimeoutMs } from '../shared/attachments';
export type { Attachment, RejectedFile, RejectReason } from '../shared/attachments';

/** The text fields of the form: what the draft keeps. */
export interface ContactValues {
  topicId: string;
  subject: string;
  message: string;
  email: string;
  phone: string;
  name: string;
  /** Failure reports (mode="failure"): a metering point id or "other", another address, since when (Warsaw "YYYY-MM-DDTHH:mm"). */
  pointId: string;
  address: string;
  since: string;
}

export type TextField = keyof ContactValues;
export type FieldKey = TextField | 'files';

/** Order of the fields on screen: the error summary lists errors in this order. */
export const FIELD_ORDER: readonly FieldKey[] = ['topicId', 'pointId', 'address', 'since', 'subject', 'message', 'name', 'email', 'phone', 'files'];

export interface FieldError {
  code: FieldErrorCode;
  /** For `too_long`: how many characters too many. */
  count?: number;
}

export type FieldErrors = Partial<Record<FieldKey, FieldError>>;

export const EMPTY_VALUES: Readonly<ContactValues> = Object.freeze({
  topicId: '',
  subject: '',
  message: '',
  email: '',
  phone: '',
  name: '',
  pointId: '',
  address: '',
  since: '',
});

// ---------------------------------------------------------------- validation

/** Length as the customer counts it (code points, so an emoji is one character). */
export function textLength(value: string): number {
  return [...value].length;
}

/** Errors of one text field; undefined when it is fine. */
export function validateField(
  field: TextField,
  values: ContactValues,
  options: Pick<ContactOptions, 'topics' | 'subjectMaxLength' | 'messageMaxLength'>,
  signedIn: boolean,
): FieldError | undefined {
  const raw = values[field];
  const v = raw.trim();
  switch (field) {
    case 'topicId':
      if (!v) return { code: 'required' };
      return options.topics.some((t) => t.id === v) ? undefined : { code: 'unknown_topic' };
    case 'subject':
    case 'message': {
      if (!v) return { code: 'required' };
      const max = field === 'subject' ? options.subjectMaxLength : options.messageMaxLength;
      const over = textLength(v) - max;
      return over > 0 ? { code: 'too_long', count: over } : undefined;
    }
    case 'name':
      if (signedIn) return undefined;
      if (!v) return { code: 'required' };
      return textLength(v) > 200 ? { code: 'too_long', count: textLength(v) - 200 } : undefined;
    case 'email':
      if (!v) return { code: 'required' };
      return isEmail(v) ? undefined : { code: 'invalid_email' };
    case 'phone':
      if (!v) return undefined;
      return normalizePhone(v) ? undefined : { code: 'invalid_phone' };
    default:
      // The failure report's own fields: contact-failure-rules.ts, loaded with that mode.
      return undefined;
  }
}

export function validateAll(
  values: ContactValues,
  options: Pick<ContactOptions, 'topics' | 'subjectMaxLength' | 'messageMaxLength'>,
  signedIn: boolean,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELD_ORDER) {
    if (field === 'files') continue;
    const error = validateField(field, values, options, signedIn);
    if (error) errors[field] = error;
  }
  return errors;
}

/** The fields with an error, in screen order. */
export function errorFields(errors: FieldErrors): FieldKey[] {
  return FIELD_ORDER.filter((f) => errors[f]);
}

const FIELD_CODES = new Set<string>([
  'required',
  'too_long',
  'invalid_format',
  'invalid_email',
  'invalid_phone',
  'invalid_value',
  'unknown_topic',
  'too_many_files',
  'file_too_large',
  'total_too_large',
  'unsupported_type',
]);

/**
 * The API's field errors (a 400/413 `validation_failed`) as form errors. Fields the form does not
 * show are dropped (the caller shows a general message when nothing is left).
 */
export function errorsFromApi(fields: Readonly<Record<string, string>>): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of FIELD_ORDER) {
    const code = fields[key];
    if (code === undefined) continue;
    errors[key] = { code: (FIELD_CODES.has(code) ? code : 'invalid_value') as FieldErrorCode };
  }
  return errors;
}

/** A stable description of the attachments, to tell whether a retry sends the same files. */
export function filesSignature(files: readonly Attachment[]): Attachment[] {
  return files.map((f) => ({ name: f.name, size: f.size, type: f.type }));
}

export function sameFiles(a: readonly Attachment[], b: readonly Attachment[]): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i]?.name && f.size === b[i]?.size && f.type === b[i]?.type);
}

// ---------------------------------------------------------------- attachments and sending

/** Progress in whole percent, 0–100 (0 when the total is unknown). */
export function progressPercent(loaded: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}

/** Progress announced to screen readers only in quarters, so they are not flooded. */
export function progressStep(percent: number): number {
  return Math.floor(percent / 25) * 25;
}

/**
 * Which threshold of characters left (100, 50, 20, 10, 0) the text has reached; announcing only
 * when it changes keeps a screen reader informed without reading every keystroke.
 */
export function remainingStep(remaining: number): number | undefined {
  for (const step of [0, 10, 20, 50, 100]) if (remaining <= step) return step;
  return undefined;
}

/** The multipart body of POST /contact/tickets (CreateTicketForm). */
export function buildTicketForm(values: ContactValues, files: readonly Blob[], signedIn: boolean): FormData {
  const form = new FormData();
  form.set('topicId', values.topicId.trim());
  form.set('subject', values.subject.trim());
  form.set('message', values.message.trim());
  form.set('email', values.email.trim());
  const phone = values.phone.trim();
  if (phone) form.set('phone', normalizePhone(phone) ?? phone);
  if (!signedIn) form.set('name', values.name.trim());
  for (const file of files) form.append('files', file);
  return form;
}

/**
 * Whether the API's answer to a new ticket is one: a 201 whose body lacks the number the customer
 * is shown would otherwise read as "sent" with an empty number.
 */
export function isTicket(value: unknown): value is Ticket {
  const t = value as Partial<Ticket> | null;
  return !!t && typeof t === 'object' && typeof t.id === 'string' && typeof t.number === 'string' && t.number !== '' && typeof t.createdAt === 'string';
}

// ---------------------------------------------------------------- history

/** Newest first, whatever order the API used. */
export function sortTickets(tickets: readonly Ticket[]): Ticket[] {
  return [...tickets].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/**
 * How long a failed send has to wait before the next try: the Retry-After of a 429 (or a 503 with
 * one, also `rate_limited`) or of a 409 still being processed; 0 when it may go again at once.
 * One rule for a new message and a reply.
 */
export function retryWaitSeconds(error: Pick<ApiError, 'kind' | 'retryAfterSeconds'>): number {
  return error.kind === 'rate_limited' || error.kind === 'conflict' ? (error.retryAfterSeconds ?? 0) : 0;
}
