/**
 * The gallery renders every widget from `preview` data alone, so it needs no API at all: it
 * provides the page's session (the documented SessionStore protocol, found by widgets through
 * @lit/context at <html>) as a store that is signed out and never asks the network. The gallery
 * therefore works from any static host, without a service worker.
 */
import { ContextProvider } from '@lit/context';
import { sessionContext, type SessionState, type SessionStore } from '../../widgets/core/session';
import { VERSION } from '../../widgets/core/version';

let installed: SessionStore | undefined;

export function installPreviewSession(root: HTMLElement = document.documentElement): SessionStore {
  if (installed) return installed;
  const state: SessionState = { status: 'anonymous' };
  const store: SessionStore = {
    protocol: 1,
    version: VERSION,
    state,
    subscribe: () => () => undefined,
    check: () => Promise.resolve(),
    signedIn: () => undefined,
    end: () => Promise.resolve(),
    selectAccount: () => Promise.resolve(),
    accountRefused: () => Promise.resolve(),
  };
  new ContextProvider(root, { context: sessionContext, initialValue: store }).hostConnected();
  installed = store;
  return store;
}
