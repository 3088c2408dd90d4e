/** Shared set-up for the mock API's own browser tests. */
import type { LoginResult, Problem } from '../widgets/core/api/types';
import { startMocks } from './browser';
import { resetFaults } from './faults';
import { resetMockState } from './state';

/** A fixed day so that date-dependent expectations (DST, counts) never drift. */
export const TEST_TODAY = '2026-10-15';
export const BASE = '/api';

export async function setUpMocks(): Promise<void> {
  await startMocks({ base: BASE, faultsFromUrl: false });
  resetFaults();
  resetMockState({ today: TEST_TODAY });
}

export function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${BASE}${path}`, { credentials: 'include', ...init });
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export async function problemOf(response: Response): Promise<Problem> {
  return json<Problem>(response);
}

export async function login(identifier: string, password = 'Ebok-demo-1', identifierType = 'email'): Promise<Response> {
  return postJson('/session', { identifier, identifierType, password });
}

/** Signs in through the API (so the full flow is exercised), answering the SMS code when asked. */
export async function signIn(email: string): Promise<void> {
  const response = await login(email);
  if (response.status !== 200) throw new Error(`Sign-in of ${email} failed: ${response.status}`);
  const result = await json<LoginResult>(response);
  if (result.status === 'challenge') {
    const verified = await postJson('/session/challenge', { challengeId: result.challenge.id, code: '123456' });
    if (verified.status !== 200) throw new Error(`SMS code for ${email} failed: ${verified.status}`);
  }
}

/**
 * An independent mod-97 check of a Polish account number (NRB) for the mock tests, so the mock's
 * generator is not checked against itself: digits 3–26, then "PL" as 2521, then the check digits.
 */
export function isValidNrbForTest(nrb: string): boolean {
  if (!/^\d{26}$/.test(nrb)) return false;
  const rearranged = `${nrb.slice(2)}2521${nrb.slice(0, 2)}`;
  let rest = 0;
  for (const digit of rearranged) rest = (rest * 10 + Number(digit)) % 97;
  return rest === 1;
}
