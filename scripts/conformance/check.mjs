// The conformance checker: calls an operator's backend the way the widgets do and checks every
// answer against docs/api/openapi.yaml (OpenAPI 3.1 = JSON Schema 2020-12, validated by ajv), plus
// what a schema cannot say: CORS, the session cookie, Problem+JSON, Retry-After, money and days,
// idempotency. `runConformance()` returns the results; scripts/conformance.mjs prints them.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const SPEC_PATH = new URL('../../docs/api/openapi.yaml', import.meta.url);
const OTHER_ORIGIN = 'https://conformance-check.invalid';
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The contract, with a validator for every response it defines. */
export function loadContract(specText = readFileSync(SPEC_PATH, 'utf8')) {
  const spec = parse(specText);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', (s) => DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
  ajv.addFormat('date-time', (s) => INSTANT.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', (s) => URL.canParse(s));
  ajv.addSchema({ ...spec, $id: 'openapi' }, 'openapi');
  const deref = (node) => {
    let n = node;
    while (n && n.$ref) n = n.$ref.slice(2).split('/').reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
    return n;
  };
  const escape = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  /** The operation's documented answer for a status: its media types and where their schemas are. */
  const responseOf = (template, method, status) => {
    const op = spec.paths?.[template]?.[method.toLowerCase()];
    if (!op) return undefined;
    const key = op.responses?.[String(status)] ? String(status) : op.responses?.default ? 'default' : undefined;
    if (!key) return { op, documented: false };
    let pointer = `openapi#/paths/${escape(template)}/${method.toLowerCase()}/responses/${key}`;
    let response = op.responses[key];
    if (response.$ref) {
      pointer = `openapi${response.$ref}`;
      response = deref(response);
    }
    return { op, documented: true, response, pointer };
  };
  const validate = (template, method, status, contentType, body) => {
    const r = responseOf(template, method, status);
    if (!r) return [`${method} ${template} is not in the contract`];
    if (!r.documented) return [`status ${status} is not documented for ${method} ${template}`];
    const media = Object.keys(r.response.content ?? {});
    if (media.length === 0) return [];
    const type = (contentType ?? '').split(';')[0].trim();
    if (!media.includes(type)) return [`content type "${type || 'none'}", the contract says ${media.join(' or ')}`];
    if (!type.endsWith('json')) return [];
    const check = ajv.getSchema(`${r.pointer}/content/${escape(type)}/schema`);
    if (!check) return [`no schema for ${type}`];
    if (check(body)) return [];
    return check.errors.slice(0, 5).map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params?.missingProperty ? '' : ''}`);
  };
  const templateOf = (path, method) =>
    Object.keys(spec.paths ?? {}).find(
      (t) => spec.paths[t][method.toLowerCase()] && new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
    );
  return { spec, validate, templateOf };
}

/** Every `Money`-shaped object and every day-like field in a JSON body, for the explicit checks. */
function walk(value, path, visit) {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`, visit));
  else if (value && typeof value === 'object') {
    visit(value, path);
    for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`, visit);
  }
}

function parseSetCookie(header) {
  const [pair, ...attrs] = header.split(';').map((s) => s.trim());
  const [name, ...value] = pair.split('=');
  const attributes = {};
  for (const a of attrs) {
    const [k, ...v] = a.split('=');
    attributes[k.toLowerCase()] = v.join('=') || true;
  }
  return { name, value: value.join('='), attributes };
}

/** "www.operator.pl" and "ebok.operator.pl" are the same site; ports and schemes aside. */
function siteOf(hostname) {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return hostname;
  return hostname.split('.').slice(-2).join('.');
}

/**
 * Runs every check. `writes` allows creating a payment with a test account (idempotency checks);
 * without it, only reads and a sign-in happen. `viewOnly` ({ user, password }): a test person
 * with a view_only account, whose attempted change must be refused (403 account_read_only).
 */
export async function runConformance({ api, origin, user, password, identifierType = 'email', writes = false, busyPath, viewOnly, fetchImpl = fetch }) {
  const base = api.replace(/\/+$/, '');
  const contract = loadContract();
  const results = [];
  const seen = []; // every exchange, for the checks over all answers
  const result = (check, status, detail = '', request = '', fix = '') => results.push({ check, status, detail, request, fix });
  let cookie;

  async function call(method, path, { body, headers = {}, withCookie = true, from = origin, raw = false } = {}) {
    const url = `${base}${path}`;
    const init = {
      method,
      redirect: 'manual',
      headers: {
        Origin: from,
        'Accept-Language': 'pl',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(withCookie && cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    };
    const request = `${method} ${path}`;
    let res;
    try {
      res = await fetchImpl(url, init);
    } catch (error) {
      return { request, error: `no answer: ${error.cause?.code ?? error.message}` };
    }
    const contentType = res.headers.get('content-type') ?? '';
    const text = raw ? '' : await res.text();
    let json;
    if (/json/.test(contentType) && text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const exchange = { request, method, path: path.split('?')[0], status: res.status, headers: res.headers, contentType, json, text };
    if (method !== 'OPTIONS') seen.push(exchange);
    return exchange;
  }

  /** Validates one answer against the contract, as one row of the table. */
  function conform(x, label = x.request) {
    if (x.error) return result(`contract: ${label}`, 'FAIL', x.error, x.request, 'Is the API running at --api, and reachable from here?');
    if (x.status === 503 || x.status === 429) return result(`contract: ${label}`, 'SKIP', `answered ${x.status} (busy): run again later`, x.request);
    const template = contract.templateOf(x.path, x.method);
    const errors = template ? contract.validate(template, x.method, x.status, x.contentType, x.json ?? x.text) : [`${x.method} ${x.path} is not in the contract`];
    if (/json/.test(x.contentType) && x.text && x.json === undefined) errors.unshift('the body is not valid JSON');
    if (errors.length === 0) result(`contract: ${label}`, 'PASS', `${x.status} ${x.contentType.split(';')[0]}`, x.request);
    else result(`contract: ${label}`, 'FAIL', `${x.status}: ${errors.join('; ')}`, x.request, 'Answer exactly the shape docs/api/openapi.yaml gives for this operation and status.');
  }

  // ------------------------------------------------------------------ signed out, and CORS
  const anonymous = await call('GET', '/session', { withCookie: false });
  if (anonymous.error) {
    result('reachable', 'FAIL', anonymous.error, anonymous.request, 'Check --api: the base URL the widgets get as data-api.');
    return results;
  }
  conform(anonymous, 'GET /session without a session');
  // 204 (recommended: no console error on every signed-out page view) or 401 unauthorized.
  if (anonymous.status === 204 && anonymous.text === '') result('session: signed out without a cookie', 'PASS', '204', anonymous.request);
  else if (anonymous.status === 401 && anonymous.json?.code === 'unauthorized') result('session: signed out without a cookie', 'PASS', '401 (204 keeps the console clean)', anonymous.request);
  else result('session: signed out without a cookie', 'FAIL', `answered ${anonymous.status} ${anonymous.text.slice(0, 80)}`, anonymous.request, 'Without a session cookie, answer 204 with no body (or 401 with {"code":"unauthorized"}).');

  const allowOrigin = anonymous.headers.get('access-control-allow-origin');
  if (allowOrigin === origin) result('CORS: exact origin', 'PASS', allowOrigin, anonymous.request);
  else
    result(
      'CORS: exact origin',
      'FAIL',
      allowOrigin === '*' ? 'Access-Control-Allow-Origin: * (browsers refuse it with credentials: customers see "no connection")' : `Access-Control-Allow-Origin: ${allowOrigin ?? '(none)'}`,
      anonymous.request,
      `Echo the page origin from your allow-list: Access-Control-Allow-Origin: ${origin}`,
    );
  if (anonymous.headers.get('access-control-allow-credentials') === 'true') result('CORS: credentials', 'PASS', '', anonymous.request);
  else result('CORS: credentials', 'FAIL', `Access-Control-Allow-Credentials: ${anonymous.headers.get('access-control-allow-credentials') ?? '(none)'}`, anonymous.request, 'Send Access-Control-Allow-Credentials: true.');
  const vary = (anonymous.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase());
  if (vary.includes('origin') || vary.includes('*')) result('CORS: Vary: Origin', 'PASS', '', anonymous.request);
  else result('CORS: Vary: Origin', 'FAIL', `Vary: ${anonymous.headers.get('vary') ?? '(none)'}`, anonymous.request, 'Send Vary: Origin, or a cache may serve one origin\'s CORS answer to another.');
  const exposed = (anonymous.headers.get('access-control-expose-headers') ?? '').toLowerCase();
  const missingExposed = ['retry-after', 'content-disposition'].filter((h) => !exposed.includes(h));
  if (missingExposed.length === 0) result('CORS: exposed headers', 'PASS', '', anonymous.request);
  else result('CORS: exposed headers', 'FAIL', `not exposed: ${missingExposed.join(', ')}`, anonymous.request, 'Access-Control-Expose-Headers: Retry-After, Content-Disposition');

  const preflight = await call('OPTIONS', '/payments', {
    withCookie: false,
    headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key,accept-language,ebok-account' },
  });
  const pfOrigin = preflight.headers?.get('access-control-allow-origin');
  const pfMethods = (preflight.headers?.get('access-control-allow-methods') ?? '').toUpperCase();
  const pfHeaders = (preflight.headers?.get('access-control-allow-headers') ?? '').toLowerCase();
  const pfProblems = [
    !preflight.status || preflight.status >= 300 ? `status ${preflight.status ?? preflight.error}` : '',
    pfOrigin !== origin ? `Allow-Origin ${pfOrigin ?? '(none)'}` : '',
    ...['GET', 'POST', 'PUT', 'DELETE'].filter((m) => !pfMethods.includes(m) && pfMethods !== '*').map((m) => `method ${m} not allowed`),
    ...['content-type', 'idempotency-key', 'accept-language', 'ebok-account'].filter((h) => !pfHeaders.includes(h)).map((h) => `header ${h} not allowed`),
  ].filter(Boolean);
  if (pfProblems.length === 0) result('CORS: preflight', 'PASS', '', 'OPTIONS /payments');
  else result('CORS: preflight', 'FAIL', pfProblems.join('; '), 'OPTIONS /payments', 'Answer OPTIONS with 204, the exact origin, Allow-Methods GET, POST, PUT, DELETE and Allow-Headers Content-Type, Idempotency-Key, Accept-Language, Ebok-Account.');

  const stranger = await call('GET', '/session', { withCookie: false, from: OTHER_ORIGIN });
  const strangerOrigin = stranger.headers?.get('access-control-allow-origin');
  if (!strangerOrigin) result('CORS: other origins refused', 'PASS', '', `GET /session (Origin: ${OTHER_ORIGIN})`);
  else result('CORS: other origins refused', 'FAIL', `Access-Control-Allow-Origin: ${strangerOrigin}`, `GET /session (Origin: ${OTHER_ORIGIN})`, 'Allow only the origins where your widgets are embedded.');

  // ------------------------------------------------------------------ errors
  const unknown = await call('GET', `/conformance-${randomUUID()}`, { withCookie: false });
  if (unknown.status === 404 && /application\/problem\+json/.test(unknown.contentType) && typeof unknown.json?.code === 'string')
    result('errors: 404 is Problem+JSON', 'PASS', '', unknown.request);
  else result('errors: 404 is Problem+JSON', 'FAIL', `${unknown.status} ${unknown.contentType}`, unknown.request, 'Answer unknown paths 404 application/problem+json {"code":"not_found"}.');

  // ------------------------------------------------------------------ registration (issue #18), anonymous and read-only
  const regOptions = await call('GET', '/registration/options', { withCookie: false });
  conform(regOptions);
  // Without a proof-of-work requirement the contract lets it answer 404: validated either way.
  conform(await call('GET', '/registration/challenge', { withCookie: false }));
  // A made-up activation token: "unknown", never a hint about accounts, and nothing is changed.
  const deadToken = await call('POST', '/registration/token', { body: { token: `conformance${randomUUID().replace(/-/g, '')}` }, withCookie: false });
  conform(deadToken, 'POST /registration/token with an unknown token');
  if (deadToken.status === 404 && deadToken.json?.code === 'token_invalid') result('registration: unknown token is 404', 'PASS', '', deadToken.request);
  else result('registration: unknown token is 404', 'FAIL', `answered ${deadToken.status} ${deadToken.json?.code ?? ''}`, deadToken.request, 'An unknown activation token answers 404 {"code":"token_invalid"}.');

  // ------------------------------------------------------------------ signed in
  if (!user || !password) {
    result('session: sign-in and cookie', 'SKIP', 'give --user and --password of a test account for the signed-in checks');
  } else {
    const login = await call('POST', '/session', { body: { identifier: user, identifierType, password }, withCookie: false });
    conform(login, 'POST /session');
    const header = login.headers?.get('set-cookie');
    if (login.status !== 200 || login.json?.status !== 'authenticated' || !header) {
      result('session: sign-in and cookie', 'FAIL', `answered ${login.status} ${login.json?.status ?? ''}${header ? '' : ', no Set-Cookie'}`, login.request, 'Use a test account without a second factor; a sign-in answers 200 {"status":"authenticated"} with Set-Cookie.');
    } else {
      const c = parseSetCookie(header);
      cookie = `${c.name}=${c.value}`;
      result('session: sign-in and cookie', 'PASS', c.name, login.request);
      const a = c.attributes;
      if (a.httponly) result('cookie: HttpOnly', 'PASS', '', login.request);
      else result('cookie: HttpOnly', 'FAIL', header, login.request, 'Add HttpOnly: the session must never be readable by scripts on the page.');
      if (base.startsWith('https:')) {
        if (a.secure) result('cookie: Secure', 'PASS', '', login.request);
        else result('cookie: Secure', 'FAIL', header, login.request, 'Add Secure.');
      } else result('cookie: Secure', 'SKIP', 'the API is not on https (fine for local development only)', login.request);
      const sameSite = String(a.samesite ?? '').toLowerCase();
      const crossSite = siteOf(new URL(base).hostname) !== siteOf(new URL(origin).hostname);
      if (crossSite && sameSite !== 'none')
        result('cookie: SameSite', 'FAIL', `API and page are on different sites and SameSite=${a.samesite ?? '(default Lax)'}`, login.request, 'Serve the API from a subdomain of the page\'s site (recommended: browsers block third-party cookies), or SameSite=None; Secure.');
      else if (crossSite) result('cookie: SameSite', 'FAIL', 'SameSite=None across sites: Safari and Firefox block such third-party cookies, sign-in will loop', login.request, 'Serve the API from a subdomain of the page\'s site.');
      else if (sameSite === 'none' && !a.secure) result('cookie: SameSite', 'FAIL', 'SameSite=None without Secure is refused by browsers', login.request, 'Add Secure, or use SameSite=Lax on a same-site API.');
      else result('cookie: SameSite', 'PASS', `SameSite=${a.samesite ?? '(default Lax)'}, same site as the page`, login.request);
      if (a.path && new URL(base).pathname.startsWith(String(a.path))) result('cookie: Path', 'PASS', `Path=${a.path}`, login.request);
      else result('cookie: Path', 'FAIL', `Path=${a.path ?? '(none)'}`, login.request, `Path=${new URL(base).pathname} (or a prefix of it), so the cookie goes with every API call and nowhere else.`);

      // Every read the widgets make, validated.
      conform(await call('GET', '/session'));
      conform(await call('GET', '/balance'));
      const invoices = await call('GET', '/invoices?page=1&pageSize=5&sort=-issueDate');
      conform(invoices, 'GET /invoices');
      const first = invoices.json?.items?.[0];
      if (first) {
        const pdf = await call('GET', `/invoices/${encodeURIComponent(first.id)}/pdf`);
        conform(pdf, 'GET /invoices/{id}/pdf');
        if (pdf.status === 200 && !/attachment/.test(pdf.headers.get('content-disposition') ?? ''))
          result('invoices: PDF file name', 'FAIL', `Content-Disposition: ${pdf.headers.get('content-disposition') ?? '(none)'}`, pdf.request, 'Send Content-Disposition: attachment; filename="FV_….pdf".');
      }
      const badDay = await call('GET', '/invoices?from=2026-13-45');
      conform(badDay, 'GET /invoices with an invalid day');
      const points = await call('GET', '/usage/points');
      conform(points);
      const point = points.json?.items?.[0] ?? points.json?.points?.[0];
      if (point) {
        const year = new Date().getUTCFullYear();
        conform(await call('GET', `/usage/series?point=${encodeURIComponent(point.id)}&granularity=month&from=${year}-01-01&to=${year}-12-31`), 'GET /usage/series');
      }
      // Several accounts (issue #19): the contract of each listed account, and a refusal for an account not listed.
      const session = await call('GET', '/session');
      const accounts = session.json?.accounts ?? [];
      for (const account of accounts.slice(0, 2)) {
        const contract = await call('GET', '/contract', { headers: { 'Ebok-Account': account.id } });
        conform(contract, 'GET /contract');
        const doc = contract.json?.documents?.[0];
        if (doc) conform(await call('GET', `/contract/documents/${encodeURIComponent(doc.id)}`, { headers: { 'Ebok-Account': account.id } }), 'GET /contract/documents/{id}');
      }
      const stranger = await call('GET', '/balance', { headers: { 'Ebok-Account': 'not-an-account-of-yours' } });
      if (stranger.status === 403 && stranger.json?.code === 'account_not_allowed') result('accounts: another account is refused', 'PASS', '', 'GET /balance (Ebok-Account: not listed)');
      else result('accounts: another account is refused', 'FAIL', `answered ${stranger.status}`, 'GET /balance (Ebok-Account: not listed)', 'Check Ebok-Account against the session\'s accounts: 403 {"code":"account_not_allowed"} for any other.');
      // Meters: the first point that has one (a SIM card's point answers an empty list), and its history.
      for (const p of (points.json?.points ?? []).slice(0, 5)) {
        const meters = await call('GET', `/meters?point=${encodeURIComponent(p.id)}`);
        conform(meters, 'GET /meters');
        const meter = meters.json?.meters?.[0];
        if (!meter) continue;
        conform(await call('GET', `/meters/${encodeURIComponent(meter.id)}/readings`), 'GET /meters/{id}/readings');
        break;
      }
      const payments = await call('GET', '/payments?page=1&pageSize=5');
      conform(payments, 'GET /payments');
      const year = new Date().getUTCFullYear();
      conform(await call('GET', `/payments?year=${year}`), 'GET /payments?year');
      const paid = payments.json?.items?.[0];
      if (paid) conform(await call('GET', `/payments/${encodeURIComponent(paid.id)}`), 'GET /payments/{id}');
      // Which payment paid an invoice: the history filtered by a document it covered.
      const covered = paid?.invoiceIds?.[0];
      if (covered) {
        const byDocument = await call('GET', `/payments?document=${encodeURIComponent(covered)}`);
        conform(byDocument, 'GET /payments?document');
        const items = byDocument.json?.items ?? [];
        if (items.some((p) => p.id === paid.id) && items.every((p) => p.invoiceIds?.includes(covered))) {
          result('payments: filter by document', 'PASS', '', byDocument.request);
        } else {
          result('payments: filter by document', 'FAIL', `${items.length} payments, ${paid.id} ${items.some((p) => p.id === paid.id) ? 'among them' : 'missing'}`, byDocument.request, 'GET /payments?document=<Invoice.id> lists exactly the payments whose invoiceIds contain that invoice.');
        }
      }
      const unknownPayment = await call('GET', `/payments/conformance-${randomUUID()}`);
      if (unknownPayment.status === 404 && unknownPayment.json?.code === 'not_found') result('payments: unknown id is 404', 'PASS', '', 'GET /payments/{unknown}');
      else result('payments: unknown id is 404', 'FAIL', `answered ${unknownPayment.status}`, 'GET /payments/{unknown}', 'An unknown or another customer\'s payment id answers 404 {"code":"not_found"} and nothing else.');
      const transfer = await call('GET', '/transfer-details');
      conform(transfer);
      const nrb = transfer.json?.accountNumber;
      if (typeof nrb === 'string') {
        let rest = 0;
        for (const digit of `${nrb.slice(2)}2521${nrb.slice(0, 2)}`) rest = (rest * 10 + Number(digit)) % 97;
        if (/^\d{26}$/.test(nrb) && rest === 1) result('transfer: account number passes mod-97', 'PASS', '', transfer.request);
        else result('transfer: account number passes mod-97', 'FAIL', nrb, transfer.request, 'The customer\'s individual account number must be a valid NRB (26 digits, ISO 13616 check digits); the widgets refuse to show another for copying.');
      }
      conform(await call('GET', '/contact/topics'));
      const tickets = await call('GET', '/contact/tickets');
      conform(tickets);
      // --- messages and ticket conversations (issue #17)
      const ticket = tickets.json?.items?.[0];
      if (ticket) conform(await call('GET', `/contact/tickets/${encodeURIComponent(ticket.id)}`), 'GET /contact/tickets/{id}');
      const unknownTicket = await call('GET', `/contact/tickets/conformance-${randomUUID()}`);
      if (unknownTicket.status === 404 && unknownTicket.json?.code === 'not_found') result('tickets: unknown id is 404', 'PASS', '', 'GET /contact/tickets/{unknown}');
      else result('tickets: unknown id is 404', 'FAIL', `answered ${unknownTicket.status}`, 'GET /contact/tickets/{unknown}', 'An unknown or another customer\'s ticket id answers 404 {"code":"not_found"}.');
      const messages = await call('GET', '/messages?page=1&pageSize=20');
      conform(messages, 'GET /messages');
      conform(await call('GET', '/messages?kind=dunning&kind=invoice_issued'), 'GET /messages?kind');
      const unread = await call('GET', '/messages/unread-count');
      conform(unread);
      if (typeof unread.json?.unread === 'number' && typeof messages.json?.unread === 'number') {
        if (unread.json.unread === messages.json.unread) result('messages: unread count agrees with the inbox', 'PASS', String(unread.json.unread), unread.request);
        else result('messages: unread count agrees with the inbox', 'FAIL', `unread-count ${unread.json.unread}, inbox ${messages.json.unread}`, unread.request, 'GET /messages/unread-count and MessagePage.unread count the same unread messages of every kind.');
      }
      // "Twoje dane" (issue #16): every section answers an ETag equal to its body's version.
      const sections = {};
      for (const path of ['/account/contact', '/account/consents', '/account/e-invoice', '/account/notifications']) {
        const r = await call('GET', path);
        conform(r);
        sections[path] = r;
        const etag = r.headers?.get('etag');
        if (r.status === 200 && etag !== `"${r.json?.version}"`)
          result(`account: ETag of ${path}`, 'FAIL', `ETag: ${etag ?? '(none)'}, version: ${r.json?.version}`, r.request, 'Send ETag: "<version>" with every section, the same value as "version" in the body.');
      }

      if (!writes) {
        result('idempotency: replay', 'SKIP', 'read-only run: add --allow-writes with a test account to create one test payment');
      } else {
        const key = randomUUID();
        const pay = (body, k = key) => call('POST', '/payments', { body, headers: { 'Idempotency-Key': k } });
        const one = await pay({ scope: 'balance' });
        conform(one, 'POST /payments');
        if (one.status === 201 || one.status === 200) {
          const again = await pay({ scope: 'balance' });
          conform(await call('GET', `/payments/${encodeURIComponent(one.json.id)}`), 'GET /payments/{id} just created');
          if ((again.status === 200 || again.status === 201) && again.json?.id === one.json?.id) result('idempotency: replay', 'PASS', `same payment ${one.json.id}`, again.request);
          else result('idempotency: replay', 'FAIL', `first ${one.json?.id}, replay ${again.status} ${again.json?.id ?? again.json?.code ?? ''}`, again.request, 'Store the Idempotency-Key with the result; the same key and body returns the same resource and creates nothing.');
          const other = await pay({ scope: 'invoices', invoiceIds: first ? [first.id] : ['x'] });
          if (other.status === 409 && other.json?.code === 'idempotency_conflict') result('idempotency: another body', 'PASS', '', other.request);
          else result('idempotency: another body', 'FAIL', `answered ${other.status} ${other.json?.code ?? ''}`, other.request, 'The same key with a different body answers 409 {"code":"idempotency_conflict"}.');
        } else result('idempotency: replay', 'SKIP', `could not create a payment (${one.status} ${one.json?.code ?? ''}): the test account needs something to pay`, one.request);
        const n = sections['/account/notifications']?.json;
        if (n?.version) {
          const stale = await call('PUT', '/account/notifications', { body: { events: n.events, reminderDaysBefore: n.reminderDaysBefore }, headers: { 'If-Match': `"${n.version}-conformance-stale"` } });
          conform(stale, 'PUT /account/notifications with a stale If-Match');
          if (stale.status === 412 && stale.json?.code === 'precondition_failed') result('account: stale If-Match is 412', 'PASS', '', stale.request);
          else result('account: stale If-Match is 412', 'FAIL', `answered ${stale.status} ${stale.json?.code ?? ''}`, stale.request, 'A save whose If-Match is not the current version answers 412 {"code":"precondition_failed"} and changes nothing.');
        }
      }

      const out = await call('DELETE', '/session');
      const revoked = await call('GET', '/session');
      if (out.status < 300 && revoked.status === 401) result('session: logout revokes', 'PASS', '', 'DELETE /session, then GET /session with the old cookie');
      else result('session: logout revokes', 'FAIL', `logout ${out.status}, then the old cookie got ${revoked.status}`, 'DELETE /session, then GET /session with the old cookie', 'Revoke the session on the server at logout, not only in the browser.');
    }
  }

  // Roles (issue #19): a change on a view_only account is refused and changes nothing. It tries
  // to save the notification settings as they are, so even a backend that wrongly accepts it keeps them.
  const roleCheck = 'roles: a change on a view_only account is 403';
  if (!viewOnly?.user || !viewOnly?.password) result(roleCheck, 'SKIP', 'give --view-only-user and --view-only-password of a test person with a view_only account');
  else if (!writes) result(roleCheck, 'SKIP', 'read-only run: add --allow-writes (the refused save is a write attempt)');
  else {
    const saved = cookie;
    cookie = undefined;
    const login = await call('POST', '/session', { body: { identifier: viewOnly.user, identifierType, password: viewOnly.password }, withCookie: false });
    const header = login.headers?.get('set-cookie');
    const account = login.json?.session?.accounts?.find((a) => a.role === 'view_only');
    if (login.status !== 200 || !header) result(roleCheck, 'FAIL', `sign-in answered ${login.status} ${login.json?.status ?? ''}`, login.request, 'Use a view_only test person without a second factor.');
    else if (!account) result(roleCheck, 'FAIL', 'the session lists no account with role view_only', login.request, 'Give the test person an account with "role": "view_only" in Session.accounts.');
    else {
      cookie = `${parseSetCookie(header).name}=${parseSetCookie(header).value}`;
      const headers = { 'Ebok-Account': account.id };
      const n = await call('GET', '/account/notifications', { headers });
      conform(n, 'GET /account/notifications (view_only)');
      const put = await call('PUT', '/account/notifications', {
        body: { events: n.json?.events, reminderDaysBefore: n.json?.reminderDaysBefore },
        headers: { ...headers, 'If-Match': n.headers?.get('etag') ?? `"${n.json?.version}"` },
      });
      conform(put, 'PUT /account/notifications on a view_only account');
      if (put.status === 403 && put.json?.code === 'account_read_only') result(roleCheck, 'PASS', `account ${account.id}`, put.request);
      else result(roleCheck, 'FAIL', `answered ${put.status} ${put.json?.code ?? ''}`, put.request, 'Refuse every change (payments, readings, account data, tickets and replies) on a view_only account: 403 {"code":"account_read_only"}.');
      await call('DELETE', '/session');
    }
    cookie = saved;
  }

  // A path the backend answers 429/503 on right now (maintenance, a rate-limited staging route).
  if (busyPath) await call('GET', busyPath, { withCookie: false });

  // ------------------------------------------------------------------ over every answer seen
  const errors = seen.filter((x) => x.status >= 400);
  const notProblem = errors.filter((x) => !/^application\/problem\+json/.test(x.contentType) || typeof x.json?.code !== 'string');
  if (notProblem.length === 0) result('errors: Problem+JSON everywhere', 'PASS', `${errors.length} error answers`);
  else result('errors: Problem+JSON everywhere', 'FAIL', notProblem.map((x) => `${x.request} → ${x.status} ${x.contentType || '(no type)'}`).join('; '), notProblem[0].request, 'Every error: Content-Type application/problem+json and a body with "code".');

  const busy = seen.filter((x) => x.status === 429 || x.status === 503);
  const badBusy = busy.filter((x) => {
    const header = x.headers.get('retry-after');
    return !header || !/^\d+$/.test(header) || x.json?.retryAfterSeconds !== Number(header);
  });
  if (busy.length === 0) result('errors: Retry-After on 429/503', 'SKIP', 'no 429 or 503 was answered during the run');
  else if (badBusy.length === 0) result('errors: Retry-After on 429/503', 'PASS', `${busy.length} answers`);
  else
    result(
      'errors: Retry-After on 429/503',
      'FAIL',
      badBusy.map((x) => `${x.request} → ${x.status}, Retry-After: ${x.headers.get('retry-after') ?? '(none)'}, retryAfterSeconds: ${x.json?.retryAfterSeconds ?? '(none)'}`).join('; '),
      badBusy[0].request,
      'Send Retry-After: <seconds> and the same number as "retryAfterSeconds" in the body.',
    );

  const money = [];
  const days = [];
  for (const x of seen) {
    if (x.json === undefined || x.status >= 400) continue;
    walk(x.json, '', (o, path) => {
      if ('minor' in o || ('currency' in o && Object.keys(o).length <= 3)) {
        if (!Number.isSafeInteger(o.minor) || typeof o.currency !== 'string' || !/^[A-Z]{3}$/.test(o.currency)) money.push({ request: x.request, text: `${x.request} ${path || '/'}: ${JSON.stringify(o)}` });
      }
      for (const [k, v] of Object.entries(o)) {
        if (/(^|[a-z])(Date|date|day|Day)$|^(from|to)$/.test(k) && typeof v === 'string' && !DAY.test(v)) days.push({ request: x.request, text: `${x.request} ${path}/${k}: ${v}` });
      }
    });
  }
  if (money.length === 0) result('money: integer minor units with a currency', 'PASS');
  else result('money: integer minor units with a currency', 'FAIL', money.slice(0, 3).map((m) => m.text).join('; '), money[0].request, 'Money is {"minor": <integer grosze>, "currency": "PLN"} — never a float or a string.');
  if (days.length === 0) result('days: YYYY-MM-DD', 'PASS');
  else result('days: YYYY-MM-DD', 'FAIL', days.slice(0, 3).map((d) => d.text).join('; '), days[0].request, 'Calendar days are "YYYY-MM-DD" (a day in Europe/Warsaw), not instants.');

  // Every read in the contract must be exercised, so an endpoint added to openapi.yaml without a
  // check here fails CI instead of going unchecked.
  if (cookie) {
    const called = new Set(seen.map((x) => `${x.method} ${contract.templateOf(x.path, x.method)}`));
    const operations = Object.entries(contract.spec.paths).flatMap(([t, ops]) =>
      Object.keys(ops).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${t}`),
    );
    const missing = operations.filter((o) => !called.has(o));
    const missingReads = missing.filter((o) => o.startsWith('GET '));
    const others = missing.filter((o) => !o.startsWith('GET '));
    const note = others.length ? ` (not exercised, they change data or need a second factor: ${others.join(', ')})` : '';
    if (missingReads.length === 0) result('coverage: every read in the contract', 'PASS', `${operations.length - missing.length} of ${operations.length} operations${note}`);
    else result('coverage: every read in the contract', 'FAIL', `never called: ${missingReads.join(', ')}${note}`, '', 'Add these operations to scripts/conformance/check.mjs.');
  }

  return results;
}
