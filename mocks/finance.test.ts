import { expect } from '@open-wc/testing';
import type { BalanceSummary, Invoice, InvoicePage, Payment } from '../widgets/core/api/types';
import { getMockStats, signInAs } from './state';
import { TEST_TODAY, api, json, postJson, problemOf, setUpMocks } from './test-utils';

const KEY_A = '3f1c2b9e-8a4d-4f6b-9c1e-2d7a5b8e0f13';
const KEY_B = 'a9e2c1d4-7b3f-4e8a-9d6c-1f2e3d4c5b6a';

async function balance(): Promise<BalanceSummary> {
  return json<BalanceSummary>(await api('/balance'));
}

async function invoices(query = ''): Promise<InvoicePage> {
  const response = await api(`/invoices${query}`);
  expect(response.status, await response.clone().text()).to.equal(200);
  return json<InvoicePage>(response);
}

function pay(body: unknown, key: string | null = KEY_A): Promise<Response> {
  return postJson('/payments', body, key ? { 'Idempotency-Key': key } : {});
}

describe('mock API: balance', () => {
  beforeEach(setUpMocks);

  it('needs a session', async () => {
    expect((await api('/balance')).status).to.equal(401);
  });

  it('is red for Jan: one overdue and one upcoming invoice, no credit', async () => {
    signInAs('jan');
    const b = await balance();
    expect(b.currency).to.equal('PLN');
    expect(b.credit).to.deep.equal({ minor: 0, currency: 'PLN' });
    expect(b.paymentLimit).to.deep.equal({ minor: 430000, currency: 'PLN' });
    expect(b.documents.map((d) => d.remaining.minor)).to.deep.equal([31218, 28743]);
    const [overdue, upcoming] = b.documents;
    expect(overdue!.dueDate < TEST_TODAY).to.equal(true);
    expect(upcoming!.dueDate >= TEST_TODAY).to.equal(true);
    expect(overdue!.number).to.match(/^FV\/\d{4}\/\d{2}\/\d{6}$/);
  });

  it('is blue for Anna: credit covers everything', async () => {
    signInAs('anna');
    const b = await balance();
    const due = b.documents.reduce((s, d) => s + d.remaining.minor, 0);
    expect(due).to.equal(18937);
    expect(b.credit.minor).to.equal(25000);
    expect(b.documents.every((d) => d.dueDate >= TEST_TODAY)).to.equal(true);
  });

  it('is neutral for Piotr: one upcoming invoice and a smaller credit', async () => {
    signInAs('piotr');
    const b = await balance();
    expect(b.documents).to.have.length(1);
    expect(b.documents[0]!.remaining.minor).to.equal(14290);
    expect(b.documents[0]!.dueDate >= TEST_TODAY).to.equal(true);
    expect(b.credit.minor).to.equal(2000);
  });

  it('shows Olena a partly paid water bill', async () => {
    signInAs('olena');
    const b = await balance();
    expect(b.documents.map((d) => [d.amount.minor, d.remaining.minor])).to.deep.equal([[9680, 4680]]);
    const page = await invoices('?status=partly_paid');
    expect(page.total).to.equal(1);
  });
});

