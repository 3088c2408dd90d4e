/**
 * "Twoje dane" (issue #16): contact data with confirmation codes, consents, e-invoice,
 * notifications and the password change. Each section has its own version (ETag / If-Match); a
 * save naming an older one answers 412 and changes nothing. Validation is the widget's own rules
 * (widgets/account/account-rules.ts), so both give one verdict.
 */
import { http, HttpResponse, type DefaultBodyType, type HttpHandler, type JsonBodyType } from 'msw';
import type {
  AccountChannel,
  AccountContact,
  AccountPendingChange,
  Consent,
  ConsentList,
  EInvoice,
  FieldErrorCode,
  Language,
  NotificationSettings,
  Problem,
} from '../../widgets/core/api/types';
import {
  consentErrors,
  contactErrors,
  contactUpdate,
  eInvoiceEffectiveFrom,
  eInvoiceErrors,
  ifMatch,
  normalizeCode,
  notificationErrors,
  versionOf,
} from '../../widgets/account/account-rules';
import { normalizePhone, passwordProblems } from '../../widgets/core/validators';
import { accountSeed } from '../data/account';
import { DEMO_SMS_CODE, formatWarsaw, type CustomerFixture, type Fixtures } from '../data';
import {
  CHALLENGE_TTL_MS,
  LOCK_MS,
  MAX_CODE_ATTEMPTS,
  RESEND_AFTER_SECONDS,
  clearPasswordFailures,
  endSession,
  fixtures,
  lockedUntil,
  mockNow,
  recordPasswordFailure,
} from '../state';
import { authenticate, fail, problem, readJsonObject, validationFailed } from './respond';

/** After the last wrong code: how long before a new one may be sent. */
export const CODE_LOCK_SECONDS = 120;

interface PendingCode {
  channel: AccountChannel;
  value: string;
  code: string;
  expiresAt: number;
  resendAt: number;
  attemptsLeft: number;
}

type Section = 'contact' | 'consents' | 'eInvoice' | 'notifications';

interface AccountRecord {
  versions: Record<Section, number>;
  contact: Omit<AccountContact, 'version' | 'pending'>;
  pending: PendingCode[];
  consents: Consent[];
  consentTexts: Record<string, { pl: string } & Partial<Record<Language, string>>>;
  eInvoice: Omit<EInvoice, 'version'>;
  notifications: Omit<NotificationSettings, 'version' | 'smsAvailable'>;
  /** The password after a change here; sign-in (mocks/routes/session.ts) still takes the persona's. */
  password: string;
}

// One record per customer and per fixtures object: resetMockState() builds new fixtures, so
// every test starts from the seeds without this module keeping state of its own.
const records = new WeakMap<Fixtures, Map<string, AccountRecord>>();

function newCode(channel: AccountChannel, value: string): PendingCode {
  const now = mockNow();
  return {
    channel,
    value,
    code: DEMO_SMS_CODE,
    expiresAt: now + CHALLENGE_TTL_MS,
    resendAt: now + RESEND_AFTER_SECONDS * 1000,
    attemptsLeft: MAX_CODE_ATTEMPTS,
  };
}

function recordOf(fixture: CustomerFixture): AccountRecord {
  const all = fixtures();
  let map = records.get(all);
  if (!map) records.set(all, (map = new Map()));
  let rec = map.get(fixture.customer.id);
  if (rec) return rec;
  const seed = accountSeed(fixture.persona.key);
  const c = fixture.customer;
  const day = (daysAgo: number | undefined) =>
    daysAgo === undefined ? {} : { changedAt: formatWarsaw(mockNow() - daysAgo * 86_400_000) };
  rec = {
    versions: { contact: 1, consents: 1, eInvoice: 1, notifications: 1 },
    contact: {
      name: c.name,
      customerNumber: c.customerNumber,
      address: seed.address,
      email: c.email,
      ...(c.phone ? { phone: normalizePhone(c.phone) ?? c.phone } : {}),
    },
    pending: seed.pendingEmail ? [newCode('email', seed.pendingEmail)] : [],
    consents: seed.consents.map((s) => ({ id: s.id, text: s.text.pl, lang: 'pl', required: s.required, granted: s.granted, ...day(s.changedDaysAgo) })),
    consentTexts: Object.fromEntries(seed.consents.map((s) => [s.id, s.text])),
    eInvoice: { enabled: seed.eInvoice.enabled, ...(seed.eInvoice.email ? { email: seed.eInvoice.email } : {}) },
    notifications: seed.notifications,
    password: fixture.persona.password,
  };
  map.set(c.id, rec);
  return rec;
}

