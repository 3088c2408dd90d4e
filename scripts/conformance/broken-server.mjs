// A deliberately broken backend for the conformance checker's own tests: the mock API over HTTP
// behind a proxy that injects one deployment mistake at a time, each of which a real operator
// could make. The checker must name every one of them.
import { createServer } from 'node:http';
import { loadMocksServer } from '../mocks-server.mjs';

export const FAULTS = {
  'cors-star': 'Access-Control-Allow-Origin: * on every answer',
  'no-vary': 'no Vary: Origin',
  'cookie-no-httponly': 'a session cookie scripts can read',
  'money-float': 'money as a float (minor units with a fraction)',
  '503-no-retry-after': 'a 503 without Retry-After',
  'replay-creates-second': 'a replayed Idempotency-Key creates a second payment',
  'missing-field': 'an invoice without its required number',
};

export const BUSY_PATH = '/conformance-busy';

function floatMoney(value) {
  if (Array.isArray(value)) return value.map(floatMoney);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'minor' && Number.isInteger(v) ? v + 0.5 : floatMoney(v);
    return out;
  }
  return value;
}

export async function startBrokenServer(fault, { origin }) {
  if (!(fault in FAULTS)) throw new Error(`unknown fault ${fault}`);
  const { startApiServer } = await loadMocksServer();
  const upstream = await startApiServer({ port: 0, origins: [origin], faults: { http503: 30, path: BUSY_PATH } });
  const target = new URL(upstream.url).origin;
  const firstByKey = new Map();
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const headers = { ...req.headers };
    delete headers.host;
    // A server that ignores Idempotency-Key: the replay makes a second payment. (Forwarding the replay
    // under a new key no longer does: the mock leaves documents already being paid out of a second
    // balance payment, as a real one should, and answers nothing_to_pay.) So the replay is answered
    // here with a copy of the first payment under a new id.
    const key = headers['idempotency-key'];
    if (fault === 'replay-creates-second' && req.method === 'POST' && key && firstByKey.has(key)) {
      const first = firstByKey.get(key);
      const second = { ...first, id: String(first.id).replace(/\d+$/, (d) => String(Number(d) + 1000).padStart(d.length, '0')) };
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(second));
      return;
    }
    const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
    let body = Buffer.from(await answer.arrayBuffer());
    const out = new Map([...answer.headers].filter(([k]) => k !== 'set-cookie' && k !== 'content-length' && k !== 'content-encoding'));
    let cookies = answer.headers.getSetCookie();
    const path = new URL(req.url, target).pathname;
    if (fault === 'cors-star') out.set('access-control-allow-origin', '*');
    if (fault === 'no-vary') out.delete('vary');
    if (fault === 'cookie-no-httponly') cookies = cookies.map((c) => c.replace(/;\s*HttpOnly/i, ''));
    if (fault === '503-no-retry-after' && answer.status === 503) {
      out.delete('retry-after');
      body = Buffer.from(JSON.stringify({ code: 'service_unavailable' }));
    }
    if (fault === 'money-float' && path.endsWith('/balance') && answer.ok) body = Buffer.from(JSON.stringify(floatMoney(JSON.parse(body.toString()))));
    if (fault === 'missing-field' && path.endsWith('/invoices') && answer.ok) {
      const page = JSON.parse(body.toString());
      for (const item of page.items) delete item.number;
      body = Buffer.from(JSON.stringify(page));
    }
    if (fault === 'replay-creates-second' && req.method === 'POST' && key && answer.status === 201) firstByKey.set(key, JSON.parse(body.toString()));
    for (const [k, v] of out) res.setHeader(k, v);
    if (cookies.length) res.setHeader('set-cookie', cookies);
    res.writeHead(answer.status).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://localhost:${server.address().port}${new URL(upstream.url).pathname}`;
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await upstream.close();
    },
  };
}
