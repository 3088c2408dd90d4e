/**
 * In-memory server state of the mock API. In a browser tab (msw's service worker) the tab is the
 * cookie jar: one session slot, which lives here and never in document.cookie or web storage.
 * Served over real HTTP (mocks/server, `npm run api`), every HttpOnly session cookie gets a slot
 * of its own through `useSessionSlots`.
 */
import type { Account, MeterReading, Payment, ReadingReceipt, Session, SmsChallenge, Ticket, TicketEntry } from '../widgets/core/api/types';
import { type AccountLink, accountsOf, buildFixtures, type CustomerFixture, type Fixtures, formatWarsaw, personaByKey, type PersonaKey } from './data';
import type { BuiltThread } from './data/messages';

/** Sliding session lifetime. */
export const SESSION_TTL_MS = 15 * 60_000;
export const MAX_PASSWORD_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const RESEND_AFTER_SECONDS = 30;
export const MAX_CODE_ATTEMPTS = 5;
/** Failed sign-ins from this browser within the window before answering 429. */
export const LOGIN_RATE_LIMIT = 20;
export const LOGIN_RATE_WINDOW_MS = 5 * 60_000;

export interface PendingChallenge {
  id: string;
  customerId: string;
  code: string;
  maskedPhone: string;
  expiresAt: number;
  resendAt: number;
  attemptsLeft: number;
}

export interface StoredResult<T> {
  fingerprint: string;
  result: T;
}

export interface MockStats {
  paymentsCreated: number;
  ticketsCreated: number;
  readingsCreated: number;
  repliesCreated: number;
  smsSent: number;
  passwordResetEmails: number;
  successfulLogins: number;
  failedLogins: number;
  /** Requests that reached the mock, keyed by "METHOD /path" relative to the base URL (no query). */
  requests: Record<string, number>;
  totalRequests: number;
}

/** Where one session lives: the tab's single slot, or one per cookie on the HTTP server. */
export interface SessionSlot {
  /** `accountId`: the account chosen last (PUT /session/account), for GET /session after a reload. */
  session: { customerId: string; expiresAt: number; accountId?: string } | undefined;
  /** Set when a sign-in started this session, so the server issues a fresh cookie (no fixation). */
  started?: boolean;
  /** The browser would still send a session cookie (set at sign-in, expired by sign-out only). */
  cookie?: boolean;
}

interface State {
  todayOverride: string | undefined;
  fixtures: Fixtures | undefined;
  clockOffsetMs: number;
  tab: SessionSlot;
  passwordFailures: Map<string, { count: number; lockedUntil: number | undefined }>;
  failedLoginTimes: number[];
  challenges: Map<string, PendingChallenge>;
  payments: Map<string, StoredResult<Payment>>;
  tickets: Map<string, StoredResult<Ticket>>;
  createdTickets: Map<string, Ticket[]>;
  /** "personaKey accountId" of accounts taken away from a person (tests, demo). */
  removedAccounts: Set<string>;
  readingReceipts: Map<string, StoredResult<ReadingReceipt>>;
  /** Self-readings recorded per meter id, newest first. */
  createdReadings: Map<string, MeterReading[]>;
  /** Messages marked read, "customerId:messageId". */
  readMessages: Set<string>;
  /** Ticket conversations touched since the reset (a fixture's is copied here on first use). */
  threads: Map<string, BuiltThread>;
  replies: Map<string, StoredResult<TicketEntry>>;
  sequence: number;
  stats: MockStats;
}

function emptyStats(): MockStats {
  return {
    paymentsCreated: 0,
    ticketsCreated: 0,
    readingsCreated: 0,
    repliesCreated: 0,
    smsSent: 0,
    passwordResetEmails: 0,
    successfulLogins: 0,
    failedLogins: 0,
    requests: {},
    totalRequests: 0,
  };
}

function freshState(todayOverride?: string, clockOffsetMs = 0): State {
  return {
    todayOverride,
    fixtures: undefined,
    clockOffsetMs,
    tab: { session: undefined },
    passwordFailures: new Map(),
    failedLoginTimes: [],
    challenges: new Map(),
    payments: new Map(),
    tickets: new Map(),
    createdTickets: new Map(),
    removedAccounts: new Set(),
    readingReceipts: new Map(),
    createdReadings: new Map(),
    readMessages: new Set(),
    threads: new Map(),
    replies: new Map(),
    sequence: 0,
    stats: emptyStats(),
  };
}