/** The record of the signed-in customer, for tests and the demo (e.g. to change a section "in another tab"). */
export function accountRecordOf(fixture: CustomerFixture): AccountRecord {
  return recordOf(fixture);
}

const tag = (section: Section, rec: AccountRecord) => `${section}-${rec.versions[section]}`;

function withEtag<T extends JsonBodyType & { version: string }>(body: T): HttpResponse<T> {
  return HttpResponse.json(body, { headers: { ETag: ifMatch(body.version) } });
}

function contactBody(rec: AccountRecord): AccountContact {
  const now = mockNow();
  // An expired code keeps its change on screen: the customer sends a new code or cancels it.
  const pending: AccountPendingChange[] = rec.pending.map((p) => ({
      channel: p.channel,
      value: p.value,
      expiresAt: formatWarsaw(p.expiresAt),
      codeLength: p.code.length,
      resendAfterSeconds: Math.max(0, Math.ceil((p.resendAt - now) / 1000)),
    }));
  return { version: tag('contact', rec), ...structuredClone(rec.contact), pending };
}

function consentsBody(rec: AccountRecord, lang: Language): ConsentList {
  return {
    version: tag('consents', rec),
    items: rec.consents.map((c) => {
      const texts = rec.consentTexts[c.id];
      const text = texts?.[lang];
      return { ...c, ...(text ? { text, lang } : { text: texts?.pl ?? c.text, lang: 'pl' as const }) };
    }),
  };
}

function eInvoiceBody(rec: AccountRecord): EInvoice {
  return { version: tag('eInvoice', rec), ...rec.eInvoice };
}

function notificationsBody(rec: AccountRecord): NotificationSettings {
  return { version: tag('notifications', rec), ...structuredClone(rec.notifications), smsAvailable: !!rec.contact.phone };
}

function language(request: Request): Language {
  const l = request.headers.get('Accept-Language')?.slice(0, 2);
  return l === 'uk' || l === 'ru' ? l : 'pl';
}

/** 428 without If-Match, 412 when it names another version; undefined when the save may go on. */
function precondition(request: Request, section: Section, rec: AccountRecord): HttpResponse<Problem> | undefined {
  const header = request.headers.get('If-Match');
  if (!header) return fail(428, 'precondition_required');
  if (versionOf(header) !== tag(section, rec)) return fail(412, 'precondition_failed');
  return undefined;
}

// Typed bodies come from the helpers above (contact, consents…) and fail(); the handlers answer either.
type AnyBody = JsonBodyType;
const get = (path: string, r: Parameters<typeof http.get<never, DefaultBodyType, AnyBody>>[1]) => http.get<never, DefaultBodyType, AnyBody>(path, r);
const put = (path: string, r: Parameters<typeof http.put<never, DefaultBodyType, AnyBody>>[1]) => http.put<never, DefaultBodyType, AnyBody>(path, r);
const post = (path: string, r: Parameters<typeof http.post<never, DefaultBodyType, AnyBody>>[1]) => http.post<never, DefaultBodyType, AnyBody>(path, r);

const isChannel = (v: unknown): v is AccountChannel => v === 'email' || v === 'phone';

/** The record of the account the request is for, or the 401/403 to answer (`change`: refused on a view_only account). */
function authed(request: Request, need: 'read' | 'change' = 'read'): { rec: AccountRecord; error?: undefined } | { rec?: undefined; error: HttpResponse<Problem> } {
  const a = authenticate(request, need);
  return a.error ? { error: a.error } : { rec: recordOf(a.customer) };
}

type Body = Record<string, unknown> | undefined;

/**
 * One section's GET and PUT, which every section answers alike: the section with its version as
 * ETag; a save needs a session, an account that may be changed, a current If-Match and a body
 * that `parse` accepts (else its 400); `apply` writes it, the version goes up and the new section
 * comes back with its new ETag.
 */
function section<U>(
  path: string,
  name: Section,
  view: (rec: AccountRecord, request: Request) => JsonBodyType & { version: string },
  parse: (body: Body, rec: AccountRecord) => U | HttpResponse<Problem>,
  apply: (rec: AccountRecord, update: U) => void,
): HttpHandler[] {
  return [
    get(path, ({ request }) => {
      const { rec, error } = authed(request);
      return error ?? withEtag(view(rec, request));
    }),
    put(path, async ({ request }) => {
      const { rec, error } = authed(request, 'change');
      if (error) return error;
      const stale = precondition(request, name, rec);
      if (stale) return stale;
      const update = parse(await readJsonObject(request), rec);
      if (update instanceof Response) return update;
      apply(rec, update);
      rec.versions[name]++;
      return withEtag(view(rec, request));
    }),
  ];
}

