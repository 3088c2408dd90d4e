/**
 * Registration and activation (issue #18). The same answer whether or not a customer or an e-mail
 * is known: only the "outbox" (what the operator would e-mail) differs, and only tests and the demo
 * read it. Input rules are the widget's own (register-rules.ts, core/validators.ts).
 */
import { http, type HttpHandler } from 'msw';
import type { JsonBody, JsonResponse, Problem, RegistrationAccepted } from '../../widgets/core/api/types';
import { passwordProblems, PASSWORD_MAX_LENGTH } from '../../widgets/core/validators';
import { powSolves } from '../../widgets/register/register-pow';
import { isWellFormedToken, registrationFieldErrors } from '../../widgets/register/register-rules';
import {
  DEMO_ACTIVATION_TOKENS,
  formatWarsaw,
  MOCK_POW_DIFFICULTY,
  REGISTRATION_CANDIDATES,
  REGISTRATION_OPTIONS,
  REGISTRATION_RESEND_SECONDS,
  type RegistrationCandidate,
} from '../data';
import { fixtures, mockNow, nextSequence } from '../state';
import { fail, idempotencyKey, nonEmptyString, ok, readJsonObject, validationFailed } from './respond';

type NoParams = Record<string, never>;

const HOUR = 3_600_000;
const CHALLENGE_TTL_MS = 5 * 60_000;

export interface OutboxMail {
  to: string;
  kind: 'activation' | 'already-registered';
  /** The token in the link (activation mails only). */
  token?: string;
}

interface PendingRegistration {
  id: string;
  candidate: RegistrationCandidate | undefined;
  resendAt: number;
}

interface TokenRecord {
  candidate: RegistrationCandidate;
  expiresAt: number;
  used: boolean;
  /** The password it was used with (a repeated identical call answers the same). */
  password?: string;
}

interface RegistrationState {
  challenge: (typeof REGISTRATION_OPTIONS)['challenge'];
  termsVersion: string;
  challenges: Map<string, { salt: string; expiresAt: number }>;
  registrations: Map<string, PendingRegistration>;
  idempotent: Map<string, { fingerprint: string; result: RegistrationAccepted }>;
  tokens: Map<string, TokenRecord>;
  /** Activated e-mails (lower case) and their new password. */
  activated: Map<string, string>;
  outbox: OutboxMail[];
}

// Keyed on the fixtures object, which resetMockState() replaces: registration state resets with
// the rest of the mock without a hook in state.ts.
const states = new WeakMap<object, RegistrationState>();

function reg(): RegistrationState {
  const key = fixtures();
  let s = states.get(key);
  if (!s) {
    const now = mockNow();
    const [marek, , jan] = REGISTRATION_CANDIDATES as [RegistrationCandidate, RegistrationCandidate, RegistrationCandidate];
    s = {
      challenge: REGISTRATION_OPTIONS.challenge,
      termsVersion: REGISTRATION_OPTIONS.terms.version,
      challenges: new Map(),
      registrations: new Map(),
      idempotent: new Map(),
      tokens: new Map([
        [DEMO_ACTIVATION_TOKENS.valid, { candidate: marek, expiresAt: now + REGISTRATION_OPTIONS.linkValidHours * HOUR, used: false }],
        [DEMO_ACTIVATION_TOKENS.expired, { candidate: marek, expiresAt: now - HOUR, used: false }],
        [DEMO_ACTIVATION_TOKENS.used, { candidate: jan, expiresAt: now + HOUR, used: true }],
      ]),
      activated: new Map(),
      outbox: [],
    };
    states.set(key, s);
  }
  return s;
}

/** Tests and the demo: what the operator would have e-mailed, oldest first. */
export function registrationOutbox(): readonly OutboxMail[] {
  return [...reg().outbox];
}

