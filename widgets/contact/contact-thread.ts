/**
 * A ticket's conversation and the reply box of <ebok-contact>, loaded only when a customer opens
 * a ticket (its own chunk: the contact chunk is close to its budget). A reply has the guarantees
 * of a new message: the text is a draft in sessionStorage (it survives a reload and reopens the
 * ticket), one Idempotency-Key per reply reused for every retry, the same attachment rules.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { idempotencyKey } from '../core/api/client';
import { getTicketConversation, replyToTicket } from '../core/api/endpoints';
import { ApiError, toApiError } from '../core/api/errors';
import type { ContactOptions, TicketConversation, TicketEntry } from '../core/api/types';
import { getConfig } from '../core/config';
import { RetryCountdown } from '../core/controllers/countdown';
import { DraftController } from '../core/controllers/draft';
import { formatInstant } from '../core/format';
import { formAlert, submitButton, textareaField } from '../core/forms/field';
import type { Translate } from '../core/i18n/keys';
import type { Lang } from '../core/i18n/languages';
import type { ResourceState } from '../core/resource';
import { errorMessage, icon, renderError, renderSkeleton } from '../core/ui';
import { REPLY_DRAFT_PREFIX } from './contact-draft';
import {
  addFiles,
  EMPTY_VALUES,
  filesSignature,
  formatBytes,
  limitFor,
  retryWaitSeconds,
  typeList,
  uploadTimeoutMs,
  validateField,
  type Attachment,
  type FieldError,
  type RejectedFile,
} from './contact-rules';

type T = Translate<'contact'>;


export type ReplySubmission =
  | { status: 'idle' }
  | { status: 'sending' }
  /** `retryIn`: seconds before sending again is allowed (Retry-After), counted down on screen — as for a new message. */
  | { status: 'failed'; error: ApiError; retryIn?: number }
  /** 409 ticket_closed: no more replies; the text is offered for a new ticket. */
  | { status: 'closed' }
  | { status: 'sent' };

/** Everything the conversation panel shows; a preview sets it as `ContactState.thread`. */
export interface ThreadState {
  ticketId: string;
  conversation: ResourceState<TicketConversation>;
  reply: string;
  files: readonly Attachment[];
  rejected: readonly RejectedFile[];
  error?: { field: 'message' | 'files'; error: FieldError } | undefined;
  submission: ReplySubmission;
  /** A reply that may have reached the server before a reload (its files must be added again). */
  resumed?: readonly Attachment[] | undefined;
}

export interface ThreadHandlers {
  back(): void;
  input(value: string): void;
  send(e: Event): void;
  pickFiles(): void;
  filesChosen(e: Event): void;
  removeFile(index: number): void;
  retry(): void;
  newTicket(): void;
}

export const NO_HANDLERS: ThreadHandlers = {
  back: () => undefined,
  input: () => undefined,
  send: (e) => e.preventDefault(),
  pickFiles: () => undefined,
  filesChosen: () => undefined,
  removeFile: () => undefined,
  retry: () => undefined,
  newTicket: () => undefined,
};

export interface ThreadViewContext {
  t: T;
  lang: Lang;
  /**
   * The Retry-After wait as the new message shows it (contact-view's renderRetryCountdown),
   * passed in so this chunk does not pull the contact view into a chunk of its own.
   */
  countdown: (retryIn: number | undefined) => TemplateResult | typeof nothing;
  options: ContactOptions | undefined;
  /** A view_only account: the conversation is shown, the reply box is not (issue #19). */
  readOnly?: boolean;
  on: ThreadHandlers;
}

interface ReplyDraft {
  v: 1;
  owner: string;
  ticketId: string;
  message: string;
  pending?: { key: string; files: Attachment[] };
}

function parseReplyDraft(data: unknown): ReplyDraft | undefined {
  const d = data as Partial<ReplyDraft> | null;
  if (!d || d.v !== 1 || typeof d.owner !== 'string' || typeof d.ticketId !== 'string' || typeof d.message !== 'string') return undefined;
  const p = d.pending;
  const pending =
    p && typeof p.key === 'string' && p.key && Array.isArray(p.files)
      ? { key: p.key, files: p.files.filter((f) => f && typeof f.name === 'string' && typeof f.size === 'number').map((f) => ({ name: f.name, size: f.size, type: String(f.type ?? '') })) }
      : undefined;
  return { v: 1, owner: d.owner, ticketId: d.ticketId, message: d.message, ...(pending ? { pending } : {}) };
}

