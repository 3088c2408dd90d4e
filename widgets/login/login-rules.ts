/**
 * Pure rules of the sign-in widget: which identifiers an operator accepts and how each is typed
 * and checked, how API failures become what the customer reads, and countdown arithmetic.
 * No DOM, no fetching: unit-tested at every boundary.
 */
import type { ApiError, ApiErrorKind } from '../core/api/errors';
import type { IdentifierType } from '../core/api/types';
import { compactDigits, isEmail, isPhone, normalizeCustomerNumber } from '../core/validators';

export const IDENTIFIER_TYPES: readonly IdentifierType[] = ['email', 'customerNumber', 'phone', 'cardNumber'];

export interface IdentifierSpec {
  /** <input type>: "email"/"tel" give the right keyboard and let browsers suggest saved values. */
  type: 'email' | 'tel' | 'text';
  inputmode: 'email' | 'tel' | 'numeric';
  /** Always "username": that is what ties the identifier to the saved password in managers. */
  autocomplete: 'username';
  maxLength: number;
}

export const IDENTIFIER_SPECS: Readonly<Record<IdentifierType, IdentifierSpec>> = {
  email: { type: 'email', inputmode: 'email', autocomplete: 'username', maxLength: 254 },
  customerNumber: { type: 'text', inputmode: 'numeric', autocomplete: 'username', maxLength: 20 },
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'username', maxLength: 20 },
  cardNumber: { type: 'text', inputmode: 'numeric', autocomplete: 'username', maxLength: 24 },
};

/**
 * The `identifiers` attribute: a space-separated subset of email, customerNumber, phone and
 * cardNumber, in the operator's order. Unknown words and repeats are ignored; nothing valid
 * means the default, e-mail.
 */
export function parseIdentifiers(value: string | null | undefined): IdentifierType[] {
  const out: IdentifierType[] = [];
  for (const word of (value ?? '').split(/[\s,]+/)) {
    const type = IDENTIFIER_TYPES.find((t) => t.toLowerCase() === word.toLowerCase());
    if (type && !out.includes(type)) out.push(type);
  }
  return out.length > 0 ? out : ['email'];
}

/** The words of the `identifiers` attribute that name no identifier (e.g. a misspelt "emial"). */
export function unknownIdentifiers(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((word) => word && !IDENTIFIER_TYPES.some((t) => t.toLowerCase() === word.toLowerCase()));
}

export type IdentifierProblem = 'required' | 'invalid';

/** Checks what the customer typed for the chosen identifier; undefined when it is fine. */
export function validateIdentifier(type: IdentifierType, raw: string): IdentifierProblem | undefined {
  const value = raw.trim();
  if (value === '') return 'required';
  if (value.length > IDENTIFIER_SPECS[type].maxLength) return 'invalid';
  // The same verdicts as every other widget (core/validators); only the card number is ours.
  const ok =
    type === 'email'
      ? isEmail(value)
      : type === 'customerNumber'
        ? normalizeCustomerNumber(value) !== undefined
        : type === 'phone'
          ? isPhone(value)
          : /^\d{8,20}$/.test(compactDigits(value));
  return ok ? undefined : 'invalid';
}

/** Password checks are the API's business; the form only insists on something being typed. */
export function validatePassword(value: string): 'required' | undefined {
  return value.length === 0 ? 'required' : undefined;
}

export const CODE_LENGTH = 6;

/** Keeps only digits (a pasted "123 456" or "123-456" becomes "123456"), at most `length`. */
export function normalizeCode(value: string, length = CODE_LENGTH): string {
  return value.replace(/\D/g, '').slice(0, length);
}

export function validateCode(value: string, length = CODE_LENGTH): 'required' | 'format' | undefined {
  if (value === '') return 'required';
  return new RegExp(`^\\d{${length}}$`).test(value) ? undefined : 'format';
}

/** What went wrong, in the widget's own terms, with the numbers its message needs. */
export type LoginProblem =
  /** Wrong identifier or password; `attemptsLeft` before the account locks, when the API says. */
  | { kind: 'invalid_credentials'; attemptsLeft?: number }
  /** Locked until `until` (ISO instant), when known. */
  | { kind: 'locked'; until?: string }
  /** Too many attempts: no new try for `seconds`. */
  | { kind: 'rate_limited'; seconds: number }
  /** Service unavailable (503 with Retry-After) for `seconds`. */
  | { kind: 'unavailable'; seconds: number }
  | { kind: 'code_invalid'; attemptsLeft?: number }
  | { kind: 'code_expired' }
  /** The SMS challenge is gone (unknown, discarded after wrong codes): start again. */
  | { kind: 'challenge_gone' }
  /** Anything else, told with the common error texts. */
  | { kind: 'general'; error: Exclude<ApiErrorKind, 'aborted'> };

export type Step = 'login' | 'code' | 'resend' | 'reset';

/** Turns a failed API call into what the customer reads. `aborted` is not a problem: undefined. */
export function toProblem(error: ApiError, step: Step): LoginProblem | undefined {
  // 410 maps to the `not_found` kind; its code tells an expired code from a discarded challenge.
  if (error.code === 'code_expired') return { kind: 'code_expired' };
  switch (error.kind) {
    case 'aborted':
      return undefined;
    case 'unauthorized':
      return step === 'login'
        ? { kind: 'invalid_credentials', ...(error.attemptsLeft !== undefined ? { attemptsLeft: error.attemptsLeft } : {}) }
        : { kind: 'general', error: 'unauthorized' };
    case 'locked':
      return { kind: 'locked', ...(error.lockedUntil ? { until: error.lockedUntil } : {}) };
    case 'rate_limited': {
      const seconds = Math.max(1, error.retryAfterSeconds ?? 30);
      return error.status === 503 ? { kind: 'unavailable', seconds } : { kind: 'rate_limited', seconds };
    }
    case 'not_found':
      return step === 'code' || step === 'resend' ? { kind: 'challenge_gone' } : { kind: 'general', error: 'server' };
    case 'validation':
      if (step === 'code' && error.code === 'code_invalid') {
        // No attempts left: the API discarded the challenge, the customer starts again.
        if (error.attemptsLeft === 0) return { kind: 'challenge_gone' };
        return { kind: 'code_invalid', ...(error.attemptsLeft !== undefined ? { attemptsLeft: error.attemptsLeft } : {}) };
      }
      return { kind: 'general', error: 'validation' };
    default:
      return { kind: 'general', error: error.kind };
  }
}

/**
 * Whether a new attempt must wait: a Retry-After countdown still running, or the account still
 * locked (until the API's instant; with no instant given, until the customer changes the identifier).
 */
export function attemptBlocked(problem: LoginProblem | undefined, now: number): boolean {
  if (problem?.kind === 'rate_limited' || problem?.kind === 'unavailable') return problem.seconds > 0;
  if (problem?.kind === 'locked') return !problem.until || minutesUntil(problem.until, now) > 0;
  return false;
}

/** Whole seconds from `now` to `deadline` (ms), rounded up, never negative. */
export function secondsUntil(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** Whole minutes from `now` until an ISO instant, rounded up, at least 1 while still in the future. */
export function minutesUntil(instant: string, now: number): number {
  const at = Date.parse(instant);
  if (Number.isNaN(at) || at <= now) return 0;
  return Math.max(1, Math.ceil((at - now) / 60_000));
}

/**
 * The registration link from the `registration-url` attribute, only when it is http(s) (relative
 * URLs resolve against the page). Anything else — `javascript:`, `data:` — is dropped: Lit does
 * not sanitise href values.
 */
export function safeUrl(value: string | null | undefined, base = document.baseURI): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
