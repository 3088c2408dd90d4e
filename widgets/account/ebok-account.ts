import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, toApiError } from '../core/api/errors';
import type { AccountChannel, AccountContact, ConsentList, EInvoice, NotificationSettings } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { RetryCountdown } from '../core/controllers/countdown';
import { FocusAfterUpdate } from '../core/controllers/focus';
import { formStyles } from '../core/forms/form-styles';
import { defineTranslations } from '../core/i18n/i18n';
import { Resource } from '../core/resource';
import { customerOf, dataOwner, type SessionState } from '../core/session';
import { passwordProblems } from '../core/validators';
import * as api from './account-api';
import {
  consentChanges,
  consentErrors,
  contactChanged,
  contactErrors,
  contactUpdate,
  contactValues,
  CONTACT_FIELDS,
  eInvoiceErrors,
  normalizeCode,
  notificationErrors,
  sameMatrix,
  type ContactValues,
  type FieldErrors,
} from './account-rules';
import { accountStyles } from './account-styles';
import {
  fieldId,
  renderAccount,
  SECTIONS,
  type AccountHandlers,
  type AccountState,
  type CodeState,
  type EInvoiceValues,
  type NotificationValues,
  type PasswordValues,
  type Save,
  type SectionId,
} from './account-view';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    account: typeof import('./i18n/pl.json');
  }
}

export type { AccountState } from './account-view';

export interface AccountSavedDetail {
  section: SectionId;
}

declare module '../core/events' {
  interface EbokEventMap {
    'ebok-account-saved': CustomEvent<AccountSavedDetail>;
  }
}

type Drafts = {
  contact: Partial<ContactValues>;
  consents: Record<string, boolean>;
  eInvoice: Partial<EInvoiceValues>;
  notifications: { events?: NotificationValues['events']; reminderDaysBefore?: number };
};

const EMPTY_PASSWORD: PasswordValues = { current: '', next: '' };
const CONTACT_KEYS = Object.fromEntries(Object.entries(CONTACT_FIELDS).map(([k, v]) => [v, k])) as Record<string, keyof ContactValues>;

/**
 * "Twoje dane": the customer's contact data (a new e-mail or phone confirmed with a code),
 * consents with the operator's texts, e-invoice, notification settings and the password change.
 * Each section saves on its own, with its own version: a save that races another tab (412) reads
 * the section again and keeps the customer's edits on top. Unsaved edits stay in memory only
 * (never in web storage); leaving the page with them asks first, a language switch keeps them,
 * and a logout says which sections were not saved.
 *
 * @summary The customer's own data, consents, e-invoice, notifications and password.
 *
 * @attr lang - Language of this widget only (pl, uk, ru).
 * @attr label - The name of the widget's landmark, when a page has several.
 * @prop {AccountState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-account-saved - A section was saved (detail: `{ section }`); `contact` also after a confirmed code.
 *
 * @csspart base - The widget's frame.
 * @csspart section - One section (contact, consents, e-invoice, notifications, password).
 * @csspart form - A section's form.
 * @csspart readonly - The name and customer number (read only); on a view_only account every section's data.
 * @csspart read-only - On a view_only account: the note that its data can only be looked at.
 * @csspart field-error - An error under a field.
 * @csspart save - A section's save button.
 * @csspart form-alert - A section's notice: changed elsewhere (412, after reading it again) or a failed save.
 * @csspart pending-change - A new e-mail or phone waiting for its code.
 * @csspart confirm - "Potwierdź" of a code.
 * @csspart resend - "Wyślij nowy kod".
 * @csspart cancel-change - "Anuluj zmianę".
 * @csspart consents - The list of consents.
 * @csspart consent-text - The operator's text of a consent (shown as plain text).
 * @csspart current - The e-invoice setting as saved.
 * @csspart lost - After a logout: which sections had unsaved changes.
 * @csspart loading - A section's skeleton.
 * @csspart error - A section that failed to load.
 * @csspart retry - "Try again" after a failed load.
 *
 * @cssprop --ebok-color-primary - Buttons and links.
 * @cssprop --ebok-color-error - Errors.
 * @cssprop --ebok-color-success - The saved state.
 * @cssprop --ebok-color-field-border - Borders of inputs.
 */
export class EbokAccount extends EbokElement<'account'> {
  static override translations = defineTranslations('account', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, formStyles, accountStyles];

  @property({ attribute: false }) preview: AccountState | undefined;

