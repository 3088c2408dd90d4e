/**
 * Templates of <ebok-contact>, rendered from a ContactState alone (no fetching): the element, the
 * gallery and the tests all go through here.
 */
import { describedBy } from '../core/forms/field';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiError } from '../core/api/errors';
import type { ContactOptions, MeteringPoint, Ticket, TicketStatus } from '../core/api/types';
import { formatInstant } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import type { ResourceState } from '../core/resource';
import { errorMessage, icon, renderError, renderSkeleton } from '../core/ui';
import {
  acceptAttribute,
  errorFields,
  formatBytes,
  limitFor,
  progressPercent,
  progressStep,
  textLength,
  typeList,
  type Attachment,
  type ContactValues,
  type FieldError,
  type FieldErrors,
  type FieldKey,
  type RejectedFile,
  type TextField,
} from './contact-rules';
import type { Translate, TranslationKey } from '../core/i18n/keys';
import type { ThreadState } from './contact-thread';

export type Submission =
  | { status: 'idle' }
  | { status: 'sending'; loaded: number; total: number }
  /** `retryIn`: seconds before sending again is allowed (Retry-After), counted down on screen. */
  | { status: 'failed'; error: ApiError; retryIn?: number }
  | { status: 'sent'; ticket: Ticket; email: string; copy?: 'copied' | 'failed' };

export type HistoryState = { status: 'signed-out' } | ResourceState<readonly Ticket[]>;

/** Everything the widget shows. Set it as `preview` to render exactly this state. */
export interface ContactState {
  /** Topics and limits from the API; the form waits for them. */
  options: ResourceState<ContactOptions>;
  /** Signed in: no name field, e-mail and phone prefilled, history shown. */
  signedIn: boolean;
  values: ContactValues;
  errors: FieldErrors;
  /** Show the error summary (after a submit with errors). */
  showSummary: boolean;
  files: readonly Attachment[];
  rejected: readonly RejectedFile[];
  submission: Submission;
  /** A submission restored from the draft after a reload (with the files it carried). */
  resumed?: { files: readonly Attachment[] } | undefined;
  history: HistoryState;
  /** Polite announcement (files added or removed, characters left). */
  announcement?: string | undefined;
  /** An open ticket's conversation (shown instead of the history list). */
  thread?: ThreadState | undefined;
  /** "Zgłoś awarię": the form asks for the place, since when and a phone (contact-failure.ts). */
  mode?: 'message' | 'failure';
  /** The account's metering points, the places of a failure report. */
  points?: readonly MeteringPoint[];
  /**
   * A view_only account (issue #19): no new message, failure report or reply is sent for it (the
   * API answers 403 account_read_only); its tickets and their conversations stay readable.
   */
  readOnly?: boolean;
}

export interface ContactHandlers {
  input(field: TextField, value: string): void;
  blur(field: TextField): void;
  submit(e: Event): void;
  pickFiles(): void;
  filesChosen(e: Event): void;
  removeFile(index: number): void;
  focusField(field: FieldKey, e: Event): void;
  retryOptions(): void;
  retryHistory(): void;
  sendAsNew(): void;
  copy(): void;
  another(): void;
  openTicket(id: string): void;
  switchMode(): void;
}

type T = Translate<'contact'>;

export interface ViewContext {
  t: T;
  lang: Lang;
  /** The accessible name of a landmark, unique on the page (EbokElement.landmark). */
  landmark: (name: string, main?: boolean) => string;
  on: ContactHandlers;
  /** Renders `state.thread` once its module (contact-thread.ts, a chunk of its own) is loaded. */
  thread?: ((state: ThreadState) => TemplateResult) | undefined;
  /** The failure report's own fields, once contact-failure.ts is loaded. */
  failureFields?: (() => TemplateResult) | undefined;
}

const attachIcon = svg`<path d="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6h-1.5z"/>`;
const copyIcon = svg`<path d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z"/>`;
const ownIcon = (path: ReturnType<typeof svg>) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

const STATUS_ICON: Record<TicketStatus, Parameters<typeof icon>[0]> = {
  new: 'info',
  in_progress: 'clock',
  resolved: 'check',
};

/** The whole widget. */
export function renderContact(state: ContactState, ctx: ViewContext): TemplateResult {
  const { t, lang } = ctx;
  return html`<div part="base" class="contact" lang=${lang}>
    <section class="panel" aria-label=${ctx.landmark(t('title'), true)}>
      <h2 id="contact-title">${state.mode === 'failure' ? t('failure.title') : t('title')}</h2>
      ${renderMain(state, ctx)}
    </section>
    ${renderHistory(state, ctx)}
  </div>`;
}