type Host = ReactiveControllerHost & HTMLElement;

export interface ThreadDeps {
  t: T;
  /** The signed-in customer's id ('' when nobody is). */
  owner: () => string;
  /** The draft's name (the contact element's draft key), so two contact forms keep two drafts. */
  draftId: () => string;
  options: () => ContactOptions | undefined;
  /** Back to the ticket list. */
  onBack: () => void;
  /** The ticket is closed: start a new ticket with this text (and the ticket's topic and subject). */
  onNewTicket: (conversation: TicketConversation, text: string) => void;
  /** Something to announce politely (reply sent). */
  announce: (text: string) => void;
}

/** The open ticket: its conversation, the reply being written and sending it. */
export class TicketThread implements ReactiveController {
  state: ThreadState | undefined;
  private pending: { key: string; files: Attachment[] } | undefined;
  private files: File[] = [];
  private controller: AbortController | undefined;
  private run = 0;
  private readonly draft: DraftController<ReplyDraft>;
  /** Retry-After of a failed reply (429, 503): the seconds on screen, and no new request until then. */
  private readonly retryWait: RetryCountdown;

  constructor(
    private readonly host: Host,
    private readonly deps: ThreadDeps,
  ) {
    host.addController(this);
    this.draft = new DraftController<ReplyDraft>(host, {
      key: () => REPLY_DRAFT_PREFIX + (deps.draftId() || 'default'),
      parse: parseReplyDraft,
      worthKeeping: (d) => !!(d.message.trim() || d.pending),
      delayMs: 400,
    });
    this.retryWait = new RetryCountdown(host, () => deps.announce(deps.t('failed.retryNow')));
  }