let state: State = freshState();

let currentSlot = (): SessionSlot => state.tab;

/** The HTTP server tells the routes which session the request in flight belongs to. */
export function useSessionSlots(slotOfCurrentRequest: () => SessionSlot): void {
  currentSlot = slotOfCurrentRequest;
}

export interface ResetOptions {
  /** Build fixtures relative to this Warsaw day ("YYYY-MM-DD") instead of the real today. */
  today?: string;
}

/** Forgets sessions, lockouts, SMS challenges, idempotency stores, created tickets and counters. */
export function resetMockState(options: ResetOptions = {}): void {
  state = freshState(options.today);
}

export function getMockStats(): MockStats {
  return { ...state.stats, requests: { ...state.stats.requests } };
}

/** The mock's clock: real time plus whatever tests advanced it by. */
export function mockNow(): number {
  return Date.now() + state.clockOffsetMs;
}

/** Moves the mock clock forward, e.g. to expire a session, an SMS code or a lockout. */
export function advanceMockClock(ms: number): void {
  state.clockOffsetMs += ms;
}

export function fixtures(): Fixtures {
  return (state.fixtures ??= buildFixtures(state.todayOverride));
}

export function customerById(id: string): CustomerFixture | undefined {
  return fixtures().customers.find((c) => c.customer.id === id);
}

export function nextSequence(): number {
  return ++state.sequence;
}

export function countRequest(key: string): void {
  state.stats.requests[key] = (state.stats.requests[key] ?? 0) + 1;
  state.stats.totalRequests++;
}

export function bumpStat(name: Exclude<keyof MockStats, 'requests'>): void {
  state.stats[name]++;
}

// ---------------------------------------------------------------- session

export function startSession(customerId: string): Session {
  const slot = currentSlot();
  slot.session = { customerId, expiresAt: mockNow() + SESSION_TTL_MS };
  slot.started = true;
  slot.cookie = true;
  return sessionBody();
}

export function endSession(): void {
  const slot = currentSlot();
  slot.session = undefined;
  // In the tab the browser drops the cookie (Max-Age=0). A server slot is keyed by the cookie a
  // client sent: one that sends it again after sign-out has a revoked cookie (401).
  if (slot === state.tab) slot.cookie = false;
}

/** Whether the request would carry a session cookie, valid or not (GET /session: 204 or 401). */
export function hasSessionCookie(): boolean {
  return !!currentSlot().cookie;
}

/** The signed-in customer, extending the session; undefined when signed out or expired. */
export function touchSession(): CustomerFixture | undefined {
  const slot = currentSlot();
  const session = slot.session;
  if (!session) return undefined;
  if (session.expiresAt <= mockNow()) {
    slot.session = undefined;
    return undefined;
  }
  session.expiresAt = mockNow() + SESSION_TTL_MS;
  return customerById(session.customerId);
}

export function sessionBody(): Session {
  const session = currentSlot().session;
  const fixture = session && customerById(session.customerId);
  if (!session || !fixture) throw new Error('No session');
  const accounts = accountLinks(fixture).map((l) => ({ ...l.account }));
  const accountId = accounts.some((a) => a.id === session.accountId) ? session.accountId : accounts[0]?.id;
  return { customer: { ...fixture.customer }, expiresAt: formatWarsaw(session.expiresAt), accounts, accountId: accountId ?? '' };
}

// ---------------------------------------------------------------- accounts

/** The accounts the person may act for now (without those taken away meanwhile). */
function accountLinks(person: CustomerFixture): AccountLink[] {
  return accountsOf(person.persona).filter((l) => !state.removedAccounts.has(`${person.persona.key} ${l.account.id}`));
}

/**
 * The account a request is for: its Ebok-Account header, else the session's choice. Read from the
 * request itself, so a route may await its body before asking. Undefined when signed out, or when
 * the header names an account the person may not act for.
 */
