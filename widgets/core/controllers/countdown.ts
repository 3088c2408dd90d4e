import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The one way a widget waits for Retry-After: it knows the seconds left (for the text the
 * customer reads), says whether a new request is still blocked, and re-renders the host once a
 * second until the time is up — then once more, and calls `onEnd` (e.g. to announce "you can try
 * again"). Timers are the page's own (`Date.now`, `setTimeout`): tests drive them with
 * @sinonjs/fake-timers. Every decision is taken against the clock, so a timer the browser delays
 * in a background tab cannot end the wait early or late.
 */
export class RetryCountdown implements ReactiveController {
  private deadline = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEnd?: () => void,
  ) {
    host.addController(this);
  }

  /** Block new requests for `seconds` from now (a Retry-After); 0 or less ends the wait at once. */
  start(seconds: number): void {
    this.deadline = Date.now() + Math.max(0, seconds) * 1000;
    this.schedule();
    this.host.requestUpdate();
  }

  /** Forget the wait without calling `onEnd` (the form was reset, another step began). */
  stop(): void {
    this.clear();
    this.deadline = 0;
  }

  /** Whole seconds left, rounded up; 0 when nothing is blocked. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
  }

  get blocked(): boolean {
    return this.deadline > Date.now();
  }

  hostConnected(): void {
    if (this.deadline) this.schedule();
  }

  hostDisconnected(): void {
    this.clear();
  }

  private schedule(): void {
    this.clear();
    if (!this.deadline) return;
    const left = this.deadline - Date.now();
    if (left <= 0) {
      this.deadline = 0;
      this.host.requestUpdate();
      this.onEnd?.();
      return;
    }
    // Wake when the number on screen changes: at the next whole second left.
    this.timer = setTimeout(() => {
      this.host.requestUpdate();
      this.schedule();
    }, left % 1000 || 1000);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
