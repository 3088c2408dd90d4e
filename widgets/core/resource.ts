import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, toApiError } from './api/errors';
import { accountOf, customerOf, getSessionStore } from './session';

export type ResourceState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; value: T };

export interface ResourceOptions<T, A extends readonly unknown[]> {
  /** What to load, or null when there is nothing to load (e.g. signed out): the value is dropped. */
  args: () => A | null;
  /**
   * `report` shows a partial value while loading goes on (the first page of a long history); the
   * resolved value replaces it. After a new key or a sign-out, late reports are ignored.
   */
  load: (args: A, signal: AbortSignal, report: (partial: T) => void) => Promise<T>;
}

/**
 * Async data for a widget, keyed by its arguments (customer id, filters…).
 *
 * Like @lit/task, but a change of arguments or a sign-out drops the previous value at once:
 * Task keeps the last value while the next run is pending, which would keep the previous
 * customer's data in memory after a logout. It also aborts its request when the host is removed.
 * Keyed on the customer, the key includes the chosen account: switching accounts drops and
 * reloads every widget's data at once, without each widget naming the account in its arguments.
 */
export class Resource<T, A extends readonly unknown[]> implements ReactiveController {
  state: ResourceState<T> = { status: 'idle' };
  private key: string | undefined;
  private controller: AbortController | undefined;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResourceOptions<T, A>,
  ) {
    host.addController(this);
  }

  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /**
   * Data keyed on the customer (its arguments name the customer's id, as the conventions say) is
   * the chosen account's too. Data that is the same for everyone (contact topics) is not
   * reloaded on a sign-in or a switch.
   */
  private keyOf(args: A): string {
    const state = getSessionStore().state;
    const customer = customerOf(state)?.id;
    return JSON.stringify([customer !== undefined && args.includes(customer) ? accountOf(state)?.id : undefined, args]);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const key = args === null ? undefined : this.keyOf(args);
    if (key === this.key) return;
    this.key = key;
    if (args === null) {
      this.cancel();
      this.state = { status: 'idle' };
      return;
    }
    this.start(args);
  }

  hostDisconnected(): void {
    // Still loading (or still streaming after a partial value): stop, and start again if it comes back.
    if (this.controller) {
      this.cancel();
      // Start again if the element comes back.
      this.key = undefined;
      this.state = { status: 'idle' };
    }
  }

  /** Load again with the current arguments (the "try again" button). */
  retry(): void {
    const args = this.options.args();
    if (args !== null) {
      this.key = this.keyOf(args);
      this.start(args);
      this.host.requestUpdate();
    }
  }

  /** Replace the value without a request (after a successful action, or in tests). */
  set(value: T): void {
    this.state = { status: 'ready', value };
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.run++;
  }

  private start(args: A): void {
    this.cancel();
    const run = this.run;
    const controller = (this.controller = new AbortController());
    this.state = { status: 'loading' };
    const ready = (value: T) => {
      if (run !== this.run) return;
      this.state = { status: 'ready', value };
      this.host.requestUpdate();
    };
    this.options.load(args, controller.signal, ready).then(
      (value) => {
        if (run === this.run) this.controller = undefined;
        ready(value);
      },
      (e: unknown) => {
        if (run !== this.run) return;
        this.controller = undefined;
        const error = toApiError(e);
        this.state = { status: 'error', error };
        this.host.requestUpdate();
      },
    );
  }
}
