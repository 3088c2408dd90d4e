import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineWidget, EbokElement } from '../core/base-element';
import { defineTranslations } from '../core/i18n/i18n';
import type { Account } from '../core/api/types';
import type { SessionState } from '../core/session';
import { filterAccounts, moveActive } from './switcher-rules';
import { renderSwitcher, type SwitcherState } from './switcher-view';
import { switcherStyles } from './switcher-styles';

export type { SwitcherState } from './switcher-view';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    accounts: typeof import('./i18n/pl.json');
  }
}

/** `accountId`: the account now chosen. */
export interface AccountChangeDetail {
  accountId: string;
}

declare module '../core/events' {
  interface EbokEventMap {
    'ebok-account-change': CustomEvent<AccountChangeDetail>;
  }
}

/**
 * Choose the account (or property) the signed-in person acts for: a searchable combobox (WAI-ARIA
 * APG "list autocomplete") for the operator's header, also inside `<ebok-login>`. Every widget on
 * the page follows the choice at once.
 *
 * @summary Account switcher for several accounts under one sign-in.
 * @attr label - The name of the widget's landmark (default "Konto").
 * @prop {SwitcherState | undefined} preview - Render exactly this state and use no session (gallery).
 * @fires ebok-account-change - The person chose another account (`detail.accountId`).
 * @csspart base - The root.
 * @csspart current - The chosen account.
 * @csspart combobox - The search field and its button.
 * @csspart search - The search field.
 * @csspart listbox - The list of accounts.
 * @csspart option - One account in the list.
 * @csspart badge - "view only".
 * @csspart lost - The message that an account is no longer available.
 * @cssprop --ebok-switcher-list-height - Height of the open list (default 320px).
 */
export class EbokAccountSwitcher extends EbokElement<'accounts'> {
  static override translations = defineTranslations('accounts', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, switcherStyles];

  @property({ attribute: false }) preview: SwitcherState | undefined;

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private announcement = '';
  /** The lost-account message the person has answered by choosing another. */
  @state() private lostSeen: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('preview') && this.preview?.status === 'ready') {
      this.query = this.preview.query ?? '';
      this.open = !!this.preview.open;
      this.active = this.preview.active ?? -1;
    }
  }

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    // Back to the list when the account was taken away: the person must choose another.
    if (next.status === 'authenticated' && next.lost && next.lost !== (previous.status === 'authenticated' ? previous.lost : undefined)) {
      this.lostSeen = undefined;
      this.query = '';
      this.open = true;
      this.active = -1;
    }
    if (next.status !== 'authenticated') {
      this.query = '';
      this.open = false;
    }
  }

  private get state(): SwitcherState {
    if (this.preview) return this.preview;
    const s = this.session;
    if (s.status !== 'authenticated') return { status: 'signed-out' };
    const current = this.account;
    const lost = s.lost && s.lost.id !== this.lostSeen ? s.lost : undefined;
    return { status: 'ready', accounts: s.session.accounts, current: current?.id ?? '', ...(lost ? { lost } : {}) };
  }

  private matchesFor(state: SwitcherState): readonly Account[] {
    return state.status === 'ready' ? filterAccounts(state.accounts, this.query) : [];
  }

  override render(): TemplateResult {
    if (!this.i18n.ready) return html``;
    const state = this.state;
    const matches = this.matchesFor(state);
    return html`<div part="base" lang=${this.language}>
      ${renderSwitcher(state, {
        t: (k, o) => this.t(k, o),
        lang: this.language,
        landmark: this.landmark(this.t('title'), true),
        query: this.query,
        open: this.open,
        active: this.active,
        matches,
        announcement: this.announcement,
        on: {
          input: (value) => {
            this.query = value;
            this.open = true;
            this.active = -1;
            this.announce(this.t('search.count', { count: this.matchesFor(this.state).length }));
          },
          key: (e) => this.onKey(e, matches),
          toggle: () => {
            this.open = !this.open;
            this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
          },
          choose: (a) => this.choose(a),
          blur: () => {
            this.open = false;
          },
        },
      })}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.open && this.active >= 0) {
      this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private onKey(e: KeyboardEvent, matches: readonly Account[]): void {
    if (e.key === 'Escape') {
      // First Escape closes the list, the second clears the search (APG).
      if (this.open) this.open = false;
      else this.query = '';
      this.active = -1;
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter') {
      const pick = matches[this.active] ?? (matches.length === 1 ? matches[0] : undefined);
      if (this.open && pick) {
        e.preventDefault();
        this.choose(pick);
      }
      return;
    }
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.altKey) {
      this.open = e.key === 'ArrowDown';
      e.preventDefault();
      return;
    }
    const next = moveActive(e.key, this.active, matches.length);
    if (next === undefined) return;
    e.preventDefault();
    this.open = true;
    this.active = next;
  }

  private choose(account: Account): void {
    this.open = false;
    this.query = '';
    this.active = -1;
    const s = this.session;
    if (s.status === 'authenticated' && s.lost) this.lostSeen = s.lost.id;
    this.announce(this.t('chose', { label: account.label }));
    if (this.preview || this.account?.id === account.id) return;
    this.emit('ebok-account-change', { accountId: account.id });
    void this.sessionStore?.selectAccount(account.id);
  }

  private announce(text: string): void {
    this.announcement = text;
  }
}

await defineWidget('ebok-account-switcher', EbokAccountSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-account-switcher': EbokAccountSwitcher;
  }
}
