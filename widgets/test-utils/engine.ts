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
