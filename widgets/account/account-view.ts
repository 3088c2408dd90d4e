/**
 * Templates of <ebok-account> ("Twoje dane"), rendered from an AccountState alone: the element,
 * the gallery and the tests all go through here. Five sections, each its own form that saves on
 * its own; nothing here fetches.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/errors';
import type { AccountChannel, AccountContact, Consent, ConsentList, EInvoice, NotificationMatrix, NotificationSettings } from '../core/api/types';
import { formatDay, formatInstant } from '../core/format';
import type { Translate } from '../core/i18n/keys';
import type { Lang } from '../core/i18n/languages';
import type { ResourceState } from '../core/resource';
import { live } from 'lit/directives/live.js';
import { checkboxField, formAlert, selectField, submitButton, textField, type TextFieldOptions } from '../core/forms/field';
import { errorMessage, icon, renderError, renderSignedOut, renderWidgetShell } from '../core/ui';
import { passwordProblems, passwordStrength } from '../core/validators';
import { NOTIFICATION_EVENTS, REMINDER_DAYS, type ContactValues, type FieldErrors } from './account-rules';

export type SectionId = 'contact' | 'consents' | 'eInvoice' | 'notifications' | 'password';
export const SECTIONS: readonly SectionId[] = ['contact', 'consents', 'eInvoice', 'notifications', 'password'];

/** Where a section's save stands. `stale`: the server had a newer version (412) and it was read again. */
export type Save =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; note?: 'pending' | 'password' }
  | { status: 'stale' }
  | { status: 'failed'; error: ApiError };

interface Section<T, V> {
  data: ResourceState<T>;
  /** What the form shows: the saved data with the customer's unsaved edits on top. */
  values?: V;
  dirty?: boolean;
  errors?: FieldErrors;
  save?: Save;
}

/** A pending e-mail or phone change: the code being typed and how checking it went. */
export interface CodeState {
  code?: string;
  busy?: boolean;
  error?: ApiError;
  /** Seconds before a new code may be sent (Retry-After, or the resend pause). */
  wait?: number;
  resent?: boolean;
}

export interface EInvoiceValues {
  enabled: boolean;
  email: string;
  confirmed: boolean;
}

export interface NotificationValues {
  events: NotificationMatrix;
  reminderDaysBefore: number;
}

export interface PasswordValues {
  current: string;
  next: string;
}

export type ContactSection = Section<AccountContact, ContactValues> & { codes?: Partial<Record<AccountChannel, CodeState>> };
export type ConsentsSection = Section<ConsentList, Record<string, boolean>>;
export type EInvoiceSection = Section<EInvoice, EInvoiceValues>;
export type NotificationsSection = Section<NotificationSettings, NotificationValues>;
export interface PasswordSection {
  values: PasswordValues;
  errors?: FieldErrors;
  save?: Save;
  /** Wrong current passwords left before the lock. */
  attemptsLeft?: number;
  /** What the customer is known by (e-mail, customer number): a password may not contain them. */
  identifiers?: readonly string[];
}

/** Everything the widget shows. Set it as `preview` to render exactly this state. */
export type AccountState =
  | { status: 'signed-out'; /** Sections that had unsaved changes when the session ended. */ lost?: readonly SectionId[] }
  | { status: 'loading' }
  | {
      status: 'ready';
      contact: ContactSection;
      consents: ConsentsSection;
      eInvoice: EInvoiceSection;
      notifications: NotificationsSection;
      password: PasswordSection;
      /**
       * A view_only account (issue #19): every section as text, no forms and no save buttons, and
       * a note why. The password stays: it is the signed-in person's own, not the account's.
       */
      readOnly?: boolean;
    };

export interface AccountHandlers {
  input(section: SectionId, field: string, value: string | boolean): void;
  submit(section: SectionId, e: Event): void;
  retry(section: SectionId): void;
  code(channel: AccountChannel, value: string): void;
  confirm(channel: AccountChannel, e: Event): void;
  resend(channel: AccountChannel): void;
  cancel(channel: AccountChannel): void;
}

type T = Translate<'account'>;

export interface AccountViewContext {
  t: T;
  lang: Lang;
  landmark: (name: string, main?: boolean) => string;
  /** Render the invisible signed-out view while the session is not known (no layout shift). */
  pending: boolean;
  on: AccountHandlers;
}

