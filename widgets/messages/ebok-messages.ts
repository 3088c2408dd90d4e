import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../core/forms/request';
import { getUnreadCount, listMessages, markMessageRead } from '../core/api/endpoints';
import { toApiError } from '../core/api/errors';
import type { Message, MessageKind, MessagePage } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { defineTranslations } from '../core/i18n/i18n';
import { Resource } from '../core/resource';
import { warnOnce } from '../core/warn';
import { unreadAfterRead } from './messages-rules';
import { selectStyles } from '../core/forms/select-styles';
import { messagesStyles } from './messages-styles';
import { renderMessages, type InboxData, type MessagesState, type MoreState } from './messages-view';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    messages: typeof import('./i18n/pl.json');
  }
}

export type { MessagesState, InboxData, MoreState } from './messages-view';

const PAGE_SIZE = 20;

/**
 * The operator's messages ("Wiadomości"): notices about invoices, payments, reminders, planned
 * works and outages, and answers to tickets — unread marks, a filter by kind, opening a message
 * marks it read. A message about an invoice or a ticket offers to open it through `ebok-open`,
 * which the page (or <ebok-contact> for tickets) handles.
 *
 * With `count-only` it renders only a small unread badge (nothing while there is nothing unread)
 * and asks the API for the count alone: put it in the operator's menu next to "Wiadomości".
 *
 * @summary Inbox of the operator's messages, and an unread badge.
 *
 * @attr count-only - Only the unread badge, from `GET /messages/unread-count`; refreshed on sign-in, when the tab is shown again and when an inbox on the page reads a message.
 * @attr lang - Overrides the inherited language ("pl", "uk", "ru").
 * @prop {MessagesState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-unread - `detail: { count }`: the unread count whenever it is known or changes (0 when signed out).
 * @fires ebok-open - Cancelable; `detail: { kind: 'invoice' | 'ticket', id, label }`. Call `preventDefault()` when your page opened it.
 *
 * @csspart base - The inbox (or the badge in `count-only`).
 * @csspart unread - The "3 unread" label in the heading.
 * @csspart filter - The kind filter.
 * @csspart list - The list of messages.
 * @csspart message - A message's header button (opens and closes it).
 * @csspart message-body - An open message's text.
 * @csspart link - A link in a message (only to the operator's own domains).
 * @csspart related - "Show the invoice / ticket".
 * @csspart more - "Show older".
 * @csspart loading - Skeleton while loading.
 * @csspart retry - "Try again" after a failed load.
 *
 * @cssprop --ebok-color-primary - Unread marks and links.
 * @cssprop --ebok-color-badge - Background of the `count-only` badge (default: the debt red).
 */
export class EbokMessages extends EbokElement<'messages'> {
  static override translations = defineTranslations('messages', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, messagesStyles, selectStyles];

  @property({ type: Boolean, attribute: 'count-only', reflect: true }) countOnly = false;
  @property({ attribute: false }) preview?: MessagesState;

  @state() private kind: MessageKind | '' = '';
  @state() private open: string | undefined;
  @state() private active = 0;
  @state() private more: MoreState = { status: 'idle' };
  /** The polite live region: the same sentence twice (20 more, then 20 more) is said twice. */
  private readonly announcer = new Announcer(this);

  /** The count last announced with `ebok-unread` (undefined: none yet). */
  private emitted: number | undefined;
  private moreRun = 0;

  private readonly inbox = new Resource<InboxData, [string, string]>(this, {
    args: () => (this.preview || this.countOnly || !this.customer ? null : [this.customer.id, this.kind]),
    load: ([, kind], signal) =>
      listMessages(kind ? { kind: [kind as MessageKind], pageSize: PAGE_SIZE } : { pageSize: PAGE_SIZE }, { signal }).then(toData),
  });

  private readonly count = new Resource<number, [string]>(this, {
    args: () => (this.preview || !this.countOnly || !this.customer ? null : [this.customer.id]),
    load: (_args, signal) => getUnreadCount({ signal }).then((r) => r.unread),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('ebok-unread', this.onUnreadElsewhere);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('ebok-unread', this.onUnreadElsewhere);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** An inbox elsewhere on the page read a message: the badge follows without asking the API. */
  private readonly onUnreadElsewhere = (e: Event): void => {
    if (!this.countOnly || this.preview || e.target === this || !this.customer) return;
    const count = (e as CustomEvent<{ count: number }>).detail.count;
    this.emitted = count;
    this.count.set(count);
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.countOnly && this.count.state.status === 'ready') this.count.retry();
  };

  protected override sessionChanged(): void {
    this.open = undefined;
    this.active = 0;
    this.more = { status: 'idle' };
    this.moreRun++;
    this.kind = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.preview) return;
    const count = this.currentUnread();
    if (count !== undefined && count !== this.emitted) {
      this.emitted = count;
      this.emit('ebok-unread', { count });
    }
  }

  private currentUnread(): number | undefined {
    if (this.session.status === 'anonymous') return 0;
    if (this.countOnly) return this.count.value;
    return this.inbox.value?.unread;
  }

