// `npm run api`: the mock API (the same msw handlers as the gallery) over real HTTP, with an
// HttpOnly session cookie and CORS for the page origins you allow.
//
//   npm run api -- [--port 8787] [--origin http://localhost:5173 …] [--fault 503] [--latency 800] [--today 2026-12-01]
//
// Then open the demo against it: http://localhost:5173/operator.html?api=http://localhost:8787/api
import { parseArgs } from 'node:util';
import { loadMocksServer } from './mocks-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    origin: { type: 'string', multiple: true, default: ['http://localhost:5173', 'http://127.0.0.1:5173'] },
    fault: { type: 'string', multiple: true, default: [] },
    latency: { type: 'string' },
    'retry-after': { type: 'string' },
    today: { type: 'string' },
    secure: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('npm run api -- [--port 8787] [--origin URL …] [--fault 500|503|429|hang|offline|malformed|shape …] [--latency MS] [--retry-after S] [--today YYYY-MM-DD] [--secure]');
  process.exit(0);
}

const { startApiServer, faultsFromQuery } = await loadMocksServer();
const query = new URLSearchParams();
for (const f of values.fault) query.append('fault', f);
if (values.latency) query.set('latency', values.latency);
if (values['retry-after']) query.set('retryAfter', values['retry-after']);
const api = await startApiServer({
  port: Number(values.port),
  origins: values.origin,
  faults: faultsFromQuery(`?${query}`),
  today: values.today,
  secureCookie: values.secure,
});
console.log(`eBOK mock API on ${api.url}`);
console.log(`  allowed page origins: ${values.origin.join(', ')}`);
console.log(`  demo against it: http://localhost:5173/operator.html?api=${api.url.replace('127.0.0.1', 'localhost')}`);
const stop = () => void api.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
