// `npm run conformance`: checks an operator's backend against docs/api/openapi.yaml.
//
//   npm run conformance -- --api https://ebok.operator.pl/api --origin https://www.operator.pl \
//       [--user test@operator.pl --password …] [--allow-writes] [--json report.json]
//   npm run conformance -- --mocks        (the project's own mock API over HTTP, as CI runs it)
//
// Read-only unless --allow-writes (then it creates one test payment, twice with one key).
// Exit code 1 when any check fails.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runConformance } from './conformance/check.mjs';

const { values } = parseArgs({
  options: {
    api: { type: 'string' },
    origin: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    'identifier-type': { type: 'string', default: 'email' },
    'allow-writes': { type: 'boolean', default: false },
    json: { type: 'string' },
    'busy-path': { type: 'string' },
    'view-only-user': { type: 'string' },
    'view-only-password': { type: 'string' },
    mocks: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || (!values.mocks && (!values.api || !values.origin))) {
  console.log('npm run conformance -- --api URL --origin ORIGIN [--user U --password P] [--identifier-type email] [--allow-writes] [--view-only-user U --view-only-password P] [--busy-path PATH] [--json FILE]');
  console.log('npm run conformance -- --mocks   (check the mock API served over HTTP)');
  process.exit(values.help ? 0 : 2);
}

let stop = async () => {};
let options = {
  api: values.api,
  origin: values.origin,
  user: values.user,
  password: values.password,
  identifierType: values['identifier-type'],
  writes: values['allow-writes'],
  busyPath: values['busy-path'],
  viewOnly: { user: values['view-only-user'], password: values['view-only-password'] },
};
if (values.mocks) {
  const { loadMocksServer } = await import('./mocks-server.mjs');
  const { startApiServer } = await loadMocksServer();
  const origin = 'http://localhost:5173';
  // One route answers 503, so the Retry-After check has something to look at.
  const server = await startApiServer({ port: 0, origins: [origin], faults: { http503: 30, path: '/conformance-busy' } });
  stop = () => server.close();
  options = { api: server.url.replace('127.0.0.1', 'localhost'), origin, user: 'jan.kowalski@example.pl', password: 'Ebok-demo-1', identifierType: 'email', writes: true, busyPath: '/conformance-busy', viewOnly: { user: 'wglad@example.pl', password: 'Ebok-demo-1' } };
}

const results = await runConformance(options);
await stop();

const width = (key, min) => Math.min(60, Math.max(min, ...results.map((r) => String(r[key]).length)));
const pad = (s, n) => (String(s).length > n ? `${String(s).slice(0, n - 1)}…` : String(s).padEnd(n));
const [wc, wr] = [width('check', 5), Math.min(40, width('request', 7))];
console.log(`Conformance of ${options.api} (page origin ${options.origin}) with docs/api/openapi.yaml\n`);
console.log(`${pad('check', wc)}  result  ${pad('request', wr)}  detail / how to fix`);
console.log(`${'-'.repeat(wc)}  ------  ${'-'.repeat(wr)}  ${'-'.repeat(30)}`);
for (const r of results) {
  console.log(`${pad(r.check, wc)}  ${r.status.padEnd(6)}  ${pad(r.request, wr)}  ${r.detail}`);
  if (r.status === 'FAIL' && r.fix) console.log(`${' '.repeat(wc + wr + 12)}→ ${r.fix}`);
}
const count = (s) => results.filter((r) => r.status === s).length;
console.log(`\nconformance: ${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ api: options.api, origin: options.origin, results }, null, 2)}\n`);
process.exit(count('FAIL') > 0 ? 1 : 0);
