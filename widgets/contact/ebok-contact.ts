import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { OpenRequests } from '../core/open-requests';
import { idempotencyKey } from '../core/api/client';
import * as api from '../core/api/endpoints';
import { ApiError, toApiError } from '../core/api/errors';
import type { Ticket } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { getConfig } from '../core/config';
import { defineTranslations } from '../core/i18n/i18n';
import { Resource } from '../core/resource';
import { customerOf, type SessionState } from '../core/session';
import { RetryCountdown } from '../core/controllers/countdown';
import { DraftController, readStored } from '../core/controllers/draft';
import { FocusAfterUpdate } from '../core/controllers/focus';
import { draftStorageKey, hasContent, parseDraft, REPLY_DRAFT_PREFIX, type Draft, type PendingSubmission } from './contact-draft';
import type { TicketThread } from './contact-thread';
import {
  addFiles,
  buildTicketForm,
  EMPTY_VALUES,
  errorFields,
  errorsFromApi,
  filesSignature,
  isTicket,
  remainingStep,
  retryWaitSeconds,
  sortTickets,
  textLength,
  uploadTimeoutMs,
  validateAll,
  validateField,
  type Attachment,
  type ContactValues,
  type FieldErrors,
  type FieldKey,
  type RejectedFile,
  type TextField,
} from './contact-rules';
import { formStyles } from '../core/forms/form-styles';
import { contactStyles } from './contact-styles';
import { renderContact, renderRetryCountdown, type ContactHandlers, type ContactState, type HistoryState, type Submission } from './contact-view';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    contact: typeof import('./i18n/pl.json');
  }
}

export type { ContactState, Submission, HistoryState } from './contact-view';
export type { ContactValues, Attachment, RejectedFile, FieldErrors } from './contact-rules';

export interface TicketCreatedDetail {
  /** The created ticket; `number` is what the customer quotes ("Numer zgłoszenia"). */
  ticket: Ticket;
}

declare module '../core/events' {
  interface EbokEventMap {
    'ebok-ticket-created': CustomEvent<TicketCreatedDetail>;
  }
}

/** How long typing must pause before the draft is written. */
const SAVE_DELAY_MS = 400;

/**
 * Contact form ("Kontakt") that never loses a message or sends it twice, with the signed-in
 * customer's ticket history ("Historia zgłoszeń").
 *
 * Works signed out too (name and e-mail required). The text fields are kept as a draft in
 * sessionStorage for this tab (saved while typing, restored after a reload, cleared after success
 * and on logout). Every retry of one message reuses its Idempotency-Key, also across a reload.
 *
 * @summary Contact form with attachments, a safe retry and ticket history.
 *
 * @attr draft-key - Name of this form's draft, when a page has several forms (default: the
 *   element's `id`, else one shared draft). Set it before the element is connected.
 * @attr lang - Language of this widget only (pl, uk, ru).
 * @prop {ContactState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-ticket-created - A ticket was created (detail: `{ ticket }`); fired once per ticket.
 *
 * @csspart base - The widget's frame.
 * @csspart form - The contact form.
 * @csspart error-summary - The list of errors shown on submit.
 * @csspart field-error - An error message under a field.
 * @csspart counter - The message's character counter.
 * @csspart attachments - The attachments group.
 * @csspart add-files - The "add files" button.
 * @csspart file-list - The attached files.
 * @csspart rejected-files - Files that were not attached, with the reasons.
 * @csspart progress - The upload progress.
 * @csspart submit - The send button.
 * @csspart error - A failed submission or a failed load.
 * @csspart notice - A submission restored after a reload.
 * @csspart send-new - "Send as a new ticket" after an idempotency conflict.
 * @csspart success - The confirmation.
 * @csspart ticket - The ticket number block (focused after sending).
 * @csspart ticket-number - The ticket number itself.
 * @csspart copy - The copy button.
 * @csspart history - The ticket history.
 * @csspart history-table - The history as a table (wide containers).
 * @csspart history-cards - The history as cards (narrow containers).
 * @csspart history-signed-out - The hint shown instead of history when signed out.
 * @csspart loading - Skeleton while loading.
 * @csspart retry - "Try again" after a failed load.
 *
 * @cssprop --ebok-color-field-border - Border of inputs (default #6b737d, 3:1 on white).
 * @cssprop --ebok-color-primary - Buttons, links, "new" status.
 * @cssprop --ebok-color-error - Errors.
 * @cssprop --ebok-color-success - Confirmation, "resolved" status.
 * @cssprop --ebok-color-warning - "In progress" status.
 */
