import { getConfig } from './config';
import { CONFIG_CHANGE_EVENT } from './global';

/** Time as the idle watcher sees it; tests inject a fake one instead of waiting ten minutes. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

export type IdleState =
  | { phase: 'off' }
  | { phase: 'active' }
  /** The session ends at `deadline` (clock ms) unless the customer stays; `secondsLeft` ticks every second. */
  | { phase: 'warning'; deadline: number; secondsLeft: number };

/** The warning comes this long before the idle logout (at most half the idle time). */
export const IDLE_WARNING_MS = 60_000;
/** Activity is recorded at most this often: pointermove and scroll fire many times a second. */
export const ACTIVITY_THROTTLE_MS = 1_000;
/** Other tabs of the same site hear about activity at most this often. */
const BROADCAST_THROTTLE_MS = 5_000;
const CHANNEL = 'ebok-idle';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'] as const;

export interface IdleWatcherOptions {
  /** What happens when the customer has been idle for the whole idle time. */
  onTimeout: () => void;
  /** Idle time in ms; read whenever a timer is set, so a config change applies at once. */
  timeoutMs?: () => number;
  clock?: Clock;
  target?: Document;
}

/**
 * The page-wide idle watcher. Activity is any pointer, key, wheel, scroll or focus event anywhere
 * in the document (shadow roots included: those events are composed), recorded at most once a
 * second. One timer runs at a time and every decision is taken against the clock, so timers that
 * the browser delays in a background tab or during sleep cannot extend the session.
 *
 * Activity in another tab of the same site counts too (BroadcastChannel, no storage): the tabs
 * share one session cookie, so one idle tab must not sign out a customer busy in another.
 *
 * While a widget presents the warning (see `present()`), passive activity no longer dismisses it:
 * the dialog opening moves focus, which would otherwise count as activity. Only `stay()` does.
 */
export class IdleWatcher {
  state: IdleState = { phase: 'off' };
  onTimeout: () => void;
  private clock: Clock;
  private readonly timeoutMs: () => number;
  private readonly target: Document;
  private lastActivity = 0;
  private lastBroadcast = -Infinity;
  private timer: number | undefined;
  private channel: BroadcastChannel | undefined;
  private crossTab = true;
  private readonly subscribers = new Set<(state: IdleState) => void>();
  private readonly presenters: object[] = [];

  constructor(options: IdleWatcherOptions) {
    this.onTimeout = options.onTimeout;
    this.timeoutMs = options.timeoutMs ?? (() => getConfig().idleMinutes * 60_000);
    this.clock = options.clock ?? systemClock;
    this.target = options.target ?? document;
  }

  get running(): boolean {
    return this.state.phase !== 'off';
  }

  /** Start watching (a customer signed in). Counts as activity when already running. */
  start(): void {
    this.lastActivity = this.clock.now();
    if (!this.running) {
      for (const type of ACTIVITY_EVENTS) this.target.addEventListener(type, this.onActivity, { capture: true, passive: true });
      this.target.addEventListener('visibilitychange', this.check);
      this.target.addEventListener(CONFIG_CHANGE_EVENT, this.check);
      this.openChannel();
    }
    this.schedule();
  }

  /** Stop watching (signed out). */
  stop(): void {
    if (!this.running) return;
    for (const type of ACTIVITY_EVENTS) this.target.removeEventListener(type, this.onActivity, { capture: true });
    this.target.removeEventListener('visibilitychange', this.check);
    this.target.removeEventListener(CONFIG_CHANGE_EVENT, this.check);
    this.channel?.close();
    this.channel = undefined;
    this.clearTimer();
    this.set({ phase: 'off' });
  }

  /** The customer chose to stay signed in. */
  stay(): void {
    if (!this.running) return;
    this.lastActivity = this.clock.now();
    this.broadcast(true);
    this.schedule();
  }

  subscribe(fn: (state: IdleState) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  /**
   * A widget offers to show the warning. The first one registered presents it (one dialog per
   * page, however many sign-in widgets there are); returns the release function.
   */
  present(owner: object): () => void {
    if (!this.presenters.includes(owner)) this.presenters.push(owner);
    this.notify();
    return () => {
      const i = this.presenters.indexOf(owner);
      if (i >= 0) this.presenters.splice(i, 1);
      this.notify();
    };
  }

  isPresenter(owner: object): boolean {
    return this.presenters[0] === owner;
  }

  private readonly onActivity = (): void => {
    const now = this.clock.now();
    if (now - this.lastActivity < ACTIVITY_THROTTLE_MS) return;
    if (this.state.phase === 'warning' && this.presenters.length > 0) return;
    this.lastActivity = now;
    this.broadcast(false);
    // The timer re-checks against lastActivity when it fires; only the warning needs to end now.
    if (this.state.phase === 'warning') this.schedule();
  };

  private readonly check = (): void => {
    if (this.running) this.schedule();
  };

  private openChannel(): void {
    if (!this.crossTab || this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (e: MessageEvent<unknown>) => {
      if (!this.running || (e.data as { type?: unknown } | null)?.type !== 'activity') return;
      this.lastActivity = this.clock.now();
      if (this.state.phase === 'warning') this.schedule();
    };
  }

  private broadcast(force: boolean): void {
    const now = this.clock.now();
    if (!this.channel || (!force && now - this.lastBroadcast < BROADCAST_THROTTLE_MS)) return;
    this.lastBroadcast = now;
    this.channel.postMessage({ type: 'activity' });
  }

  private schedule(): void {
    this.clearTimer();
    const now = this.clock.now();
    const timeout = Math.max(1_000, this.timeoutMs());
    const warning = Math.min(IDLE_WARNING_MS, timeout / 2);
    const deadline = this.lastActivity + timeout;
    const left = deadline - now;
    if (left <= 0) {
      this.stop();
      this.onTimeout();
      return;
    }
    if (left > warning) {
      this.set({ phase: 'active' });
      this.timer = this.clock.setTimeout(this.check, left - warning);
      return;
    }
    const secondsLeft = Math.ceil(left / 1000);
    this.set({ phase: 'warning', deadline, secondsLeft });
    // Wake at the next whole second of the countdown (or at the deadline).
    this.timer = this.clock.setTimeout(this.check, left - (secondsLeft - 1) * 1000);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private set(state: IdleState): void {
    const prev = this.state;
    this.state = state;
    const same =
      prev.phase === state.phase &&
      (state.phase !== 'warning' || (prev.phase === 'warning' && prev.secondsLeft === state.secondsLeft && prev.deadline === state.deadline));
    if (!same) this.notify();
  }

  private notify(): void {
    for (const fn of [...this.subscribers]) fn(this.state);
  }
}

let watcher: IdleWatcher | undefined;

/** The page's idle watcher (one per copy of the suite); the session store starts and stops it. */
export function getIdleWatcher(): IdleWatcher {
  return (watcher ??= new IdleWatcher({ onTimeout: () => undefined }));
}
