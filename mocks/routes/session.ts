import { http, HttpResponse, type HttpHandler } from 'msw';
import type { IdentifierType, JsonBody, JsonResponse, Problem } from '../../widgets/core/api/types';
import { DEMO_SMS_CODE, findPersona, formatWarsaw, maskPhone } from '../data';
import {
  LOCK_MS,
  bumpStat,
  challengeBody,
  clearPasswordFailures,
  createChallenge,
  dropChallenge,
  endSession,
  findChallenge,
  hasSessionCookie,
  lockedUntil,
  loginRetryAfterSeconds,
  mockNow,
  recordFailedLogin,
  recordPasswordFailure,
  sessionBody,
  startSession,
  touchSession,
  RESEND_AFTER_SECONDS,
  CHALLENGE_TTL_MS,
  chooseAccount,
} from '../state';
import { fail, isEmail, nonEmptyString, ok, readJsonObject, validationFailed, type FieldErrors } from './respond';

const IDENTIFIER_TYPES: readonly IdentifierType[] = ['email', 'customerNumber', 'phone', 'cardNumber'];

type NoParams = Record<string, never>;

export function sessionRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.post<NoParams, JsonBody<'/session', 'post'>, JsonResponse<'/session', 'post'> | Problem>(url('/session'), async ({ request }) => {
      const body = await readJsonObject(request);
      const fields: FieldErrors = {};
      if (!nonEmptyString(body?.identifier)) fields.identifier = 'required';
      if (!IDENTIFIER_TYPES.includes(body?.identifierType as IdentifierType)) {
        fields.identifierType = body?.identifierType === undefined ? 'required' : 'invalid_value';
      }
      if (typeof body?.password !== 'string' || body.password.length === 0) fields.password = 'required';
      if (!body || Object.keys(fields).length > 0) return validationFailed(fields);

      const retryAfterSeconds = loginRetryAfterSeconds();
      if (retryAfterSeconds > 0) return fail(429, 'too_many_attempts', { retryAfterSeconds });

      const persona = findPersona(body.identifier as string, body.identifierType as IdentifierType);
      if (!persona) {
        recordFailedLogin();
        return fail(401, 'invalid_credentials');
      }
      const customerId = persona.customer.id;
      if (persona.alwaysLocked) return fail(423, 'account_locked', { lockedUntil: formatWarsaw(mockNow() + LOCK_MS) });
      const locked = lockedUntil(customerId);
      if (locked !== undefined) return fail(423, 'account_locked', { lockedUntil: formatWarsaw(locked) });

      if (body.password !== persona.password) {
        recordFailedLogin();
        const attemptsLeft = recordPasswordFailure(customerId);
        if (attemptsLeft === 0) {
          return fail(423, 'account_locked', { lockedUntil: formatWarsaw(lockedUntil(customerId) ?? mockNow() + LOCK_MS) });
        }
        return fail(401, 'invalid_credentials', { attemptsLeft });
      }

      clearPasswordFailures(customerId);
      if (persona.smsPhone) {
        const challenge = createChallenge(customerId, maskPhone(persona.smsPhone), DEMO_SMS_CODE);
        return ok<'/session', 'post'>({ status: 'challenge', challenge: challengeBody(challenge) });
      }
      bumpStat('successfulLogins');
      return ok<'/session', 'post'>({ status: 'authenticated', session: startSession(customerId) });
    }),

    http.get<NoParams, never, JsonResponse<'/session', 'get'> | Problem | null>(url('/session'), () => {
      // No cookie at all (never signed in, or signed out): 204, not a 401 the console shows.
      if (!touchSession()) return hasSessionCookie() ? fail(401, 'unauthorized') : new HttpResponse(null, { status: 204 });
      return ok<'/session', 'get'>(sessionBody());
    }),

    http.put<NoParams, JsonBody<'/session/account', 'put'>, JsonResponse<'/session/account', 'put'> | Problem>(
      url('/session/account'),
      async ({ request }) => {
        if (!touchSession()) return fail(401, 'unauthorized');
        const body = await readJsonObject(request);
        if (!nonEmptyString(body?.accountId)) return validationFailed({ accountId: 'required' });
        if (!chooseAccount(body.accountId)) return fail(403, 'account_not_allowed');
        return ok<'/session/account', 'put'>(sessionBody());
      },
    ),

    http.delete<NoParams, never, undefined>(url('/session'), () => {
      endSession();
      return new HttpResponse(null, { status: 204 });
    }),

    http.post<NoParams, JsonBody<'/session/challenge', 'post'>, JsonResponse<'/session/challenge', 'post'> | Problem>(
      url('/session/challenge'),
      async ({ request }) => {
        const body = await readJsonObject(request);
        const fields: FieldErrors = {};
        if (!nonEmptyString(body?.challengeId)) fields.challengeId = 'required';
        if (!nonEmptyString(body?.code)) fields.code = 'required';
        else if (!/^\d{6}$/.test(body.code)) fields.code = 'invalid_format';
        if (!body || Object.keys(fields).length > 0) return validationFailed(fields);

        const challenge = findChallenge(body.challengeId as string);
        if (!challenge) return fail(404, 'challenge_not_found');
        if (challenge.expiresAt <= mockNow()) return fail(410, 'code_expired');
        if (body.code !== challenge.code) {
          challenge.attemptsLeft--;
          // Too many wrong codes: the challenge is gone and the customer starts over.
          if (challenge.attemptsLeft <= 0) dropChallenge(challenge.id);
          return fail(400, 'code_invalid', { attemptsLeft: Math.max(0, challenge.attemptsLeft) });
        }
        dropChallenge(challenge.id);
        bumpStat('successfulLogins');
        return ok<'/session/challenge', 'post'>(startSession(challenge.customerId));
      },
    ),

    http.post<NoParams, JsonBody<'/session/challenge/resend', 'post'>, JsonResponse<'/session/challenge/resend', 'post'> | Problem>(
      url('/session/challenge/resend'),
      async ({ request }) => {
        const body = await readJsonObject(request);
        if (!nonEmptyString(body?.challengeId)) return validationFailed({ challengeId: 'required' });
        const challenge = findChallenge(body.challengeId);
        if (!challenge) return fail(404, 'challenge_not_found');
        const now = mockNow();
        if (challenge.resendAt > now) {
          return fail(429, 'too_many_attempts', { retryAfterSeconds: Math.ceil((challenge.resendAt - now) / 1000) });
        }
        challenge.expiresAt = now + CHALLENGE_TTL_MS;
        challenge.resendAt = now + RESEND_AFTER_SECONDS * 1000;
        bumpStat('smsSent');
        return ok<'/session/challenge/resend', 'post'>(challengeBody(challenge));
      },
    ),

    http.post<NoParams, JsonBody<'/password-reset', 'post'>, JsonResponse<'/password-reset', 'post', 202> | Problem>(
      url('/password-reset'),
      async ({ request }) => {
        const body = await readJsonObject(request);
        if (!nonEmptyString(body?.email)) return validationFailed({ email: 'required' });
        if (!isEmail(body.email)) return validationFailed({ email: 'invalid_email' });
        // Same answer whether or not the account exists; only the stats know.
        if (findPersona(body.email, 'email')) bumpStat('passwordResetEmails');
        return ok<'/password-reset', 'post', 202>({ linkValidHours: 72 }, 202);
      },
    ),
  ];
}
