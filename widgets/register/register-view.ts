/**
 * Templates of <ebok-register>, rendered from data alone (every step, for the element, the
 * gallery and the tests). No fetching, no timers: the element passes live values (seconds left).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/errors';
import type { RegistrationNumberType, RegistrationOptions, RegistrationProofType } from '../core/api/types';
import { checkboxField, countdownNote, formAlert, passwordField, radioChoice, submitButton, textField } from '../core/forms/field';
import type { Lang } from '../core/i18n/languages';
import type { Translate } from '../core/i18n/keys';
import { errorMessage, icon, renderError, renderSkeleton } from '../core/ui';
import { renderGhost } from '../shared/ghost';
import { PASSWORD_RULES, type PasswordRule, type PasswordStrength } from '../core/validators';
import type { IdentifyErrors, IdentifyValues } from './register-rules';

type T = Translate<'register'>;

export interface IdentifyState {
  step: 'identify';
  options: RegistrationOptions;
  values: IdentifyValues;
  errors?: IdentifyErrors;
  /** The request (or the bot check before it) is running. */
  busy?: boolean;
  /** The bot check runs while busy (the button says "Checking…"). */
  checking?: boolean;
  problem?: ApiError | 'bot-check';
  /** Seconds before another attempt (429). */
  retryIn?: number;
}

export interface SentState {
  step: 'sent';
  email: string;
  linkValidHours: number;
  /** Seconds before "send again" works (0: now). */
  resendIn: number;
  resent?: boolean;
  busy?: boolean;
  problem?: ApiError;
}

export interface ActivateState {
  step: 'activate';
  login: string;
  /** Rules the password typed so far does not meet (the password itself lives only in its input). */
  unmet: readonly PasswordRule[];
  strength: PasswordStrength;
  /** Nothing typed yet: no rule is shown as met or failed. */
  empty: boolean;
  visible?: boolean;
  error?: 'required' | 'weak' | 'tooLong';
  busy?: boolean;
  problem?: ApiError;
  retryIn?: number;
}

export interface TokenProblemState {
  step: 'token';
  reason: 'expired' | 'used' | 'invalid';
  /** A new link was requested. */
  sent?: boolean;
  resendIn?: number;
  busy?: boolean;
  problem?: ApiError;
}

export interface DoneState {
  step: 'done';
  login: string;
  /** The API signed the customer in with the activation. */
  signedIn: boolean;
}

/** Every state <ebok-register> can show; set as `preview` to render exactly that one. */
export type RegisterState =
  | { step: 'loading' }
  | { step: 'error'; error: ApiError }
  | { step: 'checking' }
  | { step: 'signed-in' }
  | IdentifyState
  | SentState
  | ActivateState
  | TokenProblemState
  | DoneState;

export interface RegisterHandlers {
  retry(): void;
  chooseNumber(type: RegistrationNumberType): void;
  chooseProof(type: RegistrationProofType): void;
  input(field: 'number' | 'proof' | 'email' | 'emailRepeat', value: string): void;
  terms(checked: boolean): void;
  focusForm(): void;
  submitIdentify(e: SubmitEvent): void;
  resend(): void;
  change(): void;
  password(value: string): void;
  toggle(): void;
  submitPassword(e: SubmitEvent): void;
  newLink(): void;
  again(): void;
  signIn(): void;
}

export interface RegisterViewContext {
  t: T;
  lang: Lang;
  on: RegisterHandlers;
}

/** What the loading state lays out: the first step with the options most operators offer. */
const GHOST: IdentifyState = {
  step: 'identify',
  options: {
    numbers: ['customerNumber', 'invoiceNumber'],
    proofs: ['pesel', 'nip'],
    terms: { version: '0', url: 'https://example.invalid/' },
    challenge: 'none',
    linkValidHours: 72,
    support: { phone: '+48 00 000 00 00', url: 'https://example.invalid/' },
  },
  values: { numberType: 'customerNumber', number: '', proofType: 'pesel', proof: '', email: '', emailRepeat: '', terms: false },
};

export function renderRegister(state: RegisterState, ctx: RegisterViewContext): TemplateResult {
  const { t } = ctx;
  switch (state.step) {
    case 'loading':
      // The first step's form as it will be with the usual options, so it takes its place unmoved
      // (its hidden heading still names the widget: aria-labelledby reads hidden text).
      return renderGhost(t('common:states.loading'), renderIdentify(GHOST, ctx));
    case 'error':
      return html`<h2 id="title" tabindex="-1">${t('title')}</h2>
        ${renderError(t, state.error, ctx.on.retry)}`;
    case 'checking':
      return html`<h2 id="title" tabindex="-1">${t('activate.title')}</h2>
        <p class="muted" role="status">${t('activate.checking')}</p>
        ${renderSkeleton(t, ['sk-label', 'sk-input', 'sk-line', 'sk-line', 'sk-button'])}`;
    case 'signed-in':
      return html`<h2 id="title" tabindex="-1">${t('title')}</h2>
        <p class="notice">${icon('check')}<span>${t('signedIn')}</span></p>`;
    case 'identify':
      return renderIdentify(state, ctx);
    case 'sent':
      return renderSent(state, ctx);
    case 'activate':
      return renderActivate(state, ctx);
    case 'token':
      return renderTokenProblem(state, ctx);
    case 'done':
      return html`<h2 id="title" tabindex="-1" data-tone="success">${icon('check')} ${t('done.title')}</h2>
        ${state.signedIn
          ? html`<p>${t('done.signedIn')}</p>`
          : html`<p>${t('done.signIn', { login: state.login })}</p>
              <div class="actions">
                <button type="button" class="btn btn-primary" part="sign-in" @click=${ctx.on.signIn}>${t('done.signInButton')}</button>
              </div>`}`;
  }
}

