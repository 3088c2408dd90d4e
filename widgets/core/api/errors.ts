/** What went wrong, in terms a widget can translate and act on. */
export type ApiErrorKind =
  | 'offline' // the browser is offline (navigator.onLine false)
  | 'unreachable' // online, but no HTTP answer: API down, or a cross-origin request refused (CORS)
  | 'timeout' // no answer within the timeout
  | 'aborted' // the widget went away or a newer request replaced this one
  | 'unauthorized' // 401: no or expired session (or wrong credentials on sign-in)
  | 'forbidden' // 403: not allowed for this account (code account_not_allowed or account_read_only)
  | 'locked' // 423: account locked (see lockedUntil)
  | 'rate_limited' // 429, or 503 with Retry-After (see retryAfterSeconds)
  | 'validation' // 400/422 with field errors or a business rule (see code, fields)
  | 'not_found' // 404/410
  | 'conflict' // 409
  | 'server' // 5xx
  | 'malformed'; // 2xx whose body is not what the contract says

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status?: number;
  code?: string;
  fields?: Record<string, string>;
  retryAfterSeconds?: number;
  lockedUntil?: string;
  attemptsLeft?: number;
  limit?: { minor: number; currency: string };
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  /** The Problem `code` from the API, e.g. "code_expired", "payment_limit_exceeded". */
  readonly code: string | undefined;
  readonly fields: Readonly<Record<string, string>>;
  readonly retryAfterSeconds: number | undefined;
  readonly lockedUntil: string | undefined;
  readonly attemptsLeft: number | undefined;
  readonly limit: { minor: number; currency: string } | undefined;

  constructor(init: ApiErrorInit) {
    super(`${init.kind}${init.status ? ` (HTTP ${init.status})` : ''}${init.code ? `: ${init.code}` : ''}`, {
      cause: init.cause,
    });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.lockedUntil = init.lockedUntil;
    this.attemptsLeft = init.attemptsLeft;
    this.limit = init.limit;
  }

  /** Worth offering a "try again" button for. */
  get retryable(): boolean {
    return ['offline', 'unreachable', 'timeout', 'rate_limited', 'server', 'malformed'].includes(this.kind);
  }
}

export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError({ kind: 'server', cause: e });
}

/** Seconds from a Retry-After header: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

interface ProblemLike {
  code?: unknown;
  fields?: unknown;
  retryAfterSeconds?: unknown;
  lockedUntil?: unknown;
  attemptsLeft?: unknown;
  limit?: unknown;
}

/** Map an HTTP error status and its problem body to an ApiError. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): ApiError {
  const p: ProblemLike = body && typeof body === 'object' ? (body as ProblemLike) : {};
  const retryAfterSeconds =
    parseRetryAfter(headers.get('Retry-After')) ?? (typeof p.retryAfterSeconds === 'number' ? p.retryAfterSeconds : undefined);
  const common: Omit<ApiErrorInit, 'kind'> = {
    status,
    code: typeof p.code === 'string' ? p.code : undefined,
    fields: p.fields && typeof p.fields === 'object' ? (p.fields as Record<string, string>) : undefined,
    retryAfterSeconds,
    lockedUntil: typeof p.lockedUntil === 'string' ? p.lockedUntil : undefined,
    attemptsLeft: typeof p.attemptsLeft === 'number' ? p.attemptsLeft : undefined,
    limit: isMoney(p.limit) ? p.limit : undefined,
  };
  return new ApiError({ ...common, kind: kindForStatus(status, retryAfterSeconds) });
}

function kindForStatus(status: number, retryAfter: number | undefined): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 423) return 'locked';
  if (status === 429) return 'rate_limited';
  if (status === 503 && retryAfter !== undefined) return 'rate_limited';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status >= 500) return 'server';
  return 'validation';
}

function isMoney(v: unknown): v is { minor: number; currency: string } {
  return !!v && typeof v === 'object' && typeof (v as { minor?: unknown }).minor === 'number';
}
