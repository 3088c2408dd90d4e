/**
 * Pure rules of the sign-in widget: which identifiers an operator accepts and how each is typed
 * and checked, how API failures become what the customer reads, and countdown arithmetic.
 * No DOM, no fetching: unit-tested at every boundary.
 */
import type { ApiError, ApiErrorKind } from '../core/api/errors';
import type { IdentifierType, SmsChallenge } from '../core/api/types';
import type { CodeState, CredentialsState, ResetSentState, ResetState } from './login-view';
import { compactDigits, isEmail, isPhone, normalizeCustomerNumber } from '../core/validators';
import { IDENTIFIER_TYPES } from './login-attributes';
// Kept in login-attributes.ts: the element checks its attributes without loading these rules.
export { IDENTIFIER_TYPES, safeUrl, unknownIdentifiers } from './login-attributes';


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

/** Whole minutes from `now` until an ISO instant, rounded up, at least 1 while still in the future. */
export function minutesUntil(instant: string, now: number): number {
  const at = Date.parse(instant);
  if (Number.isNaN(at) || at <= now) return 0;
  return Math.max(1, Math.ceil((at - now) / 60_000));
}

// ---------------------------------------------------------------- the sign-in flow as a reducer

/** What the widget is doing while nobody is signed in (the code step keeps its challenge id). */
export type Flow = CredentialsState | (CodeState & { challengeId: string }) | ResetState | ResetSentState;

/** Where focus goes after the next render. */
export type FocusTarget = 'title' | 'identifier' | 'password' | 'code' | 'reset-email' | 'first-invalid';

/** What happened: a submit (after the element's own Retry-After guard) or an API answer. */
export type LoginEvent =
  | { type: 'submit-credentials'; identifierType: IdentifierType; password: string }
  | { type: 'submit-code' }
  | { type: 'resend' }
  | { type: 'submit-reset' }
  | { type: 'challenge'; challenge: SmsChallenge; resent: boolean }
  | { type: 'reset-accepted'; linkValidHours: number }
  | { type: 'failed'; step: Step; error: ApiError }
  /** Typing and choosing: what each keystroke clears. */
  | { type: 'choose-type'; identifierType: IdentifierType }
  | { type: 'identifier-input'; value: string }
  | { type: 'code-input'; value: string }
  | { type: 'reset-input'; value: string }
  /** "Nie pamiętam hasła": the e-mail typed so far goes along (another identifier does not). */
  | { type: 'forgot'; identifierType: IdentifierType };

/** The next flow and what the element does about it. */
export interface Transition {
  flow: Flow;
  /** The API call to make now (nothing when the input was refused or the event was a result). */
  request?: 'login' | 'verify' | 'resend' | 'reset';
  focus?: FocusTarget;
  /** Start the "try again in N s" countdown (Retry-After of 429/503). */
  retryAfter?: number;
  /** Start (or, with 0, end) the "new code in N s" countdown. */
  resendAfter?: number;
  /** The account is locked until this instant: count the minutes. */
  lockedUntil?: string;
  /** The SMS challenge is gone: back to the form with the identifier typed last. */
  restart?: true;
  /** Tell screen readers a new code was sent. */
  announceResent?: true;
  /** Another step began: the waits of the last one no longer apply. */
  clearWaits?: true;
}

function waits(problem: LoginProblem | undefined): Pick<Transition, 'retryAfter' | 'lockedUntil'> {
  if (problem?.kind === 'rate_limited' || problem?.kind === 'unavailable') return { retryAfter: problem.seconds };
  if (problem?.kind === 'locked' && problem.until) return { lockedUntil: problem.until };
  return {};
}

function withProblem<F extends object>(flow: F, problem: LoginProblem | undefined): F & { problem?: LoginProblem } {
  return problem ? { ...flow, problem } : flow;
}

/**
 * The sign-in flow, one pure step at a time: every branch the element used to hand-roll —
 * validation, busy states, each API failure per step (a failed SMS resend, field errors of the
 * password reset, a vanished challenge) — decided here and unit-tested branch by branch. The
 * element makes the requests, runs the countdowns and moves focus as the transition says.
 */
