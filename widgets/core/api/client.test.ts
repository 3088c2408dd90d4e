import { expect } from '@open-wc/testing';
import { setFaults } from '../../../mocks/faults';
import { advanceMockClock, getMockStats, SESSION_TTL_MS } from '../../../mocks/state';
import { configure } from '../config';
import { getSessionStore } from '../session';
import { setupMockApi, signInAs } from '../../test-utils';
import { startLoader } from '../../../shell/loader';
import { request, buildUrl } from './client';
import { upload } from './upload';
import * as endpoints from './endpoints';
import { createTicket, getBalance, getInvoicePdf, listInvoices, login } from './endpoints';
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
    // One call with the session first: a 401 right after sign-in means something else (below).
    await getBalance();
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

  describe('what every request carries', () => {
    interface Sent {
      url: string;
      credentials: RequestCredentials | 'xhr-with-credentials' | undefined;
      language: string | undefined;
    }
    let sent: Sent[];
    const realFetch = window.fetch;
    const realSend = XMLHttpRequest.prototype.send;
    const realOpen = XMLHttpRequest.prototype.open;
    const realSetHeader = XMLHttpRequest.prototype.setRequestHeader;

    beforeEach(() => {
      sent = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input instanceof Request ? input.url : input);
        if (new URL(url, location.href).pathname.startsWith('/api/')) {
          sent.push({ url, credentials: init?.credentials, language: new Headers(init?.headers).get('Accept-Language') ?? undefined });
        }
        return realFetch(input, init);
      };
      const xhrs = new WeakMap<XMLHttpRequest, { url: string; language?: string }>();
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
        xhrs.set(this, { url: String(url) });
        // eslint-disable-next-line prefer-rest-params
        return realOpen.apply(this, arguments as unknown as Parameters<typeof realOpen>);
      } as typeof realOpen;
      XMLHttpRequest.prototype.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
        if (name.toLowerCase() === 'accept-language') xhrs.get(this)!.language = value;
        return realSetHeader.call(this, name, value);
      };
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        const info = xhrs.get(this)!;
        sent.push({ url: info.url, credentials: this.withCredentials ? 'xhr-with-credentials' : 'omit', language: info.language });
        return realSend.call(this, body);
      };
    });
    afterEach(() => {
      window.fetch = realFetch;
      XMLHttpRequest.prototype.open = realOpen;
      XMLHttpRequest.prototype.send = realSend;
      XMLHttpRequest.prototype.setRequestHeader = realSetHeader;
      delete window.ebok;
    });

    // One call per operation: an endpoint added without an entry here fails the type check.
    const ticket = () => {
      const form = new FormData();
      form.set('topicId', 'other');
      return form;
    };
    const CALLS: { [K in keyof typeof endpoints]: () => Promise<unknown> } = {
      login: () => endpoints.login({ identifier: 'jan.kowalski@example.pl', identifierType: 'email', password: 'Ebok-demo-1' }),
      verifyChallenge: () => endpoints.verifyChallenge({ challengeId: 'none', code: '123456' }),
      resendChallenge: () => endpoints.resendChallenge({ challengeId: 'none' }),
      getSession: () => endpoints.getSession(),
      logout: () => endpoints.logout(),
      requestPasswordReset: () => endpoints.requestPasswordReset({ email: 'jan.kowalski@example.pl' }),
      getBalance: () => endpoints.getBalance(),
      listInvoices: () => endpoints.listInvoices({ page: 1 }),
      getInvoicePdf: () => endpoints.getInvoicePdf('none'),
      listPayments: () => endpoints.listPayments({ year: 2026 }),
      getPayment: () => endpoints.getPayment('none'),
      getTransferDetails: () => endpoints.getTransferDetails(),
      createPayment: () => endpoints.createPayment({ invoiceIds: [] } as never, 'key-1'),
      listMeteringPoints: () => endpoints.listMeteringPoints(),
      getUsageSeries: () => endpoints.getUsageSeries({ pointId: 'none', resolution: 'day', from: '2026-01-01', to: '2026-01-31' } as never),
      getContactOptions: () => endpoints.getContactOptions(),
      listTickets: () => endpoints.listTickets(),
      createTicket: () => endpoints.createTicket(ticket(), 'key-2'),
      getRegistrationOptions: () => endpoints.getRegistrationOptions(),
      getRegistrationChallenge: () => endpoints.getRegistrationChallenge(),
      startRegistration: () => endpoints.startRegistration({ email: 'x@example.pl', termsVersion: '0' }, 'key-3'),
      resendRegistration: () => endpoints.resendRegistration({ id: 'none' }),
      checkActivationToken: () => endpoints.checkActivationToken({ token: 'none' }),
      activateAccount: () => endpoints.activateAccount({ token: 'none', password: 'x' }),
      selectAccount: () => endpoints.selectAccount({ accountId: 'a-1001-gaz' }),
      getContract: () => endpoints.getContract(),
      getContractDocument: () => endpoints.getContractDocument('none'),
      listMeters: () => endpoints.listMeters('none'),
      listMeterReadings: () => endpoints.listMeterReadings('none'),
      submitMeterReading: () => endpoints.submitMeterReading('none', new FormData(), 'key-3'),
      getTicketConversation: () => endpoints.getTicketConversation('none'),
      replyToTicket: () => endpoints.replyToTicket('none', ticket(), 'key-3'),
      listMessages: () => endpoints.listMessages({ page: 1 }),
      getUnreadCount: () => endpoints.getUnreadCount(),
      markMessageRead: () => endpoints.markMessageRead('none'),
    };

    it('every API operation goes with the session cookie (credentials: include, XHR withCredentials)', async () => {
      await signInAs('jan');
      sent = [];
      for (const call of Object.values(CALLS)) await call().catch(() => undefined);
      expect(sent.map((r) => new URL(r.url, location.href).pathname)).to.have.length(Object.keys(endpoints).length);
      for (const r of sent) expect(r.credentials, r.url).to.be.oneOf(['include', 'xhr-with-credentials']);
      // The uploads with progress go by XHR: a ticket's and a reply's attachments, a reading's photo.
      expect(sent.filter((r) => r.credentials === 'xhr-with-credentials')).to.have.length(3);
    });

    it('sends Accept-Language: the page language, the widget\'s own, and the new one after ebok.setLanguage()', async () => {
      await signInAs('jan');
      sent = [];
      await getBalance();
      expect(sent.at(-1)!.language).to.equal('pl');
      await request('/balance', { lang: 'uk' });
      expect(sent.at(-1)!.language).to.equal('uk');
      const ebok = startLoader('0.1.0', {}, () => import('../i18n/i18n'), { api: '/api', lang: 'pl' });
      ebok.setLanguage('ru');
      await getBalance();
      expect(sent.at(-1)!.language).to.equal('ru');
      await upload('/contact/tickets', ticket(), { lang: 'uk' }).catch(() => undefined);
      expect(sent.at(-1)!.language).to.equal('uk');
      await createTicket(ticket(), 'key-3').catch(() => undefined);
      expect(sent.at(-1)!.language).to.equal('ru');
    });

    it('two widgets in two languages do not share one answer', async () => {
      await signInAs('jan');
      sent = [];
      await Promise.all([request('/balance', { lang: 'pl' }), request('/balance', { lang: 'uk' })]);
      expect(sent.map((r) => r.language).sort()).to.deep.equal(['pl', 'uk']);
    });
  });

  describe('errors an operator cannot see from the customer\'s message', () => {
    let warnings: unknown[][];
    const realWarn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
    });
    afterEach(() => (console.warn = realWarn));
    const ours = (word: string) => warnings.filter((w) => String(w[0]).startsWith('[ebok]') && String(w[0]).includes(word));

    it('offline (navigator.onLine false) is "no connection"; online without an answer is "unavailable" and names CORS, once', async () => {
      await signInAs('jan');
      setFaults({ offline: true });
      expect(navigator.onLine).to.equal(false);
      expect(await kindOf(getBalance())).to.equal('offline');
      expect(ours('CORS')).to.have.length(0);
      setFaults({ cors: true });
      expect(navigator.onLine).to.equal(true);
      expect(await kindOf(getBalance())).to.equal('unreachable');
      expect(ours('CORS')).to.have.length(1);
      expect(String(ours('CORS')[0]![0])).to.contain('Access-Control-Allow-Origin');
      // Uploads tell the two apart the same way, and the operator is told only once.
      expect(await kindOf(createTicket(new FormData(), 'key-4'))).to.equal('unreachable');
      expect(ours('CORS')).to.have.length(1);
      setFaults({ offline: true });
      expect(await kindOf(createTicket(new FormData(), 'key-5'))).to.equal('offline');
      expect(new ApiError({ kind: 'unreachable' }).retryable).to.equal(true);
    });

    it('sign-in answered but the next call is 401: the session ends as cross_site and the operator reads why', async () => {
      await signInAs('jan');
      const store = getSessionStore();
      setFaults({ http401: true, path: '/balance' });
      expect(await kindOf(getBalance())).to.equal('unauthorized');
      expect(store.state).to.deep.equal({ status: 'anonymous', reason: 'cross_site' });
      expect(ours('same site')).to.have.length(1);
      // A later, ordinary expiry (a call had succeeded in between) is just that.
      setFaults({});
      await signInAs('jan');
      await getBalance();
      setFaults({ http401: true, path: '/balance' });
      await kindOf(getBalance());
      expect(store.state).to.deep.equal({ status: 'anonymous', reason: 'expired' });
      expect(ours('same site')).to.have.length(1);
    });

    it('a 401 for a call sent before the latest sign-in does not end the new session; a call sent after it does', async () => {
      await signInAs('jan');
      await getBalance();
      const store = getSessionStore();
      // A poll goes out under the first session and gets no answer yet.
      setFaults({ hang: true, path: '/balance' });
      const stale = kindOf(getBalance());
      // Meanwhile the customer signs in again; then the server has forgotten every session, so
      // the old poll, let go, is answered 401.
      await signInAs('jan');
      const signedIn = store.state;
      advanceMockClock(SESSION_TTL_MS + 1);
      setFaults({});
      expect(await stale).to.equal('unauthorized');
      expect(store.state).to.equal(signedIn);
      expect(ours('same site')).to.have.length(0);
      // The same answer to a call sent under the new session ends it.
      expect(await kindOf(getBalance())).to.equal('unauthorized');
      expect(store.state.status).to.equal('anonymous');
    });

    it('a 401 during an upload ends the session like any other call; endSessionOn401: false keeps it', async () => {
      await signInAs('jan');
      await getBalance();
      const store = getSessionStore();
      setFaults({ http401: true, path: '/contact/tickets' });
      expect(await kindOf(upload('/contact/tickets', new FormData(), { endSessionOn401: false }))).to.equal('unauthorized');
      expect(store.state.status).to.equal('authenticated');
      expect(await kindOf(createTicket(new FormData(), 'key-6'))).to.equal('unauthorized');
      expect(store.state).to.deep.equal({ status: 'anonymous', reason: 'expired' });
    });
  });
});
