import { CONFIG_CHANGE_EVENT, type EbokLoaderConfig } from './global';

export interface EbokConfig {
  /** Base URL of the operator's API, without a trailing slash. */
  api: string;
  /** Language from the loader's data-lang (may be undefined). */
  lang: string | undefined;
  /** Minutes without activity before the session is ended. */
  idleMinutes: number;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
}

const DEFAULTS: EbokConfig = { api: '/api', lang: undefined, idleMinutes: 10, timeoutMs: 10_000 };

let local: Partial<EbokConfig> = {};

/**
 * Effective configuration: what tests or an integrator set with configure(), over what the loader
 * read from its data-* attributes (window.ebok.config), over the defaults. Read on every call so a
 * loader that runs after core still counts.
 */
export function getConfig(): EbokConfig {
  const loader: EbokLoaderConfig = (typeof window !== 'undefined' && window.ebok?.config) || {};
  const merged = { ...DEFAULTS, ...defined(loader), ...defined(local) } as EbokConfig;
  merged.api = merged.api.replace(/\/+$/, '');
  return merged;
}

/** Set configuration from code (tests, frameworks). Notifies every widget. */
export function configure(patch: Partial<EbokConfig>): void {
  local = { ...local, ...patch };
  notifyConfigChange();
}

/** configure() was called: the page sets the widgets up from code (tests, frameworks), not the loader. */
export function configuredFromCode(): boolean {
  return Object.keys(local).length > 0;
}

/** Forget configure() calls (tests). */
export function resetConfig(): void {
  local = {};
  notifyConfigChange();
}

export function notifyConfigChange(): void {
  document.dispatchEvent(new CustomEvent(CONFIG_CHANGE_EVENT));
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
