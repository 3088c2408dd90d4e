import { expect } from '@open-wc/testing';
import { ApiError } from '../core/api/errors';
import {
  IDENTIFIER_SPECS,
  minutesUntil,
  normalizeCode,
  parseIdentifiers,
  safeUrl,
  secondsUntil,
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
  it('counts whole seconds up, never below zero', () => {
    expect(secondsUntil(10_000, 10_000)).to.equal(0);
    expect(secondsUntil(10_000, 11_000)).to.equal(0);
    expect(secondsUntil(10_001, 10_000)).to.equal(1);
    expect(secondsUntil(40_000, 10_000)).to.equal(30);
    expect(secondsUntil(40_000, 10_001)).to.equal(30);
  });

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
