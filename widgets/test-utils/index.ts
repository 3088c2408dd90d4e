/**
 * Helpers for browser tests: the msw worker on the mock API, sign-in as a persona, languages,
 * and a clean slate between tests. Not shipped (excluded from coverage and from the bundle).
 */
import { fixture, html as testHtml } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { startMocks } from '../../mocks/browser';
import { resetFaults } from '../../mocks/faults';
import { resetMockState } from '../../mocks/state';
import { configure, resetConfig } from '../core/config';
import { login, verifyChallenge } from '../core/api/endpoints';
import { getSessionStore, resetSession } from '../core/session';
import type { EbokElement } from '../core/base-element';
import type { Lang } from '../core/i18n/languages';

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

/** Wait until `predicate` holds (polls each animation frame), or fail after `timeout` ms. */
export async function until(predicate: () => unknown, message = 'condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

/** Text content of the element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { testHtml as html };
