/**
 * Templates of <ebok-login>, rendered from data alone (every state, for the element, the gallery
 * and the tests). No fetching, no timers: the element passes live values (seconds left, now).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SwitcherState } from '../account-switcher/ebok-account-switcher';
import type { Customer, IdentifierType } from '../core/api/types';
import { formatInstant } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import { errorMessage, icon, renderSkeleton } from '../core/ui';
import { countdownNote, formAlert, passwordField, radioChoice, submitButton, textField } from '../core/forms/field';
import { ApiError } from '../core/api/errors';
import { attemptBlocked, CODE_LENGTH, IDENTIFIER_SPECS, minutesUntil, type IdentifierProblem, type LoginProblem } from './login-rules';
import type { Translate } from '../core/i18n/keys';

type T = Translate<'login'>;

/** A message shown above the sign-in form after the session ended or sign-in had to restart. */
export type LoginNotice =
  | { kind: 'idle'; minutes: number }
  | { kind: 'expired' }
  /** Sign-in succeeded but the browser dropped the session cookie (API on another site). */
  | { kind: 'cross_site' }
  | { kind: 'user' }
  | { kind: 'challenge_gone' };

export interface CredentialsState {
  view: 'credentials';
  /** The identifier chosen (when the operator accepts several); default: the first accepted. */
  identifierType?: IdentifierType;
  identifier?: string;
  busy?: boolean;
  errors?: { identifier?: IdentifierProblem; password?: 'required' };
  problem?: LoginProblem;
  notice?: LoginNotice;
}

export interface CodeState {
  view: 'code';
  maskedPhone: string;
  /** When the current code stops being valid (ISO instant). */
  expiresAt: string;
  code?: string;
  busy?: boolean;
  resending?: boolean;
  /** Seconds before a new code may be requested (0: now). */
  resendIn: number;
  error?: 'required' | 'format';
  problem?: LoginProblem;
  /** A new code was just sent. */
  resent?: boolean;
}

export interface ResetState {
  view: 'reset';
  email?: string;
  busy?: boolean;
  error?: IdentifierProblem;
  problem?: LoginProblem;
}

export interface ResetSentState {
  view: 'reset-sent';
  email: string;
  linkValidHours: number;
}

export interface SignedInState {
  view: 'signed-in';
  customer: Customer;
  /**
   * Two accounts or more: the account switcher shows (issue #19). `preview` is its state in the
   * gallery; live, the switcher follows the session itself.
   */
  accounts?: { preview?: SwitcherState };
  /** Seconds left before the idle logout; the warning dialog shows while set. */
  idleWarning?: number;
}

/** Every state <ebok-login> can show; set as `preview` to render exactly that one. */
export type LoginState =
  | { view: 'checking' }
  | CredentialsState
  | CodeState
  | ResetState
  | ResetSentState
  | SignedInState;

export interface LoginHandlers {
  chooseType(type: IdentifierType): void;
  identifierInput(value: string): void;
  togglePassword(): void;
  submitCredentials(e: SubmitEvent): void;
  forgot(): void;
  codeInput(value: string): void;
  submitCode(e: SubmitEvent): void;
  resend(): void;
  back(): void;
  resetInput(value: string): void;
  submitReset(e: SubmitEvent): void;
  register(e: Event): void;
  logout(): void;
  stay(): void;
  idleLogout(): void;
}

export interface LoginViewContext {
  t: T;
  lang: Lang;
  /** Clock time (ms) for "unlocks in N minutes". */
  now: number;
  identifiers: readonly IdentifierType[];
  registrationUrl: string | undefined;
  /** An <ebok-register> is on the page: "Zarejestruj się" opens it in place. */
  registerInPage: boolean;
  passwordVisible: boolean;
  /** Render the idle dialog already open (gallery/preview); the element opens it as a modal instead. */
  dialogOpen: boolean;
  /** This widget presents the idle warning (only one per page does). */
  presentsIdleWarning: boolean;
  /** Text for the live region inside the idle dialog. */
  idleAnnouncement: string;
  on: LoginHandlers;
}

