/** Host pages (shell/hosts/*.html) in an iframe of the test page, served with the strict CSP. */
import { sendKeys } from '@web/test-runner-commands';
import type { Probe } from './probe';

export interface Host {
  frame: HTMLIFrameElement;
  win: Window & { __probe: Probe; ebok?: { version: string } };
  doc: Document;
  probe: Probe;
  remove(): void;
}

/**
 * `fresh`: under a URL prefix the browser has not seen (web-test-runner.shared.mjs), so no module
 * of the page can come from a cache another test file filled (Firefox and WebKit reuse pages).
 */
export async function openHost(page: string, { width = 1024, height = 900, fresh = false } = {}): Promise<Host> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = page;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const url = new URL(`../../hosts/${page}`, import.meta.url);
  if (fresh) url.pathname = `/__ebok-fresh/${crypto.randomUUID()}${url.pathname}`;
  frame.src = url.href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Host['win'];
  return { frame, win, doc: frame.contentDocument!, probe: win.__probe, remove: () => frame.remove() };
}

/** Each resource the page requested (performance entries), as paths. */
export function requested(host: Host): string[] {
  return host.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
}

/** Sign in as jan the way a customer does: type into the page's <ebok-login> form, then Enter. */
export async function signInByTyping(host: Host): Promise<void> {
  const login = host.doc.querySelector('ebok-login')!.shadowRoot!;
  host.frame.focus();
  login.querySelector<HTMLInputElement>('#identifier')!.focus();
  await sendKeys({ type: 'jan.kowalski@example.pl' });
  login.querySelector<HTMLInputElement>('#password')!.focus();
  await sendKeys({ type: 'Ebok-demo-1' });
  await sendKeys({ press: 'Enter' });
}
