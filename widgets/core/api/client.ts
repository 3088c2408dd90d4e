import { getConfig } from '../config';
import { resolveLanguage } from '../i18n/language';
import type { Lang } from '../i18n/languages';
import { warnOnce } from '../warn';
import { ApiError, errorFromResponse } from './errors';

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** Sent as JSON. */
  json?: unknown;
  headers?: Record<string, string>;
  /** Abort when the widget goes away. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Share one in-flight request between callers asking for the same thing. Default: true for GET. */
  dedupe?: boolean;
  /** A 401 ends the session everywhere — except on the sign-in calls, where it means wrong credentials. */
  endSessionOn401?: boolean;
  responseType?: 'json' | 'blob' | 'none';
  /** Sent as Accept-Language; the widget's language. Default: the page's (data-lang, <html lang>). */
  lang?: Lang;
  /** Sent as Ebok-Account. Default: the account chosen in the session when the call starts. */
  account?: string;
}

/** `cookieRejected`: the 401 came right after a sign-in, before any call had the session accepted. */
type UnauthorizedListener = (info: { cookieRejected: boolean }) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called on any 401 from a call that is not a sign-in step. The session store subscribes. */
export function onUnauthorized(fn: UnauthorizedListener): () => void {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}

let currentAccount: () => string | undefined = () => undefined;
let onAccountRefused: ((account: string | undefined) => void) | undefined;

/**
 * The session store names the chosen account (sent as Ebok-Account on every call) and hears of a
 * `403 account_not_allowed`: the account was taken away meanwhile.
 */
export function useAccount(current: () => string | undefined, refused: (account: string | undefined) => void): void {
  currentAccount = current;
  onAccountRefused = refused;
}

/** The headers every call sends: the language, and the account it is for (read once, at the start). Exported for upload.ts only. */
export function baseHeaders(options: RequestOptions): Record<string, string> {
  const account = options.account ?? currentAccount();
  return {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': acceptLanguage(options.lang),
    ...(account ? { 'Ebok-Account': account } : {}),
    ...options.headers,
  };
}

/** Exported for upload.ts only. */
export function refused(error: ApiError, account: string | undefined): ApiError {
  if (error.code === 'account_not_allowed') onAccountRefused?.(account);
  return error;
}

/**
 * True from a sign-in until a call that needs the session has succeeded. A 401 meanwhile means
 * the browser never sent the cookie the sign-in set — it treats the API as a third party.
 */
let sessionUnconfirmed = false;

/** How many sign-ins this page has seen: a call remembers the one it was sent under. */
let signIns = 0;

/** The sign-in a call starts under (pass it back to sessionCallSettled). Exported for upload.ts only. */
export function sessionEpoch(): number {
  return signIns;
}

/** The session store: a sign-in step succeeded, the next call must carry its cookie. */
export function expectSessionCookie(): void {
  sessionUnconfirmed = true;
  signIns++;
}

/**
 * A call that needs the session (endSessionOn401 not false) ended: `status` is its HTTP status,
 * `sentIn` the sessionEpoch() it started in. A 401 for a call sent before the latest sign-in
 * (a poll still out when the old session expired and the customer signed in again) speaks of
 * the old session and must not end the new one. Exported for upload.ts only.
 */
export function sessionCallSettled(status: number, endSessionOn401: boolean | undefined, sentIn: number): void {
  if (endSessionOn401 === false || sentIn !== signIns) return;
  if (status !== 401) {
    if (status >= 200 && status < 300) sessionUnconfirmed = false;
    return;
  }
  const cookieRejected = sessionUnconfirmed;
  if (cookieRejected) {
    warnOnce(
      'cross-site-cookie',
      `Signed in, but the next call got 401: the browser did not send the session cookie. The API ` +
        `(${new URL(getConfig().api, document.baseURI).origin}) must be on the same site as this page (${location.origin}).`,
    );
  }
  for (const l of [...unauthorizedListeners]) l({ cookieRejected });
}

/**
 * A request that got no HTTP answer. With the browser offline that is "no connection"; online, a
 * refused cross-origin request (CORS) looks exactly the same to a page, so the customer reads
 * "service unavailable" and the operator gets told what to check.
 * (Exported for upload.ts only.)
 */
export function networkError(url: string, cause?: unknown): ApiError {
  if (navigator.onLine === false) return new ApiError({ kind: 'offline', cause });
  warnOnce(
    'unreachable',
    `No answer from ${url} while online: check the API's CORS headers ` +
      `(Access-Control-Allow-Origin: ${location.origin}, not *; Access-Control-Allow-Credentials: true).`,
    cause,
  );
  return new ApiError({ kind: 'unreachable', cause });
}