export class EbokContact extends EbokElement<'contact'> {
  static override translations = defineTranslations('contact', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, formStyles, contactStyles];

  @property({ attribute: 'draft-key' }) draftKey = '';
  @property({ attribute: false }) preview: ContactState | undefined;
  /** `failure`: "Zgłoś awarię" — the place (a metering point of the account or another address), since when, a callback phone. */
  @property({ reflect: true }) mode: 'message' | 'failure' = 'message';
  /** contact-failure.ts (its own chunk), once the failure mode was used. */
  @state() private failureModule: typeof import('./contact-failure') | undefined;

  @state() private values: ContactValues = { ...EMPTY_VALUES };
  @state() private errors: FieldErrors = {};
  @state() private showSummary = false;
  @state() private files: File[] = [];
  @state() private rejected: RejectedFile[] = [];
  @state() private submission: Submission = { status: 'idle' };
  @state() private resumed: { files: readonly Attachment[] } | undefined;
  @state() private announcement = '';

  /** The submission that may have reached the server; its key is reused until success. */
  private pending: PendingSubmission | undefined;
  /** The customer typed something since the form was (re)set: a late draft restore must not overwrite it. */
  private dirty = false;
  /** Whose draft was last looked for ('' = signed out); undefined until the session is known. */
  private restoredFor: string | undefined;
  /** Bumped on every reset, so a late answer for an abandoned submission is ignored. */
  private run = 0;
  private upload: AbortController | undefined;
  private lastRemainingStep: number | undefined;
  /** The draft (restore, debounced save, flush on pagehide/hidden/removal, cleared on logout). */
  private readonly draft = new DraftController<Draft>(this, {
    key: () => this.storageKey,
    parse: parseDraft,
    worthKeeping: hasContent,
    delayMs: SAVE_DELAY_MS,
  });
  /** Retry-After of a failed submission: the seconds on screen, and no new request until then. */
  private readonly retryWait = new RetryCountdown(this, () => (this.announcement = this.t('failed.retryNow')));
  private readonly focusNext = new FocusAfterUpdate(this);
  /** The conversation module (its own chunk), once a ticket was opened. */
  @state() private threadModule: typeof import('./contact-thread') | undefined;
  private thread: TicketThread | undefined;

  private readonly options = new Resource(this, {
    args: () => (this.preview ? null : (['contact-options'] as const)),
    load: (_args, signal) => api.getContactOptions({ signal }),
  });

  private readonly history = new Resource(this, {
    args: () => (!this.preview && this.customer ? ([this.customer.id] as const) : null),
    load: (_args, signal) => api.listTickets({ signal }).then((list) => sortTickets(list.items)),
  });

  /** The account's metering points: the places a failure can be reported for. */
  private readonly points = new Resource(this, {
    args: () => (!this.preview && this.isFailure && this.customer ? ([this.customer.id] as const) : null),
    load: (_args, signal) => api.listMeteringPoints({ signal }).then((r) => r.points),
  });

  private get isFailure(): boolean {
    return (this.preview?.mode ?? this.mode) === 'failure';
  }

  private async loadFailure(): Promise<void> {
    if (this.failureModule) return;
    const mod = await import('./contact-failure');
    this.failureModule = mod;
    if (!this.preview && !this.values.since) this.values = { ...this.values, since: mod.warsawLocalNow() };
  }

  private get storageKey(): string {
    return draftStorageKey(this.draftKey || this.id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Nobody would see the answer; the key stays in the draft for the next attempt.
    this.upload?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.isFailure && !this.failureModule) void this.loadFailure();
    if (this.preview) {
      if (this.preview.thread) void this.loadThread();
      return;
    }
    const who = this.session.status === 'unknown' ? undefined : (this.customer?.id ?? '');
    if (who !== undefined && who !== this.restoredFor) {
      this.restoredFor = who;
      this.adopt(who);
    }
  }

