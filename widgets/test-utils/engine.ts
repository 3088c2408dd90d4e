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