export function currentAccount(request: Request): { account: Account; data: CustomerFixture } | undefined {
  const session = currentSlot().session;
  const person = session && customerById(session.customerId);
  if (!person) return undefined;
  const links = accountLinks(person);
  const wanted = request.headers.get('Ebok-Account') ?? session.accountId;
  const link = wanted ? links.find((l) => l.account.id === wanted) : links[0];
  const data = link && fixtures().customers.find((c) => c.persona.key === link.data);
  return link && data ? { account: link.account, data } : undefined;
}

/** PUT /session/account: false when the person may not act for that account. */
export function chooseAccount(accountId: string): boolean {
  const session = currentSlot().session;
  const person = session && customerById(session.customerId);
  if (!person || !accountLinks(person).some((l) => l.account.id === accountId)) return false;
  session.accountId = accountId;
  return true;
}

/** Tests and demo: the person loses an account (a property handed to another manager). */
export function removeAccount(persona: PersonaKey, accountId: string): void {
  state.removedAccounts.add(`${persona} ${accountId}`);
}

/** Test and demo helper: be signed in as a persona without going through the sign-in form. */
export function signInAs(key: PersonaKey): Session {
  return startSession(personaByKey(key).customer.id);
}

// ---------------------------------------------------------------- sign-in protection

export function lockedUntil(customerId: string): number | undefined {
  const entry = state.passwordFailures.get(customerId);
  if (entry?.lockedUntil === undefined) return undefined;
  if (entry.lockedUntil > mockNow()) return entry.lockedUntil;
  state.passwordFailures.delete(customerId);
  return undefined;
}

/** Counts a wrong password; returns the attempts left (0 means the account is now locked). */
export function recordPasswordFailure(customerId: string): number {
  const entry = state.passwordFailures.get(customerId) ?? { count: 0, lockedUntil: undefined };
  entry.count++;
  if (entry.count >= MAX_PASSWORD_FAILURES) entry.lockedUntil = mockNow() + LOCK_MS;
  state.passwordFailures.set(customerId, entry);
  return Math.max(0, MAX_PASSWORD_FAILURES - entry.count);
}

export function clearPasswordFailures(customerId: string): void {
  state.passwordFailures.delete(customerId);
}

/** Remembers a failed sign-in for rate limiting; returns nothing. */
export function recordFailedLogin(): void {
  state.failedLoginTimes.push(mockNow());
  state.stats.failedLogins++;
}

/** Seconds until another sign-in may be tried, or 0 when not rate limited. */
export function loginRetryAfterSeconds(): number {
  const now = mockNow();
  state.failedLoginTimes = state.failedLoginTimes.filter((t) => t > now - LOGIN_RATE_WINDOW_MS);
  if (state.failedLoginTimes.length < LOGIN_RATE_LIMIT) return 0;
  const oldest = state.failedLoginTimes[0] ?? now;
  return Math.max(1, Math.ceil((oldest + LOGIN_RATE_WINDOW_MS - now) / 1000));
}

// ---------------------------------------------------------------- SMS challenges

export function createChallenge(customerId: string, maskedPhone: string, code: string): PendingChallenge {
  const now = mockNow();
  const challenge: PendingChallenge = {
    id: `ch-${nextSequence().toString(36).padStart(4, '0')}`,
    customerId,
    code,
    maskedPhone,
    expiresAt: now + CHALLENGE_TTL_MS,
    resendAt: now + RESEND_AFTER_SECONDS * 1000,
    attemptsLeft: MAX_CODE_ATTEMPTS,
  };
  state.challenges.set(challenge.id, challenge);
  state.stats.smsSent++;
  return challenge;
}

export function findChallenge(id: string): PendingChallenge | undefined {
  return state.challenges.get(id);
}

export function dropChallenge(id: string): void {
  state.challenges.delete(id);
}

export function challengeBody(c: PendingChallenge): SmsChallenge {
  return {
    id: c.id,
    channel: 'sms',
    maskedPhone: c.maskedPhone,
    codeLength: 6,
    expiresAt: formatWarsaw(c.expiresAt),
    resendAfterSeconds: Math.max(0, Math.ceil((c.resendAt - mockNow()) / 1000)),
  };
}

// ---------------------------------------------------------------- idempotency and created things

export function paymentStore(): Map<string, StoredResult<Payment>> {
  return state.payments;
}

