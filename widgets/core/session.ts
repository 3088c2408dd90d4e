import { ContextEvent, ContextProvider, createContext } from '@lit/context';
import { getSession, logout as apiLogout, selectAccount } from './api/endpoints';
import { expectSessionCookie, onUnauthorized, useAccount } from './api/client';
import type { Account, Customer, Session } from './api/types';
import { ApiError } from './api/errors';
import { emit, type LogoutReason } from './events';
import type { IdleWatcher } from './idle';
import { LOGOUT_REQUEST_EVENT } from './global';
import { VERSION } from './version';

export type SessionState =
  | { status: 'unknown' }
  | { status: 'anonymous'; reason?: LogoutReason }
  /** `lost`: the account chosen before was taken away meanwhile (the switchers say so). */
  | { status: 'authenticated'; session: Session; lost?: Account };

/**
 * The session every widget on the page shares. Its shape is a protocol between copies of the
 * suite (two loaders, two versions), so it only grows: never rename or remove a member.
 */
export interface SessionStore {
  readonly protocol: 1;
  readonly version: string;
  readonly state: SessionState;
  /** Calls `fn` on every change; returns an unsubscribe function. */
  subscribe(fn: (state: SessionState) => void): () => void;
  /** Ask the API once whether the browser already has a session (cookie). */
  check(): Promise<void>;
  /** A sign-in step succeeded. `origin` is the element the `ebok-login` event is dispatched from. */
  signedIn(session: Session, origin?: EventTarget): void;
  /** End the session: tells the API (unless it already expired), drops it, and emits `ebok-logout`. */
  end(reason: LogoutReason, origin?: EventTarget): Promise<void>;
  /**
   * Act for another of the session's accounts: every widget drops the previous account's data at
   * once and loads the new one's; the server remembers the choice for a reload.
   */
  selectAccount(accountId: string): Promise<void>;
  /** A call for `accountId` was refused (403 account_not_allowed): read the session's accounts again. */
  accountRefused(accountId?: string): Promise<void>;
}

/**
 * The context key is a registered symbol (Symbol.for), so a separately built copy of the suite
 * creates the very same key and finds the provider the first copy put on <html>.
 */
export const sessionContext = createContext<SessionStore>(Symbol.for('ebok.session'));

export function customerOf(state: SessionState): Customer | undefined {
  return state.status === 'authenticated' ? state.session.customer : undefined;
}

/** The account the widgets act for: the session's choice, else its first. */
export function accountOf(state: SessionState): Account | undefined {
  if (state.status !== 'authenticated') return undefined;
  const { accounts = [], accountId } = state.session;
  return accounts.find((a) => a.id === accountId) ?? accounts[0];
}

/** Whose data a widget shows: the person and the account. Changes on sign-out, sign-in and switch. */
export function dataOwner(state: SessionState): string | undefined {
  const customer = customerOf(state);
  return customer && `${customer.id} ${accountOf(state)?.id ?? ''}`;
}

class Store implements SessionStore {
  readonly protocol = 1;
  readonly version = VERSION;
  state: SessionState = { status: 'unknown' };
  private readonly subscribers = new Set<(s: SessionState) => void>();
  private checking: Promise<void> | undefined;
  private ending: Promise<void> | undefined;
  private refreshing: Promise<void> | undefined;