function renderMain(state: ContactState, ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const o = state.options;
  if (o.status === 'error') return renderError(t, o.error, ctx.on.retryOptions);
  if (o.status !== 'ready') {
    return renderSkeleton(t, ['sk-line', 'sk-field', 'sk-field', 'sk-area', 'sk-field', 'sk-field', 'sk-button']);
  }
  if (state.submission.status === 'sent') return renderSuccess(state.submission, ctx);
  if (state.readOnly && state.signedIn) return renderReadOnly(t);
  return renderForm(state, o.value, ctx);
}

/** Instead of a form that could only be refused: who can write, and that the history stays. */
export function renderReadOnly(t: T): TemplateResult {
  return html`<div class="notice" part="read-only" role="note"><p>${icon('info')}<span>${t('readOnly')}</span></p></div>`;
}

// ---------------------------------------------------------------- form

function errorText(t: T, field: FieldKey, error: FieldError): string {
  if (error.code === 'required') return t(`errors.required.${field}`);
  if (error.code === 'too_long') return error.count ? t('errors.too_long', { count: error.count }) : t('errors.too_long_plain');
  // An API code without a text of its own falls back to "errors.invalid" (i18next tries the keys in order).
  return t([`errors.${error.code}` as TranslationKey<'contact'>, 'errors.invalid']);
}