/** Payments a customer started against this mock (newest first). */
export function createdPayments(customerId: string): Payment[] {
  return [...state.payments.entries()]
    .filter(([key]) => key.startsWith(`${customerId}:`))
    .map(([, stored]) => stored.result)
    .reverse();
}

export interface Settlement {
  method?: Payment['method'];
  failureReason?: Payment['failureReason'];
  /** Completed payments: booked to the documents at once (default), or left "being posted". */
  posted?: boolean;
}

/**
 * What the gateway told the operator about a payment (its asynchronous confirmation), for the
 * demo's gateway page and the tests. Returns the payment, or undefined for an unknown id.
 */
export function settlePayment(id: string, status: Payment['status'], settlement: Settlement = {}): Payment | undefined {
  const stored = [...state.payments.values()].find((s) => s.result.id === id);
  if (!stored) return undefined;
  const now = formatWarsaw(mockNow());
  const { method, failureReason, posted = true } = settlement;
  stored.result = {
    ...stored.result,
    status,
    updatedAt: now,
    ...(method ? { method } : {}),
    ...(status === 'failed' ? { failureReason: failureReason ?? 'declined' } : {}),
    ...(status === 'completed' && posted ? { postedAt: now } : {}),
  };
  return stored.result;
}

let gatewayPage: string | undefined;

/** Where payments send the customer (the demo's fake gateway page); default: an unreachable example address. */
export function setGatewayPage(url: string | undefined): void {
  gatewayPage = url;
}

export function gatewayUrlFor(id: string): URL {
  return gatewayPage ? Object.assign(new URL(gatewayPage), { search: `?payment=${encodeURIComponent(id)}` }) : new URL(`https://platnosci.example.pl/pay/${id}`);
}

/**
 * The demo's stand-in for a cookie session and a server that outlives the page: what a tab
 * carries across the trip to the gateway and back, or a reload (the session slot, the payments
 * and their idempotency keys, the id sequence). The operator and gateway pages keep it in
 * sessionStorage; the widgets never see it. Not used by tests or the HTTP server.
 */
export interface DemoSnapshot {
  session: SessionSlot['session'];
  payments: [string, StoredResult<Payment>][];
  sequence: number;
  /** A payment the gateway left pending, to be confirmed at this time (ms) — the "slow" choice. */
  settleLater?: { id: string; at: number };
}

export function demoSnapshot(extra: Pick<DemoSnapshot, 'settleLater'> = {}): DemoSnapshot {
  return { session: state.tab.session, payments: [...state.payments.entries()], sequence: state.sequence, ...extra };
}

export function restoreDemoSnapshot(snapshot: DemoSnapshot): void {
  state.tab.session = snapshot.session;
  state.tab.cookie = !!snapshot.session;
  state.payments = new Map(snapshot.payments);
  state.sequence = snapshot.sequence;
}

let returnOrigins: readonly string[] | undefined;

/** Page origins a payment may return to (the operator's allow-list); default: this page's own. */
export function setReturnOrigins(origins: readonly string[] | undefined): void {
  returnOrigins = origins;
}

export function allowedReturnOrigins(): readonly string[] {
  return returnOrigins ?? (globalThis.location ? [globalThis.location.origin] : []);
}

export function ticketStore(): Map<string, StoredResult<Ticket>> {
  return state.tickets;
}

export function createdTickets(customerId: string): Ticket[] {
  let list = state.createdTickets.get(customerId);
  if (!list) state.createdTickets.set(customerId, (list = []));
  return list;
}

// ---------------------------------------------------------------- meter readings

export function readingReceiptStore(): Map<string, StoredResult<ReadingReceipt>> {
  return state.readingReceipts;
}

/** Self-readings recorded on a meter in this session of the mock, newest first. */
export function createdReadings(meterId: string): MeterReading[] {
  let list = state.createdReadings.get(meterId);
  if (!list) state.createdReadings.set(meterId, (list = []));
  return list;
}

// ---------------------------------------------------------------- messages and conversations (issue #17)

export function readMessages(): Set<string> {
  return state.readMessages;
}

export function ticketThreads(): Map<string, BuiltThread> {
  return state.threads;
}

export function replyStore(): Map<string, StoredResult<TicketEntry>> {
  return state.replies;
}
