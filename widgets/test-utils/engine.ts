/**
 * Which engine runs the tests, for the few tests that need one engine's protocol (media
 * emulation, heap counters): they say so and check what they can elsewhere. Asked from the test
 * runner (web-test-runner.shared.mjs knows the launcher), not sniffed from the user agent.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

let cached: Promise<Engine> | undefined;

export function engine(): Promise<Engine> {
  cached ??= executeServerCommand<Engine, unknown>('ebok-engine', {}).then((name) => {
    if (name !== 'chromium' && name !== 'firefox' && name !== 'webkit') throw new Error(`unknown engine ${String(name)} (web-test-runner.shared.mjs)`);
    return name;
  });
  return cached;
}

let scale: Promise<number> | undefined;

/**
 * How much longer than in Chromium a wait may take in this engine: its test timeout over
 * Chromium's (web-test-runner.*.mjs). WebKitGTK paints in software under Xvfb, one page at a time;
 * a wait sized for Chromium timed out there on a loaded machine while the page was still working.
 * It only moves when a wait gives up, never what a test checks.
 */
export function waitScale(): Promise<number> {
  scale ??= executeServerCommand<number, unknown>('ebok-wait-scale', {}).then((n) => (typeof n === 'number' && n >= 1 ? n : 1));
  return scale;
}

/**
 * The scale, known before any test file's body runs: this module waits for the runner's answer
 * as it loads (top-level await), so `this.timeout(timeoutFor(n))` can be called synchronously in
 * a describe() callback. Asked before any test can install fake timers.
 */
const WAIT_SCALE = await waitScale();

/**
 * A test's or suite's own mocha limit, given in Chromium milliseconds: `this.timeout(timeoutFor(30_000))`.
 * A fixed `this.timeout(30_000)` replaces the engine's longer default (web-test-runner.*.mjs) with
 * Chromium's number, and those tests timed out in Firefox and WebKit on a loaded machine while
 * the page was still working. Like until(), this moves only when a test gives up.
 */
export function timeoutFor(ms: number): number {
  return ms * WAIT_SCALE;
}
