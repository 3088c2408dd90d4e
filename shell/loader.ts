import type { EbokGlobal, EbokLoaderConfig } from '../widgets/core/global';
import type * as Core from '../widgets/core/global';
import type { LogoutReason } from '../widgets/core/events';

// Literals, not imports: importing a value from core would make the loader download core's
// chunk on every page. The annotations make the type check fail if core's names change.
const CONFIG_CHANGE_EVENT: typeof Core.CONFIG_CHANGE_EVENT = 'ebok-config-change';
const LOGOUT_REQUEST_EVENT: typeof Core.LOGOUT_REQUEST_EVENT = 'ebok-logout-request';

type Importers = Record<string, () => Promise<unknown>>;

/**
 * The loader: reads its own data-* attributes, creates `window.ebok`, and imports the chunk of
 * each `ebok-*` tag present in the page now or added later. It never imports the shared core
 * itself, so a page without our tags downloads this file and nothing else.
 */
/** Loader settings from the script element's data-api, data-lang and data-idle-minutes. */
export function configFromScript(script: HTMLScriptElement | null, base: string): EbokLoaderConfig {
  const data = script?.dataset ?? {};
  const idle = Number(data.idleMinutes);
  return { api: data.api, lang: data.lang, idleMinutes: idle > 0 ? idle : undefined, base };
}

export function startLoader(
  version: string,
  importers: Importers,
  importCore: () => Promise<{ setStrings: EbokGlobal['setStrings'] }>,
  config: EbokLoaderConfig,
  importUrl: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
  preloads: Record<string, string> = {},
): EbokGlobal {
  const existing = window.ebok;
  // An element with id="ebok" also shows up as window.ebok (named access): that is not a copy of us.
  if (existing && typeof existing.setLanguage === 'function') {
    // A second copy (another loader, another version): the first keeps the page.
    if (!existing.warnedDuplicate) {
      existing.warnedDuplicate = true;
      console.warn(
        `[ebok] Two copies of eBOK widgets on one page: version ${existing.version} is already running; ` +
          `this copy (version ${version}) does nothing. Remove one of the <script> tags.`,
      );
    }
    return existing;
  }

  // Without data-api the widgets call /api on the page's own site: say so instead of failing silently.
  if (!config.api) console.warn('[ebok] The loader <script> has no data-api: the widgets call /api on this site. Set data-api="https://…/api".');
  const fire = (type: string, detail?: unknown) => document.dispatchEvent(new CustomEvent(type, { detail }));
  const g: EbokGlobal = {
    version,
    config,
    setLanguage(lang: string) {
      config.lang = lang;
      fire(CONFIG_CHANGE_EVENT);
    },
    logout(reason: LogoutReason = 'user') {
      fire(LOGOUT_REQUEST_EVENT, { reason });
    },
    setStrings(lang: string, ns: string, strings: Record<string, unknown>) {
      // Overrides live in core's i18n; a page that calls this pays for loading it.
      void importCore().then((core) => core.setStrings(lang, ns, strings));
    },
  };
  window.ebok = g;

  const requested = new Set<string>();
  const load = (tag: string): void => {
    const importer = importers[tag];
    if (!importer || requested.has(tag)) return;
    requested.add(tag);
    // Chunks the widget will import at once, fetched in parallel with it (paths relative to our base).
    for (const path of (preloads[tag] ?? '').split(' ')) {
      if (!path || path.startsWith('__')) continue;
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(path, config.base).href;
      document.head.append(link);
    }
    importer()
      .catch(
        // One retry for a flaky network, then tell the customer inside the widget, not a blank.
        (first: unknown) =>
          new Promise((resolve) => setTimeout(resolve, 1000)).then(() => {
            // Browsers remember a failed module URL: importing it again fails without a request.
            // Retry the module that failed under a new URL when the error names it.
            const url = failedModuleUrl(first);
            return url ? importUrl(`${url}${url.includes('?') ? '&' : '?'}ebok-retry=${Date.now()}`) : importer();
          }),
      )
      .catch((error: unknown) => showLoadError(tag, error));
  };
  const scan = (root: ParentNode) => {
    for (const tag of Object.keys(importers)) if (root.querySelector(tag)) load(tag);
  };
  scan(document);
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tag = node.localName;
        if (tag in importers) load(tag);
        if (node.firstElementChild) scan(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  return g;
}

/** The module URL in a failed dynamic import's error (Chromium and Firefox name it; Safari does not). */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"]+/.exec(message)?.[0];
}

const MESSAGES: Record<string, string> = {
  pl: 'Nie udało się wczytać tego elementu. Odśwież stronę.',
  uk: 'Не вдалося завантажити цей елемент. Оновіть сторінку.',
  ru: 'Не удалось загрузить этот элемент. Обновите страницу.',
};

function showLoadError(tag: string, error: unknown): void {
  console.error(`[ebok] could not load <${tag}>`, error);
  for (const el of document.querySelectorAll(tag)) {
    if (customElements.get(tag) || el.shadowRoot) continue;
    const lang = (el.closest('[lang]')?.getAttribute('lang') ?? window.ebok?.config.lang ?? 'pl').slice(0, 2);
    const root = el.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.setAttribute('part', 'error');
    p.textContent = MESSAGES[lang] ?? MESSAGES.pl!;
    root.append(p);
  }
}