  /** What the panel shows now: the state with the seconds left of a Retry-After wait. */
  get view(): ThreadState | undefined {
    const s = this.state;
    if (s?.submission.status !== 'failed' || s.submission.retryIn === undefined) return s;
    return { ...s, submission: { ...s.submission, retryIn: this.retryWait.secondsLeft } };
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** The ticket whose reply draft is stored for this customer, to reopen after a reload. */
  storedTicket(): string | undefined {
    const d = this.draft.read();
    return d && d.owner === this.deps.owner() ? d.ticketId : undefined;
  }

  open(ticketId: string): void {
    this.run++;
    this.retryWait.stop();
    this.controller?.abort();
    const stored = this.draft.read();
    const mine = stored && stored.owner === this.deps.owner() && stored.ticketId === ticketId ? stored : undefined;
    this.pending = mine?.pending;
    this.files = [];
    this.state = {
      ticketId,
      conversation: { status: 'loading' },
      reply: mine?.message ?? '',
      files: [],
      rejected: [],
      submission: { status: 'idle' },
      resumed: mine?.pending?.files,
    };
    void this.load();
  }

  /** Forget everything (sign-out, another customer): the draft too. */
  reset(clearDraft: boolean): void {
    this.run++;
    this.retryWait.stop();
    this.controller?.abort();
    if (clearDraft) this.draft.clear();
    this.state = undefined;
    this.pending = undefined;
    this.files = [];
  }

  close(): void {
    // The draft stays: coming back to the ticket finds the text.
    this.draft.flush();
    this.run++;
    this.controller?.abort();
    this.state = undefined;
    this.host.requestUpdate();
  }

  private set(patch: Partial<ThreadState>): void {
    if (!this.state) return;
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  async load(): Promise<void> {
    const s = this.state;
    if (!s) return;
    const run = this.run;
    const controller = new AbortController();
    this.controller = controller;
    this.set({ conversation: { status: 'loading' } });
    try {
      const value = await getTicketConversation(s.ticketId, { signal: controller.signal });
      if (run === this.run) this.set({ conversation: { status: 'ready', value } });
    } catch (e) {
      const error = toApiError(e);
      if (run === this.run && error.kind !== 'aborted') this.set({ conversation: { status: 'error', error } });
    }
  }

  private saveDraft(now = false): void {
    const s = this.state;
    if (!s) return;
    const make = (): ReplyDraft => ({ v: 1, owner: this.deps.owner(), ticketId: s.ticketId, message: this.state?.reply ?? s.reply, ...(this.pending ? { pending: this.pending } : {}) });
    if (now) this.draft.write(make());
    else this.draft.save(make);
  }

  readonly handlers: ThreadHandlers = {
    back: () => this.deps.onBack(),
    input: (value) => {
      this.set({ reply: value, ...(this.state?.error?.field === 'message' ? { error: undefined } : {}) });
      this.saveDraft();
    },
    send: (e) => {
      e.preventDefault();
      void this.send();
    },
    pickFiles: () => this.host.shadowRoot?.querySelector<HTMLInputElement>('#reply-files')?.click(),
    filesChosen: (e) => {
      const input = e.target as HTMLInputElement;
      const picked = [...(input.files ?? [])];
      input.value = '';
      const options = this.deps.options();
      if (!options || picked.length === 0) return;
      const { files, rejected } = addFiles(this.files, picked, options.attachments);
      this.files = files;
      this.set({ files, rejected, ...(this.state?.error?.field === 'files' ? { error: undefined } : {}) });
    },
    removeFile: (index) => {
      this.files = this.files.filter((_, i) => i !== index);
      this.set({ files: this.files, rejected: [] });
    },
    retry: () => void this.load(),
    newTicket: () => {
      const s = this.state;
      if (s?.conversation.status !== 'ready') return;
      const conversation = s.conversation.value;
      const text = s.reply;
      this.reset(true);
      this.deps.onNewTicket(conversation, text);
    },
  };

  private async send(): Promise<void> {
    const s = this.state;
    const options = this.deps.options();
    // A click during a Retry-After wait sends nothing (the button says so, aria-disabled).
    if (!s || !options || s.submission.status === 'sending' || this.retryWait.blocked) return;
    const error = validateField('message', { ...EMPTY_VALUES, message: s.reply }, options, true);
    if (error) {
      this.set({ error: { field: 'message', error }, submission: { status: 'idle' } });
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('#reply')?.focus();
      return;
    }
    // One key per reply: made once, stored before the request leaves, reused for every retry.
    this.pending = { key: this.pending?.key ?? idempotencyKey(), files: filesSignature(this.files) };
    this.saveDraft(true);
    const run = this.run;
    const controller = new AbortController();
    this.controller = controller;
    this.set({ submission: { status: 'sending' }, error: undefined, resumed: undefined });
    const form = new FormData();
    form.set('message', s.reply.trim());
    for (const f of this.files) form.append('files', f);
    const bytes = this.files.reduce((n, f) => n + f.size, 0);
    try {
      const entry = await replyToTicket(s.ticketId, form, this.pending.key, {
        signal: controller.signal,
        timeoutMs: uploadTimeoutMs(bytes, getConfig().timeoutMs),
      });
      if (run !== this.run) return;
      this.succeeded(entry);
    } catch (e) {
      if (run === this.run) this.failed(toApiError(e));
    }
  }

  private succeeded(entry: TicketEntry): void {
    const s = this.state;
    if (!s) return;
    this.draft.clear();
    this.pending = undefined;
    this.files = [];
    const c = s.conversation;
    const conversation: ResourceState<TicketConversation> =
      c.status === 'ready' ? { status: 'ready', value: { ...c.value, entries: [...c.value.entries.filter((x) => x.id !== entry.id), entry] } } : c;
    this.set({ conversation, reply: '', files: [], rejected: [], submission: { status: 'sent' } });
    this.deps.announce(this.deps.t('thread.sent'));
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(entry.id)}"]`)?.focus());
  }

  private failed(error: ApiError): void {
    if (error.kind === 'aborted') {
      this.set({ submission: { status: 'idle' }, resumed: this.pending?.files ?? [] });
      return;
    }
    if (error.code === 'ticket_closed') {
      // Nothing was added: the key is free again, the text stays for a new ticket.
      this.pending = undefined;
      this.saveDraft(true);
      this.set({ submission: { status: 'closed' } });
      void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#reply-closed')?.focus());
      return;
    }
    if (error.kind === 'conflict' && error.code === 'idempotency_conflict') {
      // An earlier attempt with this key arrived with other content: the next send is a new reply.
      this.pending = undefined;
      this.saveDraft(true);
    }
    const field = error.kind === 'validation' ? (['message', 'files'] as const).find((f) => error.fields[f]) : undefined;
    if (field) {
      const code = error.fields[field] as FieldError['code'];
      this.set({ submission: { status: 'idle' }, error: { field, error: { code } } });
      return;
    }
    const wait = retryWaitSeconds(error);
    // retryIn marks a failure that has to wait; `view` fills in the seconds left. The key stays:
    // the retry after the wait is the same reply.
    this.set({ submission: { status: 'failed', error, ...(wait > 0 ? { retryIn: wait } : {}) } });
    if (wait > 0) this.retryWait.start(wait);
    else this.retryWait.stop();
  }
}

// ---------------------------------------------------------------- view

function entryAuthor(t: T, e: TicketEntry): string {
  return e.author === 'customer' ? t('thread.you') : (e.authorName ?? t('thread.operator'));
}

function attachmentList(files: readonly { name: string; size: number }[], lang: Lang): TemplateResult {
  return html`<ul class="thread-files">
    ${files.map((f) => html`<li><span class="file-name">${f.name}</span> <span class="num muted">${formatBytes(f.size, lang)}</span></li>`)}
  </ul>`;
}

function errorText(t: T, field: 'message' | 'files', e: FieldError): string {
  if (e.code === 'required') return t('errors.required.message');
  if (e.code === 'too_long') return e.count ? t('errors.too_long', { count: e.count }) : t('errors.too_long_plain');
  return t([`errors.${e.code}` as never, 'errors.invalid']) || t(`fields.${field}`);
}

/** The conversation and the reply box. */
export function renderThread(s: ThreadState, ctx: ThreadViewContext): TemplateResult {
  const { t, on } = ctx;
  const c = s.conversation;
  // One outer template for every state: the back button (focused on opening) stays the same element.
  const back = html`<button type="button" class="btn btn-link back" part="thread-back" @click=${on.back}>← ${t('thread.back')}</button>`;
  return html`${back}${c.status === 'error'
    ? renderError(t, c.error, on.retry)
    : c.status !== 'ready'
      ? renderSkeleton(t, ['sk-line', 'sk-row', 'sk-row', 'sk-area'])
      : renderConversation(s, c.value, ctx)}`;
}

function renderConversation(s: ThreadState, value: TicketConversation, ctx: ThreadViewContext): TemplateResult {
  const { t, lang, on } = ctx;
  const { ticket, entries, failure, replyAllowed } = value;
  const time = (at: string) => html`<time datetime=${at}>${formatInstant(at, lang, { dateStyle: 'medium', timeStyle: 'short' })}</time>`;
  return html`<div class="thread" part="thread" data-ticket=${ticket.id}>
      <h3 id="thread-title" tabindex="-1"><span class="num">${ticket.number}</span> ${ticket.subject}</h3>
      <p class="muted">${t(`status.${ticket.status}`)}</p>
      ${failure
        ? html`<dl class="failure-details" part="failure-details">
            <div><dt>${t('failure.place')}</dt><dd>${failure.place}</dd></div>
            <div><dt>${t('failure.since')}</dt><dd>${time(failure.since)}</dd></div>
            <div><dt>${t('failure.phone')}</dt><dd class="num">${failure.phone}</dd></div>
          </dl>`
        : nothing}
      <ol class="entries" aria-labelledby="thread-title">
        ${entries.map((e) =>
          e.type === 'status'
            ? html`<li class="entry status-change" data-entry=${e.id} tabindex="-1">
                ${icon('info')}<span>${t('thread.statusChanged', { status: e.status ? t(`status.${e.status}`) : '' })}</span> ${time(e.at)}
              </li>`
            : html`<li class="entry" data-entry=${e.id} data-author=${e.author ?? 'operator'} tabindex="-1">
                <p class="entry-head"><strong>${entryAuthor(t, e)}</strong> ${time(e.at)}</p>
                <p class="entry-body">${e.body ?? ''}</p>
                ${e.attachments?.length ? attachmentList(e.attachments, lang) : nothing}
              </li>`,
        )}
      </ol>
      ${ctx.readOnly
        ? nothing /* the form's place already says why: one note, not two on one screen */
        : replyAllowed && s.submission.status !== 'closed'
          ? renderReply(s, ctx)
          : renderClosed(t, on)}
    </div>`;
}

function renderClosed(t: T, on: ThreadHandlers): TemplateResult {
  return html`<div class="notice closed" id="reply-closed" tabindex="-1" part="thread-closed" role="status">
    <p>${icon('lock')}<span>${t('thread.closed')}</span></p>
    <button type="button" class="btn btn-primary" part="thread-new" @click=${on.newTicket}>${t('thread.newTicket')}</button>
  </div>`;
}

function renderReply(s: ThreadState, { t, lang, on, options, countdown }: ThreadViewContext): TemplateResult {
  const sending = s.submission.status === 'sending';
  const waiting = s.submission.status === 'failed' && (s.submission.retryIn ?? 0) > 0;
  const rules = options?.attachments;
  const fileError = s.error?.field === 'files' ? errorText(t, 'files', s.error.error) : undefined;
  return html`<form class="reply" novalidate part="reply" @submit=${on.send} aria-busy=${sending ? 'true' : 'false'}>
    ${s.resumed
      ? html`<p class="notice">${icon('info')}<span>${t('resumed')}${s.resumed.length ? ` ${t('files.reattach', { names: s.resumed.map((f) => f.name).join(', ') })}` : ''}</span></p>`
      : nothing}
    ${textareaField({
      id: 'reply',
      label: t('thread.reply'),
      value: s.reply,
      rows: 4,
      ...(s.error?.field === 'message' ? { error: errorText(t, 'message', s.error.error) } : {}),
      onInput: on.input,
    })}
    ${rules
      ? html`<div class="reply-files">
          <input type="file" id="reply-files" multiple hidden tabindex="-1" accept=${rules.allowedTypes.join(',')} @change=${on.filesChosen} />
          ${s.files.length
            ? html`<ul class="file-list">
                ${s.files.map(
                  (f, i) => html`<li>
                    <span class="file-name">${f.name}</span> <span class="num muted">${formatBytes(f.size, lang)}</span>
                    <button type="button" class="btn btn-small" aria-label=${t('files.removeLabel', { name: f.name })} @click=${() => on.removeFile(i)}>
                      ${t('files.remove')}
                    </button>
                  </li>`,
                )}
              </ul>`
            : nothing}
          <button type="button" class="btn" id="reply-files-button" aria-describedby="reply-files-hint" @click=${on.pickFiles}>${t('files.add')}</button>
          <p class="hint muted" id="reply-files-hint">
            ${t('files.hint', {
              types: typeList(rules.allowedTypes, lang),
              maxFile: formatBytes(rules.maxFileBytes, lang),
              maxTotal: formatBytes(rules.maxTotalBytes, lang),
              maxFiles: rules.maxFiles,
            })}
          </p>
          ${s.rejected.length
            ? html`<ul class="rejected" role="alert">
                ${s.rejected.map(
                  (r) => html`<li>
                    <strong class="file-name">${r.name}</strong> —
                    ${t(`files.reason.${r.reason}`, {
                      types: typeList(rules.allowedTypes, lang),
                      size: formatBytes(r.size, lang),
                      limit: r.reason === 'too_many_files' ? limitFor(r.reason, rules) : formatBytes(limitFor(r.reason, rules), lang),
                    })}
                  </li>`,
                )}
              </ul>`
            : nothing}
          ${fileError ? html`<p class="field-error" role="alert">${icon('alert')}<span>${fileError}</span></p>` : nothing}
        </div>`
      : nothing}
    ${s.submission.status === 'failed'
      ? html`${formAlert(`${errorMessage(t, s.submission.error)} ${t('failed.kept')}`)} ${countdown(s.submission.retryIn)}`
      : nothing}
    ${s.submission.status === 'sent' ? formAlert(t('thread.sent'), 'success') : nothing}
    <div class="actions">
      ${waiting
        ? // Blocked until Retry-After: still focusable and announced, a click sends nothing.
          html`<button type="submit" class="btn btn-primary" part="reply-submit" aria-disabled="true">${t('thread.send')}</button>`
        : submitButton({ label: t('thread.send'), busy: sending, busyLabel: t('sending'), part: 'reply-submit' })}
    </div>
  </form>`;
}

/** Added to the contact widget's shadow root when this module loads. */
export const threadStyles = css`
  .back {
    justify-self: start;
    margin-bottom: 0.5em;
  }
  .thread {
    display: grid;
    gap: 0.75em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .thread h3 {
    font-size: 1em;
    font-weight: 600;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .entry {
    display: grid;
    gap: 0.3em;
    padding: 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    max-width: 42em;
    min-width: 0;
  }
  .entry[data-author='customer'] {
    background: var(--_surface);
    justify-self: end;
  }
  .entry[data-author='operator'] {
    justify-self: start;
    border-inline-start: 4px solid var(--_primary);
  }
  .entry-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .entry-head time,
  .status-change time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .entry-body {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .status-change {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    color: var(--_muted);
    font-size: 0.875em;
    padding: 0 0.75em;
  }
  .thread-files,
  .reply .file-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .failure-details {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .failure-details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .failure-details dt {
    font-weight: 600;
  }
  .failure-details dt::after {
    content: ':';
  }
  .failure-details dd {
    margin: 0;
  }
  .reply {
    display: grid;
    gap: 0.75em;
    max-width: 42em;
  }
  .reply-files {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .closed {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .closed p,
  .reply .notice {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
`;