export function loginReducer(flow: Flow, event: LoginEvent): Transition {
  switch (event.type) {
    case 'submit-credentials': {
      if (flow.view !== 'credentials' || flow.busy) return { flow };
      const identifier = flow.identifier ?? '';
      const errors = { identifier: validateIdentifier(event.identifierType, identifier), password: validatePassword(event.password) };
      if (errors.identifier || errors.password) {
        const { problem: _p, notice: _n, ...rest } = flow;
        return {
          flow: { ...rest, identifierType: event.identifierType, errors: { ...(errors.identifier ? { identifier: errors.identifier } : {}), ...(errors.password ? { password: errors.password } : {}) } },
          focus: 'first-invalid',
        };
      }
      return { flow: { view: 'credentials', identifierType: event.identifierType, identifier, busy: true }, request: 'login' };
    }
    case 'submit-code': {
      if (flow.view !== 'code' || flow.busy) return { flow };
      const code = normalizeCode(flow.code ?? '');
      const error = validateCode(code);
      if (error) {
        const { problem: _p, ...rest } = flow;
        return { flow: { ...rest, error, resent: false }, focus: 'code' };
      }
      const { problem: _p, error: _e, ...rest } = flow;
      return { flow: { ...rest, code, busy: true, resent: false }, request: 'verify' };
    }
    case 'resend':
      if (flow.view !== 'code' || flow.busy || flow.resending) return { flow };
      return { flow: { ...flow, resending: true, resent: false }, request: 'resend' };
    case 'submit-reset': {
      if (flow.view !== 'reset' || flow.busy) return { flow };
      const email = (flow.email ?? '').trim();
      const error = validateIdentifier('email', email);
      if (error) {
        const { problem: _p, ...rest } = flow;
        return { flow: { ...rest, error }, focus: 'reset-email' };
      }
      return { flow: { view: 'reset', email, busy: true }, request: 'reset' };
    }
    case 'challenge': {
      const { challenge, resent } = event;
      return {
        flow: {
          view: 'code',
          challengeId: challenge.id,
          maskedPhone: challenge.maskedPhone,
          expiresAt: challenge.expiresAt,
          resendIn: challenge.resendAfterSeconds,
          code: '',
          ...(resent ? { resent } : {}),
        },
        resendAfter: challenge.resendAfterSeconds,
        focus: 'code',
        ...(resent ? { announceResent: true as const } : {}),
      };
    }
    case 'reset-accepted':
      if (flow.view !== 'reset') return { flow };
      return { flow: { view: 'reset-sent', email: flow.email ?? '', linkValidHours: event.linkValidHours }, focus: 'title' };
    case 'failed':
      return failed(flow, event.step, event.error);
    case 'choose-type':
      if (flow.view !== 'credentials') return { flow };
      return { flow: { ...flow, identifierType: event.identifierType, errors: { ...flow.errors, identifier: undefined } } };
    case 'identifier-input': {
      if (flow.view !== 'credentials') return { flow };
      // Another identifier may be another account: a lock shown for the previous one no longer applies.
      const otherAccount = flow.problem?.kind === 'locked' && event.value.trim() !== (flow.identifier ?? '').trim();
      const { problem, ...rest } = flow;
      return { flow: { ...rest, ...(problem && !otherAccount ? { problem } : {}), identifier: event.value, errors: { ...flow.errors, identifier: undefined } } };
    }
    case 'code-input':
      if (flow.view !== 'code') return { flow };
      // Only digits, in the field too (a pasted "123 456"): the field shows the flow's code.
      return { flow: { ...flow, code: normalizeCode(event.value), error: undefined } };
    case 'reset-input':
      if (flow.view !== 'reset') return { flow };
      return { flow: { ...flow, email: event.value, error: undefined } };
    case 'forgot': {
      const email = flow.view === 'credentials' && event.identifierType === 'email' ? (flow.identifier ?? '').trim() : '';
      return { flow: { view: 'reset', email }, focus: 'reset-email', clearWaits: true };
    }
  }
}

function failed(flow: Flow, step: Step, error: ApiError): Transition {
  if (error.kind === 'aborted') return { flow };
  if (step === 'login' && flow.view === 'credentials') {
    const problem = toProblem(error, 'login');
    const { busy: _b, ...rest } = flow;
    return { flow: withProblem(rest, problem), ...waits(problem), ...(problem?.kind === 'invalid_credentials' ? { focus: 'password' as const } : {}) };
  }
  if ((step === 'code' || step === 'resend') && flow.view === 'code') {
    // A new code asked for too early: the API says how long to wait; that is the countdown, not an error.
    if (step === 'resend' && error.kind === 'rate_limited' && error.status === 429) {
      return { flow: { ...flow, resending: false, resent: false }, resendAfter: Math.max(1, error.retryAfterSeconds ?? 30) };
    }
    const problem = toProblem(error, step);
    if (problem?.kind === 'challenge_gone') return { flow, restart: true, focus: 'password' };
    if (step === 'resend') return { flow: withProblem({ ...flow, resending: false, resent: false }, problem), ...waits(problem) };
    const { error: _e, ...rest } = flow;
    return {
      flow: withProblem({ ...rest, code: '', busy: false, resent: false }, problem),
      ...waits(problem),
      // An expired code may be replaced at once.
      ...(problem?.kind === 'code_expired' ? { resendAfter: 0 } : {}),
      focus: 'code',
    };
  }
  if (step === 'reset' && flow.view === 'reset') {
    const email = flow.email ?? '';
    // The API's own verdict on the address goes under the field, like ours.
    if (error.kind === 'validation' && error.fields.email) {
      return { flow: { view: 'reset', email, error: error.fields.email === 'required' ? 'required' : 'invalid' }, focus: 'reset-email' };
    }
    const problem = toProblem(error, 'reset');
    return { flow: withProblem({ view: 'reset', email }, problem), ...waits(problem) };
  }
  // An answer for a step the customer has already left.
  return { flow };
}
