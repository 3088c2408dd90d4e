import { expect } from '@open-wc/testing';
import { startMocks } from './browser';
import { faultsFromQuery, getFaults, resetFaults, setFaults } from './faults';
import { getMockStats, signInAs } from './state';
import { BASE, api, problemOf, setUpMocks } from './test-utils';
import { until } from '../widgets/test-utils';

describe('mock API: faults', () => {
  beforeEach(setUpMocks);
  afterEach(resetFaults);

  it('starts one worker however often startMocks is called', async () => {
    const a = await startMocks({ base: BASE });
    const b = await startMocks();
    expect(a).to.equal(b);
  });

  it('adds latency', async () => {
    setFaults({ latency: 300 });
    const started = performance.now();
    expect((await api('/contact/topics')).status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(290);
  });

  it('answers 500 and 503 with Retry-After', async () => {
    setFaults({ http500: true });
    const e500 = await api('/contact/topics');
    expect(e500.status).to.equal(500);
    expect((await problemOf(e500)).code).to.equal('server_error');

    setFaults({ http503: 45 });
    const e503 = await api('/contact/topics');
    expect(e503.status).to.equal(503);
    expect(e503.headers.get('Retry-After')).to.equal('45');
    expect(await problemOf(e503)).to.deep.equal({ code: 'service_unavailable', retryAfterSeconds: 45 });

    setFaults({ http429: true });
    const e429 = await api('/contact/topics');
    expect(e429.status).to.equal(429);
    expect(e429.headers.get('Retry-After')).to.equal('30');
  });

  it('fails like a network error when offline', async () => {
    setFaults({ offline: true });
    let error: unknown;
    try {
      await api('/contact/topics');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('answers 200 with a body that is not JSON, or JSON of the wrong shape', async () => {
    setFaults({ malformed: true });
    const broken = await api('/contact/topics');
    expect(broken.status).to.equal(200);
    let parsed = true;
    try {
      await broken.json();
    } catch {
      parsed = false;
    }
    expect(parsed).to.equal(false);

    setFaults({ malformed: 'shape' });
    const shape = await (await api('/contact/topics')).json();
    expect(shape).to.not.have.property('topics');
  });

  it('offline also makes navigator.onLine false; a CORS refusal fails alike while online; 401 on demand', async () => {
    setFaults({ offline: true });
    expect(navigator.onLine).to.equal(false);
    setFaults({ cors: true });
    expect(navigator.onLine).to.equal(true);
    let failed = false;
    await api('/contact/topics').catch(() => (failed = true));
    expect(failed).to.equal(true);
    setFaults({ http401: true });
    expect((await api('/contact/topics')).status).to.equal(401);
    resetFaults();
    expect(navigator.onLine).to.equal(true);
    expect(faultsFromQuery('?fault=cors,401')).to.deep.equal({ cors: true, http401: true });
  });

  it('hangs until the faults are reset', async () => {
    const before = getMockStats().requests['GET /contact/topics'] ?? 0;
    setFaults({ hang: true });
    let settled = false;
    const pending = api('/contact/topics').then((r) => {
      settled = true;
      return r;
    });
    // Wait until the mock holds the request (it counts it, then hangs), not for some time.
    await until(() => getMockStats().requests['GET /contact/topics'] === before + 1, 'the mock to receive the request');
    expect(settled).to.equal(false);
    resetFaults();
    expect((await pending).status).to.equal(200);
  });

  it('scopes faults to a path substring', async () => {
    signInAs('jan');
    setFaults({ http500: true, path: '/invoices' });
    expect((await api('/invoices')).status).to.equal(500);
    expect((await api('/balance')).status).to.equal(200);
  });

  it('reads faults from the page query', () => {
    expect(faultsFromQuery('?fault=503&retryAfter=12&latency=800&faultPath=/usage')).to.deep.equal({
      http503: 12,
      latency: 800,
      path: '/usage',
    });
    expect(faultsFromQuery('?fault=500,offline')).to.deep.equal({ http500: true, offline: true });
    expect(faultsFromQuery('?fault=hang')).to.deep.equal({ hang: true });
    expect(faultsFromQuery('?fault=malformed')).to.deep.equal({ malformed: 'json' });
    expect(faultsFromQuery('')).to.deep.equal({});
    setFaults({ latency: 5 });
    expect(getFaults()).to.deep.equal({ latency: 5 });
  });

  it('counts requests per path, including faulted ones and unknown paths', async () => {
    setFaults({ http500: true, path: '/balance' });
    await api('/balance');
    await api('/balance');
    await api('/contact/topics?x=1');
    const unknown = await api('/nie-ma');
    expect(unknown.status).to.equal(404);
    expect((await problemOf(unknown)).code).to.equal('not_found');
    const stats = getMockStats();
    expect(stats.requests).to.deep.equal({ 'GET /balance': 2, 'GET /contact/topics': 1, 'GET /nie-ma': 1 });
    expect(stats.totalRequests).to.equal(4);
  });
});
