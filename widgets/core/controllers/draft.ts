import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs `fn` once `ms` after the last call; `flush()` runs a pending call at once. */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fn: (() => void) | undefined;

  constructor(private readonly ms: number) {}

  schedule(fn: () => void): void {
    this.fn = fn;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.ms);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const fn = this.fn;
    this.fn = undefined;
    fn?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.fn = undefined;
  }

  get pending(): boolean {
    return this.fn !== undefined;
  }
}

export interface DraftOptions<T> {
  /** The sessionStorage key, read on every call (it may depend on attributes). */
  key: () => string;
  /** Check what came out of storage; anything unexpected is dropped rather than trusted. */
  parse: (data: unknown) => T | undefined;
  /** Worth keeping? Otherwise the stored draft is removed. */
  worthKeeping: (draft: T) => boolean;
  /** Quiet time after the last change before the draft is written. */
  delayMs: number;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Blocked storage (sandboxed iframe, strict privacy settings): the form still works.
    return undefined;
  }
}

/** A draft from sessionStorage, checked by `parse`; undefined when absent, unreadable or unexpected. */
export function readStored<T>(key: string, parse: (data: unknown) => T | undefined): T | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    return parse(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** Stores `value`, or removes the key when `keep` is false. False when storage failed (blocked, quota). */
export function writeStored(key: string, value: unknown, keep = true): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (keep) s.setItem(key, JSON.stringify(value));
    else s.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}

/**
 * A form's draft in sessionStorage — the one storage exception of the suite (docs/widget-conventions.md):
 * restore with `read()`, `save()` after each change (debounced), written at once on `pagehide` and
 * when the tab is hidden (mobile browsers may discard a hidden tab without `pagehide`) or the
 * widget is removed, and removed with `clear()` — and on every logout (`ebok-logout` anywhere
 * on the page), so nothing of a customer stays behind.
 */
export class DraftController<T> implements ReactiveController {
  private readonly saver: Debouncer;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftOptions<T>,
  ) {
    this.saver = new Debouncer(options.delayMs);
    host.addController(this);
  }

  read(): T | undefined {
    return readStored(this.options.key(), this.options.parse);
  }

  /** Write `make()` after the quiet time (or at the next flush). */
  save(make: () => T): void {
    this.saver.schedule(() => this.write(make()));
  }

  /** Write now, dropping a pending save. False when storage failed (the form still holds the text). */
  write(draft: T): boolean {
    this.saver.cancel();
    return writeStored(this.options.key(), draft, this.options.worthKeeping(draft));
  }

  /** Run a pending save now. */
  readonly flush = (): void => this.saver.flush();

  /** Forget a pending save. */
  cancel(): void {
    this.saver.cancel();
  }

  /** Drop the pending save and the stored draft. */
  readonly clear = (): void => {
    this.saver.cancel();
    removeStored(this.options.key());
  };

  get pending(): boolean {
    return this.saver.pending;
  }

  private readonly flushWhenHidden = (): void => {
    if (document.visibilityState === 'hidden') this.saver.flush();
  };

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flushWhenHidden);
    document.addEventListener('ebok-logout', this.clear);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flushWhenHidden);
    document.removeEventListener('ebok-logout', this.clear);
    this.saver.flush();
  }
}
