import { html, nothing, type TemplateResult } from 'lit';
import type { Account } from '../core/api/types';
import type { Lang } from '../core/i18n/languages';
import type { Translate } from '../core/i18n/keys';
import { formatNumber } from '../core/format';
import { icon } from '../core/ui';

/** Every state <ebok-account-switcher> can show; set as `preview` to render exactly that one. */
export type SwitcherState =
  | { status: 'signed-out' }
  | {
      status: 'ready';
      accounts: readonly Account[];
      /** The chosen account's id. */
      current: string;
      /** The account chosen before was taken away meanwhile. */
      lost?: Account;
      /** Gallery and tests: the list open with this search and this option active. */
      query?: string;
      open?: boolean;
      active?: number;
    };

type T = Translate<'accounts'>;

export interface SwitcherViewContext {
  t: T;
  lang: Lang;
  /** The accessible name of the widget's landmark (EbokElement.landmark). */
  landmark: string;
  query: string;
  open: boolean;
  active: number;
  /** The accounts matching the search, in the order shown. */
  matches: readonly Account[];
  /** What the live region says (the count of matches, a choice made). */
  announcement: string;
  on: {
    input(value: string): void;
    key(e: KeyboardEvent): void;
    toggle(): void;
    choose(account: Account): void;
    blur(): void;
  };
}

function kindIcon(kind: Account['kind']): TemplateResult {
  // A coloured mark per kind; the kind is said in words next to it.
  return html`<span class="kind" data-kind=${kind} aria-hidden="true"></span>`;
}

function describe(t: T, a: Account): TemplateResult {
  return html`<span class="text">
    <span class="label">${a.label}</span>
    <span class="meta muted">${t(`kind.${a.kind}`)} · ${a.address} · <span class="num">${a.number}</span></span>
    ${a.role === 'view_only' ? html`<span class="badge" part="badge">${t('role.view_only')}</span>` : nothing}
  </span>`;
}

/** The view's one entry point. */
export function renderSwitcher(state: SwitcherState, ctx: SwitcherViewContext): TemplateResult {
  if (state.status === 'signed-out') return html``;
  const { t } = ctx;
  const current = state.accounts.find((a) => a.id === state.current) ?? state.accounts[0];
  if (!current) return html``;
  const lost = state.lost
    ? html`<p class="lost" role="alert" part="lost">${icon('alert')} ${t('lost', { label: state.lost.label })}</p>`
    : nothing;
  if (state.accounts.length < 2) {
    return html`<section class="switcher single" part="current" aria-label=${ctx.landmark}>${lost}
      <p class="current">${kindIcon(current.kind)} ${describe(t, current)}</p>
    </section>`;
  }
  const activeId = ctx.open && ctx.active >= 0 && ctx.active < ctx.matches.length ? `opt-${ctx.active}` : '';
  return html`<section class="switcher" aria-label=${ctx.landmark}>
    ${lost}
    <p class="current" id="current" part="current">
      <span class="visually-hidden">${t('current')}</span>
      ${kindIcon(current.kind)} ${describe(t, current)}
    </p>
    <label class="search-label" for="search">${t('search.label', { count: state.accounts.length, n: formatNumber(state.accounts.length, ctx.lang) })}</label>
    <div class="combo" part="combobox">
      <input
        id="search"
        type="text"
        role="combobox"
        part="search"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="list"
        aria-expanded=${ctx.open ? 'true' : 'false'}
        aria-activedescendant=${activeId || nothing}
        aria-describedby="hint"
        placeholder=${t('search.placeholder')}
        .value=${ctx.query}
        @input=${(e: Event) => ctx.on.input((e.target as HTMLInputElement).value)}
        @keydown=${ctx.on.key}
        @blur=${ctx.on.blur}
      />
      <button
        type="button"
        class="open"
        part="open"
        tabindex="-1"
        aria-label=${t('search.open')}
        aria-controls="list"
        aria-expanded=${ctx.open ? 'true' : 'false'}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${ctx.on.toggle}
      >
        <span class="chevron" aria-hidden="true"></span>
      </button>
    </div>
    <span id="hint" class="visually-hidden">${t('search.hint')}</span>
    <ul id="list" role="listbox" part="listbox" aria-label=${t('list')} ?hidden=${!ctx.open}>
      ${ctx.matches.map(
        (a, i) =>
          html`<li
            id="opt-${i}"
            role="option"
            class="option"
            part="option"
            aria-selected=${i === ctx.active ? 'true' : 'false'}
            ?data-current=${a.id === current.id}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => ctx.on.choose(a)}
          >
            ${kindIcon(a.kind)} ${describe(t, a)}
            ${a.id === current.id ? html`<span class="check">${icon('check')}<span class="visually-hidden">${t('chosen')}</span></span>` : nothing}
          </li>`,
      )}
    </ul>
    ${ctx.open && ctx.matches.length === 0 ? html`<p class="none muted" part="no-match">${t('search.none', { query: ctx.query.trim() })}</p>` : nothing}
    <p class="visually-hidden" role="status">${ctx.announcement}</p>
  </section>`;
}
