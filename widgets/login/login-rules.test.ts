import { expect } from '@open-wc/testing';
import { ApiError } from '../core/api/errors';
import {
  attemptBlocked,
  IDENTIFIER_SPECS,
  loginReducer,
  unknownIdentifiers,
  minutesUntil,
  normalizeCode,
  parseIdentifiers,
  safeUrl,
  toProblem,
  validateCode,
  validateIdentifier,
  validatePassword,
} from './login-rules';

describe('login rules: identifiers', () => {
  it('parses the identifiers attribute in the operator order, ignoring unknown words and repeats', () => {
    expect(parseIdentifiers(null)).to.deep.equal(['email']);
    expect(parseIdentifiers('')).to.deep.equal(['email']);
    expect(parseIdentifiers('nick login')).to.deep.equal(['email']);
    expect(parseIdentifiers('phone email')).to.deep.equal(['phone', 'email']);
    expect(parseIdentifiers('  customerNumber  customernumber,cardNumber  ')).to.deep.equal(['customerNumber', 'cardNumber']);
    expect(parseIdentifiers('email customerNumber phone cardNumber')).to.have.length(4);
  });

  it('gives every identifier the username autocomplete and a fitting keyboard', () => {
    for (const spec of Object.values(IDENTIFIER_SPECS)) expect(spec.autocomplete).to.equal('username');
    expect(IDENTIFIER_SPECS.email.inputmode).to.equal('email');
    expect(IDENTIFIER_SPECS.phone.inputmode).to.equal('tel');
    expect(IDENTIFIER_SPECS.customerNumber.inputmode).to.equal('numeric');
    expect(IDENTIFIER_SPECS.cardNumber.inputmode).to.equal('numeric');
  });

  it('validates e-mail addresses', () => {
    expect(validateIdentifier('email', '')).to.equal('required');
    expect(validateIdentifier('email', '   ')).to.equal('required');
    expect(validateIdentifier('email', 'jan.kowalski@example.pl')).to.equal(undefined);
    expect(validateIdentifier('email', ' Jan@Example.PL ')).to.equal(undefined);
    expect(validateIdentifier('email', 'jan@example')).to.equal('invalid');
    expect(validateIdentifier('email', 'jan example.pl')).to.equal('invalid');
    expect(validateIdentifier('email', 'jan@@example.pl')).to.equal('invalid');
    expect(validateIdentifier('email', `${'a'.repeat(250)}@x.pl`)).to.equal('invalid');
    // One verdict with the contact form: a one-letter top-level domain is not an address.
    expect(validateIdentifier('email', 'jan@example.c')).to.equal('invalid');
  });

  it('validates customer numbers: 4 to 12 digits, spaces allowed', () => {
    expect(validateIdentifier('customerNumber', '123')).to.equal('invalid');
    expect(validateIdentifier('customerNumber', '1234')).to.equal(undefined);
    expect(validateIdentifier('customerNumber', '1000 4521')).to.equal(undefined);
    expect(validateIdentifier('customerNumber', '123456789012')).to.equal(undefined);
    expect(validateIdentifier('customerNumber', '1234567890123')).to.equal('invalid');
    expect(validateIdentifier('customerNumber', '10004521a')).to.equal('invalid');
  });

  it('validates phone numbers the way Poles type them', () => {
    for (const ok of ['601234567', '601 234 567', '601-234-567', '+48 601 234 567', '0048601234567', '48601234567', '+380 44 123 45 67']) {
      expect(validateIdentifier('phone', ok), ok).to.equal(undefined);
    }
    for (const bad of ['60123456', '6012345678', '+48 60123456', 'abc', '+1234567', '601/234/567']) {
      expect(validateIdentifier('phone', bad), bad).to.equal('invalid');
    }
  });

  it('validates decoder card numbers: 8 to 20 digits', () => {
    expect(validateIdentifier('cardNumber', '1234567')).to.equal('invalid');
    expect(validateIdentifier('cardNumber', '12345678')).to.equal(undefined);
    expect(validateIdentifier('cardNumber', '1234 5678 9012 3456 7890')).to.equal(undefined);
    expect(validateIdentifier('cardNumber', '123456789012345678901')).to.equal('invalid');
  });

  it('only insists that a password is typed', () => {
    expect(validatePassword('')).to.equal('required');
    expect(validatePassword(' ')).to.equal(undefined);
  });
});

