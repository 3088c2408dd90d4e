import { expect } from '@open-wc/testing';
import { setFaults } from '../../../mocks/faults';
import { getMockStats } from '../../../mocks/state';
import { configure } from '../config';
import { getSessionStore } from '../session';
import { setupMockApi, signInAs } from '../test-utils';
import { request, buildUrl } from './client';
import { getBalance, getInvoicePdf, listInvoices, login } from './endpoints';
import { ApiError, parseRetryAfter, type ApiErrorKind } from './errors';

async function kindOf(p: Promise<unknown>): Promise<ApiErrorKind> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(ApiError);
    return (e as ApiError).kind;
  }
  throw new Error('expected the request to fail');
}

describe('API client', () => {
  beforeEach(async () => {
    await setupMockApi();
  });

  it('sends JSON with the session cookie and reads typed answers', async () => {
    await signInAs('jan');
    const balance = await getBalance();
    expect(balance.currency).to.equal('PLN');
    expect(Number.isInteger(balance.credit.minor)).to.equal(true);
    expect(balance.documents.length).to.be.greaterThan(0);
  });

  it('builds URLs from the configured base with repeated query parameters', () => {
    configure({ api: 'https://ebok.example.pl/api/' });
    expect(buildUrl('/invoices', { status: ['unpaid', 'overdue'], page: 2, from: undefined, to: '' })).to.equal(
      'https://ebok.example.pl/api/invoices?status=unpaid&status=overdue&page=2',
    );
  });

  describe('maps every fault switch to an error kind', () => {
    beforeEach(() => signInAs('jan'));
    const cases: Array<[string, Parameters<typeof setFaults>[0], ApiErrorKind]> = [
      ['HTTP 500', { http500: true }, 'server'],
      ['HTTP 503 with Retry-After', { http503: 7 }, 'rate_limited'],
      ['HTTP 429 with Retry-After', { http429: 3 }, 'rate_limited'],
      ['offline', { offline: true }, 'offline'],
      ['malformed body', { malformed: true }, 'malformed'],
    ];
    for (const [name, faults, kind] of cases) {
      it(`${name} → ${kind}`, async () => {
        setFaults(faults);
        expect(await kindOf(getBalance())).to.equal(kind);
      });
    }

    it('503 carries the Retry-After seconds', async () => {
      setFaults({ http503: 7 });
      try {
        await getBalance();
        expect.fail('should fail');
      } catch (e) {
        expect((e as ApiError).retryAfterSeconds).to.equal(7);
        expect((e as ApiError).retryable).to.equal(true);
      }
    });

    it('a request that never answers → timeout', async () => {
      setFaults({ hang: true });
      expect(await kindOf(request('/balance', { timeoutMs: 300 }))).to.equal('timeout');
    });

    it('the widget going away → aborted', async () => {
      setFaults({ hang: true });
      const controller = new AbortController();
      const p = getBalance({ signal: controller.signal });
      controller.abort();
      expect(await kindOf(p)).to.equal('aborted');
      const again = new AbortController();
      again.abort();
      expect(await kindOf(getBalance({ signal: again.signal }))).to.equal('aborted');
    });
  });

  it('maps sign-in failures: wrong password, locked account, validation', async () => {
    const wrong = login({ identifier: 'jan.kowalski@example.pl', identifierType: 'email', password: 'nope' });
    expect(await kindOf(wrong)).to.equal('unauthorized');
    const locked = login({ identifier: 'zablokowany@example.pl', identifierType: 'email', password: 'Ebok-demo-1' });
    try {
      await locked;
      expect.fail('should fail');
    } catch (e) {
      expect((e as ApiError).kind).to.equal('locked');
      expect((e as ApiError).lockedUntil).to.be.a('string');
    }
  });

  it('a 401 from any data call ends the session for everyone; a wrong password does not', async () => {
    await signInAs('jan');
    const store = getSessionStore();
    expect(store.state.status).to.equal('authenticated');
    await kindOf(login({ identifier: 'jan.kowalski@example.pl', identifierType: 'email', password: 'bad' }));
    expect(store.state.status).to.equal('authenticated');
    // Drop the mock's server-side session: the next call answers 401.
    await fetch('/api/session', { method: 'DELETE', credentials: 'include' });
    expect(await kindOf(getBalance())).to.equal('unauthorized');
    expect(store.state).to.deep.equal({ status: 'anonymous', reason: 'expired' });
  });

  it('de-duplicates concurrent identical GETs across callers', async () => {
    await signInAs('jan');
    const before = getMockStats().requests['GET /balance'] ?? 0;
    const [a, b, c] = await Promise.all([getBalance(), getBalance(), getBalance()]);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    expect((getMockStats().requests['GET /balance'] ?? 0) - before).to.equal(1);
    // Different queries are different resources.
    await Promise.all([listInvoices({ page: 1 }), listInvoices({ page: 2 })]);
    // Once settled, the next call asks again.
    await getBalance();
    expect((getMockStats().requests['GET /balance'] ?? 0) - before).to.equal(2);
  });

  it('one caller giving up does not cancel the shared request for the others', async () => {
    await signInAs('jan');
    setFaults({ latency: 150 });
    const quitter = new AbortController();
    const a = getBalance({ signal: quitter.signal });
    const b = getBalance();
    quitter.abort();
    expect(await kindOf(a)).to.equal('aborted');
    expect((await b).currency).to.equal('PLN');
  });

  it('a caller arriving just after every other caller gave up gets a fresh request, not the aborted one', async () => {
    // A widget that cancels its load and starts the same one at once (new arguments, "try again",
    // removed and added again by a framework) must not inherit its own abort.
    await signInAs('jan');
    setFaults({ latency: 150 });
    const first = new AbortController();
    const a = getBalance({ signal: first.signal });
    first.abort();
    const b = getBalance({ signal: new AbortController().signal });
    expect(await kindOf(a)).to.equal('aborted');
    expect((await b).currency).to.equal('PLN');
  });

  it('downloads binary responses', async () => {
    await signInAs('jan');
    const page = await listInvoices({ pageSize: 1 });
    const pdf = await getInvoicePdf(page.items[0]!.id);
    expect(pdf.type).to.equal('application/pdf');
    expect(await pdf.slice(0, 5).text()).to.equal('%PDF-');
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120')).to.equal(120);
    expect(parseRetryAfter(new Date(Date.now() + 30_000).toUTCString())).to.be.within(29, 31);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });
});
