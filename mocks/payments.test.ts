import { expect } from '@open-wc/testing';
import type { BalanceSummary, InvoicePage, Payment, PaymentPage, TransferDetails } from '../widgets/core/api/types';
import { settlePayment, signInAs } from './state';
import { api, isValidNrbForTest, json, postJson, problemOf, setUpMocks } from './test-utils';

const KEY = '6b0f1f3e-2d4c-4a8b-9e7f-1a2b3c4d5e6f';
const pay = (body: unknown, key = KEY) => postJson('/payments', body, { 'Idempotency-Key': key });

describe('mock API: payments after the gateway', () => {
  beforeEach(setUpMocks);

  it('creates a pending payment with its documents and a gateway address that carries the return page', async () => {
    signInAs('jan');
    const returnUrl = `${location.origin}/ebok/faktury?tab=1`;
    const created = await json<Payment>(await pay({ scope: 'balance', returnUrl }));
    expect(created.status).to.equal('pending');
    expect(created.documents.map((d) => d.number)).to.have.length(2);
    expect(created.documents.every((d) => /^FV\/\d{4}\/\d{2}\/\d{6}$/.test(d.number))).to.equal(true);
    expect(new URL(created.gatewayUrl).searchParams.get('return')).to.equal(returnUrl);
    expect(created.updatedAt).to.equal(created.createdAt);
  });

  it('refuses a return page outside the allow-list, or not an address', async () => {
    signInAs('jan');
    const refused = await problemOf(await pay({ scope: 'balance', returnUrl: 'https://phishing.example/ebok' }));
    expect(refused.fields).to.deep.equal({ returnUrl: 'not_allowed' });
    const malformed = await problemOf(await pay({ scope: 'balance', returnUrl: 'javascript:alert(1)' }, 'c9d3a1f4-5e6b-4c7d-8e9f-0a1b2c3d4e5f'));
    expect(malformed.fields).to.deep.equal({ returnUrl: 'invalid_format' });
  });

  it('tells the status the gateway confirmed: pending, then completed (being posted, then posted), or failed with a reason', async () => {
    signInAs('jan');
    const created = await json<Payment>(await pay({ scope: 'balance' }));
    const status = async () => json<Payment>(await api(`/payments/${created.id}`));
    expect((await status()).status).to.equal('pending');
    // Paying a document again while its payment is in progress is allowed (the widget asks first).
    const other = await json<Payment>(await pay({ scope: 'invoices', invoiceIds: [created.invoiceIds[0]] }, 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60'));
    settlePayment(created.id, 'completed', { method: 'blik', posted: false });
    const completed = await status();
    expect([completed.status, completed.method, completed.postedAt]).to.deep.equal(['completed', 'blik', undefined]);
    settlePayment(created.id, 'completed', { method: 'blik' });
    expect((await status()).postedAt).to.be.a('string');
    // A replay of the creating request returns the same payment as it is now.
    expect((await json<Payment>(await pay({ scope: 'balance' }))).status).to.equal('completed');
    settlePayment(other.id, 'failed', { failureReason: 'insufficient_funds' });
    const failed = await json<Payment>(await api(`/payments/${other.id}`));
    expect([failed.status, failed.failureReason]).to.deep.equal(['failed', 'insufficient_funds']);
  });

  it('answers 404 for an unknown id and for another customer\'s payment, with nothing else', async () => {
    signInAs('jan');
    const mine = await json<Payment>(await pay({ scope: 'balance' }));
    signInAs('anna');
    for (const id of [mine.id, 'pay-999999']) {
      const response = await api(`/payments/${id}`);
      expect(response.status).to.equal(404);
      expect(await response.json()).to.deep.equal({ code: 'not_found' });
    }
  });

  it('lists the history newest first, paged and filtered by year, with the payments just made on top', async () => {
    signInAs('jan');
    const history = await json<PaymentPage>(await api('/payments?pageSize=5'));
    expect(history.items).to.have.length(5);
    expect(history.total).to.be.greaterThan(10);
    const times = history.items.map((p) => p.createdAt);
    expect([...times].sort().reverse()).to.deep.equal(times);
    expect(history.items.every((p) => p.status === 'completed' && p.postedAt && p.documents.length === 1)).to.equal(true);
    const second = await json<PaymentPage>(await api('/payments?pageSize=5&page=2'));
    expect(second.items[0]!.createdAt <= times.at(-1)!).to.equal(true);
    const year = Number(times[0]!.slice(0, 4)) - 1;
    const lastYear = await json<PaymentPage>(await api(`/payments?year=${year}&pageSize=100`));
    expect(lastYear.items.every((p) => p.createdAt.startsWith(String(year)))).to.equal(true);
    expect((await json<PaymentPage>(await api('/payments?year=2001'))).items).to.deep.equal([]);
    const made = await json<Payment>(await pay({ scope: 'balance' }));
    expect((await json<PaymentPage>(await api('/payments?pageSize=1'))).items[0]!.id).to.equal(made.id);
    const bad = await problemOf(await api('/payments?year=20x6&page=0&pageSize=500'));
    expect(bad.fields).to.deep.equal({ year: 'invalid_value', page: 'invalid_value', pageSize: 'invalid_value' });
    expect((await api('/payments')).status).to.equal(200);
  });

  it('gives the transfer details: the recipient, an individual NRB that passes mod-97, the title, and whether a QR code is offered', async () => {
    signInAs('jan');
    const jan = await json<TransferDetails>(await api('/transfer-details'));
    expect(jan.accountNumber).to.match(/^\d{26}$/);
    expect(isValidNrbForTest(jan.accountNumber)).to.equal(true);
    expect(jan.title).to.equal('Klient 10004521');
    expect(jan.qr).to.equal(true);
    signInAs('olena');
    const olena = await json<TransferDetails>(await api('/transfer-details'));
    expect(olena.accountNumber).not.to.equal(jan.accountNumber);
    expect(olena.qr).to.equal(false);
  });

  it('marks the documents of a payment in progress, leaves them out of scope: balance, and pays them once posted', async () => {
    signInAs('jan');
    const balance = async () => json<BalanceSummary>(await api('/balance'));
    const before = await balance();
    const first = before.documents[0]!;
    const created = await json<Payment>(await pay({ scope: 'invoices', invoiceIds: [first.id] }));
    const during = await balance();
    expect(during.documents.find((d) => d.id === first.id)!.paymentInProgress).to.deep.equal({ paymentId: created.id, status: 'pending' });
    const invoices = await json<InvoicePage>(await api('/invoices?pageSize=1000'));
    expect(invoices.items.find((i) => i.id === first.id)!.paymentInProgress?.paymentId).to.equal(created.id);
    // "Pay the balance" pays only what no payment covers yet.
    const rest = await json<Payment>(await pay({ scope: 'balance' }, 'a1b2c3d4-0000-4000-8000-000000000001'));
    expect(rest.invoiceIds).not.to.include(first.id);
    expect(rest.amount.minor).to.equal(before.documents.slice(1).reduce((s, d) => s + d.remaining.minor, 0));
    settlePayment(created.id, 'completed', { posted: false });
    expect((await balance()).documents.find((d) => d.id === first.id)!.paymentInProgress?.status).to.equal('completed');
    settlePayment(created.id, 'completed');
    expect((await balance()).documents.map((d) => d.id)).not.to.include(first.id);
    settlePayment(rest.id, 'failed');
    expect((await balance()).documents.every((d) => !d.paymentInProgress)).to.equal(true);
  });

  it('needs a session for every payment read', async () => {
    for (const path of ['/payments', '/payments/pay-000001', '/transfer-details']) expect((await api(path)).status, path).to.equal(401);
  });
});
