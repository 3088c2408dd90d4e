import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { STRINGS_EVENT } from '../global';
import type { Namespace } from './keys';
import { LANGUAGES, type Lang } from './languages';

/** One bundle of strings for one namespace in one language. */
export type Strings = Record<string, unknown>;
type BundleLoader = () => Promise<{ default: Strings } | Strings>;

/**
 * How to load a namespace in each language; each loader is a separate chunk, so only the active
 * language is fetched. `part` names a second bundle of the same namespace loaded only when needed
 * (login's form strings: a signed-in page never shows them); operator overrides apply to both.
 */
export type Translations<NS extends Namespace = Namespace> = { ns: NS; part?: string } & Record<Lang, BundleLoader>;

/** `ns` must be a declared namespace (see ./keys.ts), so its keys are typed. */
export function defineTranslations<NS extends Namespace>(ns: NS, loaders: Record<Lang, BundleLoader>, part?: string): Translations<NS> {
  return part ? { ns, part, ...loaders } : { ns, ...loaders };
}

// An instance of our own, so we never touch an i18next the host page may use.
export const i18n: I18n = i18next.createInstance();
void i18n.init({
  resources: {},
  // Loading a fallback language would fetch a second language; parity is enforced by tests instead.
  fallbackLng: false,
  ns: [],
  defaultNS: false,
  // Lit escapes every interpolated value already.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
} as Parameters<typeof i18n.init>[0]);

const loaded = new Map<string, Promise<void>>();
/** Bundles in i18next, by `lang|ns[|part]` (a namespace with parts has a bundle before all its parts are in). */
const done = new Set<string>();
const idOf = (lang: Lang, tr: Translations) => `${lang}|${tr.ns}${tr.part ? `|${tr.part}` : ''}`;
/** Operator overrides, applied over every bundle whenever it is (re)loaded. */
const overrides = new Map<string, Strings>();

export function ensureLoaded(lang: Lang, translations: readonly Translations[]): Promise<void> {
  return Promise.all(translations.map((tr) => loadBundle(lang, tr))).then(() => undefined);
}

function loadBundle(lang: Lang, tr: Translations): Promise<void> {
  const key = `${lang}|${tr.ns}`;
  const id = idOf(lang, tr);
  let p = loaded.get(id);
  if (!p) {
    p = tr[lang]().then((mod) => {
      const strings = ('default' in mod ? mod.default : mod) as Strings;
      i18n.addResourceBundle(lang, tr.ns, strings, true, true);
      const o = overrides.get(key);
      if (o) i18n.addResourceBundle(lang, tr.ns, o, true, true);
      done.add(id);
    });
    // A chunk that failed to load may load on the next try.
    p.catch(() => loaded.delete(id));
    loaded.set(id, p);
  }
  return p;
}

export function isLoaded(lang: Lang, translations: readonly Translations[]): boolean {
  return translations.every((tr) => done.has(idOf(lang, tr)));
}

/**
 * A translate function for `ns` (and `common:` keys). Untyped here, where the namespace is only
 * known at run time; EbokElement and PaymentController hand it out as `Translate<NS>`.
 */
export type AnyTranslate = (key: string | string[], options?: TOptions) => string;

export function fixedT(lang: Lang, ns: Namespace): AnyTranslate {
  return i18n.getFixedT(lang, [ns, 'common']) as unknown as AnyTranslate;
}

/**
 * Override strings without rebuilding (e.g. the operator's brand name). Works before or after the
 * bundle loads; every widget re-renders.
 */
export function setStrings(lang: string, ns: string, strings: Strings): void {
  if (!(LANGUAGES as readonly string[]).includes(lang)) return;
  const key = `${lang}|${ns}`;
  overrides.set(key, deepMerge(overrides.get(key) ?? {}, strings));
  if (i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, strings, true, true);
  document.dispatchEvent(new CustomEvent(STRINGS_EVENT));
}

/**
 * Read overrides from `<script type="application/json" data-ebok-strings>` blocks:
 * `{ "pl": { "common": { "brand": "Energa" } } }`. JSON blocks are data, not script, so they
 * pass a strict Content-Security-Policy.
 */
export function readStringOverridesFromPage(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLScriptElement>('script[type="application/json"][data-ebok-strings]')) {
    if (el.dataset.ebokApplied) continue;
    el.dataset.ebokApplied = '1';
    try {
      const byLang = JSON.parse(el.textContent ?? '{}') as Record<string, Record<string, Strings>>;
      for (const [lang, byNs] of Object.entries(byLang)) {
        for (const [ns, strings] of Object.entries(byNs)) setStrings(lang, ns, strings);
      }
    } catch (e) {
      console.warn('[ebok] data-ebok-strings is not valid JSON', e);
    }
  }
}

function deepMerge(a: Strings, b: Strings): Strings {
  const out: Strings = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      v && typeof v === 'object' && prev && typeof prev === 'object'
        ? deepMerge(prev as Strings, v as Strings)
        : v;
  }
  return out;
}

/** Tests only. */
export function resetI18n(): void {
  overrides.clear();
  loaded.clear();
  done.clear();
  for (const lang of LANGUAGES) {
    for (const ns of Object.keys(i18n.store?.data?.[lang] ?? {})) i18n.removeResourceBundle(lang, ns);
  }
}
