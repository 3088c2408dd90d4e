import { expect } from '@open-wc/testing';
import type { LoginResult, Session, SmsChallenge } from '../widgets/core/api/types';
import { PERSONAS } from './data';
import { advanceMockClock, getMockStats, signInAs } from './state';
import { api, json, login, postJson, problemOf, setUpMocks, signIn } from './test-utils';

describe('mock API: session', () => {
  beforeEach(setUpMocks);

  it('is signed out at first: 204, no body (no cookie, so no 401 in the console)', async () => {
    const response = await api('/session');
    expect(response.status).to.equal(204);
    expect(await response.text()).to.equal('');
  });

  for (const persona of PERSONAS.filter((p) => !p.alwaysLocked && !p.smsPhone)) {
    it(`signs in ${persona.customer.email} without a second factor`, async () => {
      const response = await login(persona.customer.email);
      expect(response.status).to.equal(200);
      const result = await json<LoginResult>(response);
      expect(result.status).to.equal('authenticated');
      if (result.status !== 'authenticated') return;
      expect(result.session.customer).to.deep.equal(persona.customer);
      expect(Date.parse(result.session.expiresAt)).to.be.greaterThan(Date.now());
      const session = await json<Session>(await api('/session'));
      expect(session.customer.id).to.equal(persona.customer.id);
    });
  }

  it('accepts the customer number and the phone number for Jan', async () => {
    for (const [identifier, type] of [
      ['10004521', 'customerNumber'],
      ['601234567', 'phone'],
      ['+48 601-234-567', 'phone'],
      ['Jan.Kowalski@Example.pl ', 'email'],
    ] as const) {
      const response = await login(identifier, 'Ebok-demo-1', type);
      expect(response.status, `${type} ${identifier}`).to.equal(200);
    }
  });

  it('rejects a wrong identifier type, an unknown account and a malformed body', async () => {
    expect((await login('10004521', 'Ebok-demo-1', 'email')).status).to.equal(401);
    const unknown = await login('nikt@example.pl');
    expect(unknown.status).to.equal(401);
    expect(await problemOf(unknown)).to.deep.equal({ code: 'invalid_credentials' });
    const malformed = await postJson('/session', { identifier: '', identifierType: 'nick' });
    expect(malformed.status).to.equal(400);
    expect((await problemOf(malformed)).fields).to.deep.equal({
      identifier: 'required',
      identifierType: 'invalid_value',
      password: 'required',
    });
  });

  it('asks Olena for an SMS code and signs her in with 123456', async () => {
    const result = await json<LoginResult>(await login('olena.kovalenko@example.pl'));
    expect(result.status).to.equal('challenge');
    if (result.status !== 'challenge') return;
    const challenge = result.challenge;
    expect(challenge.channel).to.equal('sms');
    expect(challenge.maskedPhone).to.equal('+48 *** *** 321');
    expect(challenge.codeLength).to.equal(6);
    expect(challenge.resendAfterSeconds).to.equal(30);
    expect((await api('/session')).status, 'no session before the code').to.equal(204);

    const wrong = await postJson('/session/challenge', { challengeId: challenge.id, code: '000000' });
    expect(wrong.status).to.equal(400);
    expect(await problemOf(wrong)).to.deep.equal({ code: 'code_invalid', attemptsLeft: 4 });

    const badFormat = await postJson('/session/challenge', { challengeId: challenge.id, code: '12ab' });
    expect((await problemOf(badFormat)).fields).to.deep.equal({ code: 'invalid_format' });

    const ok = await postJson('/session/challenge', { challengeId: challenge.id, code: '123456' });
    expect(ok.status).to.equal(200);
    const session = await json<Session>(ok);
    expect(session.customer.name).to.equal('Olena Kovalenko');
    expect(session.customer.preferredLanguage).to.equal('uk');

    const again = await postJson('/session/challenge', { challengeId: challenge.id, code: '123456' });
    expect(again.status, 'a used challenge is gone').to.equal(404);
    expect((await problemOf(again)).code).to.equal('challenge_not_found');
  });

  it('discards the challenge after five wrong codes', async () => {
    const result = await json<LoginResult>(await login('olena.kovalenko@example.pl'));
    if (result.status !== 'challenge') throw new Error('expected a challenge');
    let last = 5;
    for (let i = 0; i < 5; i++) {
      const problem = await problemOf(await postJson('/session/challenge', { challengeId: result.challenge.id, code: '999999' }));
      expect(problem.attemptsLeft).to.equal(--last);
    }
    const gone = await postJson('/session/challenge', { challengeId: result.challenge.id, code: '123456' });
    expect(gone.status).to.equal(404);
  });

  it('limits resending the code and expires codes', async () => {
    const result = await json<LoginResult>(await login('olena.kovalenko@example.pl'));
    if (result.status !== 'challenge') throw new Error('expected a challenge');
    const id = result.challenge.id;

    const early = await postJson('/session/challenge/resend', { challengeId: id });
    expect(early.status).to.equal(429);
    expect(Number(early.headers.get('Retry-After'))).to.be.within(29, 30);
    expect((await problemOf(early)).code).to.equal('too_many_attempts');

    advanceMockClock(31_000);
    const resent = await postJson('/session/challenge/resend', { challengeId: id });
    expect(resent.status).to.equal(200);
    const challenge = await json<SmsChallenge>(resent);
    expect(challenge.id).to.equal(id);
    expect(getMockStats().smsSent).to.equal(2);

    advanceMockClock(5 * 60_000 + 1000);
    const expired = await postJson('/session/challenge', { challengeId: id, code: '123456' });
    expect(expired.status).to.equal(410);
    expect((await problemOf(expired)).code).to.equal('code_expired');

    const unknown = await postJson('/session/challenge/resend', { challengeId: 'ch-nope' });
    expect(unknown.status).to.equal(404);
  });

  it('locks an account for 15 minutes after five wrong passwords', async () => {
    for (let left = 4; left >= 1; left--) {
      const response = await login('jan.kowalski@example.pl', 'zle-haslo');
      expect(response.status).to.equal(401);
      expect(await problemOf(response)).to.deep.equal({ code: 'invalid_credentials', attemptsLeft: left });
    }
    const fifth = await login('jan.kowalski@example.pl', 'zle-haslo');
    expect(fifth.status).to.equal(423);
    const problem = await problemOf(fifth);
    expect(problem.code).to.equal('account_locked');
    const lockedFor = Date.parse(problem.lockedUntil ?? '') - Date.now();
    expect(lockedFor).to.be.within(14 * 60_000, 15 * 60_000 + 1000);

    expect((await login('jan.kowalski@example.pl')).status, 'even the right password').to.equal(423);
    expect((await login('anna.nowak@example.pl')).status, 'other accounts are fine').to.equal(200);

    advanceMockClock(15 * 60_000 + 1000);
    expect((await login('jan.kowalski@example.pl')).status).to.equal(200);
  });

  it('resets the wrong-password count after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await login('piotr.wisniewski@example.pl', 'x');
    expect((await login('piotr.wisniewski@example.pl')).status).to.equal(200);
    const next = await login('piotr.wisniewski@example.pl', 'x');
    expect((await problemOf(next)).attemptsLeft).to.equal(4);
  });

  it('always reports zablokowany@example.pl as locked', async () => {
    const response = await login('zablokowany@example.pl');
    expect(response.status).to.equal(423);
    const problem = await problemOf(response);
    expect(problem.code).to.equal('account_locked');
    expect(Date.parse(problem.lockedUntil ?? '')).to.be.greaterThan(Date.now());
  });

  it('rate-limits a flood of failed sign-ins with Retry-After', async () => {
    for (let i = 0; i < 20; i++) await login(`nikt${i}@example.pl`);
    const response = await login('anna.nowak@example.pl');
    expect(response.status).to.equal(429);
    expect(Number(response.headers.get('Retry-After'))).to.be.greaterThan(0);
    expect((await problemOf(response)).retryAfterSeconds).to.be.greaterThan(0);
  });

  it('signs out, idempotently', async () => {
    await signIn('jan.kowalski@example.pl');
    expect((await api('/session', { method: 'DELETE' })).status).to.equal(204);
    expect((await api('/session')).status, 'the cookie is gone').to.equal(204);
    expect((await api('/balance')).status).to.equal(401);
    expect((await api('/session', { method: 'DELETE' })).status).to.equal(204);
  });

  it('slides the session and ends it after 15 idle minutes', async () => {
    signInAs('anna');
    advanceMockClock(10 * 60_000);
    expect((await api('/session')).status, 'activity extends it').to.equal(200);
    advanceMockClock(10 * 60_000);
    expect((await api('/balance')).status).to.equal(200);
    advanceMockClock(15 * 60_000 + 1000);
    const expired = await api('/session');
    expect(expired.status, 'an expired cookie').to.equal(401);
    expect((await problemOf(expired)).code).to.equal('unauthorized');
  });

  it('never writes the session to cookies or web storage', async () => {
    await signIn('jan.kowalski@example.pl');
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });

  it('always accepts a password reset request', async () => {
    for (const email of ['jan.kowalski@example.pl', 'nikt@example.pl']) {
      const response = await postJson('/password-reset', { email });
      expect(response.status).to.equal(202);
      expect(await response.json()).to.deep.equal({ linkValidHours: 72 });
    }
    expect(getMockStats().passwordResetEmails).to.equal(1);
    const bad = await postJson('/password-reset', { email: 'jan.kowalski' });
    expect(bad.status).to.equal(400);
    expect((await problemOf(bad)).fields).to.deep.equal({ email: 'invalid_email' });
  });
});
