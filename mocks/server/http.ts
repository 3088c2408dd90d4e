/// <reference types="node" />
/**
 * The mock API over real HTTP: the same msw handlers the gallery and the tests run in a service
 * worker (mocks/handlers.ts), behind a thin node:http adapter — not a second implementation. What
 * the service worker cannot show, this does, as an operator's production API would:
 * - an HttpOnly session cookie (a fresh id at every sign-in), one session per cookie;
 * - CORS for an allow-list of exact origins, with credentials and `Vary: Origin`;
 * - the idempotency stores, Retry-After and the fault switches of the mocks (faults can be set at
 *   start or through `PUT /__mock/faults` from this machine).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { resetFaults, setFaults, type Faults } from '../faults';
import { createHandlers } from '../handlers';
import { resetMockState, setReturnOrigins, useSessionSlots, type ResetOptions, type SessionSlot } from '../state';

export interface ApiServerOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Path of the API under the server, as the widgets' data-api ends (default "/api"). */
  base?: string;
  /** Page origins allowed to call the API with the customer's cookie, exactly as the browser sends them. */
  origins?: readonly string[];
  /** Fault switches from the start (see mocks/faults.ts). */
  faults?: Faults;
  /** Build the fixtures around this Warsaw day instead of today. */
  today?: string;
  /** Mark the cookie Secure (serve behind HTTPS). */
  secureCookie?: boolean;
}

export interface ApiServer {
  server: Server;
  /** e.g. "http://127.0.0.1:8787/api" */
  url: string;
  close(): Promise<void>;
}

export const SESSION_COOKIE = 'ebok_session';

/** Request headers the widgets send; the preflight allows exactly these. */
const ALLOWED_HEADERS = 'Content-Type, Accept-Language, Idempotency-Key, If-Match, Ebok-Account';
/** Response headers the widgets read. */
const EXPOSED_HEADERS = 'Retry-After, ETag, Content-Disposition';
const METHODS = 'GET, POST, PUT, PATCH, DELETE';

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const base = (options.base ?? '/api').replace(/\/+$/, '');
  const origins = new Set(options.origins ?? []);
  const sessions = new Map<string, SessionSlot>();
  const current = new AsyncLocalStorage<SessionSlot>();
  resetMockState(options.today ? ({ today: options.today } satisfies ResetOptions) : {});
  if (options.faults) setFaults(options.faults);
  useSessionSlots(() => current.getStore() ?? { session: undefined });
  // Payments may return to the pages allowed to call the API.
  setReturnOrigins([...origins]);

  let handlers: ReturnType<typeof createHandlers> = [];
  let origin = 'http://127.0.0.1';

  const cors = (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };

  const cookie = (id: string, maxAge?: number): string =>
    [
      `${SESSION_COOKIE}=${id}`,
      `Path=${base || '/'}`,
      'HttpOnly',
      'SameSite=Lax',
      ...(options.secureCookie ? ['Secure'] : []),
      ...(maxAge !== undefined ? [`Max-Age=${maxAge}`] : []),
    ].join('; ');

  /** Test and demo controls, outside the API and only from this machine. */
  const control = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (!isLoopback(req)) {
      res.writeHead(403).end();
      return;
    }
    const body = await bodyOf(req);
    if (path === '/__mock/faults' && req.method === 'PUT') {
      setFaults(body?.length ? (JSON.parse(body.toString('utf8')) as Faults) : {});
    } else if (path === '/__mock/reset' && req.method === 'POST') {
      resetFaults();
      resetMockState(body?.length ? (JSON.parse(body.toString('utf8')) as ResetOptions) : {});
      sessions.clear();
    } else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(204).end();
  };

  const server = createServer((req, res) => {
    void (async () => {
      // The handlers match on the server's own origin, whatever name the client used (localhost, 127.0.0.1).
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/__mock/')) return control(req, res, url.pathname);
      cors(req, res);
      if (req.method === 'OPTIONS') {
        const from = req.headers.origin;
        if (from && origins.has(from)) {
          res.setHeader('Access-Control-Allow-Methods', METHODS);
          res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
          res.setHeader('Access-Control-Max-Age', '600');
        }
        res.writeHead(204).end();
        return;
      }

      const id = cookieOf(req, SESSION_COOKIE);
      const known = id ? sessions.get(id) : undefined;
      // A cookie the server does not know (revoked, expired, made up) still answers 401, not 204.
      const slot: SessionSlot = known ?? { session: undefined, cookie: id !== undefined };
      slot.started = false;
      const body = await bodyOf(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      }
      const request = new Request(url, { method: req.method, headers, ...(body?.length ? { body: new Uint8Array(body) } : {}) });
      const response = await current.run(slot, () => getResponse(handlers, request));

      if (!response || response.type === 'error') {
        // A network error (the `offline` fault) is a connection that breaks, not a status.
        req.socket.destroy();
        return;
      }
      if (slot.started) {
        // A sign-in: a new id, and the old one (if any) forgotten.
        if (id) sessions.delete(id);
        const fresh = randomBytes(24).toString('base64url');
        sessions.set(fresh, slot);
        res.appendHeader('Set-Cookie', cookie(fresh));
      } else if (id && !slot.session) {
        // Signed out, expired or never known: the browser drops the cookie.
        sessions.delete(id);
        res.appendHeader('Set-Cookie', cookie('', 0));
      }
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value);
      });
      res.writeHead(response.status);
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      console.error('[ebok api]', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ code: 'server_error' }));
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${base}`;
  handlers = createHandlers(url);
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
