/**
 * Roles and the account a call is for (issues #19 and #22): every write on a view_only account
 * answers 403 account_read_only and changes nothing; the account comes from the request itself,
 * even when a route reads its body first.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AccountContact, NotificationSettings } from '../widgets/core/api/types';
import { startMocks } from './browser';
import { authenticate, readJsonObject } from './routes/respond';
import { getMockStats, signInAs } from './state';
import { api, BASE, json, postJson, problemOf, setUpMocks, TEST_TODAY } from './test-utils';

const KEY = '0b7c6a52-1f3e-4d2a-9c8b-7e6f5a4b3c2d';
const json_ = (body: unknown) => JSON.stringify(body);

function multipart(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

/** Every write a customer can make on an account, valid for Jan's electricity account. */
async function writes(): Promise<[string, () => Promise<Response>][]> {
  const contact = await json<AccountContact>(await api('/account/contact'));
  const notifications = await json<NotificationSettings>(await api('/account/notifications'));
  const ifMatch = (version: string) => ({ 'Content-Type': 'application/json', 'If-Match': `"${version}"` });
  const section = async (path: string) => (await json<{ version: string }>(await api(path))).version;
  const put = async (path: string, body: unknown) => api(path, { method: 'PUT', headers: ifMatch(await section(path)), body: json_(body) });
  const ticket = { topicId: 'invoices', subject: 'Pytanie', message: 'Treść', email: 'jan.kowalski@example.pl' };
  return [
    ['PUT /account/contact', () => put('/account/contact', { address: contact.address, email: contact.email, phone: contact.phone })],
    ['PUT /account/consents', () => put('/account/consents', { consents: [{ id: 'marketing-email', granted: false }] })],
    ['PUT /account/e-invoice', () => put('/account/e-invoice', { enabled: false })],
    ['PUT /account/notifications', () => put('/account/notifications', { events: notifications.events, reminderDaysBefore: notifications.reminderDaysBefore })],
    ['POST /account/contact/confirm', () => postJson('/account/contact/confirm', { channel: 'email', code: '123456' })],
    ['POST /account/contact/resend', () => postJson('/account/contact/resend', { channel: 'email' })],
    ['POST /account/contact/cancel', () => postJson('/account/contact/cancel', { channel: 'email' })],
    ['POST /payments', () => postJson('/payments', { scope: 'balance', returnUrl: `${location.origin}/` }, { 'Idempotency-Key': KEY })],
    [
      'POST /meters/{id}/readings',
      () => api('/meters/m-1001-1/readings', { method: 'POST', headers: { 'Idempotency-Key': KEY }, body: multipart({ date: TEST_TODAY, values: json_([{ register: 'day', value: '1' }]) }) }),
    ],
    ['POST /contact/tickets', () => api('/contact/tickets', { method: 'POST', headers: { 'Idempotency-Key': KEY }, body: multipart(ticket) })],
    [
      'POST /contact/tickets (failure report)',
      () =>
        api('/contact/tickets', {
          method: 'POST',
          headers: { 'Idempotency-Key': KEY },
          body: multipart({ ...ticket, topicId: 'failure', pointId: 'mp-1001-1', since: `${TEST_TODAY}T08:00`, phone: '+48601234567' }),
        }),
    ],
    ['POST /contact/tickets/{id}/replies', () => api('/contact/tickets/t-1001-1/replies', { method: 'POST', headers: { 'Idempotency-Key': KEY }, body: multipart({ message: 'Dopisuję' }) })],
  ];
}

describe('mock API: roles (view_only) and the account of a request', () => {
  beforeEach(setUpMocks);
  afterEach(async () => (await startMocks()).resetHandlers());

  it('refuses every write on a view_only account with 403 account_read_only, and changes nothing', async () => {
    signInAs('wglad');
    const before = await Promise.all(['/account/contact', '/account/consents', '/account/e-invoice', '/account/notifications'].map(async (p) => (await api(p)).headers.get('ETag')));
    const stats = getMockStats();
    for (const [name, send] of await writes()) {
      const response = await send();
      expect(response.status, name).to.equal(403);
      expect(response.headers.get('Content-Type'), name).to.contain('application/problem+json');
      expect((await problemOf(response)).code, name).to.equal('account_read_only');
    }
    const after = await Promise.all(['/account/contact', '/account/consents', '/account/e-invoice', '/account/notifications'].map(async (p) => (await api(p)).headers.get('ETag')));
    expect(after).to.deep.equal(before);
    expect(getMockStats().ticketsCreated).to.equal(stats.ticketsCreated);
    expect(getMockStats().repliesCreated).to.equal(stats.repliesCreated);
    // Reading goes on: the same account's data, unchanged.
    expect((await api('/balance')).status).to.equal(200);
  });

  it('lets the owner of the same account make those writes (the refusals are the role, not the requests)', async () => {
    signInAs('jan');
    for (const [name, send] of await writes()) {
      const response = await send();
      expect(response.status, name).not.to.equal(403);
      expect(response.status, name).to.be.below(500);
    }
  });

  it("lets a view_only person change their own password (it is theirs, not the account's) and mark messages read", async () => {
    signInAs('wglad');
    const wrong = await postJson('/account/password', { currentPassword: 'not-it', newPassword: 'Nowe-haslo-2026!' });
    expect(wrong.status).to.equal(400);
    expect((await problemOf(wrong)).fields).to.deep.equal({ currentPassword: 'wrong_password' });
    const changed = await postJson('/account/password', { currentPassword: 'Ebok-demo-1', newPassword: 'Nowe-haslo-2026!' });
    expect(changed.status).to.equal(204);
    const { items } = await json<{ items: { id: string }[] }>(await api('/messages'));
    expect((await api(`/messages/${items[0]!.id}/read`, { method: 'POST' })).status).to.equal(200);
  });

  it('resolves the account from the request even after the route awaited its body', async () => {
    signInAs('jan');
    // A route that reads its body before asking who the call is for (the case a module
    // variable set around the route's synchronous start got wrong: it fell back to the session's account).
    (await startMocks()).use(
      http.post(`${BASE}/test/who`, async ({ request }) => {
        await readJsonObject(request);
        await new Promise((resolve) => setTimeout(resolve, 0));
        const a = authenticate(request);
        return a.error ?? HttpResponse.json({ account: a.account.id, data: a.customer.customer.id, person: a.person.customer.id });
      }),
    );
    const gas = await json<{ account: string; data: string; person: string }>(await postJson('/test/who', {}, { 'Ebok-Account': 'a-1001-gaz' }));
    expect(gas.account).to.equal('a-1001-gaz');
    expect(gas.person).to.equal('c-1001');
    expect(gas.data).not.to.equal('c-1001');
    const electricity = await json<{ account: string }>(await postJson('/test/who', {}));
    expect(electricity.account).to.equal('a-1001-el');
    const stranger = await postJson('/test/who', {}, { 'Ebok-Account': 'a-1002' });
    expect(stranger.status).to.equal(403);
    expect((await problemOf(stranger)).code).to.equal('account_not_allowed');
  });

  it('keeps two interleaved requests for two accounts apart', async () => {
    signInAs('jan');
    // Both start before either reads its account: each still gets its own.
    const [el, gas] = await Promise.all([api('/contract', { headers: { 'Ebok-Account': 'a-1001-el' } }), api('/contract', { headers: { 'Ebok-Account': 'a-1001-gaz' } })]);
    expect((await json<{ number: string }>(el)).number).to.not.equal((await json<{ number: string }>(gas)).number);
  });
});