  /** The session became known or changed: restore this person's draft, prefill their contact data. */
  private adopt(who: string): void {
    const draft = this.draft.read();
    if (draft && !this.dirty) {
      if (draft.owner === null || draft.owner === who) {
        this.values = { ...draft.values };
        this.pending = draft.pending;
        this.resumed = draft.pending ? { files: draft.pending.files } : undefined;
      } else if (who !== '') {
        // Written by another customer in this tab (who signed out on a page without this widget).
        this.draft.clear();
      }
      // A customer's draft while nobody is signed in stays stored until they sign in again.
    }
    const customer = this.customer;
    // A reply was being written before the reload: open its ticket again, the text is there.
    const reply = customer ? readStored(this.replyKey, (d) => d as { owner?: unknown; ticketId?: unknown }) : undefined;
    if (customer && reply?.owner === customer.id && typeof reply.ticketId === 'string') void this.openTicket(reply.ticketId, false);
    if (customer) {
      this.values = {
        ...this.values,
        email: this.values.email || customer.email,
        phone: this.values.phone || (customer.phone ?? ''),
      };
    }
  }

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    const before = customerOf(previous)?.id;
    if (before && before !== customerOf(next)?.id) {
      // Signed out (or someone else signed in): nothing of this customer may stay behind.
      this.draft.clear();
      this.resetForm();
      this.submission = { status: 'idle' };
      this.restoredFor = undefined;
      this.thread?.reset(true);
    }
  }

  private resetForm(): void {
    this.run++;
    this.upload?.abort();
    this.upload = undefined;
    this.draft.cancel();
    this.retryWait.stop();
    this.values = { ...EMPTY_VALUES };
    this.errors = {};
    this.showSummary = false;
    this.files = [];
    this.rejected = [];
    this.pending = undefined;
    this.resumed = undefined;
    this.announcement = '';
    this.dirty = false;
    this.lastRemainingStep = undefined;
  }

  private currentDraft(): Draft {
    return { v: 1, owner: this.customer?.id ?? null, values: this.values, ...(this.pending ? { pending: this.pending } : {}) };
  }

  // ---------------------------------------------------------------- handlers

  private readonly handlers: ContactHandlers = {
    input: (field, value) => this.onInput(field, value),
    blur: (field) => this.onBlur(field),
    submit: (e) => {
      e.preventDefault();
      void this.send();
    },
    pickFiles: () => this.shadowRoot?.querySelector<HTMLInputElement>('#files')?.click(),
    filesChosen: (e) => this.onFilesChosen(e.target as HTMLInputElement),
    removeFile: (index) => void this.removeFile(index),
    focusField: (field, e) => this.focusField(field, e),
    retryOptions: () => this.options.retry(),
    retryHistory: () => this.history.retry(),
    sendAsNew: () => {
      this.pending = undefined;
      void this.send();
    },
    copy: () => void this.copyNumber(),
    another: () => this.another(),
    openTicket: (id) => void this.openTicket(id),
    switchMode: () => {
      this.mode = this.mode === 'failure' ? 'message' : 'failure';
      this.errors = {};
      this.showSummary = false;
      this.focusNext.request('[part="mode-switch"]');
    },
  };

  /** In a preview, controls do nothing but move focus. */
  private readonly previewHandlers: ContactHandlers = {
    input: () => undefined,
    blur: () => undefined,
    submit: (e) => e.preventDefault(),
    pickFiles: () => undefined,
    filesChosen: () => undefined,
    removeFile: () => undefined,
    focusField: (field, e) => this.focusField(field, e),
    retryOptions: () => undefined,
    retryHistory: () => undefined,
    sendAsNew: () => undefined,
    copy: () => undefined,
    another: () => undefined,
    openTicket: () => undefined,
    switchMode: () => undefined,
  };

  // ---------------------------------------------------------------- conversations

  private get replyKey(): string {
    return REPLY_DRAFT_PREFIX + ((this.draftKey || this.id).trim() || 'default');
  }

  /** A message elsewhere on the page ("Odpowiedź na zgłoszenie") asks for a ticket: open it here. */
  protected readonly openRequests = new OpenRequests(
    this,
    'ticket',
    () => !!this.customer && !this.preview,
    (id) => void this.openTicket(id).then(() => this.scrollIntoView({ block: 'start' })),
  );

  private async loadThread(): Promise<typeof import('./contact-thread')> {
    const mod = this.threadModule ?? (await import('./contact-thread'));
    if (!this.threadModule) {
      const root = this.renderRoot as ShadowRoot;
      const sheet = mod.threadStyles.styleSheet;
      // Constructable stylesheets only (strict CSP: no <style> elements).
      if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.threadModule = mod;
    }
    return mod;
  }

  private async openTicket(id: string, focus = true): Promise<void> {
    const mod = await this.loadThread();
    this.thread ??= new mod.TicketThread(this, {
      t: (k, o) => this.t(k, o),
      owner: () => this.customer?.id ?? '',
      draftId: () => (this.draftKey || this.id).trim(),
      options: () => this.options.value,
      onBack: () => this.closeThread(),
      onNewTicket: (c, text) => this.newTicketFrom(c.ticket, text),
      announce: (text) => (this.announcement = text),
    });
    this.thread.open(id);
    this.requestUpdate();
    if (focus) this.focusNext.request('.back');
  }

  private closeThread(): void {
    const id = this.thread?.state?.ticketId;
    this.thread?.close();
    // Back on the list: the ticket's own button (the visible one of table and cards).
    this.focusNext.request(() => [...(this.shadowRoot?.querySelectorAll<HTMLElement>(`[data-open="${id}"]`) ?? [])].find((b) => b.offsetParent !== null));
  }

  /** A closed ticket: the reply becomes a new ticket about the same thing, nothing retyped. */
  private newTicketFrom(ticket: Ticket, text: string): void {
    this.thread?.close();
    const max = this.options.value?.subjectMaxLength ?? 120;
    const subject = [...this.t('thread.newSubject', { number: ticket.number, subject: ticket.subject })].slice(0, max).join('');
    this.values = { ...this.values, topicId: ticket.topicId, subject, message: text || this.values.message };
    this.dirty = true;
    this.submission = { status: 'idle' };
    this.draft.save(() => this.currentDraft());
    this.focusNext.request('#message');
  }

  private onInput(field: TextField, value: string): void {
    this.values = { ...this.values, [field]: value };
    this.dirty = true;
    const options = this.options.value;
    if (options) {
      const error = validateField(field, this.values, options, !!this.customer);
      // Fix errors as they are corrected; complain while typing only about a text that got too long.
      if (this.errors[field] || error?.code === 'too_long') this.setError(field, error);
      if (field === 'message') {
        const remaining = options.messageMaxLength - textLength(value.trim());
        const step = remainingStep(remaining);
        if (step !== this.lastRemainingStep) {
          this.lastRemainingStep = step;
          if (step !== undefined) this.announcement = this.t('remaining', { count: Math.max(0, remaining) });
        }
      }
    }
    this.draft.save(() => this.currentDraft());
  }

  private onBlur(field: TextField): void {
    const options = this.options.value;
    if (!options) return;
    // An empty field left behind is not an error yet: the customer may be just tabbing through.
    if (!this.values[field].trim() && !this.errors[field]) return;
    this.setError(field, validateField(field, this.values, options, !!this.customer));
  }

  private setError(field: FieldKey, error: FieldErrors[FieldKey]): void {
    const next = { ...this.errors };
    if (error) next[field] = error;
    else delete next[field];
    this.errors = next;
  }

  private onFilesChosen(input: HTMLInputElement): void {
    const options = this.options.value;
    const picked = [...(input.files ?? [])];
    // Let the same file be chosen again after removing it.
    input.value = '';
    if (!options || picked.length === 0) return;
    const { files, rejected } = addFiles(this.files, picked, options.attachments);
    const added = files.length - this.files.length;
    this.files = files;
    this.rejected = rejected;
    if (added > 0) {
      this.setError('files', undefined);
      this.announcement = this.t('files.added', { count: added });
    }
  }

  private async removeFile(index: number): Promise<void> {
    const file = this.files[index];
    if (!file) return;
    this.files = this.files.filter((_, i) => i !== index);
    this.rejected = [];
    this.setError('files', undefined);
    this.announcement = this.t('files.removed', { name: file.name });
    await this.updateComplete;
    // Keep focus in the list: the next file's button, else the previous one, else "add files".
    const buttons = [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.remove') ?? [])];
    (buttons[index] ?? buttons[index - 1] ?? this.shadowRoot?.querySelector<HTMLElement>('#files-button'))?.focus();
  }

  private focusField(field: FieldKey, e: Event): void {
    e.preventDefault();
    this.shadowRoot?.getElementById(field === 'files' ? 'files-button' : field)?.focus();
  }

  // ---------------------------------------------------------------- sending

  private async send(): Promise<void> {
    const options = this.options.value;
    const s = this.submission;
    // A double click, Enter held down, or a retry before Retry-After: one request at a time.
    if (!options || s.status === 'sending' || (s.status === 'failed' && this.retryWait.blocked)) return;
    const signedIn = !!this.customer;
    const failure = this.isFailure ? this.failureModule : undefined;
    if (this.isFailure && !failure) return;
    const points = this.points.value ?? [];
    if (failure) {
      // The queue's subject and topic come from the report itself.
      this.values = { ...this.values, topicId: 'failure', subject: failure.failureSubject((k, o) => this.t(k, o), this.values, points, options.subjectMaxLength) };
    }
    const errors = { ...validateAll(this.values, options, signedIn), ...(failure ? failure.failureErrors(this.values, points) : {}) };
    this.errors = errors;
    if (errorFields(errors).length > 0) {
      this.showSummary = true;
      this.submission = { status: 'idle' };
      this.focusNext.request('#error-summary');
      return;
    }
    this.showSummary = false;
    this.resumed = undefined;
    // One key per message: created once, stored before the request leaves, reused on every retry.
    this.pending = { key: this.pending?.key ?? idempotencyKey(), files: filesSignature(this.files) };
    this.draft.write(this.currentDraft());

    const run = this.run;
    const controller = new AbortController();
    this.upload = controller;
    const bytes = this.files.reduce((sum, f) => sum + f.size, 0);
    this.submission = { status: 'sending', loaded: 0, total: bytes };
    try {
      const form = buildTicketForm(this.values, this.files, signedIn);
      failure?.appendFailure(form, this.values);
      const ticket = await api.createTicket(form, this.pending.key, {
        signal: controller.signal,
        timeoutMs: uploadTimeoutMs(bytes, getConfig().timeoutMs),
        onProgress: (loaded, total) => {
          if (run === this.run && this.submission.status === 'sending') this.submission = { status: 'sending', loaded, total };
        },
      });
      if (run !== this.run) return;
      // A 2xx without a ticket in it: as malformed as a body that is not JSON (the key is kept,
      // so a retry gets the ticket if it was created).
      if (isTicket(ticket)) this.succeeded(ticket);
      else this.failed(new ApiError({ kind: 'malformed' }));
    } catch (e) {
      if (run === this.run) this.failed(toApiError(e));
    } finally {
      if (this.upload === controller) this.upload = undefined;
    }
  }

  private succeeded(ticket: Ticket): void {
    this.draft.clear();
    const email = this.values.email.trim();
    this.resetForm();
    this.submission = { status: 'sent', ticket, email };
    const list = this.history.value;
    if (list) this.history.set(sortTickets([ticket, ...list.filter((t) => t.id !== ticket.id)]));
    else if (this.customer) this.history.retry();
    this.emit('ebok-ticket-created', { ticket });
    this.focusNext.request('#ticket');
  }

  private failed(error: ApiError): void {
    if (error.kind === 'aborted') {
      // Cut off (element removed or moved): it may have arrived; say so and keep the key.
      this.submission = { status: 'idle' };
      this.resumed = { files: this.pending?.files ?? [] };
      return;
    }
    if (error.kind === 'validation' && Object.keys(error.fields).length > 0) {
      const errors = errorsFromApi(error.fields);
      // The name field is not shown to a signed-in customer (the server thought otherwise): a
      // summary link to a field that is not there would lead nowhere.
      if (this.customer) delete errors.name;
      if (errorFields(errors).length > 0) {
        this.errors = errors;
        this.showSummary = true;
        this.submission = { status: 'idle' };
        this.focusNext.request('#error-summary');
        return;
      }
    }
    const wait = retryWaitSeconds(error);
    // retryIn marks a failure that had to wait; liveState() fills in the seconds left.
    this.submission = { status: 'failed', error, ...(wait > 0 ? { retryIn: wait } : {}) };
    if (wait > 0) this.retryWait.start(wait);
    else this.retryWait.stop();
  }

  private async copyNumber(): Promise<void> {
    const s = this.submission;
    if (s.status !== 'sent') return;
    let copy: 'copied' | 'failed';
    try {
      await navigator.clipboard.writeText(s.ticket.number);
      copy = 'copied';
    } catch {
      copy = 'failed';
      // Select the number so that Ctrl+C / long-press works.
      const el = this.shadowRoot?.querySelector('.ticket-number');
      if (el) window.getSelection()?.selectAllChildren(el);
    }
    if (this.submission === s) this.submission = { ...s, copy };
  }

  private another(): void {
    this.resetForm();
    this.submission = { status: 'idle' };
    this.restoredFor = undefined; // prefill the customer's e-mail and phone again
    if (this.isFailure && this.failureModule) this.values = { ...this.values, since: this.failureModule.warsawLocalNow() };
    this.focusNext.request(this.isFailure ? '#message' : '#topicId');
  }

  // ---------------------------------------------------------------- render

  private liveState(): ContactState {
    const known = this.session.status !== 'unknown';
    const history: HistoryState = !known ? { status: 'idle' } : this.customer ? this.history.state : { status: 'signed-out' };
    return {
      options: known ? this.options.state : { status: 'loading' },
      signedIn: !!this.customer,
      values: this.values,
      errors: this.errors,
      showSummary: this.showSummary,
      files: this.files,
      rejected: this.rejected,
      submission:
        this.submission.status === 'failed' && this.submission.retryIn !== undefined
          ? { ...this.submission, retryIn: this.retryWait.secondsLeft }
          : this.submission,
      resumed: this.resumed,
      history,
      announcement: this.announcement,
      thread: this.thread?.view,
      mode: this.mode,
      points: this.points.value ?? [],
      ...(this.readOnly ? { readOnly: true } : {}),
    };
  }

  override render() {
    if (!this.i18n.ready) {
      return html`<div part="base" class="contact" aria-busy="true"><span class="skeleton sk-area"></span></div>`;
    }
    const state = this.preview ?? this.liveState();
    return renderContact(state, {
      t: (key, options) => this.t(key, options),
      lang: this.language,
      landmark: (name, main) => this.landmark(name, main),
      on: this.preview ? this.previewHandlers : this.handlers,
      failureFields: this.failureModule
        ? () =>
            this.failureModule!.renderFailureFields({
              t: (key, options) => this.t(key, options),
              values: state.values,
              errors: state.errors,
              points: state.points ?? [],
              input: (field, value) => (this.preview ? undefined : this.onInput(field, value)),
            })
        : undefined,
      thread: this.threadModule
        ? (s) =>
            this.threadModule!.renderThread(s, {
              t: (key, options) => this.t(key, options),
              lang: this.language,
              countdown: (retryIn) => renderRetryCountdown((key, options) => this.t(key, options), retryIn),
              readOnly: !!state.readOnly,
              options: this.options.value ?? (this.preview?.options.status === 'ready' ? this.preview.options.value : undefined),
              on: this.preview || !this.thread ? this.threadModule!.NO_HANDLERS : this.thread.handlers,
            })
        : undefined,
    });
  }
}

await defineWidget('ebok-contact', EbokContact);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-contact': EbokContact;
  }
}