/** The DOM id of a field: section and the contract's field name (`contact-address-postalCode`). */
export const fieldId = (section: SectionId, field: string): string => `${section}-${field.replace(/\./g, '-')}`;

export function renderAccount(state: AccountState, ctx: AccountViewContext): TemplateResult {
  const { t } = ctx;
  return renderWidgetShell(ctx, {
    name: 'account',
    state,
    labelledBy: 'account-title',
    head: html`<h2 id="account-title" aria-label=${ctx.landmark(t('title'), true)}>${t('title')}</h2>`,
    pendingBody: () => renderSignedOutBody(t),
    body: {
      'signed-out': ({ lost }) => renderSignedOutBody(t, lost),
      loading: () => html`<div class="grid">
        <div class="col">${skeletonSection(t, 'contact')} ${skeletonSection(t, 'eInvoice')}</div>
        <div class="col">${skeletonSection(t, 'consents')} ${skeletonSection(t, 'notifications')} ${skeletonSection(t, 'password')}</div>
      </div>`,
      ready: (ready) =>
        ready.readOnly
          ? html`<p class="notice info" part="read-only">${icon('info')}<span>${t('readOnly.note')}</span></p>
              <div class="grid">
                <div class="col">${viewContact(ready.contact, ctx)} ${viewEInvoice(ready.eInvoice, ctx)}</div>
                <div class="col">${viewConsents(ready.consents, ctx)} ${viewNotifications(ready.notifications, ctx)} ${renderPassword(ready.password, ctx)}</div>
              </div>`
          : html`<div class="grid">
              <div class="col">${renderContact(ready.contact, ctx)} ${renderEInvoice(ready.eInvoice, ctx)}</div>
              <div class="col">${renderConsents(ready.consents, ctx)} ${renderNotifications(ready.notifications, ctx)} ${renderPassword(ready.password, ctx)}</div>
            </div>`,
    },
  });
}

function renderSignedOutBody(t: T, lost?: readonly SectionId[]): TemplateResult {
  return html`${renderSignedOut(t('signedOut'))}
  ${lost?.length
    ? html`<p class="notice" role="alert" part="lost">${icon('alert')}<span>${t('lost', { sections: lost.map((s) => t(`sections.${s}`)).join(', ') })}</span></p>`
    : nothing}`;
}

// ---------------------------------------------------------------- building blocks

function sectionFrame(section: SectionId, t: T, content: TemplateResult): TemplateResult {
  return html`<section class="card" part="section" data-section=${section} aria-labelledby="${section}-title">
    <h3 id="${section}-title">${t(`sections.${section}`)}</h3>
    ${content}
  </section>`;
}

const SKELETON_LINES: Record<SectionId, number> = { contact: 5, consents: 4, eInvoice: 2, notifications: 5, password: 2 };

function skeletonSection(t: T, section: SectionId): TemplateResult {
  return sectionFrame(
    section,
    t,
    html`<div class="sk" aria-busy="true" part="loading">
      <span class="visually-hidden" role="status">${t('common:states.loading')}</span>
      ${Array.from({ length: SKELETON_LINES[section] }, () => html`<span class="skeleton sk-field"></span>`)}
      <span class="skeleton sk-button"></span>
    </div>`,
  );
}

/** Data not there yet or failed: the skeleton or the error with retry, else the form. */
function withData<D>(section: SectionId, data: ResourceState<D>, ctx: AccountViewContext, form: (value: D) => TemplateResult): TemplateResult {
  if (data.status === 'ready') return sectionFrame(section, ctx.t, form(data.value));
  if (data.status === 'error') return sectionFrame(section, ctx.t, renderError(ctx.t, data.error, () => ctx.on.retry(section)));
  return skeletonSection(ctx.t, section);
}

function errorText(t: T, code: string | undefined): string | undefined {
  return code ? t([`errors.${code}` as 'errors.invalid_value', 'errors.invalid_value']) : undefined;
}

type Common = Pick<TextFieldOptions, 'type' | 'autocomplete' | 'inputmode' | 'hint' | 'readonly'> & { optional?: boolean };

/** A shared text field (widgets/core/forms) wired to a section: its id, the error in words, input to the handler. */
function text(ctx: AccountViewContext, section: SectionId, field: string, label: string, value: string, errors: FieldErrors | undefined, o: Common = {}): TemplateResult {
  const { optional, ...rest } = o;
  const error = errorText(ctx.t, errors?.[field]);
  return textField({
    id: fieldId(section, field),
    label,
    value,
    ...rest,
    ...(optional ? { optional: ctx.t('optional') } : {}),
    ...(error ? { error } : {}),
    onInput: (v) => ctx.on.input(section, field, v),
  });
}

