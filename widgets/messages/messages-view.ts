/** Templates of <ebok-messages>, rendered from a MessagesState alone (no fetching). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/errors';
import type { Message, MessageKind } from '../core/api/types';
import { formatInstant } from '../core/format';
import type { Translate } from '../core/i18n/keys';
import type { Lang } from '../core/i18n/languages';
import { icon, renderError, renderSignedOut, renderWidgetShell } from '../core/ui';
import { kindOf, MESSAGE_KINDS, paragraphs, textTokens } from './messages-rules';

export type MoreState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: ApiError };

/** What the inbox shows once loaded. */
export interface InboxData {
  items: readonly Message[];
  /** Messages matching the filter (more pages when above items.length). */
  total: number;
  /** Unread of every kind (the badge), whatever the filter. */
  unread: number;
  linkDomains: readonly string[];
}

/** Every state of the widget; set it as `preview` to render exactly that. */
export type MessagesState =
  | { status: 'signed-out' }
  | { status: 'loading'; kind?: MessageKind | '' }
  | { status: 'error'; error: ApiError; kind?: MessageKind | '' }
  | ({
      status: 'ready';
      /** The filter ('' = every kind). */
      kind?: MessageKind | '';
      /** The id of the open message. */
      open?: string | undefined;
      more?: MoreState;
    } & InboxData)
  /** `count-only`: just the unread badge (undefined while unknown). */
  | { status: 'count'; unread: number | undefined };

type T = Translate<'messages'>;

export interface MessagesViewContext {
  /** The session is not known yet: the shell lays out the signed-out body (most visitors see that first). */
  pending?: boolean;
  t: T;
  lang: Lang;
  landmark: (name: string, main?: boolean) => string;
  /** The row with tabindex 0 (roving focus). */
  active: number;
  /** Polite announcement (e.g. after loading more). */
  announcement: string;
  onKind: (kind: MessageKind | '') => void;
  onToggle: (message: Message) => void;
  onOpenRelated: (message: Message) => void;
  onMore: () => void;
  onRetry: () => void;
  onRowKey: (e: KeyboardEvent) => void;
  onRowFocus: (index: number) => void;
}

const KIND_ICON: Record<MessageKind, Parameters<typeof icon>[0]> = {
  invoice_issued: 'download',
  payment_due: 'calendar',
  payment_received: 'check',
  dunning: 'alert',
  outage: 'alert',
  general: 'info',
};

export function renderMessages(state: MessagesState, ctx: MessagesViewContext): TemplateResult {
  const { t } = ctx;
  if (state.status === 'count') return renderCount(state.unread, ctx);
  const filter = (kind: MessageKind | '' | undefined) => renderFilter(kind ?? '', ctx);
  return renderWidgetShell(ctx, {
    name: 'messages',
    state,
    label: ctx.landmark(t('title'), true),
    head: html`<div class="head">
      <h2>${t('title')}</h2>
      ${state.status === 'ready' && state.unread > 0
        ? html`<p class="unread-badge" part="unread">${icon('info')}<span>${t('unread', { count: state.unread })}</span></p>`
        : nothing}
    </div>`,
    body: {
      'signed-out': () => renderSignedOut(t('signedOut')),
      loading: (loading) => html`${filter(loading.kind)} ${renderLoading(t)}`,
      error: (failed) => html`${filter(failed.kind)} ${renderError(t, failed.error, ctx.onRetry)}`,
      ready: (ready) => html`${filter(ready.kind)} ${renderReady(ready, ctx)}`,
    },
    after: html`<p class="visually-hidden" role="status" aria-live="polite">${ctx.announcement}</p>`,
  });
}

function renderCount(unread: number | undefined, { t, lang }: MessagesViewContext): TemplateResult {
  // Nothing to show until there is something unread: the operator's menu stays as it is.
  const show = unread !== undefined && unread > 0;
  return html`<span part="base" class="count" data-state="count" lang=${lang} ?hidden=${!show}
    >${show ? html`<span class="count-number num" aria-hidden="true">${unread}</span><span class="visually-hidden"
          >${t('unreadLabel', { count: unread })}</span
        >` : nothing}</span
  >`;
}

function renderFilter(kind: MessageKind | '', { t, onKind }: MessagesViewContext): TemplateResult {
  return html`<div class="filter">
    <label for="kind" class="label">${t('filter.label')}</label>
    <select id="kind" part="filter" @change=${(e: Event) => onKind((e.target as HTMLSelectElement).value as MessageKind | '')}>
      <option value="" .selected=${kind === ''}>${t('filter.all')}</option>
      ${MESSAGE_KINDS.map((k) => html`<option value=${k} .selected=${kind === k}>${t(`kind.${k}`)}</option>`)}
    </select>
  </div>`;
}