/** The widget's language, else the page's. */
function acceptLanguage(lang: Lang | undefined): Lang {
  return lang ?? resolveLanguage(document.documentElement);
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
}
const inFlight = new Map<string, Shared>();

export function buildUrl(path: string, query?: Query): string {
  const base = getConfig().api;
  const url = new URL(base + path, document.baseURI);
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const item of v) url.searchParams.append(k, String(item));
    else url.searchParams.set(k, String(v));
  }
  return url.toString();
}

/**
 * The one way widgets talk to the operator's API: JSON over fetch with the session cookie,
 * a timeout, abort, de-duplication of identical concurrent GETs across widgets, and every failure
 * turned into an ApiError with a kind a widget can translate.
 */
export function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const url = buildUrl(path, options.query);
  const dedupe = options.dedupe ?? method === 'GET';
  if (!dedupe) {
    const controller = new AbortController();
    return withCallerSignal(perform<T>(url, method, options, controller), options.signal, () => controller.abort());
  }
  // The account is fixed when the call starts: a switch meanwhile must not change whom it is for.
  options = { ...options, account: options.account ?? currentAccount() };
  // Two widgets in two languages (or two accounts) must not share one answer.
  const key = `${method} ${url} ${options.responseType ?? 'json'} ${acceptLanguage(options.lang)} ${options.account}`;
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { promise: perform<unknown>(url, method, options, controller), controller, users: 0 };
    inFlight.set(key, entry);
    const done = () => forget(key, entry);
    entry.promise.then(done, done);
    shared = entry;
  }
  const entry = shared;
  entry.users++;
  // Abort the shared fetch only when every caller has given up on it — and forget it at once: the
  // aborted fetch settles later, and a caller arriving meanwhile must start afresh, not join it.
  const release = () => {
    if (--entry.users > 0) return;
    forget(key, entry);
    entry.controller.abort();
  };
  return withCallerSignal(entry.promise as Promise<T>, options.signal, release, () => entry.users--);
}

/** Take a shared request out of the in-flight map, unless a newer one has taken its place. */
function forget(key: string, entry: Shared): void {
  if (inFlight.get(key) === entry) inFlight.delete(key);
}

function withCallerSignal<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => void,
  onSettle?: () => void,
): Promise<T> {
  if (!signal) {
    return onSettle ? promise.finally(onSettle) : promise;
  }
  if (signal.aborted) {
    onAbort();
    return Promise.reject(new ApiError({ kind: 'aborted' }));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(new ApiError({ kind: 'aborted' }));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', abort);
        onSettle?.();
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', abort);
        onSettle?.();
        reject(e);
      },
    );
  });
}

async function perform<T>(url: string, method: string, options: RequestOptions, controller: AbortController): Promise<T> {
  const timeoutMs = options.timeoutMs ?? getConfig().timeoutMs;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const headers = baseHeaders(options);
  const sentIn = sessionEpoch();
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'include', signal: controller.signal, mode: 'cors' });
  } catch (cause) {
    clearTimeout(timer);
    if (timedOut) throw new ApiError({ kind: 'timeout', cause });
    if (controller.signal.aborted) throw new ApiError({ kind: 'aborted', cause });
    throw networkError(url, cause);
  }
  try {
    sessionCallSettled(response.status, options.endSessionOn401, sentIn);
    if (!response.ok) throw refused(errorFromResponse(response.status, response.headers, await readJsonSafely(response)), headers['Ebok-Account']);
    const type = options.responseType ?? 'json';
    if (type === 'none' || response.status === 204) return undefined as T;
    if (type === 'blob') return (await response.blob()) as T;
    const text = await response.text();
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object') throw new TypeError('not an object');
      return parsed as T;
    } catch (cause) {
      throw new ApiError({ kind: 'malformed', status: response.status, cause });
    }
  } catch (e) {
    if (e instanceof ApiError) throw e;
    if (timedOut) throw new ApiError({ kind: 'timeout', cause: e });
    if (controller.signal.aborted) throw new ApiError({ kind: 'aborted', cause: e });
    throw networkError(url, e);
  } finally {
    clearTimeout(timer);
  }
}

async function readJsonSafely(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

/** A fresh Idempotency-Key. Keep it for every retry of the same intent. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