function checkbox(
  ctx: AccountViewContext,
  section: SectionId,
  field: string,
  label: TemplateResult | string,
  checked: boolean,
  errors: FieldErrors | undefined,
  o: { disabled?: boolean; describedBy?: string } = {},
): TemplateResult {
  // An unticked confirmation says what ticking it is for, not "fill in this field".
  const code = errors?.[field] === 'required' ? 'confirm_required' : errors?.[field];
  const error = errorText(ctx.t, code);
  return checkboxField({
    id: fieldId(section, field),
    label,
    checked,
    ...(o.disabled ? { disabled: true } : {}),
    ...(o.describedBy ? { describedBy: [o.describedBy] } : {}),
    ...(error ? { error } : {}),
    onChange: (c) => ctx.on.input(section, field, c),
  });
}

/** The save button and what happened to the last save; a 412 and failures are alerts. */
function saveBar(ctx: AccountViewContext, section: SectionId, save: Save | undefined, dirty: boolean | undefined, label?: string): TemplateResult {
  const { t } = ctx;
  const s = save ?? { status: 'idle' };
  const busy = s.status === 'saving';
  let status: TemplateResult | typeof nothing = nothing;
  if (busy) status = html`${t('saving')}`;
  else if (dirty) status = html`${icon('info')} ${t('unsaved')}`;
  else if (s.status === 'saved') status = html`${icon('check')} ${t(s.note ? `saved_${s.note}` : 'saved')}`;
  return html`${s.status === 'stale' ? formAlert(t('stale')) : s.status === 'failed' ? formAlert(errorMessage(t, s.error)) : nothing}
    <div class="save" id="${section}-bar">
      ${submitButton({ label: label ?? t('save'), busy, busyLabel: t('saving'), part: 'save' })}
      <p class="save-status" role="status" data-saved=${s.status === 'saved' && !dirty ? 'true' : 'false'}>${status}</p>
    </div>`;
}

const day = (d: string, lang: Lang) => formatDay(d, lang, { dateStyle: 'long' });
const when = (i: string, lang: Lang) => formatInstant(i, lang, { dateStyle: 'long' });

// ---------------------------------------------------------------- contact data

function renderContact(s: ContactSection, ctx: AccountViewContext): TemplateResult {
  const { t, lang, on } = ctx;
  return withData('contact', s.data, ctx, (c) => {
    const v = s.values ?? { street: c.address.street, postalCode: c.address.postalCode, city: c.address.city, email: c.email, phone: c.phone ?? '' };
    const e = s.errors;
    const pending = (ch: AccountChannel) => c.pending.find((p) => p.channel === ch);
    return html`<form novalidate part="form" @submit=${(ev: Event) => on.submit('contact', ev)}>
        <dl class="readonly" part="readonly">
          <div><dt>${t('fields.name')}</dt><dd>${c.name}</dd></div>
          <div><dt>${t('fields.customerNumber')}</dt><dd class="num">${c.customerNumber}</dd></div>
        </dl>
        <p class="hint muted">${t('nameHint')}</p>
        <fieldset>
          <legend>${t('fields.address')}</legend>
          ${text(ctx, 'contact', 'address.street', t('fields.street'), v.street, e, { autocomplete: 'street-address' })}
          <div class="row">
            ${text(ctx, 'contact', 'address.postalCode', t('fields.postalCode'), v.postalCode, e, { autocomplete: 'postal-code', inputmode: 'numeric', hint: '00-000' })}
            ${text(ctx, 'contact', 'address.city', t('fields.city'), v.city, e, { autocomplete: 'address-level2' })}
          </div>
        </fieldset>
        ${text(ctx, 'contact', 'email', t('fields.email'), v.email, e, { type: 'email', autocomplete: 'email', hint: t('codeHint.email') })}
        ${text(ctx, 'contact', 'phone', t('fields.phone'), v.phone, e, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', optional: true, hint: t('codeHint.phone') })}
        ${saveBar(ctx, 'contact', s.save, s.dirty)}
      </form>
      ${(['email', 'phone'] as const)
        .map(pending)
        .map((p) => (p ? renderCode(ctx, p.channel, p.value, p.codeLength, p.expiresAt, s.codes?.[p.channel] ?? {}, lang) : nothing))}`;
  });
}

