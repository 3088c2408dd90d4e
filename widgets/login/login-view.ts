/**
 * Templates of <ebok-login>, rendered from data alone (every state, for the element, the gallery
 * and the tests). No fetching, no timers: the element passes live values (seconds left, now).
 * The sign-in form's own templates are in login-form-view.ts (a chunk of their own, which a
 * signed-in page never loads); renderLogin() draws them through `ctx.form`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SwitcherState } from '../account-switcher/ebok-account-switcher';
import type { Customer, IdentifierType } from '../core/api/types';
import type { Lang } from '../core/i18n/languages';
import { icon, renderSkeleton } from '../core/ui';
import type { IdentifierProblem, LoginProblem } from './login-rules';
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

/** The states of the sign-in form (login-form-view.ts). */
export type FormState = CredentialsState | CodeState | ResetState | ResetSentState;

/** Every state <ebok-login> can show; set as `preview` to render exactly that one. */
export type LoginState = { view: 'checking' } | FormState | SignedInState;

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
  /** The form's templates (login-form-view.ts), once its chunk is loaded. */
  form?: (state: FormState, ctx: LoginViewContext) => TemplateResult;
}

export function renderLogin(state: LoginState, ctx: LoginViewContext): TemplateResult {
  switch (state.view) {
    case 'checking':
      // The widget's region is labelled by #title: the skeleton has it too, for screen readers only.
      return html`<h2 id="title" class="visually-hidden">${ctx.t('title')}</h2>
        ${renderSkeleton(ctx.t, ['sk-title', 'sk-label', 'sk-input', 'sk-label', 'sk-input', 'sk-button'])}`;
    case 'signed-in':
      return renderSignedIn(state, ctx);
    default:
      // The form's templates come with its chunk (login-form.ts); until then, the skeleton.
      return ctx.form ? ctx.form(state, ctx) : renderLogin({ view: 'checking' }, ctx);
  }
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
