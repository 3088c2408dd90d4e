/**
 * Second script of the host pages that need the mock API: starts msw in this page, optionally
 * signs in a persona (`?as=jan`), then starts the real loader (shell/ebok.ts), which reads its
 * data-* attributes from this script element (data-api). The loader must start after msw: a
 * request made before would reach the test server instead of the mocks.
 *
 * msw registers a service worker, a Trusted Types sink; the harness passes it through its own
 * policy "ebok-test-mocks" (test pages only: operators do not run msw).
 */
import { startMocks } from '../../../mocks/browser';
import { signInAs } from '../../../mocks/state';

type Persona = Parameters<typeof signInAs>[0];
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): string };
}

const tt = (window as unknown as { trustedTypes?: TrustedTypes }).trustedTypes;
if (tt) {
  const policy = tt.createPolicy('ebok-test-mocks', {
    createScriptURL: (url) => {
      if (new URL(url, location.href).pathname !== '/mockServiceWorker.js') throw new TypeError(`not the mock worker: ${url}`);
      return url;
    },
  });
  const container = navigator.serviceWorker;
  const register = container.register.bind(container);
  container.register = (url, options) => register(policy.createScriptURL(String(url)), options);
}

const params = new URLSearchParams(location.search);
await startMocks({ base: '/api', faultsFromUrl: true });
const persona = params.get('as');
if (persona) signInAs(persona as Persona);

window.__probe.loaderStart = performance.now();
await import('../../ebok');
// A second release on the same page (shell/hosts/two-copies.html): its loader, and one of its
// widgets imported directly, as an operator's own bundle might.
if (params.get('copies') === '2') {
  const v2 = '/__ebok-v2';
  await import(/* @vite-ignore */ `${v2}/shell/ebok.ts`);
  await import(/* @vite-ignore */ `${v2}/widgets/balance/ebok-balance.ts`);
}
window.__probe.booted = true;