function renderCode(
  ctx: AccountViewContext,
  channel: AccountChannel,
  value: string,
  length: number,
  expiresAt: string,
  c: CodeState,
  lang: Lang,
): TemplateResult {
  const { t, on } = ctx;
  const id = `code-${channel}`;
  const err = c.error;
  const locked = !!c.wait && err?.kind === 'rate_limited';
  let message: string | undefined;
  if (err?.code === 'code_invalid') message = t('code.invalid', { count: err.attemptsLeft ?? 0 });
  else if (err?.code === 'code_expired') message = t('code.expired');
  else if (err?.kind === 'rate_limited') message = c.wait ? t('code.locked', { count: c.wait }) : t('code.lockedOver');
  else if (err?.kind === 'validation') message = t('code.format', { count: length });
  else if (err) message = errorMessage(t, err);
  return html`<form class="pending-change" part="pending-change" data-channel=${channel} novalidate @submit=${(e: Event) => on.confirm(channel, e)}>
    <p class="pending-title">${icon('clock')} <span>${t(`code.pending_${channel}`)}</span> <strong class="value">${value}</strong></p>
    <p class="hint muted">${t('code.sent', { time: formatInstant(expiresAt, lang, { timeStyle: 'short' }) })}</p>
    <div class="field">
      <label for=${id} class="label">${t('code.label')}</label>
      <div class="code-row">
        <input
          id=${id}
          class="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength=${length + 2}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${message ? `${id}-error` : nothing}
          .value=${live(c.code ?? '')}
          @input=${(e: Event) => on.code(channel, (e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="btn btn-primary" part="confirm" aria-disabled=${c.busy || locked ? 'true' : 'false'}>${t('code.confirm')}</button>
      </div>
      ${message ? html`<p class="field-error" id="${id}-error" role="alert" part="field-error">${icon('alert')}<span>${message}</span></p>` : nothing}
      ${c.resent ? html`<p class="muted" role="status">${t('code.resent')}</p>` : nothing}
    </div>
    <div class="actions">
      <button type="button" class="btn" part="resend" aria-disabled=${c.wait || c.busy ? 'true' : 'false'} @click=${() => on.resend(channel)}>
        ${c.wait ? t('code.resendIn', { count: c.wait }) : t('code.resend')}
      </button>
      <button type="button" class="btn btn-link" part="cancel-change" @click=${() => on.cancel(channel)}>${t('code.cancel')}</button>
    </div>
  </form>`;
}

// ---------------------------------------------------------------- consents

function consentStatus(t: T, c: Consent, lang: Lang): string {
  if (!c.changedAt) return t(c.granted ? 'consent.granted' : 'consent.never');
  return t(c.granted ? 'consent.grantedOn' : 'consent.withdrawnOn', { date: when(c.changedAt, lang) });
}

// The operator's words, in their language, always as text: markup in them shows as typed.
const consentText = (c: Consent) => html`<span class="consent-text" lang=${c.lang} part="consent-text">${c.text}</span>`;

function consentMeta(t: T, c: Consent, lang: Lang, id: string, locked: boolean): TemplateResult {
  return html`<p class="consent-meta muted" id="${id}-meta">
    <span class="badge" data-required=${c.required ? 'true' : 'false'}>${t(c.required ? 'consent.required' : 'consent.optional')}</span>
    <span>${consentStatus(t, c, lang)}</span>
    ${locked ? html`<span>${t('consent.lockedHint')}</span>` : nothing}
  </p>`;
}

function renderConsents(s: ConsentsSection, ctx: AccountViewContext): TemplateResult {
  const { t, lang, on } = ctx;
  return withData('consents', s.data, ctx, (list) => {
    const wanted = s.values ?? {};
    return html`<form novalidate part="form" @submit=${(ev: Event) => on.submit('consents', ev)}>
      <p class="hint muted">${t('consent.intro')}</p>
      <ul class="consents" part="consents">
        ${list.items.map((c) => {
          const id = fieldId('consents', `consents.${c.id}`);
          const locked = c.required && c.granted;
          const on = wanted[c.id] ?? c.granted;
          const text = consentText(c);
          const meta = consentMeta(t, c, lang, id, locked);
          return html`<li class="consent" data-consent=${c.id} data-granted=${on ? 'true' : 'false'}>
            ${locked
              ? html`<p class="consent-locked">${icon('check')} ${text}</p>`
              : checkbox(ctx, 'consents', `consents.${c.id}`, text, on, s.errors, { describedBy: `${id}-meta` })}
            ${meta}
          </li>`;
        })}
      </ul>
      ${saveBar(ctx, 'consents', s.save, s.dirty)}
    </form>`;
  });
}

