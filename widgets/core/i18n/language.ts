import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig } from '../config';
import { CONFIG_CHANGE_EVENT, STRINGS_EVENT } from '../global';
import { commonTranslations } from './common';
import { ensureLoaded, fixedT, isLoaded, readStringOverridesFromPage, type AnyTranslate, type Translations } from './i18n';
import type { Namespace } from './keys';
import { DEFAULT_LANG, normalizeLang, type Lang } from './languages';

/**
 * The language for `el`: its own `lang`, else the nearest ancestor's (crossing shadow roots, but
 * stopping short of <html>), else the loader's data-lang, else <html lang>, else Polish.
 * An unsupported value (e.g. lang="en") is skipped so the next source decides.
 */
export function resolveLanguage(el: Element): Lang {
  const html = el.ownerDocument.documentElement;
  for (let node: Element | null = el; node && node !== html; node = parentAcrossShadow(node)) {
    // The property, not the attribute: a widget's `lang` may be set as a property only.
    const lang = normalizeLang(node instanceof HTMLElement ? node.lang : node.getAttribute('lang'));
    if (lang) return lang;
  }
  return normalizeLang(getConfig().lang) ?? normalizeLang(html.getAttribute('lang')) ?? DEFAULT_LANG;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const l of [...listeners]) l();
}

/** One observer for the page: any `lang` change anywhere re-resolves every widget. */
function watch(root: Document | ShadowRoot): void {
  if (!observer) {
    observer = new MutationObserver(notifyAll);
    document.addEventListener(CONFIG_CHANGE_EVENT, notifyAll);
    document.addEventListener(STRINGS_EVENT, notifyAll);
  }
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives a widget its language and a `t` bound to it. Loads only the active language's bundles
 * (common + the widget's own), keeps showing the previous language until the new one is ready,
 * and re-renders the host on any change of language or of overridden strings.
 */
export class LanguageController implements ReactiveController {
  lang: Lang = DEFAULT_LANG;
  /** True once the strings for `lang` are loaded. */
  ready = false;
  t: AnyTranslate;
  private requested: Lang | undefined;
  private readonly all: readonly Translations[];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    translations: Translations | undefined,
  ) {
    this.all = translations ? [commonTranslations, translations] : [commonTranslations];
    this.t = fixedT(this.lang, this.all[this.all.length - 1]!.ns);
    host.addController(this);
  }

  private readonly onChange = (): void => this.update();

  hostConnected(): void {
    readStringOverridesFromPage();
    watch(document);
    // Ancestors inside other components' shadow roots are invisible to the document observer.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watch(root);
    listeners.add(this.onChange);
    this.update();
  }

  hostDisconnected(): void {
    listeners.delete(this.onChange);
  }

  /** Call when the host's own `lang` attribute changes. */
  update(): void {
    const next = resolveLanguage(this.host);
    const ns = this.all[this.all.length - 1]!.ns;
    if (isLoaded(next, this.all)) {
      this.requested = next;
      this.apply(next, ns);
      return;
    }
    if (this.requested === next) return;
    this.requested = next;
    ensureLoaded(next, this.all).then(
      () => {
        if (this.requested === next) this.apply(next, ns);
      },
      (err: unknown) => {
        console.error(`[ebok] could not load ${next} strings`, err);
        this.requested = undefined;
      },
    );
  }

  private apply(lang: Lang, ns: Namespace): void {
    this.lang = lang;
    this.t = fixedT(lang, ns);
    this.ready = true;
    this.host.requestUpdate();
  }

  /** Resolves once strings for the current language are ready (tests, benchmarks). */
  get loaded(): Promise<void> {
    return ensureLoaded(resolveLanguage(this.host), this.all);
  }
}
