import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One request of a form at a time: starting one aborts the one before (an answer for a step the
 * customer has left must not land), and so does leaving the page. Not core: the form widgets
 * share it with the other form pieces.
 */
export class LatestRequest implements ReactiveController {
  private current: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The signal for the request that starts now. */
  begin(): AbortSignal {
    this.abort();
    this.current = new AbortController();
    return this.current.signal;
  }

  abort(): void {
    this.current?.abort();
    this.current = undefined;
  }

  hostDisconnected(): void {
    this.abort();
  }
}

/**
 * The text of a polite live region (`role="status"`): emptied first and set after the next
 * update, so that the same sentence twice ("a new code was sent") is announced twice. Also the
 * inbox's ("20 more loaded", twice): login loads this chunk on every page anyway.
 */
export class Announcer implements ReactiveController {
  text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    this.text = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.text = text;
      this.host.requestUpdate();
    });
  }

  /** Taken off the page: nothing left to say when it comes back. */
  hostDisconnected(): void {
    this.text = '';
  }
}
