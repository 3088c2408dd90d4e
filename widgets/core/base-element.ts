import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Account, Customer } from './api/types';
import { emit, type EbokEventDetail, type EbokEventName } from './events';
import { LanguageController, resolveLanguage } from './i18n/language';
import { commonTranslations } from './i18n/common';
import { ensureLoaded } from './i18n/i18n';
import { defineElement } from './define';
import type { Translations } from './i18n/i18n';
import type { TOptions } from 'i18next';
import type { Namespace, TranslationKey } from './i18n/keys';
import { normalizeLang, type Lang } from './i18n/languages';
import { accountOf, getSessionStore, sessionContext, type SessionState, type SessionStore } from './session';
import { baseStyles, tokens } from './styles';
import { configuredFromCode } from './config';
import { warnOnce } from './warn';

/**
 * What every eBOK widget stands on: design tokens and base styles, the active language and a
 * `t()` bound to it, the shared session, and typed `emit()` of `ebok-*` events.
 *
 * Subclasses name their namespace (`extends EbokElement<'balance'>`, which types `t()`), set
 * `static translations` for it and render from their data; when the
 * customer changes or signs out, `session` changes and every Resource keyed on the customer drops
 * its value.
 */
export class EbokElement<NS extends Namespace = Namespace> extends LitElement {
  static override styles = [tokens, baseStyles];
  /** The widget's own translation namespace, loaded next to `common`. */
  static translations: Translations | undefined;

  /** Overrides the inherited language for this widget only. */
  @property() override lang = '';

  /**
   * The operator's name for this widget's landmarks, when a page has several of one kind (e.g.
   * `label="Faktury — firma"`). Without it the second one of a kind is numbered: "Faktury (2)".
   */
  @property() label = '';

  protected readonly i18n: LanguageController;
  /** The page's session. Undefined only before the context has answered. */
  protected sessionStore: SessionStore | undefined;
  protected session: SessionState = { status: 'unknown' };
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    // The provider must exist before the first consumer asks for it.
    getSessionStore();
    this.i18n = new LanguageController(this, (this.constructor as { translations?: Translations }).translations);
    new ContextConsumer(this, {
      context: sessionContext,
      subscribe: false,
      callback: (store) => this.attachSession(store),
    });
  }

  private attachSession(store: SessionStore): void {
    if (store === this.sessionStore) return;
    this.unsubscribe?.();
    this.sessionStore = store;
    this.session = store.state;
    this.unsubscribe = store.subscribe((state) => {
      const previous = this.session;
      this.session = state;
      this.sessionChanged(previous, state);
      this.requestUpdate();
    });
    // A widget showing preview data (gallery, tests) has no use for the session: don't ask the API.
    if (store.state.status === 'unknown' && (this as { preview?: unknown }).preview === undefined) void store.check();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    joinKind(this);
    // After the first update, when a `preview` (gallery, tests: no API at all) has been set.
    void this.updateComplete.then(() => {
      if (window.ebok || configuredFromCode() || (this as { preview?: unknown }).preview !== undefined) return;
      warnOnce(
        'no-loader',
        `<${this.localName}> is on a page without the eBOK loader (ebok.js): data-api, data-lang and data-idle-minutes are not read; the widgets call /api.`,
      );
    });
    // Reconnecting after a removal: subscribe again to the store we already know.
    if (this.sessionStore && !this.unsubscribe) {
      const store = this.sessionStore;
      this.sessionStore = undefined;
      this.attachSession(store);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leaveKind(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('lang')) return;
    if (this.lang && !normalizeLang(this.lang)) {
      warnOnce(`lang:${this.lang}`, `<${this.localName} lang="${this.lang}">: not a language of the widgets (pl, uk, ru); the page's language is used.`);
    }
    this.i18n.update();
  }

  /** Hook for widgets that keep state outside a Resource (forms, selections) and must drop it. */
  protected sessionChanged(_previous: SessionState, _next: SessionState): void {}

  /** The signed-in customer, if any. */
  protected get customer(): Customer | undefined {
    return this.session.status === 'authenticated' ? this.session.session.customer : undefined;
  }

  /** The account the widget shows, if signed in. */
  protected get account(): Account | undefined {
    return accountOf(this.session);
  }

  /** The account may only be looked at: no pay buttons, no editing. */
  protected get readOnly(): boolean {
    return this.account?.role === 'view_only';
  }

  protected get language(): Lang {
    return this.i18n.lang;
  }

  /** Translate in the widget's namespace (or `common:key`); a key the Polish bundle lacks fails the type check. */
  // A method, not a Translate<NS> property: methods compare bivariantly, so every widget is still
  // an EbokElement where code takes any widget (tests, defineWidget).
  protected t(key: TranslationKey<NS> | TranslationKey<NS>[], options?: TOptions): string {
    return this.i18n.t(key as string | string[], options);
  }

  /**
   * The accessible name of one of this widget's landmarks, unique on the page: the `label` the
   * operator gave (the main landmark takes it as is, inner ones as "name — label"), else `name`,
   * numbered from the second widget of this kind on the page in the order they were added.
   */
  protected landmark(name: string, main = false): string {
    const label = this.label.trim();
    if (label) return main ? label : `${name} — ${label}`;
    const n = (kinds.get(this.localName) ?? []).indexOf(this) + 1;
    return n > 1 ? `${name} (${n})` : name;
  }

  /** Dispatch a bubbling, composed, typed `ebok-*` event from this element. */
  emit<K extends EbokEventName>(type: K, detail: EbokEventDetail<K>, options?: { cancelable?: boolean }): boolean {
    return emit(this, type, detail, options);
  }

  /** Resolves when this widget's strings are loaded (tests and benchmarks). */
  get translationsReady(): Promise<void> {
    return this.i18n.loaded.then(() => this.updateComplete).then(() => undefined);
  }
}

/** Widgets on the page by tag, in the order they were added (numbers their landmarks). */
const kinds = new Map<string, EbokElement[]>();

function joinKind(el: EbokElement): void {
  const list = kinds.get(el.localName) ?? [];
  if (!list.includes(el)) list.push(el);
  kinds.set(el.localName, list);
  if (list.length > 1) for (const other of list) other.requestUpdate();
}

function leaveKind(el: EbokElement): void {
  const list = (kinds.get(el.localName) ?? []).filter((other) => other !== el);
  kinds.set(el.localName, list);
  // The others' numbers may have moved up.
  for (const other of list) other.requestUpdate();
}

/**
 * Define a widget once the page language's strings are loaded (top-level await in the widget's
 * chunk). The first render then already has its words, so it can take the size of its real
 * content instead of a placeholder that would make the page jump. A failed string load still
 * defines the element: it shows its skeleton until the strings arrive.
 */
export async function defineWidget(tag: string, ctor: CustomElementConstructor & { translations: Translations | undefined }): Promise<void> {
  const translations = ctor.translations ? [commonTranslations, ctor.translations] : [commonTranslations];
  await ensureLoaded(resolveLanguage(document.documentElement), translations).catch(() => undefined);
  defineElement(tag, ctor);
}
