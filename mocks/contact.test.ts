import { expect } from '@open-wc/testing';
import type { ContactOptions, Ticket, TicketList } from '../widgets/core/api/types';
import { getMockStats, signInAs } from './state';
import { api, json, problemOf, setUpMocks } from './test-utils';

const KEY = '6b0f8e52-3c1d-4a7e-9f2b-8d4c6a1e0b35';

function form(fields: Record<string, string>, files: File[] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const file of files) data.append('files', file);
  return data;
}

function send(body: FormData, key: string | null = KEY): Promise<Response> {
  return api('/contact/tickets', { method: 'POST', body, headers: key ? { 'Idempotency-Key': key } : {} });
}

const message = {
  topicId: 'invoices',
  subject: 'Korekta faktury za wrzesień',
  message: 'Proszę o korektę faktury — odczyt licznika był zawyżony.',
  email: 'jan.kowalski@example.pl',
};

describe('mock API: contact', () => {
  beforeEach(setUpMocks);

  it('offers topics in three languages and attachment rules without a session', async () => {
    const response = await api('/contact/topics');
    expect(response.status).to.equal(200);
    const options = await json<ContactOptions>(response);
    expect(options.topics.length).to.be.at.least(5);
    expect(options.topics[0]!.label).to.have.keys('pl', 'uk', 'ru');
    expect(options.attachments.allowedTypes).to.include('application/pdf');
    expect(options.subjectMaxLength).to.equal(120);
    expect(options.messageMaxLength).to.equal(2000);
  });

  it('shows Jan three tickets, newest first, and none when signed out', async () => {
    expect((await api('/contact/tickets')).status).to.equal(401);
    signInAs('jan');
    const { items } = await json<TicketList>(await api('/contact/tickets'));
    expect(items.map((t) => t.status)).to.deep.equal(['new', 'in_progress', 'resolved']);
    expect(items[0]!.number).to.match(/^ZG\/\d{4}\/\d{6}$/);
    const times = items.map((t) => Date.parse(t.createdAt));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
  });

  it('creates one ticket per Idempotency-Key and lists it first', async () => {
    signInAs('jan');
    const pdf = new File(['%PDF-1.4 test'], 'odczyt.pdf', { type: 'application/pdf' });
    const first = await send(form(message, [pdf]));
    expect(first.status).to.equal(201);
    const ticket = await json<Ticket>(first);
    expect(ticket.status).to.equal('new');
    expect(ticket.subject).to.equal(message.subject);

    const replay = await send(form(message, [pdf]));
    expect([200, 201]).to.include(replay.status);
    expect(await json<Ticket>(replay)).to.deep.equal(ticket);
    expect(getMockStats().ticketsCreated).to.equal(1);

    const conflict = await send(form({ ...message, subject: 'Inny temat' }));
    expect(conflict.status).to.equal(409);

    const { items } = await json<TicketList>(await api('/contact/tickets'));
    expect(items).to.have.length(4);
    expect(items[0]).to.deep.equal(ticket);
  });

  it('accepts anonymous messages when a name is given', async () => {
    const missingName = await send(form({ ...message, email: 'gosc@example.pl' }));
    expect(missingName.status).to.equal(400);
    expect((await problemOf(missingName)).fields).to.deep.equal({ name: 'required' });
    const ok = await send(form({ ...message, email: 'gosc@example.pl', name: 'Maria Gość' }));
    expect(ok.status).to.equal(201);
  });

  it('validates fields and attachments', async () => {
    signInAs('jan');
    const bad = await send(form({ topicId: 'weather', subject: 'x'.repeat(121), message: '', email: 'jan@', phone: 'abc' }));
    expect(bad.status).to.equal(400);
    expect(await problemOf(bad)).to.deep.equal({
      code: 'validation_failed',
      fields: { topicId: 'unknown_topic', subject: 'too_long', message: 'required', email: 'invalid_email', phone: 'invalid_phone' },
    });

    const exe = new File(['MZ'], 'program.exe', { type: 'application/x-msdownload' });
    expect((await problemOf(await send(form(message, [exe])))).fields).to.deep.equal({ files: 'unsupported_type' });

    const png = (n: number): File => new File([new Uint8Array(10)], `zdjecie${n}.png`, { type: 'image/png' });
    expect((await problemOf(await send(form(message, [png(1), png(2), png(3), png(4)])))).fields).to.deep.equal({
      files: 'too_many_files',
    });

    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'skan.pdf', { type: 'application/pdf' });
    const tooLarge = await send(form(message, [big]));
    expect(tooLarge.status).to.equal(413);
    expect((await problemOf(tooLarge)).fields).to.deep.equal({ files: 'file_too_large' });

    const four = (n: number): File => new File([new Uint8Array(4 * 1024 * 1024)], `skan${n}.pdf`, { type: 'application/pdf' });
    const total = await send(form(message, [four(1), four(2), four(3)]));
    expect(total.status).to.equal(413);
    expect((await problemOf(total)).fields).to.deep.equal({ files: 'total_too_large' });

    const noKey = await send(form(message), null);
    expect((await problemOf(noKey)).fields).to.deep.equal({ 'Idempotency-Key': 'required' });
    expect(getMockStats().ticketsCreated).to.equal(0);
  });
});
