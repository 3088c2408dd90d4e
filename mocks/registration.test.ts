import { expect } from '@open-wc/testing';
import type { ActivationToken, RegistrationAccepted, RegistrationChallenge, RegistrationOptions } from '../widgets/core/api/types';
import { solveChallenge } from '../widgets/register/register-pow';
import { DEMO_ACTIVATION_TOKENS, DEMO_PASSWORD } from './data';
import { registrationOutbox, setRegistrationMock } from './routes/registration';
import { advanceMockClock } from './state';
import { api, json, login, postJson, problemOf, setUpMocks } from './test-utils';
import { timeoutFor } from '../widgets/test-utils/engine';

const marek = { customerNumber: '10052214', pesel: '44051401359', email: 'marek.zielinski@example.pl', termsVersion: '2026-09' };
const company = { invoiceNumber: 'FV/2026/10/000877', nip: '5260250274', email: 'biuro@zlotyklos.example.pl', termsVersion: '2026-09' };
const jan = { customerNumber: '10004521', pesel: '90090515836', email: 'jan.kowalski@example.pl', termsVersion: '2026-09' };
const nobody = { customerNumber: '99999999', pesel: '44051401359', email: 'ktos@example.pl', termsVersion: '2026-09' };

async function challenge(): Promise<{ type: 'proof-of-work'; id: string; nonce: string }> {
  const c = await json<RegistrationChallenge>(await api('/registration/challenge'));
  return { type: 'proof-of-work', id: c.id, nonce: await solveChallenge(c) };
}

async function register(body: Record<string, unknown>, key: string = crypto.randomUUID()): Promise<Response> {
  return postJson('/registration', { ...body, challenge: await challenge() }, { 'Idempotency-Key': key });
}

