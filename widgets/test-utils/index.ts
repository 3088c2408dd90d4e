/**
 * Helpers for browser tests: the msw worker on the mock API, sign-in as a persona, languages,
 * and a clean slate between tests. Not shipped (excluded from coverage and from the bundle).
 */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { startMocks } from '../../mocks/browser';
import { resetFaults } from '../../mocks/faults';
import { resetMockState } from '../../mocks/state';
import { configure, resetConfig } from '../core/config';
import { login, verifyChallenge } from '../core/api/endpoints';
import { getSessionStore, resetSession } from '../core/session';
import type { EbokElement } from '../core/base-element';
import type { Lang } from '../core/i18n/languages';
import { waitScale } from './engine';

export { timeoutFor } from './engine';

export const PASSWORD = 'Ebok-demo-1';
export const LANGS: readonly Lang[] = ['pl', 'uk', 'ru'];

export const PERSONAS = {
  jan: 'jan.kowalski@example.pl',
  anna: 'anna.nowak@example.pl',
  piotr: 'piotr.wisniewski@example.pl',
  olena: 'olena.kovalenko@example.pl',
  ivan: 'ivan.petrov@example.pl',
  archive: 'archiwum@example.pl',
  locked: 'zablokowany@example.pl',
  manager: 'zarzadca@example.pl',
  viewer: 'wglad@example.pl',
} as const;
export type PersonaName = keyof typeof PERSONAS;

/** Start the mock API once per test file and reset every piece of state: call in beforeEach. */
export async function setupMockApi(): Promise<void> {
  await startMocks({ base: '/api' });
  resetMockState();
  resetFaults();
  resetConfig();
  configure({ api: '/api' });
  resetSession();
  document.documentElement.lang = 'pl';
}

/** Sign in through the API as one of the personas (SMS code answered for Olena). */
export async function signInAs(name: PersonaName): Promise<void> {
  const result = await login({ identifier: PERSONAS[name], identifierType: 'email', password: PASSWORD });
  const store = getSessionStore();
  if (result.status === 'authenticated') {
    store.signedIn(result.session);
    return;
  }
  const session = await verifyChallenge({ challengeId: result.challenge.id, code: '123456' });
  store.signedIn(session);
}

/** Render a widget and wait until its strings are loaded and it has rendered. */
export async function renderWidget<T extends EbokElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.translationsReady;
  return el;
}

// Asked once, as the file loads: before any test installs fake timers.
const scaled = waitScale();

/**
 * Wait until `predicate` holds (polls each animation frame), or fail after `timeout` ms in
 * Chromium (longer in slower engines: waitScale()).
 */
export async function until(predicate: () => unknown, message = 'condition', timeout = 4000): Promise<void> {
  const limit = timeout * (await scaled);
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > limit) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

/**
 * Press a key with modifiers held, e.g. 'Shift+Tab', in every engine. sendKeys({ press: 'Shift+Tab' })
 * works only in Playwright: WebKit's driver typed the words instead and focus never moved back.
 */
export async function pressChord(chord: string): Promise<void> {
  await executeServerCommand<boolean, { chord: string }>('ebok-chord', { chord });
}

/** Text content of the element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { testHtml as html };

/** A link the code under test clicked: a download (saveFile) or a navigation (the payment gateway). */
export interface ClickedLink {
  href: string;
  /** The file name of a download; '' for a navigation. */
  download: string;
  /** The file behind a download's blob: URL. */
  blob(): Promise<Blob>;
  /** The link itself, and the root it was in when clicked (a download stays inside the widget). */
  link: HTMLAnchorElement;
  root: Node;
}

/**
 * Capture every link click instead of following it, at the browser level: shipped code has no
 * replaceable saver or navigator, so the test stubs HTMLAnchorElement.prototype.click (what
 * saveFile() and the payment redirect call). Call `restore()` in afterEach.
 */
export function interceptLinks(): { clicks: ClickedLink[]; restore(): void } {
  const clicks: ClickedLink[] = [];
  // The Blob behind each object URL made meanwhile, as the code under test built it: read back
  // through fetch(), WebKit answers a blob: URL with the bare MIME type ('text/calendar' for a
  // Blob typed 'text/calendar;charset=utf-8'), so its parameters could not be checked there.
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    writable: true,
    value(this: HTMLAnchorElement) {
      const href = this.href;
      const blob = () => Promise.resolve(blobs.get(href) ?? fetch(href).then((r) => r.blob()));
      clicks.push({ href, download: this.download, blob, link: this, root: this.getRootNode() });
    },
  });
  return {
    clicks,
    restore() {
      URL.createObjectURL = createObjectURL;
      // HTMLAnchorElement inherits click() from HTMLElement: removing the stub restores it.
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    },
  };
}

/**
 * `expect(el).to.be.accessible()` while @sinonjs/fake-timers has the page's setTimeout: axe
 * schedules its own steps with setTimeout(…, 0 or 1 ms), so the clock is moved 1 ms a frame until
 * it is done — far less than the second a countdown under test shows.
 */
export async function accessibleUnderFakeTimers(el: Element, clock: { tickAsync(ms: number): Promise<unknown> }): Promise<void> {
  let settled = false;
  // The assertion is a thenable chai object, not a Promise: wrap it.
  const run = new Promise<void>((resolve, reject) => (expect(el).to.be.accessible() as unknown as PromiseLike<void>).then(resolve, reject));
  void run.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    await clock.tickAsync(1);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await run;
}

