import { expect } from '@open-wc/testing';
import type { AccountContact, ConsentList, EInvoice, NotificationSettings } from '../widgets/core/api/types';
import { advanceMockClock, signInAs } from './state';
import { api, json, postJson, problemOf, setUpMocks } from './test-utils';

function put(path: string, body: unknown, version?: string): Promise<Response> {
  return api(path, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...(version !== undefined ? { 'If-Match': `"${version}"` } : {}) },
    body: JSON.stringify(body),
  });
}

const JAN_ADDRESS = { street: 'ul. Długa 5/12', postalCode: '80-827', city: 'Gdańsk' };

describe('mock API: account ("Twoje dane")', () => {
  beforeEach(setUpMocks);

  it('answers 401 without a session', async () => {
    for (const path of ['/account/contact', '/account/consents', '/account/e-invoice', '/account/notifications']) {
      expect((await api(path)).status, path).to.equal(401);
    }
  });

  it('gives each section an ETag equal to its version, and 412 for a stale If-Match', async () => {
    signInAs('jan');
    const first = await api('/account/contact');
    const contact = await json<AccountContact>(first);
    expect(first.headers.get('ETag')).to.equal(`"${contact.version}"`);
    expect(contact.name).to.equal('Jan Kowalski');
    expect(contact.phone).to.equal('+48601234567');

    const saved = await put('/account/contact', { address: { ...JAN_ADDRESS, street: 'ul. Długa 7' }, email: contact.email, phone: contact.phone }, contact.version);
    expect(saved.status).to.equal(200);
    const after = await json<AccountContact>(saved);
    expect(after.version).not.to.equal(contact.version);
    expect(after.address.street).to.equal('ul. Długa 7');

    // "Another tab" saves with the version it read before: refused, nothing changed.
    const stale = await put('/account/contact', { address: JAN_ADDRESS, email: contact.email }, contact.version);
    expect(stale.status).to.equal(412);
    expect((await problemOf(stale)).code).to.equal('precondition_failed');
    expect((await json<AccountContact>(await api('/account/contact'))).address.street).to.equal('ul. Długa 7');

    const none = await put('/account/contact', { address: JAN_ADDRESS, email: contact.email });
    expect(none.status).to.equal(428);
  });

  it('validates with the shared validators and stores canonical forms', async () => {
    signInAs('jan');
    const { version } = await json<AccountContact>(await api('/account/contact'));
    const bad = await put('/account/contact', { address: { street: '', postalCode: '8082', city: 'Gdańsk' }, email: 'jan@', phone: '12' }, version);
    expect(bad.status).to.equal(400);
    expect((await problemOf(bad)).fields).to.deep.equal({
      'address.street': 'required',
      'address.postalCode': 'invalid_format',
      email: 'invalid_email',
      phone: 'invalid_phone',
    });
    const good = await put('/account/contact', { address: { ...JAN_ADDRESS, postalCode: '80 827' }, email: 'jan.kowalski@example.pl', phone: '601-234-567' }, version);
    const c = await json<AccountContact>(good);
    expect(c.address.postalCode).to.equal('80-827');
    expect(c.phone).to.equal('+48601234567');
    expect(c.pending).to.deep.equal([]);
  });

  it('keeps a new e-mail pending until its code, with an attempts limit and Retry-After', async () => {
    signInAs('jan');
    const { version } = await json<AccountContact>(await api('/account/contact'));
    const saved = await json<AccountContact>(await put('/account/contact', { address: JAN_ADDRESS, email: 'jan.nowy@example.pl', phone: '+48601234567' }, version));
    expect(saved.email).to.equal('jan.kowalski@example.pl');
    expect(saved.pending.map((p) => [p.channel, p.value])).to.deep.equal([['email', 'jan.nowy@example.pl']]);

    for (const left of [4, 3, 2, 1]) {
      const wrong = await postJson('/account/contact/confirm', { channel: 'email', code: '000000' });
      expect(wrong.status).to.equal(400);
      expect((await problemOf(wrong)).attemptsLeft).to.equal(left);
    }
    const last = await postJson('/account/contact/confirm', { channel: 'email', code: '000000' });
    expect(last.status).to.equal(429);
    expect(last.headers.get('Retry-After')).to.equal('120');
    // Even the right code is refused now, and no new code before Retry-After.
    expect((await postJson('/account/contact/confirm', { channel: 'email', code: '123456' })).status).to.equal(429);
    expect((await postJson('/account/contact/resend', { channel: 'email' })).status).to.equal(429);
    advanceMockClock(121_000);
    expect((await postJson('/account/contact/resend', { channel: 'email' })).status).to.equal(200);
    const ok = await postJson('/account/contact/confirm', { channel: 'email', code: '123456' });
    expect(ok.status).to.equal(200);
    const done = await json<AccountContact>(ok);
    expect(done.email).to.equal('jan.nowy@example.pl');
    expect(done.pending).to.deep.equal([]);
  });

  it('answers 410 for an expired code; Anna has a pending e-mail change', async () => {
    signInAs('anna');
    const c = await json<AccountContact>(await api('/account/contact'));
    expect(c.pending[0]?.value).to.equal('anna.nowak@poczta.example.pl');
    advanceMockClock(6 * 60_000);
    const expired = await postJson('/account/contact/confirm', { channel: 'email', code: '123456' });
    expect(expired.status).to.equal(410);
    expect((await problemOf(expired)).code).to.equal('code_expired');
  });

  it('withdraws a consent as easily as it grants one; a required one is not withdrawn', async () => {
    signInAs('jan');
    const list = await json<ConsentList>(await api('/account/consents', { headers: { 'Accept-Language': 'uk' } }));
    const email = list.items.find((c) => c.id === 'marketing-email')!;
    expect(email.granted).to.equal(true);
    expect(email.lang).to.equal('uk');
    expect(list.items.find((c) => c.id === 'partners')!.lang).to.equal('pl');

    const saved = await put('/account/consents', { consents: [{ id: 'marketing-email', granted: false }] }, list.version);
    const after = await json<ConsentList>(saved);
    const withdrawn = after.items.find((c) => c.id === 'marketing-email')!;
    expect(withdrawn.granted).to.equal(false);
    expect(withdrawn.changedAt).to.be.a('string');

    const required = await put('/account/consents', { consents: [{ id: 'terms', granted: false }] }, after.version);
    expect(required.status).to.equal(400);
    expect((await problemOf(required)).fields).to.deep.equal({ 'consents.terms': 'consent_required' });
  });

  it('keeps the markup of an operator text as text (Olena: required terms not yet granted)', async () => {
    signInAs('olena');
    const list = await json<ConsentList>(await api('/account/consents'));
    const terms = list.items.find((c) => c.id === 'terms-2026')!;
    expect(terms.required).to.equal(true);
    expect(terms.granted).to.equal(false);
    expect(terms.text).to.contain('<b>');
  });

  it('switches e-invoices on only with a confirmed address, from the first day of next month', async () => {
    signInAs('anna');
    const e = await json<EInvoice>(await api('/account/e-invoice'));
    expect(e.enabled).to.equal(false);
    const unconfirmed = await put('/account/e-invoice', { enabled: true, email: 'anna@' }, e.version);
    expect((await problemOf(unconfirmed)).fields).to.deep.equal({ email: 'invalid_email', addressConfirmed: 'required' });
    const on = await json<EInvoice>(await put('/account/e-invoice', { enabled: true, email: 'anna.nowak@example.pl', addressConfirmed: true }, e.version));
    expect(on).to.include({ enabled: true, email: 'anna.nowak@example.pl', effectiveFrom: '2026-11-01' });
  });

  it('checks notification settings: reminder days 1–14, no SMS without a phone', async () => {
    signInAs('piotr');
    const n = await json<NotificationSettings>(await api('/account/notifications'));
    expect(n.smsAvailable).to.equal(false);
    const bad = await put('/account/notifications', { events: { ...n.events, newInvoice: { email: true, sms: true } }, reminderDaysBefore: 15 }, n.version);
    expect((await problemOf(bad)).fields).to.deep.equal({ reminderDaysBefore: 'invalid_range', 'events.newInvoice.sms': 'unsupported' });
    const good = await put('/account/notifications', { events: n.events, reminderDaysBefore: 14 }, n.version);
    expect((await json<NotificationSettings>(good)).reminderDaysBefore).to.equal(14);
  });

  it('changes the password with the shared rules; wrong current passwords lock like sign-in', async () => {
    signInAs('jan');
    const weak = await postJson('/account/password', { currentPassword: 'Ebok-demo-1', newPassword: 'krotkie1' });
    expect((await problemOf(weak)).fields).to.deep.equal({ newPassword: 'weak_password' });
    const personal = await postJson('/account/password', { currentPassword: 'Ebok-demo-1', newPassword: 'jan.kowalski-2026' });
    expect((await problemOf(personal)).fields).to.deep.equal({ newPassword: 'weak_password' });
    for (const left of [4, 3, 2, 1]) {
      const wrong = await postJson('/account/password', { currentPassword: 'zle', newPassword: 'Nowe-Haslo-2026' });
      const p = await problemOf(wrong);
      expect(p.fields).to.deep.equal({ currentPassword: 'wrong_password' });
      expect(p.attemptsLeft).to.equal(left);
    }
    const fifth = await postJson('/account/password', { currentPassword: 'zle', newPassword: 'Nowe-Haslo-2026' });
    expect(fifth.status).to.equal(423);
    expect((await problemOf(fifth)).lockedUntil).to.be.a('string');
    // The session ended with the lock.
    expect((await api('/account/contact')).status).to.equal(401);
  });

  it('changes the password with the right current one (204)', async () => {
    signInAs('jan');
    const ok = await postJson('/account/password', { currentPassword: 'Ebok-demo-1', newPassword: 'Nowe-Haslo-2026' });
    expect(ok.status).to.equal(204);
    const again = await postJson('/account/password', { currentPassword: 'Ebok-demo-1', newPassword: 'Inne-Haslo-2027' });
    expect((await problemOf(again)).fields).to.deep.equal({ currentPassword: 'wrong_password' });
  });
});