export function renderLogin(state: LoginState, ctx: LoginViewContext): TemplateResult {
  switch (state.view) {
    case 'checking':
      // The widget's region is labelled by #title: the skeleton has it too, for screen readers only.
      return html`<h2 id="title" class="visually-hidden">${ctx.t('title')}</h2>
        ${renderSkeleton(ctx.t, ['sk-title', 'sk-label', 'sk-input', 'sk-label', 'sk-input', 'sk-button'])}`;
    case 'credentials':
      return renderCredentials(state, ctx);
    case 'code':
      return renderCode(state, ctx);
    case 'reset':
      return renderReset(state, ctx);
    case 'reset-sent':
      return renderResetSent(state, ctx);
    case 'signed-in':
      return renderSignedIn(state, ctx);
  }
}

/** Seconds during which a new attempt must wait, from the problem. */
export function blockedSeconds(problem: LoginProblem | undefined): number {
  return problem && (problem.kind === 'rate_limited' || problem.kind === 'unavailable') ? problem.seconds : 0;
}

function renderNotice(notice: LoginNotice | undefined, t: T): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const text =
    notice.kind === 'idle'
      ? // The strings format the minutes through Intl ({{count, number}}): "po 0,5 minuty", never "0.5".
        t('notice.idle', { count: notice.minutes })
      : notice.kind === 'challenge_gone'
        ? t('notice.challengeGone')
        : t(`notice.${notice.kind}`);
  return html`<p class="notice" part="notice" data-notice=${notice.kind}>
    ${icon(notice.kind === 'user' ? 'check' : notice.kind === 'cross_site' ? 'alert' : 'info')}<span>${text}</span>
  </p>`;
}

/** What went wrong, in one sentence or two. */
function problemLines(problem: LoginProblem, { t, lang, now }: LoginViewContext): string[] {
  switch (problem.kind) {
    case 'invalid_credentials':
      return [
        t('errors.invalidCredentials'),
        ...(problem.attemptsLeft !== undefined && problem.attemptsLeft > 0 ? [t('errors.attemptsLeft', { count: problem.attemptsLeft })] : []),
      ];
    case 'locked': {
      const minutes = problem.until ? minutesUntil(problem.until, now) : 0;
      return [
        t('errors.locked'),
        minutes > 0 && problem.until
          ? t('errors.lockedFor', { count: minutes, time: formatInstant(problem.until, lang, { timeStyle: 'short' }) })
          : t('errors.lockedLater'),
      ];
    }
    case 'rate_limited':
      return [t('errors.rateLimited')];
    case 'unavailable':
      return [t('errors.unavailable')];
    case 'code_invalid':
      return [t('code.invalid'), ...(problem.attemptsLeft !== undefined ? [t('code.attemptsLeft', { count: problem.attemptsLeft })] : [])];
    case 'code_expired':
      return [t('code.expired')];
    case 'challenge_gone':
      return [t('notice.challengeGone')];
    case 'general':
      return [errorMessage(t, new ApiError({ kind: problem.error }))];
  }
}

/** The problem: the shared form alert (announced once) and, outside it, a ticking countdown. */
function renderProblem(problem: LoginProblem | undefined, ctx: LoginViewContext): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  const { t } = ctx;
  const waiting = problem.kind === 'rate_limited' || problem.kind === 'unavailable';
  return html`<div class="problem" part="problem" data-problem=${problem.kind}>
    ${formAlert(problemLines(problem, ctx).join(' '), 'error', undefined, problem.kind === 'locked' ? 'lock' : 'alert')}
    ${waiting ? countdownNote(problem.seconds > 0 ? t('errors.retryIn', { count: problem.seconds }) : t('errors.retryNow')) : nothing}
  </div>`;
}

