import { setupWorker, type SetupWorker } from 'msw/browser';
import { faultsFromQuery, setFaults } from './faults';
import { createHandlers } from './handlers';

export interface StartMocksOptions {
  /** Base URL the widgets are configured with. */
  base?: string;
  /** Silence msw's console logging of every request. */
  quiet?: boolean;
  /** Where the dev/test server serves msw's worker script. */
  serviceWorkerUrl?: string;
  /** Apply `?fault=…&latency=…` from the page URL (see faultsFromQuery). */
  faultsFromUrl?: boolean;
}

let started: Promise<SetupWorker> | undefined;

/**
 * Starts the mock API in a service worker. Calling it again returns the same worker (whatever the
 * options), because a page can only have one msw worker.
 */
export function startMocks({
  base = '/api',
  quiet = true,
  serviceWorkerUrl = '/mockServiceWorker.js',
  faultsFromUrl = true,
}: StartMocksOptions = {}): Promise<SetupWorker> {
  started ??= (async () => {
    if (faultsFromUrl) {
      const faults = faultsFromQuery();
      if (Object.keys(faults).length > 0) setFaults(faults);
    }
    const worker = setupWorker(...createHandlers(base));
    // msw gives the page a copy of every mocked response for its life-cycle events. Unread, the
    // copy's stream (transferred from the worker) never closes and keeps a MessagePort entangled
    // with the worker for good, ~850 bytes a request (heap snapshots over 1000 SPA cycles). The
    // widgets get their own response from the worker; nobody reads this one.
    worker.events.on('response:mocked', ({ response }) => void response.body?.cancel().catch(() => undefined));
    await worker.start({ serviceWorker: { url: serviceWorkerUrl }, quiet, onUnhandledRequest: 'bypass' });
    return worker;
  })().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

export { resetMockState, getMockStats, signInAs, advanceMockClock, mockNow } from './state';
export type { MockStats, ResetOptions } from './state';
export { setFaults, resetFaults, getFaults, faultsFromQuery } from './faults';
export type { Faults } from './faults';