describe('mock API: invoices', () => {
  beforeEach(setUpMocks);

  it('lists 24 monthly invoices for Jan, newest first, with statuses', async () => {
    signInAs('jan');
    const page = await invoices();
    expect(page.total).to.equal(24);
    expect(page.page).to.equal(1);
    expect(page.pageSize).to.equal(50);
    const issue = page.items.map((i) => i.issueDate);
    expect(issue).to.deep.equal([...issue].sort().reverse());
    expect(page.items[0]!.status).to.equal('unpaid');
    expect(page.items[1]!.status).to.equal('overdue');
    expect(page.items.slice(2).every((i) => i.status === 'paid' && i.remaining.minor === 0)).to.equal(true);
    const first = page.items[0]!;
    expect(first.period!.from.endsWith('-01')).to.equal(true);
    expect(Number.isInteger(first.amount.minor)).to.equal(true);
    expect(new Set(page.items.map((i) => i.number)).size).to.equal(24);
  });

  it('filters by status (repeatable) and issue date, and pages', async () => {
    signInAs('jan');
    expect((await invoices('?status=overdue')).items.map((i) => i.status)).to.deep.equal(['overdue']);
    expect((await invoices('?status=overdue&status=unpaid')).total).to.equal(2);
    expect((await invoices('?status=paid')).total).to.equal(22);

    const all = (await invoices()).items;
    const from = all[5]!.issueDate;
    const to = all[2]!.issueDate;
    const ranged = await invoices(`?from=${from}&to=${to}`);
    expect(ranged.items.map((i) => i.id)).to.deep.equal(all.slice(2, 6).map((i) => i.id));

    const p2 = await invoices('?page=2&pageSize=10');
    expect(p2.items.map((i) => i.id)).to.deep.equal(all.slice(10, 20).map((i) => i.id));
    const p3 = await invoices('?page=3&pageSize=10');
    expect(p3.items).to.have.length(4);
    expect((await invoices('?page=9&pageSize=10')).items).to.deep.equal([]);
  });

  it('sorts by every key', async () => {
    signInAs('jan');
    const check = async (sort: string, key: (i: Invoice) => string | number, desc: boolean): Promise<void> => {
      const values = (await invoices(`?sort=${sort}`)).items.map(key);
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(values, sort).to.deep.equal(desc ? sorted.reverse() : sorted);
    };
    await check('issueDate', (i) => i.issueDate, false);
    await check('-issueDate', (i) => i.issueDate, true);
    await check('dueDate', (i) => i.dueDate, false);
    await check('-dueDate', (i) => i.dueDate, true);
    await check('amount', (i) => i.amount.minor, false);
    await check('-amount', (i) => i.amount.minor, true);
  });

  it('rejects bad parameters with field errors', async () => {
    signInAs('jan');
    const response = await api('/invoices?status=lost&sort=name&page=0&pageSize=1001&from=2026-02-30');
    expect(response.status).to.equal(400);
    expect((await problemOf(response)).fields).to.deep.equal({
      status: 'invalid_value',
      sort: 'invalid_value',
      page: 'invalid_value',
      pageSize: 'invalid_value',
      from: 'invalid_format',
    });
    const range = await api('/invoices?from=2026-05-01&to=2026-04-01');
    expect((await problemOf(range)).fields).to.deep.equal({ from: 'invalid_range' });
  });

  it('serves 10 000 invoices for archiwum, paged and sorted', async () => {
    signInAs('archiwum');
    const page = await invoices('?pageSize=1000&page=10');
    expect(page.total).to.equal(10_000);
    expect(page.items).to.have.length(1000);
    const sorted = await invoices('?sort=-amount&pageSize=5');
    expect(sorted.items[0]!.amount.minor).to.be.at.least(sorted.items[4]!.amount.minor);
    const statuses = new Set((await invoices('?pageSize=100')).items.map((i) => i.status));
    expect([...statuses].sort()).to.deep.equal(['overdue', 'paid', 'partly_paid', 'unpaid']);
  });
});