function renderCredentials(state: CredentialsState, ctx: LoginViewContext): TemplateResult {
  const { t, identifiers, on } = ctx;
  const type = state.identifierType && identifiers.includes(state.identifierType) ? state.identifierType : identifiers[0]!;
  const spec = IDENTIFIER_SPECS[type];
  const errors = state.errors ?? {};
  // A locked account gets no active sign-in button while the lock lasts, like a countdown.
  const blocked = attemptBlocked(state.problem, ctx.now);
  return html`<h2 id="title" tabindex="-1">${t('title')}</h2>
    ${renderNotice(state.notice, t)}
    <form novalidate @submit=${on.submitCredentials} aria-labelledby="title">
      ${radioChoice({
        name: 'identifier-type',
        legend: t('identifier.choose'),
        options: identifiers.map((option) => ({ value: option, label: t(`identifier.label.${option}`) })),
        value: type,
        part: 'identifier-choice',
        onChange: on.chooseType,
      })}
      ${textField({
        id: 'identifier',
        name: 'username',
        part: 'input',
        label: t(`identifier.label.${type}`),
        hint: t(`identifier.hint.${type}`),
        value: state.identifier ?? '',
        type: spec.type,
        inputmode: spec.inputmode,
        autocomplete: spec.autocomplete,
        maxlength: spec.maxLength,
        readonly: state.busy,
        error: errors.identifier && t(`identifier.${errors.identifier}.${type}`),
        onInput: on.identifierInput,
      })}
      ${passwordField({
        id: 'password',
        part: 'input',
        label: t('password.label'),
        autocomplete: 'current-password',
        visible: ctx.passwordVisible,
        showLabel: t('password.show'),
        hideLabel: t('password.hide'),
        readonly: state.busy,
        error: errors.password && t('password.required'),
        onToggle: on.togglePassword,
      })}
      ${renderProblem(state.problem, ctx)}
      ${submitButton({ label: t('submit'), busyLabel: t('submitting'), busy: state.busy, waiting: blocked })}
      <div class="links">
        <button type="button" class="btn-link" part="forgot" @click=${on.forgot}>${t('password.forgot')}</button>
        ${ctx.registrationUrl || ctx.registerInPage
          ? html`<p>
              ${t('register.question')}
              ${ctx.registrationUrl
                ? html`<a href=${ctx.registrationUrl} part="register" @click=${on.register}>${t('register.link')}</a>`
                : html`<button type="button" class="btn-link" part="register" @click=${on.register}>${t('register.link')}</button>`}
            </p>`
          : nothing}
      </div>
    </form>`;
}

function renderCode(state: CodeState, ctx: LoginViewContext): TemplateResult {
  const { t, lang, on } = ctx;
  const waiting = state.resendIn > 0;
  return html`<h2 id="title" tabindex="-1">${t('code.title')}</h2>
    <p>${t('code.sent', { phone: state.maskedPhone.replace(/ /g, '\u00a0') })}</p>
    ${state.resent ? html`<p class="notice" data-notice="resent">${icon('check')}<span>${t('code.resent')}</span></p>` : nothing}
    <form novalidate @submit=${on.submitCode} aria-labelledby="title">
      ${textField({
        id: 'code',
        part: 'input',
        label: t('code.label'),
        hint: t('code.hint', { time: formatInstant(state.expiresAt, lang, { timeStyle: 'short' }) }),
        value: state.code ?? '',
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        maxlength: CODE_LENGTH,
        readonly: state.busy,
        error: state.error && t(`code.${state.error}`),
        invalid: state.problem?.kind === 'code_invalid',
        onInput: on.codeInput,
      })}
      ${renderProblem(state.problem, ctx)}
      ${submitButton({ label: t('code.submit'), busyLabel: t('code.submitting'), busy: state.busy, waiting: blockedSeconds(state.problem) > 0 })}
      <div class="resend">
        ${submitButton({
          type: 'button',
          secondary: true,
          part: 'resend',
          label: t('code.resend'),
          busyLabel: t('code.resending'),
          busy: state.resending,
          waiting: waiting || state.busy,
          ...(waiting ? { describedBy: ['resend-wait'] } : {}),
          onClick: on.resend,
        })}
        ${countdownNote(waiting ? t('code.resendIn', { count: state.resendIn }) : undefined, 'resend-wait')}
      </div>
      <div class="links">
        <button type="button" class="btn-link" part="back" @click=${on.back}>${t('code.back')}</button>
      </div>
    </form>`;
}