/** What went wrong with a request (a wait's seconds are in `countdown`, outside the alert: not re-announced every second). */
function problemText(t: T, problem: ApiError | 'bot-check' | undefined): string | undefined {
  if (!problem) return undefined;
  if (problem === 'bot-check') return t('botCheck');
  if (problem.kind === 'rate_limited') return t('rateLimited');
  return errorMessage(t, problem);
}

/** The seconds of a wait, in words; nothing once it is over. */
function countdown(text: string, seconds: number | undefined): TemplateResult | typeof nothing {
  return seconds ? countdownNote(text) : nothing;
}

function numberError(t: T, v: IdentifyValues, errors: IdentifyErrors): string | undefined {
  const e = errors.number;
  if (!e) return undefined;
  return e === 'required' ? t(`number.required.${v.numberType}`) : t(`number.invalid.${v.numberType}`);
}

function proofError(t: T, v: IdentifyValues, errors: IdentifyErrors): string | undefined {
  const e = errors.proof;
  if (!e) return undefined;
  if (e === 'required') return t(`proof.required.${v.proofType}`);
  return e === 'invalid_checksum' ? t(`proof.checksum.${v.proofType}`) : t(`proof.format.${v.proofType}`);
}

function emailError(t: T, code: string | undefined): string | undefined {
  if (!code) return undefined;
  return code === 'required' ? t('email.required') : code === 'mismatch' ? t('email.mismatch') : t('email.invalid');
}

function renderIdentify(state: IdentifyState, ctx: RegisterViewContext): TemplateResult {
  const { t, on } = ctx;
  const { options, values: v } = state;
  const errors = state.errors ?? {};
  const blocked = (state.retryIn ?? 0) > 0;
  const { terms } = options;
  return html`<h2 id="title" tabindex="-1">${t('title')}</h2>
    <p class="intro">${t('intro')}</p>
    <form novalidate aria-labelledby="title" @submit=${on.submitIdentify} @focusin=${on.focusForm}>
      ${radioChoice({
        name: 'number-type',
        legend: t('number.choose'),
        options: options.numbers.map((n) => ({ value: n, label: t(`number.label.${n}`) })),
        value: v.numberType,
        onChange: on.chooseNumber,
      })}
      ${textField({
        id: 'number',
        label: t(`number.label.${v.numberType}`),
        hint: t(`number.hint.${v.numberType}`),
        value: v.number,
        inputmode: v.numberType === 'customerNumber' ? 'numeric' : 'text',
        autocomplete: 'off',
        maxlength: 40,
        error: numberError(t, v, errors),
        onInput: (value) => on.input('number', value),
      })}
      ${radioChoice({
        name: 'proof-type',
        legend: t('proof.choose'),
        options: options.proofs.map((p) => ({ value: p, label: t(`proof.option.${p}`) })),
        value: v.proofType,
        onChange: on.chooseProof,
      })}
      ${textField({
        id: 'proof',
        label: t(`proof.label.${v.proofType}`),
        value: v.proof,
        inputmode: 'numeric',
        autocomplete: 'off',
        maxlength: 20,
        error: proofError(t, v, errors),
        onInput: (value) => on.input('proof', value),
      })}
      ${textField({
        id: 'email',
        type: 'email',
        label: t('email.label'),
        hint: t('email.hint'),
        value: v.email,
        autocomplete: 'email',
        maxlength: 254,
        error: emailError(t, errors.email),
        onInput: (value) => on.input('email', value),
      })}
      ${textField({
        id: 'emailRepeat',
        type: 'email',
        label: t('email.repeat'),
        value: v.emailRepeat,
        autocomplete: 'email',
        maxlength: 254,
        error: emailError(t, errors.emailRepeat),
        onInput: (value) => on.input('emailRepeat', value),
      })}
      ${checkboxField({
        id: 'terms',
        checked: v.terms,
        label: html`${t('terms.before')} <a href=${terms.url} target="_blank" rel="noopener" part="terms-link">${t('terms.link')}</a>
          ${t('terms.after', { version: terms.version })}`,
        error: errors.terms ? t(errors.terms === 'outdated' ? 'terms.outdated' : 'terms.required') : undefined,
        onChange: on.terms,
      })}
      <slot name="challenge"></slot>
      ${formAlert(problemText(t, state.problem))}
      ${countdown(t('retryIn', { count: state.retryIn }), state.retryIn)}
      <div class="actions">
        ${submitButton({ label: t('submit'), busyLabel: state.checking ? t('checking') : t('submitting'), busy: state.busy, waiting: blocked })}
      </div>
    </form>
    ${renderHelp(ctx, options)}`;
}