describe('mock API: invoice PDF', () => {
  beforeEach(setUpMocks);

  it('is a valid one-page PDF with a correct xref table', async () => {
    signInAs('jan');
    const invoice = (await invoices()).items[0]!;
    const response = await api(`/invoices/${invoice.id}/pdf`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.equal('application/pdf');
    const filename = invoice.number.replaceAll('/', '_') + '.pdf';
    expect(response.headers.get('Content-Disposition')).to.equal(`attachment; filename="${filename}"`);

    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    expect(text.startsWith('%PDF-1.4')).to.equal(true);
    expect(text.trimEnd().endsWith('%%EOF')).to.equal(true);
    expect(text).to.contain(`(Faktura VAT ${invoice.number})`);

    const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).to.equal('xref');
    const [, firstObj, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
    expect(Number(firstObj)).to.equal(0);
    const entries = text.slice(startxref).split('\n').slice(2, 2 + Number(count));
    expect(entries[0]).to.equal('0000000000 65535 f ');
    entries.slice(1).forEach((entry, i) => {
      expect(entry).to.match(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(text.startsWith(`${i + 1} 0 obj\n`, offset), entry).to.equal(true);
    });
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
    const streamStart = text.indexOf('stream\n') + 'stream\n'.length;
    expect(text.slice(streamStart + length, streamStart + length + 10)).to.equal('\nendstream');
  });

  it('is 404 for another customer\'s invoice and 401 when signed out', async () => {
    signInAs('anna');
    const annas = (await invoices()).items[0]!;
    signInAs('jan');
    const response = await api(`/invoices/${annas.id}/pdf`);
    expect(response.status).to.equal(404);
    expect((await problemOf(response)).code).to.equal('not_found');
    await api('/session', { method: 'DELETE' });
    expect((await api(`/invoices/${annas.id}/pdf`)).status).to.equal(401);
  });
});

describe('mock API: payments', () => {
  beforeEach(setUpMocks);

  it('pays the whole balance once per Idempotency-Key', async () => {
    signInAs('jan');
    const first = await pay({ scope: 'balance' });
    expect(first.status).to.equal(201);
    const payment = await json<Payment>(first);
    expect(payment.amount).to.deep.equal({ minor: 31218 + 28743, currency: 'PLN' });
    expect(payment.invoiceIds).to.have.length(2);
    expect(new URL(payment.gatewayUrl).protocol).to.equal('https:');

    const replay = await pay({ scope: 'balance' });
    expect([200, 201]).to.include(replay.status);
    expect(await json<Payment>(replay)).to.deep.equal(payment);
    expect(getMockStats().paymentsCreated).to.equal(1);

    const conflict = await pay({ scope: 'invoices', invoiceIds: payment.invoiceIds.slice(0, 1) });
    expect(conflict.status).to.equal(409);
    expect((await problemOf(conflict)).code).to.equal('idempotency_conflict');

    const other = await pay({ scope: 'invoices', invoiceIds: payment.invoiceIds.slice(0, 1) }, KEY_B);
    expect(other.status).to.equal(201);
    expect(getMockStats().paymentsCreated).to.equal(2);
  });

  it('creates exactly one payment for concurrent retries', async () => {
    signInAs('jan');
    const responses = await Promise.all([1, 2, 3, 4, 5].map(() => pay({ scope: 'balance' })));
    const bodies = await Promise.all(responses.map((r) => json<Payment>(r)));
    expect(new Set(bodies.map((b) => b.id)).size).to.equal(1);
    expect(getMockStats().paymentsCreated).to.equal(1);
  });

  it('requires a UUID Idempotency-Key and a valid body', async () => {
    signInAs('jan');
    expect((await problemOf(await pay({ scope: 'balance' }, null))).fields).to.deep.equal({ 'Idempotency-Key': 'required' });
    expect((await problemOf(await pay({ scope: 'balance' }, 'abc'))).fields).to.deep.equal({ 'Idempotency-Key': 'invalid_format' });
    expect((await problemOf(await pay({ scope: 'everything' }))).fields).to.deep.equal({ scope: 'invalid_value' });
    expect((await problemOf(await pay({ scope: 'invoices' }))).fields).to.deep.equal({ invoiceIds: 'required' });
    const paid = (await invoices('?status=paid')).items[0]!;
    const notPayable = await pay({ scope: 'invoices', invoiceIds: [paid.id] });
    expect(notPayable.status).to.equal(400);
    expect((await problemOf(notPayable)).fields).to.deep.equal({ invoiceIds: 'not_payable' });
    expect(getMockStats().paymentsCreated).to.equal(0);
  });

  it('has nothing to pay for Anna, whose credit covers the balance', async () => {
    signInAs('anna');
    const response = await pay({ scope: 'balance' });
    expect(response.status).to.equal(400);
    expect((await problemOf(response)).fields).to.deep.equal({ scope: 'nothing_to_pay' });
  });

  it('refuses amounts above the gateway limit', async () => {
    signInAs('archiwum');
    const response = await pay({ scope: 'balance' });
    expect(response.status).to.equal(422);
    expect(await problemOf(response)).to.deep.equal({
      code: 'payment_limit_exceeded',
      limit: { minor: 430000, currency: 'PLN' },
    });
  });

  it('needs a session', async () => {
    expect((await pay({ scope: 'balance' })).status).to.equal(401);
  });
});