  @state() private drafts: Drafts = { contact: {}, consents: {}, eInvoice: {}, notifications: {} };
  @state() private errors: Partial<Record<SectionId, FieldErrors>> = {};
  @state() private saves: Partial<Record<SectionId, Save>> = {};
  @state() private codes: Partial<Record<AccountChannel, CodeState>> = {};
  @state() private password: PasswordValues = EMPTY_PASSWORD;
  @state() private attemptsLeft: number | undefined;
  /** Sections with unsaved edits when the session ended (shown with the signed-out state). */
  @state() private lost: SectionId[] = [];

  private readonly focusNext = new FocusAfterUpdate(this);
  private readonly waits: Record<AccountChannel, RetryCountdown> = {
    email: new RetryCountdown(this),
    phone: new RetryCountdown(this),
  };

  // Keyed on the person and the account: switching accounts reads every section of the new one.
  private readonly owner = () => (this.preview ? undefined : dataOwner(this.session));
  private readonly args = () => {
    const who = this.owner();
    return who ? ([who] as const) : null;
  };
  private readonly contact = new Resource<AccountContact, readonly [string]>(this, {
    args: this.args,
    load: (_a, signal) => api.getContact({ signal, lang: this.language }),
  });
  // Keyed on the language too: the operator's consent texts come in the customer's language.
  private readonly consents = new Resource<ConsentList, readonly [string, string]>(this, {
    args: () => {
      const who = this.owner();
      return who ? ([who, this.language] as const) : null;
    },
    load: (_a, signal) => api.getConsents({ signal, lang: this.language }),
  });
  private readonly eInvoice = new Resource<EInvoice, readonly [string]>(this, {
    args: this.args,
    load: (_a, signal) => api.getEInvoice({ signal, lang: this.language }),
  });
  private readonly notifications = new Resource<NotificationSettings, readonly [string]>(this, {
    args: this.args,
    load: (_a, signal) => api.getNotifications({ signal, lang: this.language }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.beforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
  }

  /** Leaving the page (reload, another address, closing the tab) with unsaved edits: the browser asks first. */
  private readonly beforeUnload = (e: BeforeUnloadEvent): void => {
    if (this.dirtySections().length === 0) return;
    e.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    e.returnValue = this.t('leave');
  };

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    const before = dataOwner(previous);
    if (before && before !== dataOwner(next)) {
      // Signed out or someone else signed in: nothing of this customer stays, but say what was not saved.
      this.lost = this.dirtySections();
      this.drafts = { contact: {}, consents: {}, eInvoice: {}, notifications: {} };
      this.errors = {};
      this.saves = {};
      this.codes = {};
      this.password = EMPTY_PASSWORD;
      this.attemptsLeft = undefined;
      this.waits.email.stop();
      this.waits.phone.stop();
    } else if (customerOf(next)) this.lost = [];
  }

  // ---------------------------------------------------------------- what the form shows

  private contactValues(): ContactValues | undefined {
    const c = this.contact.value;
    return c && { ...contactValues(c), ...this.drafts.contact };
  }

  private consentValues(): Record<string, boolean> | undefined {
    const list = this.consents.value;
    return list && { ...Object.fromEntries(list.items.map((c) => [c.id, c.granted])), ...this.drafts.consents };
  }

  private eInvoiceValues(): EInvoiceValues | undefined {
    const e = this.eInvoice.value;
    // Switching on offers the account's e-mail; the customer confirms it (or another) explicitly.
    return e && { enabled: e.enabled, email: e.email ?? this.contact.value?.email ?? '', confirmed: false, ...this.drafts.eInvoice };
  }

  private notificationValues(): NotificationValues | undefined {
    const n = this.notifications.value;
    return n && { events: n.events, reminderDaysBefore: n.reminderDaysBefore, ...this.drafts.notifications };
  }

  private isDirty(section: SectionId): boolean {
    switch (section) {
      case 'contact': {
        const c = this.contact.value;
        const v = this.contactValues();
        return !!c && !!v && contactChanged(v, c);
      }
      case 'consents': {
        const list = this.consents.value;
        return !!list && consentChanges(list.items, this.drafts.consents).consents.length > 0;
      }
      case 'eInvoice': {
        const e = this.eInvoice.value;
        const v = this.eInvoiceValues();
        return !!e && !!v && (v.enabled !== e.enabled || (v.enabled && v.email.trim() !== (e.email ?? '')));
      }
      case 'notifications': {
        const n = this.notifications.value;
        const v = this.notificationValues();
        return !!n && !!v && (!sameMatrix(v.events, n.events) || v.reminderDaysBefore !== n.reminderDaysBefore);
      }
      case 'password':
        return !!(this.password.current || this.password.next);
    }
  }

  private identifiers(): string[] {
    const c = this.customer;
    return c ? [c.email, c.customerNumber] : [];
  }

  private dirtySections(): SectionId[] {
    return SECTIONS.filter((s) => this.isDirty(s));
  }

  // ---------------------------------------------------------------- handlers

  private readonly handlers: AccountHandlers = {
    input: (section, field, value) => this.onInput(section, field, value),
    submit: (section, e) => {
      e.preventDefault();
      void this.submit(section);
    },
    retry: (section) => this.resourceOf(section)?.retry(),
    code: (channel, value) => this.setCode(channel, { code: value, error: undefined }),
    confirm: (channel, e) => {
      e.preventDefault();
      void this.confirm(channel);
    },
    resend: (channel) => void this.resend(channel),
    cancel: (channel) => void this.cancelChange(channel),
  };

  private readonly previewHandlers: AccountHandlers = {
    input: () => undefined,
    submit: (_s, e) => e.preventDefault(),
    retry: () => undefined,
    code: () => undefined,
    confirm: (_c, e) => e.preventDefault(),
    resend: () => undefined,
    cancel: () => undefined,
  };

  private resourceOf(section: SectionId) {
    return section === 'password' ? undefined : { contact: this.contact, consents: this.consents, eInvoice: this.eInvoice, notifications: this.notifications }[section];
  }

  private onInput(section: SectionId, field: string, value: string | boolean): void {
    const d = this.drafts;
    if (section === 'contact') this.drafts = { ...d, contact: { ...d.contact, [CONTACT_KEYS[field]!]: String(value) } };
    else if (section === 'consents') this.drafts = { ...d, consents: { ...d.consents, [field.slice('consents.'.length)]: !!value } };
    else if (section === 'eInvoice') {
      const key = field === 'addressConfirmed' ? 'confirmed' : (field as 'enabled' | 'email');
      this.drafts = { ...d, eInvoice: { ...d.eInvoice, [key]: value } };
    } else if (section === 'notifications') {
      const v = this.notificationValues();
      if (!v) return;
      if (field === 'reminderDaysBefore') this.drafts = { ...d, notifications: { ...d.notifications, reminderDaysBefore: Number(value) } };
      else {
        const [, ev, ch] = field.split('.') as [string, keyof NotificationValues['events'], 'email' | 'sms'];
        const events = { ...v.events, [ev]: { ...v.events[ev], [ch]: !!value } };
        this.drafts = { ...d, notifications: { ...d.notifications, events } };
      }
    } else this.password = { ...this.password, [field === 'currentPassword' ? 'current' : 'next']: String(value) };
    // An error is cleared as soon as its field changes; a "Zapisano" gives way to the new edit.
    const errs = this.errors[section];
    if (errs?.[field]) {
      const rest = { ...errs };
      delete rest[field];
      this.errors = { ...this.errors, [section]: rest };
    }
    if (this.saves[section]?.status === 'saved') this.setSave(section, { status: 'idle' });
  }

  private setSave(section: SectionId, save: Save): void {
    this.saves = { ...this.saves, [section]: save };
  }

  private setCode(channel: AccountChannel, patch: Partial<CodeState>): void {
    this.codes = { ...this.codes, [channel]: { ...this.codes[channel], ...patch } };
  }

  private fail(section: SectionId, fields: FieldErrors): void {
    this.errors = { ...this.errors, [section]: fields };
    this.setSave(section, { status: 'idle' });
    const first = Object.keys(fields)[0];
    if (first) this.focusNext.request(() => this.shadowRoot?.getElementById(fieldId(section, first)));
  }

  // ---------------------------------------------------------------- saving

  private async submit(section: SectionId): Promise<void> {
    if (this.saves[section]?.status === 'saving') return;
    // A view_only account shows no forms but the password's; the API would refuse the rest (403).
    if (this.readOnly && section !== 'password') return;
    switch (section) {
      case 'contact': {
        const c = this.contact.value;
        const v = this.contactValues();
        if (!c || !v) return;
        const body = contactUpdate(v);
        return this.save(section, contactErrors(body), () => api.saveContact(body, c.version, { lang: this.language }), (next) => {
          this.contact.set(next);
          this.drafts = { ...this.drafts, contact: {} };
          const waiting = next.pending.filter((p) => !c.pending.some((q) => q.channel === p.channel && q.value === p.value));
          for (const p of waiting) {
            this.waits[p.channel].start(p.resendAfterSeconds ?? 0);
            this.codes = { ...this.codes, [p.channel]: {} };
          }
          if (waiting[0]) this.focusNext.request(`#code-${waiting[0].channel}`);
          return waiting.length ? 'pending' : undefined;
        });
      }
      case 'consents': {
        const list = this.consents.value;
        if (!list) return;
        const body = consentChanges(list.items, this.drafts.consents);
        return this.save(section, consentErrors(list.items, body), () => api.saveConsents(body, list.version, { lang: this.language }), (next) => {
          this.consents.set(next);
          this.drafts = { ...this.drafts, consents: {} };
        });
      }
      case 'eInvoice': {
        const e = this.eInvoice.value;
        const v = this.eInvoiceValues();
        if (!e || !v) return;
        const body = v.enabled ? { enabled: true, email: v.email.trim(), addressConfirmed: v.confirmed } : { enabled: false };
        return this.save(section, eInvoiceErrors(body), () => api.saveEInvoice(body, e.version, { lang: this.language }), (next) => {
          this.eInvoice.set(next);
          this.drafts = { ...this.drafts, eInvoice: {} };
        });
      }
      case 'notifications': {
        const n = this.notifications.value;
        const v = this.notificationValues();
        if (!n || !v) return;
        return this.save(section, notificationErrors(v, n.smsAvailable), () => api.saveNotifications(v, n.version, { lang: this.language }), (next) => {
          this.notifications.set(next);
          this.drafts = { ...this.drafts, notifications: {} };
        });
      }
      case 'password': {
        const p = this.password;
        const errors: FieldErrors = {};
        if (!p.current) errors.currentPassword = 'required';
        if (!p.next) errors.newPassword = 'required';
        else if (p.next === p.current) errors.newPassword = 'same_password';
        else if (passwordProblems(p.next, this.identifiers()).length) errors.newPassword = 'weak_password';
        return this.save(section, errors, () => api.changePassword({ currentPassword: p.current, newPassword: p.next }, { lang: this.language }), () => {
          this.password = EMPTY_PASSWORD;
          this.attemptsLeft = undefined;
          return 'password';
        });
      }
    }
  }

  private async save<R>(section: SectionId, errors: FieldErrors, send: () => Promise<R>, done: (result: R) => 'pending' | 'password' | void): Promise<void> {
    if (Object.keys(errors).length > 0) return this.fail(section, errors);
    this.errors = { ...this.errors, [section]: {} };
    this.setSave(section, { status: 'saving' });
    const who = dataOwner(this.session);
    try {
      const result = await send();
      if (who !== dataOwner(this.session)) return;
      const note = done(result);
      this.setSave(section, note ? { status: 'saved', note } : { status: 'saved' });
      this.emit('ebok-account-saved', { section });
    } catch (e) {
      if (who !== dataOwner(this.session)) return;
      this.saveFailed(section, toApiError(e));
    }
  }

  private saveFailed(section: SectionId, error: ApiError): void {
    if (error.status === 412 || error.code === 'precondition_failed') {
      // Changed elsewhere: read the section again; the edits (kept as drafts) stay on top of it.
      this.resourceOf(section)?.retry();
      this.setSave(section, { status: 'stale' });
      return;
    }
    if (error.kind === 'validation' && Object.keys(error.fields).length > 0) {
      if (section === 'password') this.attemptsLeft = error.attemptsLeft;
      return this.fail(section, { ...error.fields } as FieldErrors);
    }
    this.setSave(section, { status: 'failed', error });
  }

  // ---------------------------------------------------------------- confirmation codes

  private async confirm(channel: AccountChannel): Promise<void> {
    const c = this.contact.value;
    const pending = c?.pending.find((p) => p.channel === channel);
    const state = this.codes[channel] ?? {};
    if (!pending || state.busy || (state.error?.kind === 'rate_limited' && this.waits[channel].blocked)) return;
    const code = normalizeCode(state.code ?? '', pending.codeLength);
    if (!code) {
      this.setCode(channel, { error: new ApiError({ kind: 'validation', code: 'validation_failed' }), resent: false });
      this.focusNext.request(`#code-${channel}`);
      return;
    }
    await this.codeCall(channel, () => api.confirmCode(channel, code, { lang: this.language }), (next) => {
      this.contact.set(next);
      this.codes = { ...this.codes, [channel]: undefined };
      this.waits[channel].stop();
      this.setSave('contact', { status: 'saved' });
      this.emit('ebok-account-saved', { section: 'contact' });
      this.focusNext.request('#contact-bar button');
    });
  }

  private async resend(channel: AccountChannel): Promise<void> {
    if (this.waits[channel].blocked || this.codes[channel]?.busy) return;
    await this.codeCall(channel, () => api.resendCode(channel, { lang: this.language }), (next) => {
      this.contact.set(next);
      const p = next.pending.find((x) => x.channel === channel);
      this.waits[channel].start(p?.resendAfterSeconds ?? 0);
      this.codes = { ...this.codes, [channel]: { resent: true } };
      this.focusNext.request(`#code-${channel}`);
    });
  }

  private async cancelChange(channel: AccountChannel): Promise<void> {
    if (this.codes[channel]?.busy) return;
    await this.codeCall(channel, () => api.cancelChange(channel, { lang: this.language }), (next) => {
      this.contact.set(next);
      this.codes = { ...this.codes, [channel]: undefined };
      this.waits[channel].stop();
      this.focusNext.request(`#${fieldId('contact', channel)}`);
    });
  }

  private async codeCall(channel: AccountChannel, send: () => Promise<AccountContact>, done: (c: AccountContact) => void): Promise<void> {
    this.setCode(channel, { busy: true, error: undefined, resent: false });
    const who = dataOwner(this.session);
    try {
      const next = await send();
      if (who === dataOwner(this.session)) done(next);
    } catch (e) {
      if (who !== dataOwner(this.session)) return;
      const error = toApiError(e);
      if (error.status === 404) {
        // Confirmed or dropped elsewhere: show what the server has now.
        this.contact.retry();
        this.codes = { ...this.codes, [channel]: undefined };
        return;
      }
      if (error.kind === 'rate_limited' && error.retryAfterSeconds) this.waits[channel].start(error.retryAfterSeconds);
      this.setCode(channel, { busy: false, error });
      this.focusNext.request(`#code-${channel}`);
    }
  }

  // ---------------------------------------------------------------- render

  private liveState(): AccountState {
    if (this.session.status !== 'authenticated') return { status: 'signed-out', lost: this.lost };
    const section = <T, V>(section: SectionId, data: Resource<T, readonly unknown[]>['state'], values: V | undefined) => ({
      data: data.status === 'idle' ? ({ status: 'loading' } as const) : data,
      values,
      dirty: this.isDirty(section),
      errors: this.errors[section] ?? {},
      save: this.saves[section] ?? { status: 'idle' },
    });
    const codes: Partial<Record<AccountChannel, CodeState>> = {};
    for (const ch of ['email', 'phone'] as const) {
      const wait = this.waits[ch].secondsLeft;
      codes[ch] = { ...this.codes[ch], ...(wait ? { wait } : {}) };
    }
    return {
      status: 'ready',
      contact: { ...section('contact', this.contact.state, this.contactValues()), codes },
      consents: section('consents', this.consents.state, this.consentValues()),
      eInvoice: section('eInvoice', this.eInvoice.state, this.eInvoiceValues()),
      notifications: section('notifications', this.notifications.state, this.notificationValues()),
      password: {
        values: this.password,
        errors: this.errors.password ?? {},
        save: this.saves.password ?? { status: 'idle' },
        identifiers: this.identifiers(),
        ...(this.attemptsLeft !== undefined ? { attemptsLeft: this.attemptsLeft } : {}),
      },
      ...(this.readOnly ? { readOnly: true } : {}),
    };
  }

  override render(): TemplateResult {
    if (!this.i18n.ready) return html`<div part="base" class="account" aria-busy="true"><span class="skeleton sk-field"></span></div>`;
    return renderAccount(this.preview ?? this.liveState(), {
      t: (key, options) => this.t(key, options),
      lang: this.language,
      landmark: (name, main) => this.landmark(name, main),
      pending: !this.preview && this.session.status === 'unknown',
      on: this.preview ? this.previewHandlers : this.handlers,
    });
  }
}

await defineWidget('ebok-account', EbokAccount);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-account': EbokAccount;
  }
}