// ---------------------------------------------------------------- e-invoice

/** The e-invoice setting as saved, in words. */
function eInvoiceCurrent(t: T, ei: EInvoice, lang: Lang): TemplateResult {
  const date = ei.effectiveFrom ? day(ei.effectiveFrom, lang) : '';
  const current = ei.enabled
    ? t(ei.effectiveFrom ? 'eInvoice.onFrom' : 'eInvoice.on', { email: ei.email ?? '', date })
    : t(ei.effectiveFrom ? 'eInvoice.offFrom' : 'eInvoice.off', { date });
  return html`<p class="current" part="current">${icon(ei.enabled ? 'check' : 'info')} <span>${current}</span></p>`;
}

function renderEInvoice(s: EInvoiceSection, ctx: AccountViewContext): TemplateResult {
  const { t, lang, on } = ctx;
  return withData('eInvoice', s.data, ctx, (ei) => {
    const v = s.values ?? { enabled: ei.enabled, email: ei.email ?? '', confirmed: false };
    return html`<form novalidate part="form" @submit=${(ev: Event) => on.submit('eInvoice', ev)}>
      ${eInvoiceCurrent(t, ei, lang)}
      ${checkbox(ctx, 'eInvoice', 'enabled', t('eInvoice.enable'), v.enabled, s.errors)}
      ${v.enabled
        ? html`${text(ctx, 'eInvoice', 'email', t('eInvoice.email'), v.email, s.errors, { type: 'email', autocomplete: 'email' })}
          ${s.dirty || s.errors?.addressConfirmed ? checkbox(ctx, 'eInvoice', 'addressConfirmed', t('eInvoice.confirm'), v.confirmed, s.errors) : nothing}`
        : nothing}
      <p class="hint muted">${t('eInvoice.effect')}</p>
      ${saveBar(ctx, 'eInvoice', s.save, s.dirty)}
    </form>`;
  });
}

// ---------------------------------------------------------------- notifications

function renderNotifications(s: NotificationsSection, ctx: AccountViewContext): TemplateResult {
  const { t, on } = ctx;
  return withData('notifications', s.data, ctx, (n) => {
    const v = s.values ?? { events: n.events, reminderDaysBefore: n.reminderDaysBefore };
    const daysError = errorText(t, s.errors?.reminderDaysBefore);
    return html`<form novalidate part="form" @submit=${(ev: Event) => on.submit('notifications', ev)}>
      ${n.smsAvailable ? nothing : html`<p class="hint muted" id="sms-hint">${icon('info')} ${t('notifications.noSms')}</p>`}
      ${NOTIFICATION_EVENTS.map(
        (ev) => html`<fieldset class="event" data-event=${ev}>
          <legend>${t(`notifications.${ev}`)}</legend>
          <div class="channels">
            ${checkbox(ctx, 'notifications', `events.${ev}.email`, t('notifications.email'), v.events[ev].email, s.errors)}
            ${checkbox(ctx, 'notifications', `events.${ev}.sms`, t('notifications.sms'), v.events[ev].sms && n.smsAvailable, s.errors, {
              disabled: !n.smsAvailable,
              ...(n.smsAvailable ? {} : { describedBy: 'sms-hint' }),
            })}
          </div>
          ${ev === 'paymentReminder'
            ? html`<div class="days">
                ${selectField({
                  id: fieldId('notifications', 'reminderDaysBefore'),
                  label: t('notifications.days'),
                  value: String(v.reminderDaysBefore),
                  options: Array.from({ length: REMINDER_DAYS.max - REMINDER_DAYS.min + 1 }, (_, i) => i + REMINDER_DAYS.min).map((d) => ({
                    value: String(d),
                    label: t('notifications.daysOption', { count: d }),
                  })),
                  ...(daysError ? { error: daysError } : {}),
                  onChange: (d) => on.input('notifications', 'reminderDaysBefore', d),
                })}
              </div>`
            : nothing}
        </fieldset>`,
      )}
      ${saveBar(ctx, 'notifications', s.save, s.dirty)}
    </form>`;
  });
}