  private get state(): MessagesState {
    if (this.preview) return this.preview;
    if (this.countOnly) return { status: 'count', unread: this.session.status === 'anonymous' ? 0 : this.count.value };
    if (this.session.status === 'anonymous') return { status: 'signed-out' };
    const s = this.inbox.state;
    if (s.status === 'error') return { status: 'error', error: s.error, kind: this.kind };
    if (s.status === 'ready') return { status: 'ready', ...s.value, kind: this.kind, open: this.open, more: this.more };
    return { status: 'loading', kind: this.kind };
  }

  override render(): TemplateResult {
    if (!this.i18n.ready) {
      return this.countOnly
        ? html`<span part="base" class="count" hidden></span>`
        : html`<section part="base" class="messages" aria-busy="true"><span class="skeleton sk-title"></span></section>`;
    }
    const live = !this.preview;
    return renderMessages(this.state, {
      t: (k, o) => this.t(k, o),
      lang: this.language,
      landmark: (name, main) => this.landmark(name, main),
      active: this.active,
      announcement: this.announcer.text,
      pending: live && !this.countOnly && this.session.status === 'unknown',
      onKind: (kind) => {
        if (!live) return;
        this.kind = kind;
        this.open = undefined;
        this.active = 0;
        this.more = { status: 'idle' };
        this.moreRun++;
      },
      onToggle: (m) => live && this.toggle(m),
      onOpenRelated: (m) => live && this.openRelated(m),
      onMore: () => live && void this.loadMore(),
      onRetry: () => live && this.inbox.retry(),
      onRowKey: (e) => this.onRowKey(e),
      onRowFocus: (i) => (this.active = i),
    });
  }

  private toggle(m: Message): void {
    this.open = this.open === m.id ? undefined : m.id;
    if (this.open && !m.read) void this.markRead(m);
  }

  /** Shown read at once; the server's count follows; a failure puts the mark back. */
  private async markRead(m: Message): Promise<void> {
    const customer = this.customer?.id;
    this.patch(m.id, true, (unread) => unreadAfterRead(unread, m));
    try {
      const r = await markMessageRead(m.id);
      if (this.customer?.id === customer) this.patch(m.id, true, () => r.unread);
    } catch (e) {
      // Signed out meanwhile: nothing to put back.
      if (toApiError(e).kind !== 'unauthorized' && this.customer?.id === customer) this.patch(m.id, false, (unread) => unread + 1);
    }
  }

  private patch(id: string, read: boolean, unread: (n: number) => number): void {
    const data = this.inbox.value;
    if (!data) return;
    this.inbox.set({ ...data, unread: Math.max(0, unread(data.unread)), items: data.items.map((x) => (x.id === id ? { ...x, read } : x)) });
  }

  private openRelated(m: Message): void {
    const related = m.related;
    if (!related) return;
    const handled = !this.emit('ebok-open', { kind: related.kind, id: related.id, label: related.label }, { cancelable: true });
    if (!handled) {
      warnOnce(
        `messages-open-${related.kind}`,
        `Nothing on this page handled ebok-open for ${related.kind} ${related.id}: listen for it (and call preventDefault()) to open it, or add <ebok-${related.kind === 'ticket' ? 'contact' : 'invoices'}>.`,
      );
    }
  }

  private async loadMore(): Promise<void> {
    const data = this.inbox.value;
    if (!data || this.more.status === 'loading') return;
    const run = ++this.moreRun;
    const kind = this.kind;
    this.more = { status: 'loading' };
    const page = Math.floor(data.items.length / PAGE_SIZE) + 1;
    try {
      const next = await listMessages(kind ? { kind: [kind], page, pageSize: PAGE_SIZE } : { page, pageSize: PAGE_SIZE });
      const current = this.inbox.value;
      if (run !== this.moreRun || !current) return;
      const known = new Set(current.items.map((x) => x.id));
      const added = next.items.filter((x) => !known.has(x.id));
      this.inbox.set({ ...toData(next), items: [...current.items, ...added] });
      this.more = { status: 'idle' };
      this.announcer.say(this.t('loadedMore', { count: added.length }));
      // Focus the first new message, so keyboard users continue where the list grew.
      const first = current.items.length;
      this.active = first;
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>(`.toggle[data-index="${first}"]`)?.focus();
    } catch (e) {
      if (run === this.moreRun) this.more = { status: 'error', error: toApiError(e) };
    }
  }

  /** Up/Down, Home/End between the messages (one tab stop for the list). */
  private onRowKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('toggle')) return;
    const rows = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.toggle') ?? [])];
    const i = rows.indexOf(target);
    let next = i;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else return;
    e.preventDefault();
    this.active = next;
    rows[next]?.focus();
  }
}

function toData(page: MessagePage): InboxData {
  return { items: page.items, total: page.total, unread: page.unread, linkDomains: page.linkDomains };
}

await defineWidget('ebok-messages', EbokMessages);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-messages': EbokMessages;
  }
}