function renderReset(state: ResetState, ctx: LoginViewContext): TemplateResult {
  const { t, on } = ctx;
  return html`<h2 id="title" tabindex="-1">${t('reset.title')}</h2>
    <p id="reset-intro">${t('reset.intro')}</p>
    <form novalidate @submit=${on.submitReset} aria-labelledby="title">
      ${textField({
        id: 'reset-email',
        name: 'email',
        part: 'input',
        type: 'email',
        label: t('reset.label'),
        value: state.email ?? '',
        inputmode: 'email',
        autocomplete: 'email',
        maxlength: 254,
        describedBy: ['reset-intro'],
        readonly: state.busy,
        error: state.error && t(`reset.${state.error}`),
        onInput: on.resetInput,
      })}
      ${renderProblem(state.problem, ctx)}
      ${submitButton({ label: t('reset.submit'), busyLabel: t('reset.submitting'), busy: state.busy, waiting: blockedSeconds(state.problem) > 0 })}
      <div class="links">
        <button type="button" class="btn-link" part="back" @click=${on.back}>${t('reset.back')}</button>
      </div>
    </form>`;
}

function renderResetSent(state: ResetSentState, ctx: LoginViewContext): TemplateResult {
  const { t, on } = ctx;
  return html`<h2 id="title" tabindex="-1" class="with-icon">${icon('check')}<span>${t('reset.sentTitle')}</span></h2>
    <div class="stack" data-sent>
      <p class="break">${t('reset.sent', { email: state.email })}</p>
      <p>${t('reset.validFor', { count: state.linkValidHours })}</p>
      <p class="muted">${t('reset.spam')}</p>
    </div>
    <div>
      <button type="button" class="btn" part="back" @click=${on.back}>${t('reset.back')}</button>
    </div>`;
}

function renderSignedIn(state: SignedInState, ctx: LoginViewContext): TemplateResult {
  const { t, on } = ctx;
  const warning = state.idleWarning;
  return html`<h2 id="title" tabindex="-1">${t('signedIn.title')}</h2>
    <dl class="who" part="customer">
      <div>
        <dt>${t('signedIn.as')}</dt>
        <dd class="name">${state.customer.name}</dd>
      </div>
      <div>
        <dt>${t('signedIn.customerNumber')}</dt>
        <dd class="num">${state.customer.customerNumber}</dd>
      </div>
    </dl>
    ${state.accounts ? html`<ebok-account-switcher part="accounts" .preview=${state.accounts.preview}></ebok-account-switcher>` : nothing}
    <div>
      <button type="button" class="btn" part="logout" @click=${on.logout}>${t('signedIn.logout')}</button>
    </div>
    ${ctx.presentsIdleWarning
      ? html`<dialog
          id="idle-dialog"
          part="idle-dialog"
          aria-labelledby="idle-title"
          aria-describedby="idle-text"
          ?open=${ctx.dialogOpen && warning !== undefined}
          @cancel=${on.stay}
        >
          ${warning !== undefined
            ? html`<h2 id="idle-title" class="with-icon">${icon('clock')}<span>${t('idle.title')}</span></h2>
                <p id="idle-text">${t('idle.text', { count: warning })}</p>
                <p class="visually-hidden" role="status">${ctx.idleAnnouncement}</p>
                <div class="actions">
                  <button type="button" class="btn btn-primary" part="stay" ?autofocus=${!ctx.dialogOpen} @click=${on.stay}>${t('idle.stay')}</button>
                  <button type="button" class="btn" part="idle-logout" @click=${on.idleLogout}>${t('idle.logout')}</button>
                </div>`
            : nothing}
        </dialog>`
      : nothing}`;
}