function fieldError(t: T, field: FieldKey, error: FieldError | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p class="field-error" id="${field}-error" part="field-error">${icon('alert')}<span>${errorText(t, field, error)}</span></p>`
    : nothing;
}

function label(t: T, field: FieldKey, optional = false): TemplateResult {
  return html`<label for=${field} class="label"
    >${t(`fields.${field}`)}${optional ? html` <span class="muted optional">${t('optional')}</span>` : nothing}</label
  >`;
}

function renderForm(state: ContactState, options: ContactOptions, ctx: ViewContext): TemplateResult {
  const { t, lang, on } = ctx;
  const { values, errors } = state;
  const sending = state.submission.status === 'sending';
  const input = (field: TextField) => (e: Event) => on.input(field, (e.target as HTMLInputElement).value);
  const blur = (field: TextField) => () => on.blur(field);
  const inv = (field: FieldKey) => (errors[field] ? 'true' : 'false');
  const failure = state.mode === 'failure';

  const textInput = (field: 'subject' | 'name' | 'email' | 'phone', attrs: { type?: string; autocomplete: string; inputmode?: string; hint?: string }) =>
    html`<div class="field" data-field=${field}>
      ${failure && field === 'phone' ? html`<label for="phone" class="label">${t('failure.phone')}</label>` : label(t, field, field === 'phone')}
      <input
        id=${field}
        name=${field}
        type=${attrs.type ?? 'text'}
        autocomplete=${attrs.autocomplete}
        inputmode=${attrs.inputmode ?? nothing}
        spellcheck=${field === 'subject' ? 'true' : 'false'}
        aria-invalid=${inv(field)}
        aria-describedby=${describedBy(attrs.hint && `${field}-hint`, !!errors[field] && `${field}-error`)}
        .value=${live(values[field])}
        @input=${input(field)}
        @blur=${blur(field)}
      />
      ${attrs.hint ? html`<p class="hint muted" id="${field}-hint">${attrs.hint}</p>` : nothing}
      ${fieldError(t, field, errors[field])}
    </div>`;

  const messageLength = textLength(values.message);
  const over = messageLength > options.messageMaxLength;

  return html`<form novalidate part="form" @submit=${on.submit} aria-busy=${sending ? 'true' : 'false'}>
    <p class="muted intro">${failure ? t('failure.intro') : t('intro')}${state.signedIn ? nothing : html` ${t('anonymousIntro')}`}</p>
    <p class="mode-switch">
      <button type="button" class="btn-link" part="mode-switch" @click=${on.switchMode}>${failure ? t('failure.switchBack') : t('failure.switch')}</button>
    </p>
    ${state.resumed ? renderResumed(state.resumed.files, t) : nothing}
    ${state.showSummary ? renderSummary(state.errors, ctx) : nothing}

    ${failure
      ? (ctx.failureFields?.() ?? nothing)
      : html`<div class="field" data-field="topicId">
      ${label(t, 'topicId')}
      <select
        id="topicId"
        name="topicId"
        aria-invalid=${inv('topicId')}
        aria-describedby=${describedBy(!!errors.topicId && 'topicId-error')}
        @change=${input('topicId')}
        @blur=${blur('topicId')}
      >
        <option value="" .selected=${!values.topicId}>${t('topicPlaceholder')}</option>
        ${options.topics.map(
          (topic) => html`<option value=${topic.id} .selected=${values.topicId === topic.id}>${topic.label[lang]}</option>`,
        )}
      </select>
      ${fieldError(t, 'topicId', errors.topicId)}
    </div>

    ${textInput('subject', { autocomplete: 'off' })}`}

    <div class="field" data-field="message">
      ${failure ? html`<label for="message" class="label">${t('failure.message')}</label>` : label(t, 'message')}
      <textarea
        id="message"
        name="message"
        rows="6"
        aria-invalid=${inv('message')}
        aria-describedby=${describedBy('message-counter', !!errors.message && 'message-error')}
        .value=${live(values.message)}
        @input=${input('message')}
        @blur=${blur('message')}
      ></textarea>
      <p class="counter ${over ? 'over' : ''}" id="message-counter" part="counter">
        <span aria-hidden="true" class="num counter-text">${over ? icon('alert') : nothing}${t('counter', {
          count: messageLength,
          max: options.messageMaxLength,
        })}</span>
        <span class="visually-hidden">${t('counterLabel', { count: messageLength, max: options.messageMaxLength })}</span>
      </p>
      ${fieldError(t, 'message', errors.message)}
    </div>

    ${state.signedIn ? nothing : textInput('name', { autocomplete: 'name' })}
    <div class="pair">
      ${textInput('email', { type: 'email', autocomplete: 'email', inputmode: 'email' })}
      ${textInput('phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: t('phoneHint') })}
    </div>

    ${renderFiles(state, options, ctx)}
    ${renderFailure(state.submission, ctx)}
    ${state.submission.status === 'sending' ? renderProgress(state.submission, t) : nothing}

    ${isConflict(state.submission)
      ? nothing
      : html`<div class="actions">
      <button
        type="submit"
        class="btn btn-primary"
        part="submit"
        aria-disabled=${sending || (state.submission.status === 'failed' && (state.submission.retryIn ?? 0) > 0) ? 'true' : 'false'}
      >
        ${sending ? t('sending') : t('send')}
      </button>
    </div>`}
    <p class="visually-hidden" role="status" aria-live="polite" id="announcer">${announcement(state, t)}</p>
  </form>`;
}

function announcement(state: ContactState, t: T): string {
  const s = state.submission;
  if (s.status === 'sending') return t('progress', { percent: progressStep(progressPercent(s.loaded, s.total)) });
  return state.announcement ?? '';
}

function renderResumed(files: readonly Attachment[], t: T): TemplateResult {
  return html`<div class="notice" part="notice" data-kind="resumed">
    <p>${icon('info')}<span>${t('resumed')}</span></p>
    ${files.length
      ? html`<p class="reattach">${t('files.reattach', { names: files.map((f) => f.name).join(', ') })}</p>`
      : nothing}
  </div>`;
}

function renderSummary(errors: FieldErrors, { t, on }: ViewContext): TemplateResult | typeof nothing {
  const fields = errorFields(errors);
  if (fields.length === 0) return nothing;
  return html`<div class="summary" id="error-summary" role="alert" tabindex="-1" part="error-summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${icon('alert')}<span>${t('summary', { count: fields.length })}</span></h3>
    <ul>
      ${fields.map(
        (f) => html`<li>
          <a href="#${f === 'files' ? 'files-button' : f}" @click=${(e: Event) => on.focusField(f, e)}
            >${t(`fields.${f}`)}: ${errorText(t, f, errors[f]!)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

function renderFiles(state: ContactState, options: ContactOptions, { t, lang, on }: ViewContext): TemplateResult {
  const rules = options.attachments;
  const types = typeList(rules.allowedTypes, lang);
  const hint = t('files.hint', {
    types,
    maxFile: formatBytes(rules.maxFileBytes, lang),
    maxTotal: formatBytes(rules.maxTotalBytes, lang),
    maxFiles: rules.maxFiles,
  });
  const error = state.errors.files;
  return html`<fieldset class="files" part="attachments" aria-describedby=${describedBy('files-hint', !!error && 'files-error')}>
    <legend class="label">${t('fields.files')} <span class="muted optional">${t('optional')}</span></legend>
    <p class="hint muted" id="files-hint">${hint}</p>
    <input
      type="file"
      id="files"
      multiple
      hidden
      tabindex="-1"
      accept=${acceptAttribute(rules.allowedTypes)}
      @change=${on.filesChosen}
    />
    ${state.files.length
      ? html`<ul class="file-list" part="file-list">
          ${state.files.map(
            (f, i) => html`<li>
              <span class="file-name">${ownIcon(attachIcon)}<span>${f.name}</span></span>
              <span class="num muted file-size">${formatBytes(f.size, lang)}</span>
              <button
                type="button"
                class="btn btn-small remove"
                data-index=${i}
                aria-label=${t('files.removeLabel', { name: f.name })}
                @click=${() => on.removeFile(i)}
              >
                ${t('files.remove')}
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
    <button
      type="button"
      class="btn add-files"
      id="files-button"
      part="add-files"
      aria-describedby=${describedBy('files-hint', !!error && 'files-error')}
      @click=${on.pickFiles}
    >
      ${ownIcon(attachIcon)} ${t('files.add')}
    </button>
    ${state.rejected.length
      ? html`<div class="rejected" role="alert" part="rejected-files">
          <p>${icon('alert')}<span>${t('files.rejectedTitle')}</span></p>
          <ul>
            ${state.rejected.map(
              (r) => html`<li>
                <strong class="file-name">${r.name}</strong> —
                ${t(`files.reason.${r.reason}`, {
                  types,
                  size: formatBytes(r.size, lang),
                  limit:
                    r.reason === 'too_many_files' ? limitFor(r.reason, rules) : formatBytes(limitFor(r.reason, rules), lang),
                })}
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${fieldError(t, 'files', error)}
  </fieldset>`;
}

/**
 * The same Idempotency-Key was used for a different message: an earlier attempt got through.
 * Sending again with that key can only fail, so the one way forward is a new ticket.
 */
function isConflict(s: Submission): boolean {
  return s.status === 'failed' && s.error.kind === 'conflict' && s.error.retryAfterSeconds === undefined;
}

function renderFailure(s: Submission, { t, on }: ViewContext): TemplateResult | typeof nothing {
  if (s.status !== 'failed') return nothing;
  if (isConflict(s)) {
    return html`<div class="failure" role="alert" part="error" data-kind="conflict">
      <p class="state-title">${icon('alert')}<span>${t('conflict.title')}</span></p>
      <p>${t('conflict.text')}</p>
      <button type="button" class="btn btn-primary" part="send-new" @click=${on.sendAsNew}>${t('conflict.sendNew')}</button>
    </div>`;
  }
  // The countdown sits outside the alert: read once with the alert, not again every second.
  return html`<div class="failure" role="alert" part="error" data-kind=${s.error.kind}>
      <p class="state-title">${icon('alert')}<span>${t('failed.title')}</span></p>
      <p>${errorMessage(t, s.error)}</p>
      <p>${s.error.kind === 'validation' ? t('failed.validation') : t('failed.kept')}</p>
    </div>
    ${renderRetryCountdown(t, s.retryIn)}`;
}

/** The Retry-After wait of a new message and of a reply alike: the seconds left, then "you can send again". */
export function renderRetryCountdown(t: T, retryIn: number | undefined): TemplateResult | typeof nothing {
  return retryIn !== undefined
    ? html`<p class="countdown" part="countdown">
        ${icon('clock')}<span>${retryIn > 0 ? t('failed.retryIn', { count: retryIn }) : t('failed.retryNow')}</span>
      </p>`
    : nothing;
}

function renderProgress(s: { loaded: number; total: number }, t: T): TemplateResult {
  const percent = progressPercent(s.loaded, s.total);
  return html`<div class="progress" part="progress">
    <span class="progress-label" id="progress-label">${t('sending')}</span>
    <progress max="100" .value=${percent} aria-labelledby="progress-label" aria-valuetext=${t('progress', { percent })}></progress>
    <span class="num" aria-hidden="true">${percent}%</span>
  </div>`;
}

// ---------------------------------------------------------------- success

function renderSuccess(s: Extract<Submission, { status: 'sent' }>, { t, on }: ViewContext): TemplateResult {
  return html`<div class="success" part="success">
    <p class="success-title">${icon('check')}<span>${t('success.title')}</span></p>
    <p class="ticket" id="ticket" tabindex="-1" part="ticket">
      <span class="ticket-label">${t('success.number')}</span>
      <strong class="ticket-number num" part="ticket-number">${s.ticket.number}</strong>
    </p>
    <p class="muted">${t('success.note', { email: s.email })}</p>
    <div class="actions">
      <button type="button" class="btn" part="copy" @click=${on.copy}>${ownIcon(copyIcon)} ${t('success.copy')}</button>
      <button type="button" class="btn btn-link another" @click=${on.another}>${t('success.another')}</button>
    </div>
    <p class="copy-status" role="status">
      ${s.copy === 'copied' ? html`${icon('check')} ${t('success.copied')}` : nothing}
      ${s.copy === 'failed' ? t('success.copyFailed') : nothing}
    </p>
  </div>`;
}

// ---------------------------------------------------------------- history

function renderHistory(state: ContactState, ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const h = state.history;
  // Not yet known whether anyone is signed in: reserve nothing rather than flash the wrong thing.
  if (h.status === 'idle') return html``;
  if (h.status === 'signed-out') {
    return html`<p class="muted history-hint" part="history-signed-out">${icon('lock')} ${t('history.signedOut')}</p>`;
  }
  return html`<section class="panel history" part="history" aria-label=${ctx.landmark(t('history.title'))}>
    <h2 id="history-title">${t('history.title')}</h2>
    ${state.thread
      ? ctx.thread
        ? ctx.thread(state.thread)
        : renderSkeleton(t, ['sk-line', 'sk-row', 'sk-row', 'sk-area'])
      : h.status === 'error'
      ? renderError(t, h.error, ctx.on.retryHistory)
      : h.status !== 'ready'
        ? renderSkeleton(t, ['sk-row', 'sk-row', 'sk-row'])
        : h.value.length === 0
          ? html`<p class="muted" data-kind="empty">${t('history.empty')}</p>`
          : renderTickets(h.value, state.options, ctx)}
  </section>`;
}

function topicLabel(id: string, options: ResourceState<ContactOptions>, lang: Lang): string {
  const topic = options.status === 'ready' ? options.value.topics.find((x) => x.id === id) : undefined;
  return topic ? topic.label[lang] : id;
}

function statusBadge(status: TicketStatus, t: T): TemplateResult {
  return html`<span class="status" data-status=${status}>${icon(STATUS_ICON[status])}<span>${t(`status.${status}`)}</span></span>`;
}

/** The ticket number opens its conversation. */
function openButton(ticket: Ticket, { t, on }: ViewContext): TemplateResult {
  return html`<button
    type="button"
    class="btn-link num open-ticket"
    data-open=${ticket.id}
    aria-label=${t('thread.open', { number: ticket.number })}
    @click=${() => on.openTicket(ticket.id)}
  >${ticket.number}</button>`;
}

function renderTickets(tickets: readonly Ticket[], options: ResourceState<ContactOptions>, ctx: ViewContext): TemplateResult {
  const { t, lang } = ctx;
  const date = (ticket: Ticket) =>
    html`<time datetime=${ticket.createdAt}>${formatInstant(ticket.createdAt, lang, { dateStyle: 'medium', timeStyle: 'short' })}</time>`;
  return html`<div class="table-wrap">
      <table part="history-table">
        <thead>
          <tr>
            <th scope="col">${t('history.number')}</th>
            <th scope="col">${t('history.topic')}</th>
            <th scope="col">${t('history.subject')}</th>
            <th scope="col">${t('history.date')}</th>
            <th scope="col">${t('history.status')}</th>
          </tr>
        </thead>
        <tbody>
          ${tickets.map(
            (ticket) => html`<tr data-id=${ticket.id}>
              <th scope="row" class="num">${openButton(ticket, ctx)}</th>
              <td>${topicLabel(ticket.topicId, options, lang)}</td>
              <td class="subject">${ticket.subject}</td>
              <td>${date(ticket)}</td>
              <td>${statusBadge(ticket.status, t)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <ul class="cards" part="history-cards" aria-labelledby="history-title">
      ${tickets.map(
        (ticket) => html`<li class="card" data-id=${ticket.id}>
          <p class="card-head"><span class="card-number">${openButton(ticket, ctx)}</span>${statusBadge(ticket.status, t)}</p>
          <p class="card-subject">${ticket.subject}</p>
          <dl>
            <div><dt>${t('history.topic')}</dt><dd>${topicLabel(ticket.topicId, options, lang)}</dd></div>
            <div><dt>${t('history.date')}</dt><dd>${date(ticket)}</dd></div>
          </dl>
        </li>`,
      )}
    </ul>`;
}