// ---------------------------------------------------------------- password

function renderPassword(s: PasswordSection, ctx: AccountViewContext): TemplateResult {
  const { t, on } = ctx;
  const e = s.errors;
  const wrong = e?.currentPassword === 'wrong_password' && s.attemptsLeft !== undefined;
  const next = s.values.next;
  // The suite's one password rule and meter (widgets/core/validators), as the register form shows them.
  const problems = next ? passwordProblems(next, s.identifiers ?? []) : [];
  const meter = next
    ? `${t('password.strength', { level: t(`password.level.${passwordStrength(next, s.identifiers ?? [])}`) })}${
        problems.length ? ` ${t('password.missing', { rules: problems.map((r) => t(`password.rule.${r}`)).join(', ') })}` : ''
      }`
    : t('password.rules');
  return sectionFrame(
    'password',
    t,
    html`<form novalidate part="form" @submit=${(ev: Event) => on.submit('password', ev)}>
      ${text(ctx, 'password', 'currentPassword', t('password.current'), s.values.current, e, {
        type: 'password',
        autocomplete: 'current-password',
        ...(wrong ? { hint: t('password.attemptsLeft', { count: s.attemptsLeft }) } : {}),
      })}
      ${text(ctx, 'password', 'newPassword', t('password.new'), next, e, { type: 'password', autocomplete: 'new-password', hint: meter })}
      <p class="hint muted">${t('password.sessions')}</p>
      ${saveBar(ctx, 'password', s.save, false, t('password.submit'))}
    </form>`,
  );
}

// ---------------------------------------------------------------- view_only: the same data as text

function viewContact(s: ContactSection, ctx: AccountViewContext): TemplateResult {
  const { t } = ctx;
  return withData('contact', s.data, ctx, (c) => {
    const a = c.address;
    return html`<dl class="readonly" part="readonly">
      <div><dt>${t('fields.name')}</dt><dd>${c.name}</dd></div>
      <div><dt>${t('fields.customerNumber')}</dt><dd class="num">${c.customerNumber}</dd></div>
      <div><dt>${t('fields.address')}</dt><dd>${a.street}, ${a.postalCode} ${a.city}</dd></div>
      <div><dt>${t('fields.email')}</dt><dd>${c.email}</dd></div>
      <div><dt>${t('fields.phone')}</dt><dd class="num">${c.phone ?? t('readOnly.none')}</dd></div>
    </dl>`;
  });
}

function viewConsents(s: ConsentsSection, ctx: AccountViewContext): TemplateResult {
  const { t, lang } = ctx;
  return withData('consents', s.data, ctx, (list) => html`<ul class="consents" part="consents">
      ${list.items.map(
        (c) => html`<li class="consent" data-consent=${c.id} data-granted=${c.granted ? 'true' : 'false'}>
          <p class="consent-locked">${icon(c.granted ? 'check' : 'info')} ${consentText(c)}</p>
          ${consentMeta(t, c, lang, fieldId('consents', `consents.${c.id}`), false)}
        </li>`,
      )}
    </ul>`);
}

function viewEInvoice(s: EInvoiceSection, ctx: AccountViewContext): TemplateResult {
  return withData('eInvoice', s.data, ctx, (ei) => eInvoiceCurrent(ctx.t, ei, ctx.lang));
}

function viewNotifications(s: NotificationsSection, ctx: AccountViewContext): TemplateResult {
  const { t } = ctx;
  return withData('notifications', s.data, ctx, (n) => {
    const channels = (m: NotificationMatrix[keyof NotificationMatrix]) =>
      [m.email ? t('notifications.email') : '', m.sms && n.smsAvailable ? t('notifications.sms') : ''].filter(Boolean).join(', ') || t('readOnly.off');
    return html`<dl class="readonly" part="readonly">
      ${NOTIFICATION_EVENTS.map((ev) => html`<div data-event=${ev}><dt>${t(`notifications.${ev}`)}</dt><dd>${channels(n.events[ev])}</dd></div>`)}
      <div><dt>${t('notifications.days')}</dt><dd>${t('notifications.daysOption', { count: n.reminderDaysBefore })}</dd></div>
    </dl>`;
  });
}