describe('login rules: SMS code', () => {
  it('keeps digits only, at most six', () => {
    expect(normalizeCode('123 456')).to.equal('123456');
    expect(normalizeCode('12-34-56-78')).to.equal('123456');
    expect(normalizeCode('abc')).to.equal('');
  });

  it('needs exactly six digits', () => {
    expect(validateCode('')).to.equal('required');
    expect(validateCode('12345')).to.equal('format');
    expect(validateCode('123456')).to.equal(undefined);
    expect(validateCode('1234567')).to.equal('format');
  });
});

describe('login rules: problems', () => {
  const err = (init: ConstructorParameters<typeof ApiError>[0]) => new ApiError(init);

  it('maps sign-in failures', () => {
    expect(toProblem(err({ kind: 'aborted' }), 'login')).to.equal(undefined);
    expect(toProblem(err({ kind: 'unauthorized', status: 401, code: 'invalid_credentials', attemptsLeft: 2 }), 'login')).to.deep.equal({
      kind: 'invalid_credentials',
      attemptsLeft: 2,
    });
    expect(toProblem(err({ kind: 'unauthorized', status: 401 }), 'login')).to.deep.equal({ kind: 'invalid_credentials' });
    expect(toProblem(err({ kind: 'locked', status: 423, lockedUntil: '2026-10-15T14:35:00+02:00' }), 'login')).to.deep.equal({
      kind: 'locked',
      until: '2026-10-15T14:35:00+02:00',
    });
    expect(toProblem(err({ kind: 'locked', status: 423 }), 'login')).to.deep.equal({ kind: 'locked' });
    expect(toProblem(err({ kind: 'rate_limited', status: 429, retryAfterSeconds: 42 }), 'login')).to.deep.equal({
      kind: 'rate_limited',
      seconds: 42,
    });
    expect(toProblem(err({ kind: 'rate_limited', status: 429 }), 'login')).to.deep.equal({ kind: 'rate_limited', seconds: 30 });
    expect(toProblem(err({ kind: 'rate_limited', status: 429, retryAfterSeconds: 0 }), 'login')).to.deep.equal({
      kind: 'rate_limited',
      seconds: 1,
    });
    expect(toProblem(err({ kind: 'rate_limited', status: 503, retryAfterSeconds: 120 }), 'login')).to.deep.equal({
      kind: 'unavailable',
      seconds: 120,
    });
    for (const kind of ['offline', 'timeout', 'server', 'malformed'] as const) {
      expect(toProblem(err({ kind }), 'login')).to.deep.equal({ kind: 'general', error: kind });
    }
    expect(toProblem(err({ kind: 'validation', status: 400 }), 'login')).to.deep.equal({ kind: 'general', error: 'validation' });
    expect(toProblem(err({ kind: 'not_found', status: 404 }), 'reset')).to.deep.equal({ kind: 'general', error: 'server' });
  });

  it('maps SMS code failures', () => {
    expect(toProblem(err({ kind: 'validation', status: 400, code: 'code_invalid', attemptsLeft: 3 }), 'code')).to.deep.equal({
      kind: 'code_invalid',
      attemptsLeft: 3,
    });
    expect(toProblem(err({ kind: 'validation', status: 400, code: 'code_invalid' }), 'code')).to.deep.equal({ kind: 'code_invalid' });
    expect(toProblem(err({ kind: 'validation', status: 400, code: 'code_invalid', attemptsLeft: 0 }), 'code')).to.deep.equal({
      kind: 'challenge_gone',
    });
    // 410 is the not_found kind; the code tells it apart.
    expect(toProblem(err({ kind: 'not_found', status: 410, code: 'code_expired' }), 'code')).to.deep.equal({ kind: 'code_expired' });
    expect(toProblem(err({ kind: 'not_found', status: 404, code: 'challenge_not_found' }), 'code')).to.deep.equal({
      kind: 'challenge_gone',
    });
    expect(toProblem(err({ kind: 'not_found', status: 404 }), 'resend')).to.deep.equal({ kind: 'challenge_gone' });
    expect(toProblem(err({ kind: 'unauthorized', status: 401 }), 'code')).to.deep.equal({ kind: 'general', error: 'unauthorized' });
  });
});

