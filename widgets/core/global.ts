import type { LogoutReason } from './events';

/** The one global the suite adds: `window.ebok`, created by the loader (shell/ebok.ts). */
export interface EbokGlobal {
  readonly version: string;
  /** Settings read from the loader's data-* attributes; core reads them lazily. */
  readonly config: EbokLoaderConfig;
  /** Switch every widget that has no closer `lang` to this language. */
  setLanguage(lang: string): void;
  /** End the session for every widget on the page. */
  logout(reason?: LogoutReason): void;
  /** Override translated strings without rebuilding, e.g. `setStrings('pl', 'common', { brand: 'Energa' })`. */
  setStrings(lang: string, ns: string, strings: Record<string, unknown>): void;
  /** Internal: set once the "two copies" warning has been printed. */
  warnedDuplicate?: boolean;
}

export interface EbokLoaderConfig {
  api?: string;
  lang?: string;
  idleMinutes?: number;
  /** Base URL the loader was served from (ends with '/'). */
  base?: string;
}

declare global {
  interface Window {
    ebok?: EbokGlobal;
  }
}

/** Document-level events the loader uses to reach core without importing it. */
export const CONFIG_CHANGE_EVENT = 'ebok-config-change';
export const LOGOUT_REQUEST_EVENT = 'ebok-logout-request';
export const STRINGS_EVENT = 'ebok-strings';