function renderHelp({ t }: RegisterViewContext, options: RegistrationOptions): TemplateResult {
  const support = options.support;
  return html`<details class="help" part="help">
    <summary>${t('help.title')}</summary>
    <p>${t('help.login')}</p>
    ${support?.phone || support?.url
      ? html`<p>
          ${t('help.ask')}
          ${support.phone ? html`<a href="tel:${support.phone.replace(/[^\d+]/g, '')}" class="nowrap">${t('help.phone', { phone: support.phone })}</a>` : nothing}${support.phone && support.url
            ? ', '
            : ''}${support.url ? html`<a href=${support.url} target="_blank" rel="noopener">${t('help.page')}</a>` : nothing}
        </p>`
      : nothing}
  </details>`;
}

function renderSent(state: SentState, ctx: RegisterViewContext): TemplateResult {
  const { t, on } = ctx;
  const waiting = state.resendIn > 0;
  return html`<h2 id="title" tabindex="-1">${t('sent.title')}</h2>
    <p>${t('sent.text', { email: state.email, hours: state.linkValidHours })}</p>
    <p class="muted">${t('sent.spam')}</p>
    ${state.resent ? formAlert(t('sent.resent'), 'success') : nothing}
    ${formAlert(problemText(t, state.problem))}
    <div class="actions">
      ${submitButton({ type: 'button', part: 'resend', label: t('sent.resend'), busy: state.busy, waiting, onClick: on.resend })}
      <button type="button" class="btn-link" part="change" @click=${on.change}>${t('sent.change')}</button>
    </div>
    ${countdown(t('sent.resendIn', { count: state.resendIn }), state.resendIn)}`;
}

function renderActivate(state: ActivateState, ctx: RegisterViewContext): TemplateResult {
  const { t, on } = ctx;
  const error =
    state.error === 'required' ? t('activate.required') : state.error === 'tooLong' ? t('activate.tooLong') : state.error === 'weak' ? t('activate.weak') : undefined;
  const blocked = (state.retryIn ?? 0) > 0;
  return html`<h2 id="title" tabindex="-1">${t('activate.title')}</h2>
    <p>${t('activate.login', { login: state.login })}</p>
    <form novalidate aria-labelledby="title" @submit=${on.submitPassword}>
      <input type="email" class="visually-hidden" autocomplete="username" .value=${state.login} readonly tabindex="-1" aria-hidden="true" />
      ${passwordField({
        id: 'password',
        part: 'input',
        label: t('activate.password'),
        autocomplete: 'new-password',
        visible: !!state.visible,
        showLabel: t('activate.show'),
        hideLabel: t('activate.hide'),
        describedBy: ['password-rules', 'password-strength'],
        readonly: state.busy,
        error,
        onInput: on.password,
        onToggle: on.toggle,
        extra: html`<div id="password-rules" class="rules">
          <p class="muted">${t('activate.rules')}</p>
          <ul>
            ${PASSWORD_RULES.map((rule) => {
              const met = !state.empty && !state.unmet.includes(rule);
              return html`<li data-met=${state.empty ? 'unknown' : String(met)}>
                ${met ? icon('check') : html`<span class="dot" aria-hidden="true"></span>`}<span
                  >${t(`activate.rule.${rule}`)}<span class="visually-hidden">: ${t(met ? 'activate.met' : 'activate.unmet')}</span></span
                >
              </li>`;
            })}
          </ul>
        </div>
        <div class="strength" data-level=${state.strength} part="strength">
          <span class="bar" aria-hidden="true"><span></span><span></span><span></span><span></span></span>
          <span id="password-strength" class="muted">${t('activate.strength', { level: t(`activate.level.${state.strength}`) })}</span>
        </div>`,
      })}
      ${formAlert(problemText(t, state.problem))}
      ${countdown(t('retryIn', { count: state.retryIn }), state.retryIn)}
      <div class="actions">
        ${submitButton({ label: t('activate.submit'), busyLabel: t('activate.submitting'), busy: state.busy, waiting: blocked })}
      </div>
    </form>`;
}

function renderTokenProblem(state: TokenProblemState, ctx: RegisterViewContext): TemplateResult {
  const { t, on } = ctx;
  const waiting = (state.resendIn ?? 0) > 0;
  return html`<h2 id="title" tabindex="-1" data-tone="error">${icon('alert')} ${t(`token.${state.reason}.title`)}</h2>
    <p>${t(`token.${state.reason}.text`)}</p>
    ${state.sent ? formAlert(t('token.sent'), 'success') : nothing}
    ${formAlert(problemText(t, state.problem))}
    <div class="actions">
      ${state.reason === 'invalid'
        ? html`<button type="button" class="btn btn-primary" part="again" @click=${on.again}>${t('token.again')}</button>`
        : submitButton({ type: 'button', part: 'new-link', label: t('token.newLink'), busy: state.busy, waiting, onClick: on.newLink })}
    </div>
    ${countdown(t('sent.resendIn', { count: state.resendIn }), state.resendIn)}`;
}