describe('login rules: time and links', () => {
  it('counts whole minutes up, at least one while locked', () => {
    const now = Date.parse('2026-10-15T12:00:00Z');
    expect(minutesUntil('2026-10-15T14:15:00+02:00', now)).to.equal(15);
    expect(minutesUntil('2026-10-15T12:14:01Z', now)).to.equal(15);
    expect(minutesUntil('2026-10-15T12:00:01Z', now)).to.equal(1);
    expect(minutesUntil('2026-10-15T12:00:00Z', now)).to.equal(0);
    expect(minutesUntil('not a date', now)).to.equal(0);
  });

  it('accepts only http(s) registration links', () => {
    expect(safeUrl('https://operator.pl/rejestracja')).to.equal('https://operator.pl/rejestracja');
    expect(safeUrl('/rejestracja', 'https://www.operator.pl/ebok/')).to.equal('https://www.operator.pl/rejestracja');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,hi')).to.equal(undefined);
    expect(safeUrl('  ')).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl('http://[bad', 'not a base')).to.equal(undefined);
  });
});

describe('login rules: the flow reducer, branch by branch', () => {
  const challenge = { id: 'ch-1', channel: 'sms', codeLength: 6, maskedPhone: '+48 *** *** 321', expiresAt: '2026-10-15T12:05:00Z', resendAfterSeconds: 30 } as const;
  const codeFlow = { view: 'code', challengeId: 'ch-1', maskedPhone: '+48 *** *** 321', expiresAt: '2026-10-15T12:05:00Z', resendIn: 0, code: '123456' } as const;
  const e = (init: ConstructorParameters<typeof ApiError>[0]) => new ApiError(init);

  it('credentials: refuses invalid input with errors and focus, sends valid input busy, ignores a double submit', () => {
    const empty = loginReducer({ view: 'credentials', notice: { kind: 'user' } }, { type: 'submit-credentials', identifierType: 'email', password: '' });
    expect(empty).to.deep.equal({ flow: { view: 'credentials', identifierType: 'email', errors: { identifier: 'required', password: 'required' } }, focus: 'first-invalid' });
    const ok = loginReducer({ view: 'credentials', identifier: 'jan@example.pl', problem: { kind: 'invalid_credentials' } }, { type: 'submit-credentials', identifierType: 'email', password: 'x' });
    expect(ok).to.deep.equal({ flow: { view: 'credentials', identifierType: 'email', identifier: 'jan@example.pl', busy: true }, request: 'login' });
    expect(loginReducer(ok.flow, { type: 'submit-credentials', identifierType: 'email', password: 'x' })).to.deep.equal({ flow: ok.flow });
  });

  it('credentials failures: wrong password focuses the password; 429 starts the countdown; a lock counts its minutes; abort changes nothing', () => {
    const busy = { view: 'credentials', identifierType: 'email', identifier: 'jan@example.pl', busy: true } as const;
    expect(loginReducer(busy, { type: 'failed', step: 'login', error: e({ kind: 'unauthorized', status: 401, attemptsLeft: 2 }) })).to.deep.equal({
      flow: { view: 'credentials', identifierType: 'email', identifier: 'jan@example.pl', problem: { kind: 'invalid_credentials', attemptsLeft: 2 } },
      focus: 'password',
    });
    const limited = loginReducer(busy, { type: 'failed', step: 'login', error: e({ kind: 'rate_limited', status: 429, retryAfterSeconds: 42 }) });
    expect(limited.retryAfter).to.equal(42);
    expect(limited.focus).to.equal(undefined);
    const locked = loginReducer(busy, { type: 'failed', step: 'login', error: e({ kind: 'locked', status: 423, lockedUntil: '2026-10-15T12:15:00Z' }) });
    expect(locked.lockedUntil).to.equal('2026-10-15T12:15:00Z');
    expect(loginReducer(busy, { type: 'failed', step: 'login', error: e({ kind: 'aborted' }) })).to.deep.equal({ flow: busy });
    const cors = loginReducer(busy, { type: 'failed', step: 'login', error: e({ kind: 'unreachable' }) });
    expect((cors.flow as { problem?: unknown }).problem).to.deep.equal({ kind: 'general', error: 'unreachable' });
  });

  it('a challenge opens the code step with its resend countdown; a resent one is announced', () => {
    const first = loginReducer({ view: 'credentials', busy: true }, { type: 'challenge', challenge, resent: false });
    expect(first).to.deep.equal({
      flow: { view: 'code', challengeId: 'ch-1', maskedPhone: challenge.maskedPhone, expiresAt: challenge.expiresAt, resendIn: 30, code: '' },
      resendAfter: 30,
      focus: 'code',
    });
    const again = loginReducer(codeFlow, { type: 'challenge', challenge, resent: true });
    expect(again.announceResent).to.equal(true);
    expect((again.flow as { resent?: boolean }).resent).to.equal(true);
  });

  it('code: a missing or short code is refused; a full one is sent busy; a second submit while busy is ignored', () => {
    expect(loginReducer({ ...codeFlow, code: '' }, { type: 'submit-code' })).to.deep.equal({ flow: { ...codeFlow, code: '', error: 'required', resent: false }, focus: 'code' });
    expect(loginReducer({ ...codeFlow, code: '12 3' }, { type: 'submit-code' }).flow).to.include({ error: 'format' });
    const sent = loginReducer({ ...codeFlow, problem: { kind: 'code_invalid' } }, { type: 'submit-code' });
    expect(sent).to.deep.equal({ flow: { ...codeFlow, busy: true, resent: false }, request: 'verify' });
    expect(loginReducer(sent.flow, { type: 'submit-code' })).to.deep.equal({ flow: sent.flow });
  });

  it('code failures: wrong code clears it and says attempts; expired allows a new code at once; a gone challenge restarts', () => {
    const busy = { ...codeFlow, busy: true };
    const wrong = loginReducer(busy, { type: 'failed', step: 'code', error: e({ kind: 'validation', status: 400, code: 'code_invalid', attemptsLeft: 3 }) });
    expect(wrong).to.deep.equal({ flow: { ...codeFlow, code: '', busy: false, resent: false, problem: { kind: 'code_invalid', attemptsLeft: 3 } }, focus: 'code' });
    const expired = loginReducer(busy, { type: 'failed', step: 'code', error: e({ kind: 'not_found', status: 410, code: 'code_expired' }) });
    expect(expired.resendAfter).to.equal(0);
    expect((expired.flow as { problem?: unknown }).problem).to.deep.equal({ kind: 'code_expired' });
    const last = loginReducer(busy, { type: 'failed', step: 'code', error: e({ kind: 'validation', status: 400, code: 'code_invalid', attemptsLeft: 0 }) });
    expect(last.restart).to.equal(true);
    expect(last.focus).to.equal('password');
  });

  it('resend: busy while sending; a failed resend says why and keeps the code step; too early is a countdown; gone restarts', () => {
    const resending = loginReducer(codeFlow, { type: 'resend' });
    expect(resending).to.deep.equal({ flow: { ...codeFlow, resending: true, resent: false }, request: 'resend' });
    expect(loginReducer(resending.flow, { type: 'resend' })).to.deep.equal({ flow: resending.flow });
    const broken = loginReducer(resending.flow, { type: 'failed', step: 'resend', error: e({ kind: 'server', status: 500 }) });
    expect(broken).to.deep.equal({ flow: { ...codeFlow, resending: false, resent: false, problem: { kind: 'general', error: 'server' } } });
    const offline = loginReducer(resending.flow, { type: 'failed', step: 'resend', error: e({ kind: 'offline' }) });
    expect(offline.flow.view).to.equal('code');
    const early = loginReducer(resending.flow, { type: 'failed', step: 'resend', error: e({ kind: 'rate_limited', status: 429, retryAfterSeconds: 12 }) });
    expect(early).to.deep.equal({ flow: { ...codeFlow, resending: false, resent: false }, resendAfter: 12 });
    const busyService = loginReducer(resending.flow, { type: 'failed', step: 'resend', error: e({ kind: 'rate_limited', status: 503, retryAfterSeconds: 20 }) });
    expect(busyService.retryAfter).to.equal(20);
    expect(loginReducer(resending.flow, { type: 'failed', step: 'resend', error: e({ kind: 'not_found', status: 404 }) }).restart).to.equal(true);
  });

  it('reset: refuses a bad address, sends a good one trimmed, lands on "sent"; the API\'s field errors go under the field', () => {
    expect(loginReducer({ view: 'reset', email: 'jan@', problem: { kind: 'general', error: 'server' } }, { type: 'submit-reset' })).to.deep.equal({
      flow: { view: 'reset', email: 'jan@', error: 'invalid' },
      focus: 'reset-email',
    });
    const sent = loginReducer({ view: 'reset', email: ' jan@example.pl ' }, { type: 'submit-reset' });
    expect(sent).to.deep.equal({ flow: { view: 'reset', email: 'jan@example.pl', busy: true }, request: 'reset' });
    expect(loginReducer(sent.flow, { type: 'submit-reset' })).to.deep.equal({ flow: sent.flow });
    expect(loginReducer(sent.flow, { type: 'reset-accepted', linkValidHours: 72 })).to.deep.equal({
      flow: { view: 'reset-sent', email: 'jan@example.pl', linkValidHours: 72 },
      focus: 'title',
    });
    const required = loginReducer(sent.flow, { type: 'failed', step: 'reset', error: e({ kind: 'validation', status: 400, fields: { email: 'required' } }) });
    expect(required).to.deep.equal({ flow: { view: 'reset', email: 'jan@example.pl', error: 'required' }, focus: 'reset-email' });
    const invalid = loginReducer(sent.flow, { type: 'failed', step: 'reset', error: e({ kind: 'validation', status: 400, fields: { email: 'invalid_email' } }) });
    expect(invalid.flow).to.deep.equal({ view: 'reset', email: 'jan@example.pl', error: 'invalid' });
    const limited = loginReducer(sent.flow, { type: 'failed', step: 'reset', error: e({ kind: 'rate_limited', status: 429, retryAfterSeconds: 30 }) });
    expect(limited).to.deep.equal({ flow: { view: 'reset', email: 'jan@example.pl', problem: { kind: 'rate_limited', seconds: 30 } }, retryAfter: 30 });
  });

  it('typing: clears the field\'s error; another identifier drops a lock, the same one keeps it; the code keeps digits only', () => {
    const locked = { view: 'credentials', identifier: 'zablokowany@example.pl', problem: { kind: 'locked' }, errors: { identifier: 'invalid' } } as const;
    expect(loginReducer(locked, { type: 'identifier-input', value: ' zablokowany@example.pl ' }).flow).to.deep.equal({
      view: 'credentials',
      identifier: ' zablokowany@example.pl ',
      problem: { kind: 'locked' },
      errors: { identifier: undefined },
    });
    expect(loginReducer(locked, { type: 'identifier-input', value: 'jan@example.pl' }).flow).to.deep.equal({ view: 'credentials', identifier: 'jan@example.pl', errors: { identifier: undefined } });
    // Any other problem stays until the next attempt.
    const wrong = { view: 'credentials', identifier: 'jan@example.pl', problem: { kind: 'invalid_credentials' } } as const;
    expect((loginReducer(wrong, { type: 'identifier-input', value: 'jan@example.com' }).flow as { problem?: unknown }).problem).to.deep.equal({ kind: 'invalid_credentials' });
    expect(loginReducer(locked, { type: 'choose-type', identifierType: 'customerNumber' }).flow).to.deep.equal({ ...locked, identifierType: 'customerNumber', errors: { identifier: undefined } });
    expect(loginReducer({ ...codeFlow, error: 'format' }, { type: 'code-input', value: '12 34-5a' }).flow).to.deep.equal({ ...codeFlow, code: '12345', error: undefined });
    expect(loginReducer({ view: 'reset', email: 'jan', error: 'invalid' }, { type: 'reset-input', value: 'jan@' }).flow).to.deep.equal({ view: 'reset', email: 'jan@', error: undefined });
    // Input for a step that is not on screen changes nothing.
    expect(loginReducer(codeFlow, { type: 'identifier-input', value: 'x' })).to.deep.equal({ flow: codeFlow });
    expect(loginReducer(codeFlow, { type: 'choose-type', identifierType: 'email' })).to.deep.equal({ flow: codeFlow });
    expect(loginReducer(wrong, { type: 'code-input', value: '1' })).to.deep.equal({ flow: wrong });
    expect(loginReducer(wrong, { type: 'reset-input', value: '1' })).to.deep.equal({ flow: wrong });
  });

  it('forgot: the e-mail typed goes along trimmed, another identifier does not; the waits of sign-in end', () => {
    const typed = { view: 'credentials', identifier: ' jan@example.pl ', problem: { kind: 'rate_limited', seconds: 20 } } as const;
    expect(loginReducer(typed, { type: 'forgot', identifierType: 'email' })).to.deep.equal({ flow: { view: 'reset', email: 'jan@example.pl' }, focus: 'reset-email', clearWaits: true });
    expect(loginReducer(typed, { type: 'forgot', identifierType: 'customerNumber' }).flow).to.deep.equal({ view: 'reset', email: '' });
    expect(loginReducer(codeFlow, { type: 'forgot', identifierType: 'email' }).flow).to.deep.equal({ view: 'reset', email: '' });
  });

  it('an answer for a step the customer already left changes nothing', () => {
    const reset = { view: 'reset', email: 'a@b.pl' } as const;
    expect(loginReducer(reset, { type: 'failed', step: 'code', error: e({ kind: 'server' }) })).to.deep.equal({ flow: reset });
    expect(loginReducer(reset, { type: 'submit-code' })).to.deep.equal({ flow: reset });
    expect(loginReducer(reset, { type: 'resend' })).to.deep.equal({ flow: reset });
    expect(loginReducer(reset, { type: 'submit-credentials', identifierType: 'email', password: 'x' })).to.deep.equal({ flow: reset });
    expect(loginReducer({ view: 'credentials' }, { type: 'submit-reset' })).to.deep.equal({ flow: { view: 'credentials' } });
    expect(loginReducer({ view: 'credentials' }, { type: 'reset-accepted', linkValidHours: 1 })).to.deep.equal({ flow: { view: 'credentials' } });
  });

  it('attemptBlocked: a countdown running, or a lock that lasts (or has no end given)', () => {
    const now = Date.parse('2026-10-15T12:00:00Z');
    expect(attemptBlocked(undefined, now)).to.equal(false);
    expect(attemptBlocked({ kind: 'rate_limited', seconds: 3 }, now)).to.equal(true);
    expect(attemptBlocked({ kind: 'unavailable', seconds: 0 }, now)).to.equal(false);
    expect(attemptBlocked({ kind: 'locked', until: '2026-10-15T12:10:00Z' }, now)).to.equal(true);
    expect(attemptBlocked({ kind: 'locked', until: '2026-10-15T11:59:00Z' }, now)).to.equal(false);
    expect(attemptBlocked({ kind: 'locked' }, now)).to.equal(true);
    expect(attemptBlocked({ kind: 'invalid_credentials' }, now)).to.equal(false);
  });

  it('unknownIdentifiers names the words that are not identifiers', () => {
    expect(unknownIdentifiers('emial phone, cardnumber x')).to.deep.equal(['emial', 'x']);
    expect(unknownIdentifiers(null)).to.deep.equal([]);
  });
});