  subscribe(fn: (state: SessionState) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const fn of [...this.subscribers]) fn(state);
  }

  check(): Promise<void> {
    if (this.state.status !== 'unknown') return Promise.resolve();
    this.checking ??= getSession({ endSessionOn401: false }).then(
      (session) => {
        // 204 (no cookie) is the contract's quiet "signed out"; 401 still means the same.
        if (this.state.status === 'unknown') this.set(session ? { status: 'authenticated', session } : { status: 'anonymous' });
      },
      (e: unknown) => {
        // Offline or a server error: treat as signed out, a sign-in attempt will tell more.
        if (this.state.status === 'unknown') this.set({ status: 'anonymous' });
        if (!(e instanceof ApiError) || e.kind !== 'unauthorized') console.warn('[ebok] session check failed', e);
      },
    ).finally(() => (this.checking = undefined));
    return this.checking;
  }

  signedIn(session: Session, origin: EventTarget = document): void {
    expectSessionCookie();
    this.set({ status: 'authenticated', session });
    emit(origin, 'ebok-login', { customer: session.customer });
  }

  end(reason: LogoutReason, origin: EventTarget = document): Promise<void> {
    if (this.state.status !== 'authenticated') {
      if (this.state.status === 'unknown') this.set({ status: 'anonymous', reason });
      return this.ending ?? Promise.resolve();
    }
    // Drop the customer's data at once; telling the API can happen in the background.
    this.set({ status: 'anonymous', reason });
    emit(origin, 'ebok-logout', { reason });
    this.ending =
      // Nothing to tell the API when it no longer knows (or never received) the session cookie.
      reason === 'expired' || reason === 'cross_site'
        ? Promise.resolve()
        : apiLogout().then(
            () => undefined,
            (e: unknown) => console.warn('[ebok] logout request failed; the session is dropped locally', e),
          );
    return this.ending.finally(() => (this.ending = undefined));
  }

  selectAccount(accountId: string): Promise<void> {
    const s = this.state;
    if (s.status !== 'authenticated' || accountOf(s)?.id === accountId) return Promise.resolve();
    if (!s.session.accounts.some((a) => a.id === accountId)) return this.accountRefused(accountId);
    this.set({ status: 'authenticated', session: { ...s.session, accountId } });
    // Only the next reload depends on this; the calls name their account themselves.
    return selectAccount({ accountId }).then(
      () => undefined,
      (e: unknown) => {
        if (e instanceof ApiError && e.kind === 'forbidden') return this.accountRefused(accountId);
        console.warn('[ebok] the chosen account was not remembered for a reload', e);
      },
    );
  }

  accountRefused(accountId?: string): Promise<void> {
    const s = this.state;
    if (s.status !== 'authenticated') return Promise.resolve();
    const lost = s.session.accounts.find((a) => a.id === accountId);
    this.refreshing ??= getSession()
      .then(
        (session) => {
          const now = this.state;
          if (!session || now.status !== 'authenticated') return;
          // Stay on this tab's account while it is still allowed; else the server's choice.
          const current = accountOf(now)?.id;
          const keep = current !== accountId && session.accounts.some((a) => a.id === current);
          const gone = lost && !session.accounts.some((a) => a.id === lost.id) ? lost : undefined;
          this.set({ status: 'authenticated', session: keep && current ? { ...session, accountId: current } : session, lost: gone });
        },
        (e: unknown) => console.warn('[ebok] could not read the accounts again', e),
      )
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** Tests only. */
  reset(): void {
    this.checking = undefined;
    this.set({ status: 'unknown' });
  }
}

let ours: Store | undefined;
let shared: SessionStore | undefined;

/**
 * The page's session store. Asks the page first (a copy of the suite loaded earlier may already
 * provide one at <html>); otherwise creates one and provides it there for every widget, in any
 * shadow root, to consume.
 */
export function getSessionStore(): SessionStore {
  if (shared) return shared;
  const root = document.documentElement;
  let found: SessionStore | undefined;
  root.dispatchEvent(new ContextEvent(sessionContext, root, (value: SessionStore) => (found = value)));
  if (!found) {
    ours = new Store();
    const provider = new ContextProvider(root, { context: sessionContext, initialValue: ours });
    provider.hostConnected();
  }
  const store = (shared = found ?? ours!);
  // Idle logout for every page with a signed-in customer, with or without <ebok-login>: the
  // watcher runs while someone is signed in and ends the session here; it knows nothing of sessions.
  // It is loaded with the first sign-in, not with core: a signed-out page never needs it.
  let idle: IdleWatcher | undefined;
  let loading = false;
  const watch = (state: SessionState): void => {
    if (state.status !== 'authenticated') return idle?.stop();
    if (idle) return idle.start();
    if (loading) return;
    loading = true;
    import('./idle').then(
      ({ getIdleWatcher }) => {
        idle = getIdleWatcher();
        idle.onTimeout = () => void store.end('idle');
        watch(store.state);
      },
      // Chunk not loaded (offline): the next sign-in tries again; the API's own timeout still holds.
      () => (loading = false),
    );
  };
  store.subscribe(watch);
  watch(store.state);
  // Whichever copy provides the store, this copy's client names its account and reports refusals.
  useAccount(
    () => accountOf(store.state)?.id,
    (id) => void store.accountRefused(id),
  );
  // Whichever copy provides the store, a 401 seen by this copy's client ends the session for all.
  onUnauthorized(({ cookieRejected }) => void store.end(cookieRejected ? 'cross_site' : 'expired'));
  document.addEventListener(LOGOUT_REQUEST_EVENT, (e) => {
    const reason = (e as CustomEvent<{ reason?: LogoutReason } | null>).detail?.reason ?? 'user';
    void store.end(reason);
  });
  return store;
}

/** Tests only: back to "unknown", as on a fresh page. */
export function resetSession(): void {
  ours?.reset();
}