function renderReady(state: Extract<MessagesState, { status: 'ready' }>, ctx: MessagesViewContext): TemplateResult {
  const { t } = ctx;
  if (state.items.length === 0) {
    return html`<div class="state empty" data-kind="empty">
      <p>${icon('info')} ${state.kind ? t('emptyFilter') : t('empty')}</p>
      ${state.kind ? html`<button type="button" class="btn" @click=${() => ctx.onKind('')}>${t('filter.showAll')}</button>` : nothing}
    </div>`;
  }
  return renderList(state, ctx);
}

/** Five rows of the list's height: nothing moves when the messages arrive. */
function renderLoading(t: T): TemplateResult {
  return html`<div class="list-loading" part="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${t('common:states.loading')}</span>
    ${[0, 1, 2, 3, 4].map(
      () => html`<div class="sk-row"><span class="skeleton sk-title"></span><span class="skeleton sk-meta"></span></div>`,
    )}
  </div>`;
}

function renderList(state: Extract<MessagesState, { status: 'ready' }>, ctx: MessagesViewContext): TemplateResult {
  const { t } = ctx;
  const more = state.more ?? { status: 'idle' };
  const left = state.total - state.items.length;
  return html`<p class="visually-hidden" id="list-hint">${t('listHint')}</p>
    <ul class="list" part="list" aria-label=${t('title')} @keydown=${ctx.onRowKey}>
      ${state.items.map((m, i) => renderItem(m, i, state, ctx))}
    </ul>
    ${left > 0
      ? html`<div class="more">
          <p class="muted">${t('shown', { shown: state.items.length, total: state.total })}</p>
          ${more.status === 'error'
            ? renderError(t, more.error, () => ctx.onMore())
            : html`<button type="button" class="btn" part="more" aria-disabled=${more.status === 'loading' ? 'true' : 'false'} @click=${ctx.onMore}>
                ${more.status === 'loading' ? t('moreLoading') : t('more')}
              </button>`}
        </div>`
      : nothing}`;
}

function renderItem(m: Message, index: number, state: Extract<MessagesState, { status: 'ready' }>, ctx: MessagesViewContext): TemplateResult {
  const { t, lang } = ctx;
  const kind = kindOf(m.kind);
  const open = state.open === m.id;
  const bodyId = `body-${m.id}`;
  return html`<li class="item" data-id=${m.id} data-kind=${kind} ?data-unread=${!m.read} ?data-open=${open}>
    <h3 class="item-head">
      <button
        type="button"
        class="toggle"
        part="message"
        data-index=${index}
        tabindex=${index === ctx.active ? '0' : '-1'}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${bodyId}
        aria-describedby="list-hint"
        @click=${() => ctx.onToggle(m)}
        @focus=${() => ctx.onRowFocus(index)}
      >
        <span class="dot" aria-hidden="true"></span>
        <span class="item-text">
          <span class="item-title">${m.read ? nothing : html`<span class="new-label">${t('new')}</span>`}${m.title}</span>
          <span class="item-meta muted"
            ><span class="kind">${icon(KIND_ICON[kind])}${t(`kind.${kind}`)}</span>
            <time datetime=${m.sentAt}>${formatInstant(m.sentAt, lang, { dateStyle: 'medium', timeStyle: 'short' })}</time></span
          >
        </span>
      </button>
    </h3>
    <div class="item-body" id=${bodyId} part="message-body" ?hidden=${!open}>
      ${open ? renderBodyText(m.body, state.linkDomains) : nothing}
      ${open && m.channels?.length
        ? html`<p class="muted channels">${t('channels', { list: m.channels.map((c) => t(`channel.${c}`)).join(', ') })}</p>`
        : nothing}
      ${open && m.related
        ? html`<button type="button" class="btn" part="related" @click=${() => ctx.onOpenRelated(m)}>
            ${t(`related.${m.related.kind}`, { label: m.related.label })}
          </button>`
        : nothing}
    </div>
  </li>`;
}

/** Plain text: markup shows as typed (lit escapes it), links only on the operator's domains. */
function renderBodyText(body: string, domains: readonly string[]): TemplateResult {
  return html`<div class="text">
    ${paragraphs(body).map(
      (p) =>
        html`<p>${textTokens(p, domains).map((tok) =>
          tok.type === 'link' ? html`<a href=${tok.href} part="link" rel="noopener">${tok.text}</a>` : tok.text,
        )}</p>`,
    )}
  </div>`;
}
