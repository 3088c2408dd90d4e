// The mock API over real HTTP (`npm run api`): cookie sessions, CORS, idempotency, faults.
// Node's own test runner; the server runs on a free loopback port and stops at the end.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { loadMocksServer } from './mocks-server.mjs';

const PAGE = 'http://localhost:5173';
const JAN = { identifier: 'jan.kowalski@example.pl', identifierType: 'email', password: 'Ebok-demo-1' };
let api;

const call = (path, { cookie, origin = PAGE, ...init } = {}) =>
  fetch(`${api.url}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Origin: origin, ...(cookie ? { Cookie: cookie } : {}), ...init.headers },
  });
const control = (path, body) => fetch(new URL(path, api.url), { method: path.endsWith('faults') ? 'PUT' : 'POST', body: JSON.stringify(body) });

async function signIn(credentials = JAN) {
  const res = await call('/session', { method: 'POST', body: JSON.stringify(credentials) });
  assert.equal(res.status, 200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { res, setCookie, cookie: setCookie.split(';')[0] };
}

before(async () => {
  const { startApiServer } = await loadMocksServer();
  api = await startApiServer({ port: 0, origins: [PAGE] });
});
after(() => api.close());

describe('npm run api: the session cookie', () => {
  it('is HttpOnly, SameSite, scoped to the API path, and new at every sign-in', async () => {
    const first = await signIn();
    assert.match(first.setCookie, /^ebok_session=[\w-]{20,}; Path=\/api; HttpOnly; SameSite=Lax$/);
    const second = await signIn();
    assert.notEqual(second.cookie, first.cookie);
  });

  it('carries the session; without it, or after logout, the API answers 401 Problem', async () => {
    const { cookie } = await signIn();
    assert.equal((await call('/balance', { cookie })).status, 200);
    const anonymous = await call('/balance');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(await anonymous.json(), { code: 'unauthorized' });
    const out = await call('/session', { method: 'DELETE', cookie });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /^ebok_session=; .*Max-Age=0/);
    assert.equal((await call('/balance', { cookie })).status, 401, 'the old cookie is revoked on the server');
  });

  it('keeps two customers apart: one session per cookie', async () => {
    const jan = await signIn();
    const anna = await signIn({ ...JAN, identifier: 'anna.nowak@example.pl' });
    const who = async (cookie) => (await (await call('/session', { cookie })).json()).customer.name;
    assert.deepEqual([await who(jan.cookie), await who(anna.cookie)], ['Jan Kowalski', 'Anna Nowak']);
  });
});

describe('npm run api: CORS', () => {
  it('answers an allowed origin exactly, with credentials and Vary: Origin', async () => {
    const res = await call('/session');
    assert.equal(res.headers.get('access-control-allow-origin'), PAGE);
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(res.headers.get('vary'), 'Origin');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
  });

  it('gives another origin nothing to read, and preflights only allowed ones', async () => {
    const other = await call('/session', { origin: 'https://attacker.example' });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = (origin) =>
      call('/payments', { method: 'OPTIONS', origin, headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key' } });
    const ok = await preflight(PAGE);
    assert.equal(ok.status, 204);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(ok.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal((await preflight('https://attacker.example')).headers.get('access-control-allow-methods'), null);
  });
});

describe('npm run api: idempotency and faults', () => {
  it('creates one payment per Idempotency-Key and refuses the key with another body', async () => {
    const { cookie } = await signIn();
    const key = randomUUID();
    const pay = (body) => call('/payments', { method: 'POST', cookie, headers: { 'Idempotency-Key': key }, body: JSON.stringify(body) });
    const first = await pay({ scope: 'balance' });
    assert.equal(first.status, 201);
    const replay = await pay({ scope: 'balance' });
    assert.equal((await replay.json()).id, (await first.json()).id);
    const balance = await (await call('/balance', { cookie })).json();
    const conflict = await pay({ scope: 'invoices', invoiceIds: [balance.documents[0].id] });
    assert.equal(conflict.status, 409);
  });

  it('switches faults on and off: 503 with Retry-After, and a broken connection for offline', async () => {
    assert.equal((await control('/__mock/faults', { http503: 7 })).status, 204);
    const busy = await call('/session');
    assert.equal(busy.status, 503);
    assert.equal(busy.headers.get('retry-after'), '7');
    assert.equal((await busy.json()).retryAfterSeconds, 7);
    await control('/__mock/faults', { offline: true });
    await assert.rejects(call('/session'), TypeError);
    await control('/__mock/faults', {});
    assert.equal((await call('/session')).status, 401);
  });
});
