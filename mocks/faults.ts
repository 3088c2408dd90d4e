/**
 * Switchable failures of the mock API, so widgets can be seen and tested under slow, broken and
 * absent networks. All switches apply to every request under the base URL, or only to those whose
 * path contains `path`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';

export interface Faults {
  /** Milliseconds added before every matching response (also before the other faults). */
  latency?: number;
  /** Answer 500 server_error. */
  http500?: boolean;
  /** Answer 503 service_unavailable with Retry-After; a number is the seconds (default 30). */
  http503?: boolean | number;
  /** Answer 429 too_many_attempts with Retry-After; a number is the seconds (default 30). */
  http429?: boolean | number;
  /** Never answer, until the faults are changed or reset; then the request proceeds normally. */
  hang?: boolean;
  /**
   * The browser is offline: `navigator.onLine` reads false in this page and requests fail as a
   * network error (fetch rejects with a TypeError).
   */
  offline?: boolean;
  /**
   * A cross-origin request the browser refuses (CORS misconfigured): a network error while
   * `navigator.onLine` stays true — to a page the two look alike but for that.
   */
  cors?: boolean;
  /** Answer 401 unauthorized (an expired session, or a cookie the browser did not send). */
  http401?: boolean;
  /** Answer 200 with a body that is not JSON (`true`/'json') or JSON of the wrong shape ('shape'). */
  malformed?: boolean | 'json' | 'shape';
  /** Only requests whose path (e.g. "/api/invoices") contains this substring. */
  path?: string;
}

let faults: Faults = {};
let releaseHung: Array<() => void> = [];

function releaseHangingRequests(): void {
  const pending = releaseHung;
  releaseHung = [];
  for (const release of pending) release();
}

/** Replaces all fault switches (unset switches are off). */
export function setFaults(next: Faults): void {
  faults = { ...next };
  pretendOffline(!!faults.offline);
  releaseHangingRequests();
}

/** `navigator.onLine` as the offline switch says (an own property over the prototype's getter). */
function pretendOffline(offline: boolean): void {
  if (typeof navigator === 'undefined') return;
  if (offline) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  else delete (navigator as { onLine?: boolean }).onLine;
}

export function resetFaults(): void {
  setFaults({});
}

export function getFaults(): Readonly<Faults> {
  return { ...faults };
}

/**
 * Fault switches from a page's query string, for the demo:
 * `?fault=500|503|429|401|hang|offline|cors|malformed|shape` (comma-separated for several),
 * `&latency=800`, `&retryAfter=30`, `&faultPath=/invoices`.
 */
export function faultsFromQuery(search: string = globalThis.location?.search ?? ''): Faults {
  const params = new URLSearchParams(search);
  const result: Faults = {};
  const retryAfter = Number(params.get('retryAfter') ?? '');
  const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : true;
  for (const name of params.getAll('fault').flatMap((v) => v.split(','))) {
    switch (name.trim()) {
      case '500':
        result.http500 = true;
        break;
      case '503':
        result.http503 = seconds;
        break;
      case '429':
        result.http429 = seconds;
        break;
      case 'hang':
        result.hang = true;
        break;
      case 'offline':
        result.offline = true;
        break;
      case 'cors':
        result.cors = true;
        break;
      case '401':
        result.http401 = true;
        break;
      case 'malformed':
      case 'json':
        result.malformed = 'json';
        break;
      case 'shape':
        result.malformed = 'shape';
        break;
    }
  }
  const latency = Number(params.get('latency') ?? '');
  if (Number.isFinite(latency) && latency > 0) result.latency = latency;
  const path = params.get('faultPath');
  if (path) result.path = path;
  return result;
}

function retrySeconds(value: boolean | number | undefined): number {
  return typeof value === 'number' && value >= 0 ? Math.round(value) : 30;
}

function problem(status: number, code: string, retryAfterSeconds?: number): Response {
  return HttpResponse.json(
    { code, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) },
    {
      status,
      headers: {
        'Content-Type': 'application/problem+json',
        ...(retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {}),
      },
    },
  );
}

/**
 * Runs before the real handlers: counts the request, then either answers with a fault or returns
 * nothing so that msw falls through to the next handler.
 */
export function createFaultHandler(base: string, onRequest: (request: Request) => void): HttpHandler {
  return http.all(`${base}/*`, async ({ request }) => {
    onRequest(request);
    const active = faults;
    if (active.path && !new URL(request.url).pathname.includes(active.path)) return undefined;
    if (active.latency) await delay(active.latency);
    if (active.offline || active.cors) return HttpResponse.error();
    if (active.hang) {
      await new Promise<void>((resolve) => releaseHung.push(resolve));
      return undefined;
    }
    if (active.http401) return problem(401, 'unauthorized');
    if (active.http500) return problem(500, 'server_error');
    if (active.http503) return problem(503, 'service_unavailable', retrySeconds(active.http503));
    if (active.http429) return problem(429, 'too_many_attempts', retrySeconds(active.http429));
    if (active.malformed === 'shape') return HttpResponse.json({ unexpected: true, items: 'nie' });
    if (active.malformed) {
      return new HttpResponse('<html><body>Błąd bramy</body></html>', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    return undefined;
  });
}