/** Tests and the demo: the operator's bot check (default proof-of-work) and terms version. */
export function setRegistrationMock(options: { challenge?: RegistrationState['challenge']; termsVersion?: string }): void {
  const s = reg();
  if (options.challenge) s.challenge = options.challenge;
  if (options.termsVersion) s.termsVersion = options.termsVersion;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function findCandidate(body: Record<string, unknown>): RegistrationCandidate | undefined {
  const same = (a: unknown, b: string | undefined) => typeof a === 'string' && b !== undefined && a === b;
  return REGISTRATION_CANDIDATES.find(
    (c) =>
      (same(body.customerNumber, c.customerNumber) || same(body.invoiceNumber, c.invoiceNumber)) &&
      (same(body.pesel, c.pesel) || same(body.nip, c.nip)) &&
      typeof body.email === 'string' &&
      body.email.trim().toLowerCase() === c.email,
  );
}

/** Sends what the operator sends: a new link, or "you already have an account". */
function mail(s: RegistrationState, candidate: RegistrationCandidate): void {
  const registered = candidate.registered || s.activated.has(candidate.email);
  if (registered) {
    s.outbox.push({ to: candidate.email, kind: 'already-registered' });
    return;
  }
  const token = randomToken();
  s.tokens.set(token, { candidate, expiresAt: mockNow() + REGISTRATION_OPTIONS.linkValidHours * HOUR, used: false });
  s.outbox.push({ to: candidate.email, kind: 'activation', token });
}

function accepted(p: PendingRegistration): RegistrationAccepted {
  return {
    id: p.id,
    linkValidHours: REGISTRATION_OPTIONS.linkValidHours,
    resendAfterSeconds: Math.max(0, Math.ceil((p.resendAt - mockNow()) / 1000)),
  };
}

/** The token's record, or the problem to answer (the same for the check and the activation). */
function tokenRecord(body: Record<string, unknown> | undefined): { record: TokenRecord; error?: undefined } | { record?: undefined; error: ReturnType<typeof fail> } {
  if (!nonEmptyString(body?.token)) return { error: validationFailed({ token: 'required' }) };
  const record = isWellFormedToken(body.token) ? reg().tokens.get(body.token) : undefined;
  if (!record) return { error: fail(404, 'token_invalid') };
  if (record.used) return { error: fail(409, 'token_used') };
  if (record.expiresAt <= mockNow()) return { error: fail(410, 'token_expired') };
  return { record };
}

export function registrationRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/registration/options', 'get'>>(url('/registration/options'), () => {
      const s = reg();
      return ok<'/registration/options', 'get'>({
        ...structuredClone(REGISTRATION_OPTIONS),
        challenge: s.challenge,
        terms: { ...REGISTRATION_OPTIONS.terms, version: s.termsVersion },
      });
    }),

    http.get<NoParams, never, JsonResponse<'/registration/challenge', 'get'> | Problem>(url('/registration/challenge'), () => {
      if (reg().challenge !== 'proof-of-work') return fail(404, 'not_found');
      const id = `rc-${nextSequence().toString(36).padStart(4, '0')}`;
      const salt = randomToken();
      const expiresAt = mockNow() + CHALLENGE_TTL_MS;
      reg().challenges.set(id, { salt, expiresAt });
      return ok<'/registration/challenge', 'get'>({ id, algorithm: 'sha-256', salt, difficulty: MOCK_POW_DIFFICULTY, expiresAt: formatWarsaw(expiresAt) });
    }),

    http.post<NoParams, JsonBody<'/registration', 'post'>, JsonResponse<'/registration', 'post', 202> | Problem>(
      url('/registration'),
      async ({ request }) => {
        const idem = idempotencyKey(request);
        if (idem.error) return idem.error;
        const body = await readJsonObject(request);
        if (!body) return validationFailed({ email: 'required', termsVersion: 'required' });
        const s = reg();
        const { challenge: answer, ...identity } = body;
        const fingerprint = JSON.stringify(identity);
        const stored = s.idempotent.get(idem.key);
        if (stored) {
          if (stored.fingerprint !== fingerprint) return fail(409, 'idempotency_conflict');
          return ok<'/registration', 'post', 202>(stored.result, 202);
        }
        const fields = registrationFieldErrors(identity, { ...REGISTRATION_OPTIONS, terms: { ...REGISTRATION_OPTIONS.terms, version: s.termsVersion } });
        if (s.challenge !== 'none') {
          const a = answer as { type?: unknown; id?: unknown; nonce?: unknown; token?: unknown } | undefined;
          if (!a || typeof a !== 'object') fields.challenge = 'required';
          else if (s.challenge === 'operator') {
            if (a.type !== 'operator' || !nonEmptyString(a.token)) fields.challenge = 'invalid_value';
          } else {
            const c = typeof a.id === 'string' ? s.challenges.get(a.id) : undefined;
            if (a.type !== 'proof-of-work' || !c || typeof a.nonce !== 'string') fields.challenge = 'invalid_value';
            else if (c.expiresAt <= mockNow()) fields.challenge = 'expired';
            else if (!(await powSolves(c.salt, a.nonce, MOCK_POW_DIFFICULTY))) fields.challenge = 'invalid_value';
          }
        }
        if (Object.keys(fields).length > 0) return validationFailed(fields);
        // Each challenge is good for one registration.
        if (s.challenge === 'proof-of-work') s.challenges.delete((answer as { id: string }).id);

        const candidate = findCandidate(identity);
        const pending: PendingRegistration = { id: `rg-${randomToken().slice(0, 8)}`, candidate, resendAt: mockNow() + REGISTRATION_RESEND_SECONDS * 1000 };
        s.registrations.set(pending.id, pending);
        if (candidate) mail(s, candidate);
        const result = accepted(pending);
        s.idempotent.set(idem.key, { fingerprint, result });
        return ok<'/registration', 'post', 202>(result, 202);
      },
    ),

    http.post<NoParams, JsonBody<'/registration/resend', 'post'>, JsonResponse<'/registration/resend', 'post', 202> | Problem>(
      url('/registration/resend'),
      async ({ request }) => {
        const body = await readJsonObject(request);
        const s = reg();
        let pending: PendingRegistration | undefined;
        if (nonEmptyString(body?.id)) pending = s.registrations.get(body.id);
        else if (nonEmptyString(body?.token)) {
          // An expired or used link: the registration it belongs to, by its token.
          const key = `token:${body.token}`;
          pending = s.registrations.get(key);
          if (!pending) {
            pending = { id: key, candidate: s.tokens.get(body.token)?.candidate, resendAt: 0 };
            s.registrations.set(key, pending);
          }
        } else return validationFailed({ id: 'required' });
        // An unknown id is answered like a known one (nothing is sent): no enumeration.
        pending ??= { id: String(body?.id), candidate: undefined, resendAt: 0 };
        s.registrations.set(pending.id, pending);
        const now = mockNow();
        if (pending.resendAt > now) return fail(429, 'too_many_attempts', { retryAfterSeconds: Math.ceil((pending.resendAt - now) / 1000) });
        pending.resendAt = now + REGISTRATION_RESEND_SECONDS * 1000;
        if (pending.candidate) mail(s, pending.candidate);
        return ok<'/registration/resend', 'post', 202>(accepted(pending), 202);
      },
    ),

    http.post<NoParams, JsonBody<'/registration/token', 'post'>, JsonResponse<'/registration/token', 'post'> | Problem>(
      url('/registration/token'),
      async ({ request }) => {
        const { record, error } = tokenRecord(await readJsonObject(request));
        if (error) return error;
        return ok<'/registration/token', 'post'>({ login: record.candidate.email, expiresAt: formatWarsaw(record.expiresAt) });
      },
    ),

    http.post<NoParams, JsonBody<'/registration/activate', 'post'>, JsonResponse<'/registration/activate', 'post'> | Problem>(
      url('/registration/activate'),
      async ({ request }) => {
        const body = await readJsonObject(request);
        const s = reg();
        // A retry of the call that just succeeded (the answer was lost): the same answer again.
        const previous = nonEmptyString(body?.token) ? s.tokens.get(body.token) : undefined;
        if (previous?.used && previous.password !== undefined && previous.password === body?.password) {
          return ok<'/registration/activate', 'post'>({ login: previous.candidate.email });
        }
        const { record, error } = tokenRecord(body);
        if (error) return error;
        const password = typeof body?.password === 'string' ? body.password : '';
        if (!password) return validationFailed({ password: 'required' });
        if ([...password].length > PASSWORD_MAX_LENGTH) return validationFailed({ password: 'too_long' });
        const c = record.candidate;
        if (passwordProblems(password, [c.email]).length > 0) return validationFailed({ password: 'weak_password' });
        record.used = true;
        record.password = password;
        s.activated.set(c.email, password);
        return ok<'/registration/activate', 'post'>({ login: c.email });
      },
    ),
  ];
}
