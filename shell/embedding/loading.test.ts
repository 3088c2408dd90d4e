// Loading on operator pages: a page without our tags downloads only the loader; only widgets in
// use are fetched; a chunk that fails is retried once, then the widget says so instead of a blank.
import { expect } from '@open-wc/testing';
import { openHost, requested, type Host } from './test-utils/host';
import { frames, isSettled, until } from './test-utils';
import { timeoutFor } from '../../widgets/test-utils/engine';

/** Our files among the page's requests (the harness's probe excluded). */
function ours(host: Host): string[] {
  // The dev server's own socket script is not part of the suite.
  return requested(host).filter((p) => !p.includes('/embedding/test-utils/') && !p.endsWith('.css') && !p.startsWith('/__web-dev-server'));
}

const FAIL_COOKIE = 'ebok-fail-chunk';
const USAGE = '/widgets/usage/ebok-usage.ts';
/** Make the dev server fail `path` `times` times (0: always); returns the token to count with. */
const failChunk = (path: string, times: number): string => {
  const token = crypto.randomUUID();
  document.cookie = `${FAIL_COOKIE}=${encodeURIComponent(`${token}:${path}:${times}`)}; path=/`;
  return token;
};
/** How many times the server was asked for the failing chunk (web-test-runner.shared.mjs). */
const chunkRequests = async (token: string): Promise<number> =>
  ((await (await fetch(`/__ebok-fail-chunk/${token}`)).json()) as { requests: number }).requests;
const stopFailing = () => (document.cookie = `${FAIL_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`);

describe('loading', () => {
  let host: Host | undefined;
  afterEach(() => {
    host?.remove();
    stopFailing();
  });

  it('a page without ebok- tags loads only the loader; a tag added later fetches only its widget', async () => {
    host = await openHost('empty.html');
    await until(() => host!.win.ebok, 'the loader to start');
    await frames(5);
    const atStart = ours(host);
    console.log(`page without widgets, requests (dev server, unbundled): ${atStart.join(', ')}`);
    expect(atStart.every((p) => p.startsWith('/shell/')), atStart.join(', ')).to.equal(true);
    expect(atStart.some((p) => /ebok\.ts$/.test(p))).to.equal(true);

    // A single-page app adds one widget later: only that widget (and the shared code) arrives.
    host.doc.querySelector('main')!.append(host.doc.createElement('ebok-balance'));
    await until(() => host!.win.customElements.get('ebok-balance'), 'ebok-balance defined', 15_000);
    const after = ours(host);
    expect(after.some((p) => p.startsWith('/widgets/balance/'))).to.equal(true);
    for (const other of ['login', 'invoices', 'usage', 'contact']) {
      expect(after.filter((p) => p.startsWith(`/widgets/${other}/`)), other).to.deep.equal([]);
    }
    expect(after.filter((p) => /chart\.js|uplot/i.test(p)), 'the chart library').to.deep.equal([]);
  });

  it('a widget chunk that fails once is fetched again and the widget works', async function () {
    this.timeout(timeoutFor(20_000));
    const token = failChunk(USAGE, 1);
    host = await openHost('one-widget.html', { fresh: true });
    const el = host.doc.querySelector('ebok-usage')!;
    await until(() => host!.win.customElements.get('ebok-usage'), 'ebok-usage defined after the retry', 15_000);
    await until(() => isSettled(el), 'ebok-usage rendered', 15_000);
    expect(await chunkRequests(token)).to.equal(2);
  });

  it('a widget chunk that keeps failing is tried twice, then the widget shows an error in its language', async function () {
    this.timeout(timeoutFor(20_000));
    const token = failChunk(USAGE, 0);
    host = await openHost('one-widget.html', { fresh: true });
    const el = host.doc.querySelector('ebok-usage')!;
    const alert = await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the error inside the widget', 15_000);
    expect(alert.textContent).to.include('Не вдалося завантажити');
    expect(host.win.customElements.get('ebok-usage')).to.equal(undefined);
    expect(await chunkRequests(token)).to.equal(2);
    expect(host.probe.errors.some((e) => e.includes('could not load <ebok-usage>'))).to.equal(true);
    expect(host.probe.violations).to.deep.equal([]);
  });
});
