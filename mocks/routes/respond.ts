/** Response and validation helpers shared by the mock routes. */
import { HttpResponse } from 'msw';
import type { Account, ErrorCode, FieldErrorCode, JsonResponse, Method, paths, Problem } from '../../widgets/core/api/types';
import type { CustomerFixture } from '../data';
import { currentAccount, touchSession } from '../state';

/** A JSON success body typed from the contract: a shape that drifts from openapi.yaml fails tsc. */
export function ok<P extends keyof paths, M extends Method, S extends number = 200>(
  body: JsonResponse<P, M, S>,
  status = 200,
): HttpResponse<JsonResponse<P, M, S>> {
  return HttpResponse.json(body, { status });
}

export function problem(status: number, body: Problem): HttpResponse<Problem> {
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (body.retryAfterSeconds !== undefined) headers['Retry-After'] = String(body.retryAfterSeconds);
  return HttpResponse.json(body, { status, headers });
}

export function fail(status: number, code: ErrorCode, extra: Omit<Problem, 'code'> = {}): HttpResponse<Problem> {
  return problem(status, { code, ...extra });
}

export type FieldErrors = Record<string, FieldErrorCode>;

export function validationFailed(fields: FieldErrors, status = 400): HttpResponse<Problem> {
  return problem(status, { code: 'validation_failed', fields });
}

export type Authed =
  | { customer: CustomerFixture; account: Account; person: CustomerFixture; error?: undefined }
  | { customer?: undefined; account?: undefined; person?: undefined; error: HttpResponse<Problem> };

/**
 * Who a call is from and which account it is for, extending the session; or the 401/403 to
 * answer with. `customer` is the data of the account the request names (its Ebok-Account
 * header, else the session's choice), `person` the one signed in. `change`: the call pays,
 * edits or sends something, which a view_only account may not (403 account_read_only). It reads
 * the request it is given, so it may be called after the route awaited its body.
 */
export function authenticate(request: Request, need: 'read' | 'change' = 'read'): Authed {
  const person = touchSession();
  if (!person) return { error: fail(401, 'unauthorized') };
  const current = currentAccount(request);
  if (!current) return { error: fail(403, 'account_not_allowed') };
  if (need === 'change' && current.account.role === 'view_only') return { error: fail(403, 'account_read_only') };
  return { customer: current.data, account: current.account, person };
}

/** Reads a JSON object body; undefined when the body is not a JSON object. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Idempotency-Key header, or the 400 to answer with. */
export function idempotencyKey(request: Request): { key: string; error?: undefined } | { key?: undefined; error: HttpResponse<Problem> } {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return { error: validationFailed({ 'Idempotency-Key': 'required' }) };
  if (!UUID.test(key)) return { error: validationFailed({ 'Idempotency-Key': 'invalid_format' }) };
  return { key: key.toLowerCase() };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function isPhone(value: string): boolean {
  return /^\+?[\d\s-]{9,20}$/.test(value.trim()) && value.replace(/\D/g, '').length >= 9;
}