/** The field errors of a rule as the 400 to answer, or the update itself when there are none. */
const checked = <U>(update: U, fields: Record<string, FieldErrorCode>): U | HttpResponse<Problem> =>
  Object.keys(fields).length > 0 ? validationFailed(fields) : update;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function parseContact(body: Body) {
  const address = (body?.address ?? {}) as Record<string, unknown>;
  const update = {
    address: { street: str(address.street), postalCode: str(address.postalCode), city: str(address.city) },
    email: str(body?.email),
    phone: str(body?.phone),
  };
  return checked(update, contactErrors(update));
}

function applyContact(rec: AccountRecord, update: { address: AccountContact['address']; email: string; phone: string }): void {
  const clean = contactUpdate({ ...update.address, email: update.email, phone: update.phone });
  rec.contact.address = clean.address;
  // A new e-mail or phone waits for its code; typing the current value again drops a pending change.
  for (const [channel, value, current] of [
    ['email', clean.email, rec.contact.email],
    ['phone', clean.phone ?? '', rec.contact.phone ?? ''],
  ] as const) {
    const pending = rec.pending.find((p) => p.channel === channel);
    if (value === current) rec.pending = rec.pending.filter((p) => p.channel !== channel);
    else if (channel === 'phone' && value === '') {
      // Removing the phone needs no code (nothing is sent to it any more).
      delete rec.contact.phone;
      rec.pending = rec.pending.filter((p) => p.channel !== channel);
    } else if (pending?.value !== value) {
      rec.pending = [...rec.pending.filter((p) => p.channel !== channel), newCode(channel, value)];
    }
  }
}

type ConsentUpdate = { id: string; granted: boolean };

function parseConsents(body: Body, rec: AccountRecord) {
  const list = Array.isArray(body?.consents) ? (body.consents as unknown[]) : undefined;
  const items = list?.filter(
    (c): c is ConsentUpdate => !!c && typeof (c as { id?: unknown }).id === 'string' && typeof (c as { granted?: unknown }).granted === 'boolean',
  );
  if (!list || !items || items.length !== list.length) return validationFailed({ consents: 'invalid_format' });
  return checked(items, consentErrors(rec.consents, { consents: items }));
}

function applyConsents(rec: AccountRecord, items: ConsentUpdate[]): void {
  const at = formatWarsaw(mockNow());
  rec.consents = rec.consents.map((c) => {
    const u = items.find((i) => i.id === c.id);
    return u && u.granted !== c.granted ? { ...c, granted: u.granted, changedAt: at } : c;
  });
}

function parseEInvoice(body: Body) {
  if (typeof body?.enabled !== 'boolean') return validationFailed({ enabled: 'required' });
  const update = {
    enabled: body.enabled,
    ...(typeof body.email === 'string' ? { email: body.email.trim() } : {}),
    ...(typeof body.addressConfirmed === 'boolean' ? { addressConfirmed: body.addressConfirmed } : {}),
  };
  return checked(update, eInvoiceErrors(update));
}

function applyEInvoice(rec: AccountRecord, update: { enabled: boolean; email?: string }): void {
  const changed = update.enabled !== rec.eInvoice.enabled || (update.enabled && update.email !== rec.eInvoice.email);
  if (!changed) return;
  rec.eInvoice = {
    enabled: update.enabled,
    ...(update.enabled && update.email !== undefined ? { email: update.email } : {}),
    effectiveFrom: eInvoiceEffectiveFrom(fixtures().today),
  };
}

function parseNotifications(body: Body, rec: AccountRecord) {
  const events = body?.events as NotificationSettings['events'] | undefined;
  const shapeOk =
    !!events &&
    (['newInvoice', 'paymentReminder', 'paymentReceived', 'plannedWorks'] as const).every(
      (e) => typeof events[e]?.email === 'boolean' && typeof events[e]?.sms === 'boolean',
    );
  if (!shapeOk) return validationFailed({ events: 'invalid_format' });
  const update = { events, reminderDaysBefore: body?.reminderDaysBefore as number };
  return checked(update, notificationErrors(update, !!rec.contact.phone));
}

