import { expect } from '@open-wc/testing';
import type { MessagePage, MessageReadResult, MessageUnreadCount, Ticket, TicketConversation, TicketEntry } from '../widgets/core/api/types';
import { getMockStats, signInAs } from './state';
import { api, json, problemOf, setUpMocks, TEST_TODAY } from './test-utils';

const KEY = '0d5c8e2a-7b1f-4c3e-9a6d-2e8f4b1c7a90';

function form(fields: Record<string, string>, files: File[] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const file of files) data.append('files', file);
  return data;
}

const reply = (id: string, body: FormData, key = KEY) =>
  api(`/contact/tickets/${id}/replies`, { method: 'POST', body, headers: { 'Idempotency-Key': key } });

describe('mock API: messages (issue #17)', () => {
  beforeEach(setUpMocks);

  it('answers 401 without a session', async () => {
    expect((await api('/messages')).status).to.equal(401);
    expect((await api('/messages/unread-count')).status).to.equal(401);
    expect((await api('/messages/msg-1001-1/read', { method: 'POST' })).status).to.equal(401);
  });

  it('gives Jan (in arrears) every kind, a dunning reminder about his overdue invoice, newest first', async () => {
    signInAs('jan');
    const page = await json<MessagePage>(await api('/messages'));
    expect(new Set(page.items.map((m) => m.kind))).to.deep.equal(
      new Set(['invoice_issued', 'payment_due', 'payment_received', 'dunning', 'outage', 'general']),
    );
    const dunning = page.items.find((m) => m.kind === 'dunning')!;
    expect(dunning.related).to.include({ kind: 'invoice', id: 'inv-1001-00023' });
    expect(dunning.related!.label).to.match(/^FV\//);
    const times = page.items.map((m) => Date.parse(m.sentAt));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    expect(page.unread).to.equal(3);
    expect(page.linkDomains).to.deep.equal(['operator.pl']);
    expect(page.items.find((m) => m.related?.kind === 'ticket')!.related!.label).to.match(/^ZG\/2026\//);
  });

  it('filters by kind, pages, and rejects an unknown kind', async () => {
    signInAs('archiwum');
    const dunning = await json<MessagePage>(await api('/messages?kind=dunning&kind=payment_due&pageSize=5&page=2'));
    expect(dunning.items.every((m) => m.kind === 'dunning' || m.kind === 'payment_due')).to.equal(true);
    expect(dunning.items).to.have.length(5);
    expect(dunning.total).to.be.greaterThan(10);
    const bad = await api('/messages?kind=spam');
    expect(bad.status).to.equal(400);
    expect((await problemOf(bad)).fields).to.deep.equal({ kind: 'invalid_value' });
    expect((await api('/messages?pageSize=101')).status).to.equal(400);
  });

  it('marks a message read once; the count follows; another customer\'s id is 404', async () => {
    signInAs('jan');
    expect((await json<MessageUnreadCount>(await api('/messages/unread-count'))).unread).to.equal(3);
    const first = await json<MessageReadResult>(await api('/messages/msg-1001-1/read', { method: 'POST' }));
    expect(first.message.read).to.equal(true);
    expect(first.unread).to.equal(2);
    const again = await json<MessageReadResult>(await api('/messages/msg-1001-1/read', { method: 'POST' }));
    expect(again.unread).to.equal(2);
    expect((await json<MessageUnreadCount>(await api('/messages/unread-count'))).unread).to.equal(2);
    expect((await api('/messages/msg-1004-1/read', { method: 'POST' })).status).to.equal(404);
  });
});

describe('mock API: ticket conversations and replies (issue #17)', () => {
  beforeEach(setUpMocks);

  it('shows a conversation with operator answers, attachments and status changes, oldest first', async () => {
    signInAs('jan');
    const c = await json<TicketConversation>(await api('/contact/tickets/t-1001-2'));
    expect(c.ticket.number).to.match(/^ZG\//);
    expect(c.replyAllowed).to.equal(true);
    expect(c.entries.map((e) => e.author ?? e.type)).to.deep.equal(['customer', 'status', 'operator', 'customer', 'operator']);
    expect(c.entries[3]!.attachments![0]!.type).to.equal('application/pdf');
    expect((await api('/contact/tickets/t-1004-1')).status).to.equal(404);
  });

  it('keeps a closed failure ticket closed (409 ticket_closed) with its place, time and phone', async () => {
    signInAs('jan');
    const c = await json<TicketConversation>(await api('/contact/tickets/t-1001-3'));
    expect(c.replyAllowed).to.equal(false);
    expect(c.failure).to.include({ pointId: 'mp-1001-2', phone: '+48601234567' });
    const r = await reply('t-1001-3', form({ message: 'Znowu nie ma prądu.' }));
    expect(r.status).to.equal(409);
    expect((await problemOf(r)).code).to.equal('ticket_closed');
    expect(getMockStats().repliesCreated).to.equal(0);
  });

  it('adds one reply per Idempotency-Key; the same key with another text is 409', async () => {
    signInAs('jan');
    const photo = new File(['jpeg'], 'licznik.jpg', { type: 'image/jpeg' });
    const first = await reply('t-1001-2', form({ message: 'Dziękuję, czekam.' }, [photo]));
    expect(first.status).to.equal(201);
    const entry = await json<TicketEntry>(first);
    expect(entry).to.include({ type: 'message', author: 'customer', body: 'Dziękuję, czekam.' });
    const replay = await reply('t-1001-2', form({ message: 'Dziękuję, czekam.' }, [photo]));
    expect(replay.status).to.equal(200);
    expect(await json<TicketEntry>(replay)).to.deep.equal(entry);
    expect((await reply('t-1001-2', form({ message: 'Inny tekst' }))).status).to.equal(409);
    expect(getMockStats().repliesCreated).to.equal(1);
    const c = await json<TicketConversation>(await api('/contact/tickets/t-1001-2'));
    expect(c.entries.at(-1)).to.deep.equal(entry);
  });

  it('applies the attachment limits of a new ticket to a reply', async () => {
    signInAs('jan');
    const exe = new File(['MZ'], 'x.exe', { type: 'application/x-msdownload' });
    const bad = await reply('t-1001-2', form({ message: 'Plik' }, [exe]));
    expect((await problemOf(bad)).fields).to.deep.equal({ files: 'unsupported_type' });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'duzy.pdf', { type: 'application/pdf' });
    const tooBig = await reply('t-1001-2', form({ message: 'Plik' }, [big]), '1d5c8e2a-7b1f-4c3e-9a6d-2e8f4b1c7a90');
    expect(tooBig.status).to.equal(413);
    const empty = await reply('t-1001-2', form({ message: '  ' }), '2d5c8e2a-7b1f-4c3e-9a6d-2e8f4b1c7a90');
    expect((await problemOf(empty)).fields).to.deep.equal({ message: 'required' });
  });

  it('takes a failure report with a point of the account, checks place, time and phone', async () => {
    signInAs('jan');
    const base = { topicId: 'failure', subject: 'Awaria: Działka', message: 'Brak prądu.', email: 'jan.kowalski@example.pl' };
    const send = (fields: Record<string, string>, key: string) =>
      api('/contact/tickets', { method: 'POST', body: form({ ...base, ...fields }), headers: { 'Idempotency-Key': key } });
    const missing = await send({}, '3d5c8e2a-7b1f-4c3e-9a6d-2e8f4b1c7a90');
    expect((await problemOf(missing)).fields).to.deep.equal({ pointId: 'required', since: 'required', phone: 'required' });
    const wrong = await send(
      { pointId: 'mp-1004-1', since: `${TEST_TODAY}T99:00`, phone: '12' },
      '4d5c8e2a-7b1f-4c3e-9a6d-2e8f4b1c7a90',
    );
    expect((await problemOf(wrong)).fields).to.deep.equal({ pointId: 'invalid_value', since: 'invalid_format', phone: 'invalid_phone' });
    const future = await send({ address: 'ul. Leśna 6', since: '2999-01-01T00:00:00+01:00', phone: '601234567' }, '5d5c8e2a-7b1f-4c3e-9a6d-2e8f4b1c7a90');
    expect((await problemOf(future)).fields).to.deep.equal({ since: 'invalid_value' });

    const since = new Date(Date.now() - 3_600_000).toISOString();
    const created = await send({ pointId: 'mp-1001-2', since, phone: '601 234 567' }, '6d5c8e2a-7b1f-4c3e-9a6d-2e8f4b1c7a90');
    expect(created.status).to.equal(201);
    const ticket = await json<Ticket>(created);
    const c = await json<TicketConversation>(await api(`/contact/tickets/${ticket.id}`));
    expect(c.failure).to.include({ pointId: 'mp-1001-2', place: 'ul. Leśna 4, 05-500 Zalesie Dolne', phone: '+48601234567' });
    expect(Date.parse(c.failure!.since)).to.equal(Math.floor(Date.parse(since) / 1000) * 1000);
    expect(c.entries[0]).to.include({ author: 'customer', body: 'Brak prądu.' });
  });
});
