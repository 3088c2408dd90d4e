// The conformance checker, checked: the project's own mock API conforms, and each deployment
// mistake injected by the broken fixture server is reported by the check that names it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runConformance } from './conformance/check.mjs';
import { BUSY_PATH, FAULTS, startBrokenServer } from './conformance/broken-server.mjs';
import { loadMocksServer } from './mocks-server.mjs';

const origin = 'http://localhost:5173';
const account = { origin, user: 'jan.kowalski@example.pl', password: 'Ebok-demo-1', writes: true, busyPath: BUSY_PATH, viewOnly: { user: 'wglad@example.pl', password: 'Ebok-demo-1' } };
const failed = (results) => results.filter((r) => r.status === 'FAIL');

describe('conformance checker', () => {
  it('passes the mock API served over HTTP, every check PASS but the Secure cookie on http', async () => {
    const { startApiServer } = await loadMocksServer();
    const api = await startApiServer({ port: 0, origins: [origin], faults: { http503: 30, path: BUSY_PATH } });
    try {
      const results = await runConformance({ ...account, api: api.url.replace('127.0.0.1', 'localhost') });
      assert.deepEqual(failed(results), []);
      assert.deepEqual(results.filter((r) => r.status === 'SKIP').map((r) => r.check), ['cookie: Secure']);
      assert.ok(results.filter((r) => r.check.startsWith('contract: ')).length >= 12, 'every read the widgets make was validated');
    } finally {
      await api.close();
    }
  });

  const expected = {
    'cors-star': ['CORS: exact origin', /Access-Control-Allow-Origin: \*/],
    'no-vary': ['CORS: Vary: Origin', /Vary: \(none\)/],
    'cookie-no-httponly': ['cookie: HttpOnly', /ebok_session=/],
    'money-float': ['money: integer minor units with a currency', /GET \/balance .*"minor":\d+\.5/],
    '503-no-retry-after': ['errors: Retry-After on 429/503', /503, Retry-After: \(none\)/],
    'replay-creates-second': ['idempotency: replay', /first pay-\d+, replay 201 pay-\d+/],
    'missing-field': ['contract: GET /invoices', /must have required property 'number'/],
  };
  for (const fault of Object.keys(FAULTS)) {
    it(`reports ${FAULTS[fault]} (${fault})`, async () => {
      const broken = await startBrokenServer(fault, { origin });
      try {
        const results = await runConformance({ ...account, api: broken.url });
        const [check, detail] = expected[fault];
        const row = results.find((r) => r.check === check);
        assert.equal(row?.status, 'FAIL', `${check}: ${JSON.stringify(row)}`);
        assert.match(row.detail, detail);
        assert.ok(row.fix.length > 10, 'says how to fix it');
      } finally {
        await broken.close();
      }
    });
  }
});