describe('mock API: registration', function () {
  this.timeout(timeoutFor(20_000));
  beforeEach(setUpMocks);

  it('offers both numbers, PESEL or NIP, the terms by version and a proof of work', async () => {
    const options = await json<RegistrationOptions>(await api('/registration/options'));
    expect(options).to.deep.include({ numbers: ['customerNumber', 'invoiceNumber'], proofs: ['pesel', 'nip'], challenge: 'proof-of-work', linkValidHours: 72 });
    expect(options.terms.version).to.equal('2026-09');
    const c = await json<RegistrationChallenge>(await api('/registration/challenge'));
    expect(c.algorithm).to.equal('sha-256');
    expect(c.difficulty).to.be.within(1, 24);
  });

  it('answers the same whether the customer is unknown, new, a company or already registered (no enumeration)', async () => {
    const answers = [];
    for (const body of [nobody, marek, company, jan]) {
      const response = await register(body);
      expect(response.status, body.email).to.equal(202);
      const { id, ...rest } = await json<RegistrationAccepted>(response);
      expect(id).to.match(/^rg-/);
      answers.push(rest);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).to.equal(1);
    // Only the e-mails differ: nothing for the unknown one, a link for new ones, a notice for Jan.
    expect(registrationOutbox().map((m) => [m.to, m.kind])).to.deep.equal([
      ['marek.zielinski@example.pl', 'activation'],
      ['biuro@zlotyklos.example.pl', 'activation'],
      ['jan.kowalski@example.pl', 'already-registered'],
    ]);
  });

  it('refuses bad input at the field, with the widget\'s own rules', async () => {
    const response = await register({ customerNumber: '12', pesel: '44051401358', email: 'marek@', termsVersion: '2025-01' });
    expect(response.status).to.equal(400);
    expect((await problemOf(response)).fields).to.deep.equal({ customerNumber: 'invalid_format', pesel: 'invalid_checksum', email: 'invalid_email', termsVersion: 'outdated' });
    expect(registrationOutbox()).to.have.length(0);
  });

  it('requires a solved, unused, fresh challenge', async () => {
    const key = () => ({ 'Idempotency-Key': crypto.randomUUID() });
    expect((await problemOf(await postJson('/registration', marek, key()))).fields).to.deep.equal({ challenge: 'required' });
    const c = await challenge();
    const wrong = await postJson('/registration', { ...marek, challenge: { ...c, nonce: `${c.nonce}1` } }, key());
    expect((await problemOf(wrong)).fields).to.deep.equal({ challenge: 'invalid_value' });
    expect((await postJson('/registration', { ...marek, challenge: c }, key())).status).to.equal(202);
    expect((await problemOf(await postJson('/registration', { ...marek, challenge: c }, key()))).fields).to.deep.equal({ challenge: 'invalid_value' });
    const late = await challenge();
    advanceMockClock(6 * 60_000);
    expect((await problemOf(await postJson('/registration', { ...marek, challenge: late }, key()))).fields).to.deep.equal({ challenge: 'expired' });
  });

  it('accepts the operator\'s own check when configured, and none at all', async () => {
    setRegistrationMock({ challenge: 'operator' });
    expect((await api('/registration/challenge')).status).to.equal(404);
    const key = () => ({ 'Idempotency-Key': crypto.randomUUID() });
    expect((await postJson('/registration', { ...marek, challenge: { type: 'operator', token: 'captcha-ok' } }, key())).status).to.equal(202);
    setRegistrationMock({ challenge: 'none' });
    expect((await postJson('/registration', marek, key())).status).to.equal(202);
  });

  it('a replayed key sends one e-mail; another body with the key is a conflict', async () => {
    const key = crypto.randomUUID();
    const first = await json<RegistrationAccepted>(await register(marek, key));
    const again = await json<RegistrationAccepted>(await register(marek, key));
    expect(again.id).to.equal(first.id);
    expect(registrationOutbox()).to.have.length(1);
    const other = await register(company, key);
    expect(other.status).to.equal(409);
    expect((await problemOf(other)).code).to.equal('idempotency_conflict');
  });

  it('resends only after the wait, with 429 and Retry-After before it; unknown ids look the same', async () => {
    const { id, resendAfterSeconds } = await json<RegistrationAccepted>(await register(marek));
    const early = await postJson('/registration/resend', { id });
    expect(early.status).to.equal(429);
    expect(early.headers.get('Retry-After')).to.equal(String(resendAfterSeconds));
    advanceMockClock(resendAfterSeconds * 1000);
    expect((await postJson('/registration/resend', { id })).status).to.equal(202);
    expect(registrationOutbox()).to.have.length(2);
    expect((await postJson('/registration/resend', { id: 'rg-unknown' })).status).to.equal(202);
    expect(registrationOutbox()).to.have.length(2);
  });

  it('activates with a valid token once; expired, used and unknown tokens say so', async () => {
    const token = DEMO_ACTIVATION_TOKENS.valid;
    const info = await json<ActivationToken>(await postJson('/registration/token', { token }));
    expect(info.login).to.equal('marek.zielinski@example.pl');
    const weak = await postJson('/registration/activate', { token, password: 'marek.zielinski1' });
    expect((await problemOf(weak)).fields).to.deep.equal({ password: 'weak_password' });
    const ok = await postJson('/registration/activate', { token, password: 'Jesienny-Liść-42' });
    expect(ok.status).to.equal(200);
    expect(await ok.json()).to.deep.equal({ login: 'marek.zielinski@example.pl' });
    // The same call again (its answer was lost): the same answer; another password: used.
    expect((await postJson('/registration/activate', { token, password: 'Jesienny-Liść-42' })).status).to.equal(200);
    expect((await problemOf(await postJson('/registration/activate', { token, password: 'Inne-hasło-77' }))).code).to.equal('token_used');

    const expired = await postJson('/registration/token', { token: DEMO_ACTIVATION_TOKENS.expired });
    expect([expired.status, (await problemOf(expired)).code]).to.deep.equal([410, 'token_expired']);
    const used = await postJson('/registration/token', { token: DEMO_ACTIVATION_TOKENS.used });
    expect([used.status, (await problemOf(used)).code]).to.deep.equal([409, 'token_used']);
    const unknown = await postJson('/registration/token', { token: 'x'.repeat(24) });
    expect([unknown.status, (await problemOf(unknown)).code]).to.deep.equal([404, 'token_invalid']);
    // The existing accounts are untouched.
    expect((await login('jan.kowalski@example.pl', DEMO_PASSWORD)).status).to.equal(200);
  });

  it('an expired link gets a new one by its token; the new link works', async () => {
    expect((await postJson('/registration/resend', { token: DEMO_ACTIVATION_TOKENS.expired })).status).to.equal(202);
    const mail = registrationOutbox()[0]!;
    expect(mail).to.deep.include({ to: 'marek.zielinski@example.pl', kind: 'activation' });
    expect((await postJson('/registration/token', { token: mail.token })).status).to.equal(200);
    expect((await postJson('/registration/resend', { token: DEMO_ACTIVATION_TOKENS.expired })).status).to.equal(429);
  });
});