export function accountRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    ...section(url('/account/contact'), 'contact', contactBody, parseContact, applyContact),
    ...section(url('/account/consents'), 'consents', (rec, request) => consentsBody(rec, language(request)), parseConsents, applyConsents),
    ...section(url('/account/e-invoice'), 'eInvoice', eInvoiceBody, parseEInvoice, applyEInvoice),
    ...section(url('/account/notifications'), 'notifications', notificationsBody, parseNotifications, (rec, update) => {
      rec.notifications = structuredClone(update);
    }),

    post(url('/account/contact/confirm'), async ({ request }) => {
      const { rec, error } = authed(request, 'change');
      if (error) return error;
      const body = await readJsonObject(request);
      if (!isChannel(body?.channel)) return validationFailed({ channel: 'invalid_value' });
      const pending = rec.pending.find((p) => p.channel === body.channel);
      if (!pending) return fail(404, 'not_found');
      const now = mockNow();
      if (pending.attemptsLeft <= 0) {
        const wait = Math.max(1, Math.ceil((pending.resendAt - now) / 1000));
        return fail(429, 'too_many_attempts', { retryAfterSeconds: wait });
      }
      if (pending.expiresAt <= now) return fail(410, 'code_expired');
      const code = typeof body.code === 'string' ? normalizeCode(body.code, pending.code.length) : undefined;
      if (!code) return validationFailed({ code: 'invalid_format' });
      if (code !== pending.code) {
        pending.attemptsLeft--;
        if (pending.attemptsLeft <= 0) {
          pending.resendAt = now + CODE_LOCK_SECONDS * 1000;
          return fail(429, 'too_many_attempts', { retryAfterSeconds: CODE_LOCK_SECONDS, attemptsLeft: 0 });
        }
        return fail(400, 'code_invalid', { attemptsLeft: pending.attemptsLeft });
      }
      if (pending.channel === 'email') rec.contact.email = pending.value;
      else rec.contact.phone = pending.value;
      rec.pending = rec.pending.filter((p) => p !== pending);
      rec.versions.contact++;
      return withEtag(contactBody(rec));
    }),

    post(url('/account/contact/resend'), async ({ request }) => {
      const { rec, error } = authed(request, 'change');
      if (error) return error;
      const body = await readJsonObject(request);
      if (!isChannel(body?.channel)) return validationFailed({ channel: 'invalid_value' });
      const pending = rec.pending.find((p) => p.channel === body.channel);
      if (!pending) return fail(404, 'not_found');
      const wait = Math.ceil((pending.resendAt - mockNow()) / 1000);
      if (wait > 0) return fail(429, 'too_many_attempts', { retryAfterSeconds: wait });
      rec.pending = rec.pending.map((p) => (p === pending ? newCode(p.channel, p.value) : p));
      return withEtag(contactBody(rec));
    }),

    post(url('/account/contact/cancel'), async ({ request }) => {
      const { rec, error } = authed(request, 'change');
      if (error) return error;
      const body = await readJsonObject(request);
      if (!isChannel(body?.channel)) return validationFailed({ channel: 'invalid_value' });
      if (rec.pending.some((p) => p.channel === body.channel)) {
        rec.pending = rec.pending.filter((p) => p.channel !== body.channel);
        rec.versions.contact++;
      }
      return withEtag(contactBody(rec));
    }),

    post(url('/account/password'), async ({ request }) => {
      // The password is the signed-in person's own, not the account's: a view_only person may
      // change theirs, and choosing another account does not change whose password it is.
      const a = authenticate(request);
      if (a.error) return a.error;
      const me = a.person;
      const rec = recordOf(me);
      const id = me.customer.id;
      const body = await readJsonObject(request);
      const current = typeof body?.currentPassword === 'string' ? body.currentPassword : '';
      const next = typeof body?.newPassword === 'string' ? body.newPassword : '';
      const locked = lockedUntil(id);
      if (locked !== undefined) {
        endSession();
        return fail(423, 'account_locked', { lockedUntil: formatWarsaw(locked) });
      }
      if (!current || !next) return validationFailed({ ...(current ? {} : { currentPassword: 'required' }), ...(next ? {} : { newPassword: 'required' }) });
      if (current !== rec.password) {
        // Counts with the failed sign-ins: the same limit, the same lock.
        const attemptsLeft = recordPasswordFailure(id);
        if (attemptsLeft === 0) {
          endSession();
          return fail(423, 'account_locked', { lockedUntil: formatWarsaw(lockedUntil(id) ?? mockNow() + LOCK_MS) });
        }
        return problem(400, { code: 'validation_failed', fields: { currentPassword: 'wrong_password' }, attemptsLeft });
      }
      if (next === current) return validationFailed({ newPassword: 'same_password' });
      if (passwordProblems(next, [me.customer.email, me.customer.customerNumber]).length) return validationFailed({ newPassword: 'weak_password' });
      clearPasswordFailures(id);
      rec.password = next;
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
