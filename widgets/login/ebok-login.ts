import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineWidget, EbokElement } from '../core/base-element';
import { defineTranslations } from '../core/i18n/i18n';
import { getConfig } from '../core/config';
import { getSessionStore, type SessionState, type SessionStore } from '../core/session';
import { login, requestPasswordReset, resendChallenge, verifyChallenge } from '../core/api/endpoints';
import { toApiError } from '../core/api/errors';
import type { IdentifierType } from '../core/api/types';
import { getIdleWatcher, type IdleState } from '../core/idle';
import { RetryCountdown } from '../core/controllers/countdown';
import { formStyles } from '../core/forms/form-styles';
import { Announcer, LatestRequest } from '../core/forms/request';
import {
  attemptBlocked,
  IDENTIFIER_TYPES,
  loginReducer,
  parseIdentifiers,
  safeUrl,
  unknownIdentifiers,
  type Flow,
  type FocusTarget,
  type Transition,
} from './login-rules';
import { renderLogin, type CredentialsState, type LoginState, type LoginViewContext } from './login-view';
// Signed in with several accounts, the switcher shows inside the signed-in view.
import '../account-switcher/ebok-account-switcher';
import { loginStyles } from './login-styles';
import { renderPending } from '../core/ui';
import { warnOnce } from '../core/warn';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    login: typeof import('./i18n/pl.json');
  }
}

export type { LoginState, LoginNotice } from './login-view';
export type { LoginProblem } from './login-rules';


/**
 * Sign-in for the customer self-service: identifier and password, the SMS code step, "forgot
 * password", the signed-in state with logout, and the warning before an idle logout.
 *
 * The session is shared by every eBOK widget on the page: signing in here shows the customer's
 * data in all of them; logging out (here, after idle time, or on any 401) drops it from all.
 * The password lives only in its input and is cleared after every attempt.
 *
 * @summary Sign in, SMS code, password reset, signed-in state, idle logout warning.
 *
 * @attr identifiers - Space-separated identifiers the operator accepts, in order: `email`,
 *   `customerNumber`, `phone`, `cardNumber` (default `email`). With several, the customer picks one.
 * @attr registration-url - The operator's registration page (http/https); shown as "Sign up" when set.
 * @attr lang - Language of this widget (`pl`, `uk`, `ru`); inherited from the page by default.
 * @prop {LoginState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-login - A customer signed in; detail `{ customer }`. Dispatched by the shared session.
 * @fires ebok-logout - The session ended; detail `{ reason: 'user' | 'idle' | 'expired' }`.
 *
 * @csspart base - The widget's box.
 * @csspart input - Every text input.
 * @csspart submit - The primary button of each form.
 * @csspart password-toggle - "Show password".
 * @csspart identifier-choice - The identifier picker (several identifiers only).
 * @csspart forgot - "Forgot password" link button.
 * @csspart register - The registration link.
 * @csspart back - "Back to sign-in".
 * @csspart resend - "Send the code again".
 * @csspart problem - The box describing a failed attempt.
 * @csspart countdown - The time left before another attempt.
 * @csspart field-error - A message under a field.
 * @csspart notice - Information above the form (e.g. signed out after inactivity).
 * @csspart customer - Who is signed in.
 * @csspart logout - The logout button.
 * @csspart idle-dialog - The warning dialog before an idle logout.
 * @csspart stay - "Stay signed in" in the warning dialog.
 * @csspart idle-logout - "Sign out now" in the warning dialog.
 * @csspart loading - The skeleton while the session is checked.
 *
 * @cssprop --ebok-login-max-width - Widest the form grows (default 28em).
 * @cssprop --ebok-color-primary - Buttons, links, focus of choices.
 * @cssprop --ebok-color-error - Errors.
 */
export class EbokLogin extends EbokElement<'login'> {
  static override translations = defineTranslations('login', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, formStyles, loginStyles];

  /** Space-separated subset of `email customerNumber phone cardNumber`. */
  @property() identifiers = 'email';
  @property({ attribute: 'registration-url' }) registrationUrl: string | null = null;
  /** Render exactly this state; nothing is fetched. */
  @property({ attribute: false }) preview?: LoginState;

  @state() private flow: Flow = { view: 'credentials' };
  @state() private passwordVisible = false;
  @state() private idle: IdleState = { phase: 'off' };
  @state() private idleAnnouncement = '';

  /**
   * The waits on screen, on the shared controller (the page's own timers; tests fake them with
   * @sinonjs/fake-timers): Retry-After of a 429/503, the SMS resend cooldown, and the account lock
   * (in minutes on screen, but it too blocks the request until it ends).
   */
  private readonly retryWait = new RetryCountdown(this, () => this.announcer.say(this.t('errors.retryNow')));
  private readonly resendWait = new RetryCountdown(this);
  private readonly lockWait = new RetryCountdown(this);
  /** The sign-in request under way (one at a time; a step left aborts it). */
  private readonly request = new LatestRequest(this);
  private readonly announcer = new Announcer(this);
  private focusNext: FocusTarget | undefined;
  private releaseIdle: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('ebok-login-request', this.onLoginRequest);
    const watcher = getIdleWatcher();
    const release = watcher.present(this);
    const unsubscribe = watcher.subscribe((s) => this.idleChanged(s));
    this.idle = watcher.state;
    this.releaseIdle = () => {
      unsubscribe();
      release();
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('ebok-login-request', this.onLoginRequest);
    this.releaseIdle?.();
    this.releaseIdle = undefined;
  }

  /** "Zaloguj się" after an activation in <ebok-register>: the new login filled in, the password next. */
  private readonly onLoginRequest = (e: CustomEvent<{ login: string }>): void => {
    if (this.preview || e.defaultPrevented || this.session.status === 'authenticated') return;
    e.preventDefault();
    const email = this.accepted.includes('email');
    this.flow = { view: 'credentials', ...(email ? { identifier: e.detail.login, identifierType: 'email' as const } : {}) };
    this.focusNext = email ? 'password' : 'identifier';
    this.scrollIntoView({ block: 'start' });
  };

  private get store(): SessionStore {
    return this.sessionStore ?? getSessionStore();
  }

  private get accepted(): IdentifierType[] {
    return parseIdentifiers(this.identifiers);
  }

  // ------------------------------------------------------------------ session

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    this.request.abort();
    this.stopWaits();
    this.passwordVisible = false;
    const hadFocus = this.matches(':focus-within');
    this.lastIdentifier = { value: '', type: undefined };
    if (next.status === 'authenticated') {
      // Nothing typed for the previous flow survives a sign-in.
      this.flow = { view: 'credentials' };
      if (hadFocus || this.focusNext) this.focusNext = 'title';
      return;
    }
    if (previous.status === 'authenticated') {
      // Drop everything about the previous customer, including what was typed.
      const reason = next.status === 'anonymous' ? next.reason : undefined;
      const notice =
        reason === 'idle'
          ? ({ kind: 'idle', minutes: getConfig().idleMinutes } as const)
          : reason === 'expired'
            ? ({ kind: 'expired' } as const)
            : reason === 'user' || reason === 'cross_site'
              ? ({ kind: reason } as const)
              : undefined;
      this.flow = { view: 'credentials', ...(notice ? { notice } : {}) };
      this.focusNext = hadFocus ? 'title' : undefined;
    }
  }

  private idleChanged(next: IdleState): void {
    const prev = this.idle;
    this.idle = next;
    if (next.phase !== 'warning') {
      this.idleAnnouncement = '';
      return;
    }
    // Announce when the warning opens and at 30 and 10 seconds, not every second.
    const s = next.secondsLeft;
    const crossed = (mark: number) => prev.phase === 'warning' && prev.secondsLeft > mark && s <= mark;
    if (prev.phase !== 'warning' || crossed(30) || crossed(10)) this.idleAnnouncement = this.t('idle.text', { count: s });
  }

  // ------------------------------------------------------------------ countdowns

  private stopWaits(): void {
    this.retryWait.stop();
    this.resendWait.stop();
    this.lockWait.stop();
  }

  // ------------------------------------------------------------------ API calls

  /** Carry out a transition of the flow: the countdowns it starts, focus, announcements. */
  private apply(t: Transition): void {
    if (t.restart) {
      this.restart();
      return;
    }
    this.flow = t.flow;
    if (t.clearWaits) {
      this.retryWait.stop();
      this.resendWait.stop();
    }
    if (t.retryAfter !== undefined) this.retryWait.start(t.retryAfter);
    if (t.resendAfter !== undefined) this.resendWait.start(t.resendAfter);
    if (t.lockedUntil) {
      // The minutes on screen follow the API's instant; the wait re-renders them as they pass.
      const until = Date.parse(t.lockedUntil);
      if (!Number.isNaN(until)) this.lockWait.start((until - Date.now()) / 1000);
    }
    if (t.focus) this.focusNext = t.focus;
    if (t.announceResent) this.announcer.say(this.t('code.resent'));
  }

  private readonly submitCredentials = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const flow = this.flow;
    if (flow.view !== 'credentials' || this.retryWait.blocked) return;
    if (flow.problem?.kind === 'locked' && attemptBlocked(flow.problem, Date.now())) return;
    const passwordInput = this.input('password');
    if (!passwordInput) return;
    const password = passwordInput.value;
    const t = loginReducer(flow, { type: 'submit-credentials', identifierType: this.currentType(flow), password });
    this.apply(t);
    if (t.request !== 'login' || t.flow.view !== 'credentials') return;
    const { identifier = '', identifierType = this.currentType(t.flow) } = t.flow;
    const signal = this.request.begin();
    try {
      const result = await login({ identifier: identifier.trim(), identifierType, password }, { signal });
      if (result.status === 'authenticated') {
        this.focusNext = 'title';
        this.store.signedIn(result.session, this);
      } else {
        this.apply(loginReducer(this.flow, { type: 'challenge', challenge: result.challenge, resent: false }));
      }
    } catch (error) {
      if (!signal.aborted) this.apply(loginReducer(this.flow, { type: 'failed', step: 'login', error: toApiError(error) }));
    } finally {
      // The password is never kept: cleared after every attempt, whatever the outcome.
      passwordInput.value = '';
    }
  };

  private readonly submitCode = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (this.retryWait.blocked) return;
    const t = loginReducer(this.flow, { type: 'submit-code' });
    this.apply(t);
    if (t.request !== 'verify' || t.flow.view !== 'code') return;
    const { challengeId, code = '' } = t.flow;
    const signal = this.request.begin();
    try {
      const session = await verifyChallenge({ challengeId, code }, { signal });
      this.focusNext = 'title';
      this.store.signedIn(session, this);
    } catch (error) {
      if (!signal.aborted) this.apply(loginReducer(this.flow, { type: 'failed', step: 'code', error: toApiError(error) }));
    }
  };

  private readonly resend = async (): Promise<void> => {
    if (this.resendWait.blocked) return;
    const t = loginReducer(this.flow, { type: 'resend' });
    this.apply(t);
    if (t.request !== 'resend' || t.flow.view !== 'code') return;
    const signal = this.request.begin();
    try {
      const challenge = await resendChallenge({ challengeId: t.flow.challengeId }, { signal });
      this.apply(loginReducer(this.flow, { type: 'challenge', challenge, resent: true }));
    } catch (error) {
      if (!signal.aborted) this.apply(loginReducer(this.flow, { type: 'failed', step: 'resend', error: toApiError(error) }));
    }
  };

  /** The SMS challenge is gone: back to the form, which says why. */
  private restart(): void {
    const identifier = this.lastIdentifier;
    this.retryWait.stop();
    this.resendWait.stop();
    this.flow = { view: 'credentials', identifier: identifier.value, identifierType: identifier.type, notice: { kind: 'challenge_gone' } };
    this.focusNext = 'password';
  }

  private readonly submitReset = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (this.retryWait.blocked) return;
    const t = loginReducer(this.flow, { type: 'submit-reset' });
    this.apply(t);
    if (t.request !== 'reset' || t.flow.view !== 'reset') return;
    const email = t.flow.email ?? '';
    const signal = this.request.begin();
    try {
      const accepted = await requestPasswordReset({ email }, { signal });
      this.apply(loginReducer(this.flow, { type: 'reset-accepted', linkValidHours: accepted.linkValidHours }));
    } catch (error) {
      if (!signal.aborted) this.apply(loginReducer(this.flow, { type: 'failed', step: 'reset', error: toApiError(error) }));
    }
  };

  // ------------------------------------------------------------------ small handlers

  /** The identifier typed last (kept when going to another step and back). */
  private lastIdentifier: { value: string; type: IdentifierType | undefined } = { value: '', type: undefined };

  private currentType(flow: CredentialsState): IdentifierType {
    const accepted = this.accepted;
    return flow.identifierType && accepted.includes(flow.identifierType) ? flow.identifierType : accepted[0]!;
  }

  private readonly handlers = {
    chooseType: (type: IdentifierType) => {
      this.apply(loginReducer(this.flow, { type: 'choose-type', identifierType: type }));
      this.lastIdentifier = { ...this.lastIdentifier, type };
    },
    identifierInput: (value: string) => {
      this.apply(loginReducer(this.flow, { type: 'identifier-input', value }));
      if (this.flow.view === 'credentials') this.lastIdentifier = { value, type: this.currentType(this.flow) };
    },
    togglePassword: () => {
      this.passwordVisible = !this.passwordVisible;
      if (this.flow.view === 'credentials' && this.flow.errors?.password) {
        this.flow = { ...this.flow, errors: { ...this.flow.errors, password: undefined } };
      }
    },
    submitCredentials: (e: SubmitEvent) => void this.submitCredentials(e),
    forgot: () => {
      this.request.abort();
      const flow = this.flow;
      this.apply(loginReducer(flow, { type: 'forgot', identifierType: flow.view === 'credentials' ? this.currentType(flow) : 'email' }));
    },
    codeInput: (value: string) => this.apply(loginReducer(this.flow, { type: 'code-input', value })),
    submitCode: (e: SubmitEvent) => void this.submitCode(e),
    resend: () => void this.resend(),
    back: () => {
      this.request.abort();
      this.retryWait.stop();
      this.resendWait.stop();
      this.flow = { view: 'credentials', identifier: this.lastIdentifier.value, identifierType: this.lastIdentifier.type };
      this.focusNext = 'identifier';
    },
    resetInput: (value: string) => this.apply(loginReducer(this.flow, { type: 'reset-input', value })),
    submitReset: (e: SubmitEvent) => void this.submitReset(e),
    register: (e: Event) => {
      // <ebok-register> on the page answers (preventDefault): registration opens there, not on another page.
      if (!this.emit('ebok-register-request', {}, { cancelable: true })) e.preventDefault();
    },
    logout: () => {
      this.focusNext = 'title';
      void this.store.end('user', this);
    },
    stay: (e?: Event) => {
      // Escape on the dialog: the customer is evidently here.
      e?.preventDefault();
      getIdleWatcher().stay();
    },
    idleLogout: () => {
      this.focusNext = 'title';
      void this.store.end('user', this);
    },
  };

  // ------------------------------------------------------------------ render

  /** The state on screen: the preview, or the live one with its countdowns filled in. */
  private get viewState(): LoginState {
    if (this.preview) return this.preview;
    const session = this.session;
    // While the session is unknown the sign-in form is laid out invisibly (see render()).
    if (session.status === 'authenticated') {
      return {
        view: 'signed-in',
        customer: session.session.customer,
        ...(session.session.accounts.length > 1 ? { accounts: {} } : {}),
        ...(this.idle.phase === 'warning' ? { idleWarning: this.idle.secondsLeft } : {}),
      };
    }
    const flow = this.flow;
    const retry = this.retryWait.secondsLeft;
    const problem = flow.view !== 'reset-sent' ? flow.problem : undefined;
    const liveProblem =
      problem && (problem.kind === 'rate_limited' || problem.kind === 'unavailable') ? { ...problem, seconds: retry } : problem;
    switch (flow.view) {
      case 'credentials':
        return { ...flow, ...(liveProblem ? { problem: liveProblem } : {}) };
      case 'code': {
        const { challengeId: _id, ...rest } = flow;
        return { ...rest, resendIn: this.resendWait.secondsLeft, ...(liveProblem ? { problem: liveProblem } : {}) };
      }
      case 'reset':
        return { ...flow, ...(liveProblem ? { problem: liveProblem } : {}) };
      case 'reset-sent':
        return flow;
    }
  }

  override render() {
    if (!this.i18n.ready) {
      // Strings not loaded yet: the skeleton, without words.
      return html`<section part="base" class="login" aria-busy="true">
        <div class="state" data-kind="loading">
          ${['sk-title', 'sk-label', 'sk-input', 'sk-label', 'sk-input', 'sk-button'].map((c) => html`<span class="skeleton ${c}"></span>`)}
        </div>
      </section>`;
    }
    const state = this.viewState;
    const watcher = getIdleWatcher();
    const ctx: LoginViewContext = {
      t: (key, options) => this.t(key, options),
      lang: this.language,
      now: Date.now(),
      identifiers: this.accepted,
      registrationUrl: safeUrl(this.registrationUrl),
      registerInPage: !!this.ownerDocument.querySelector('ebok-register'),
      passwordVisible: this.passwordVisible,
      dialogOpen: !!this.preview,
      presentsIdleWarning: !!this.preview || watcher.isPresenter(this),
      idleAnnouncement: this.preview ? '' : this.idleAnnouncement,
      on: this.handlers,
    };
    const view = renderLogin(state, ctx);
    return html`<section
      part="base"
      class="login"
      lang=${this.language}
      aria-labelledby=${this.label.trim() ? nothing : 'title'}
      aria-label=${this.label.trim() || nothing}
      data-view=${state.view}
    >
      ${!this.preview && this.session.status === 'unknown' ? renderPending(view) : view}
      <p class="visually-hidden" role="status">${this.preview ? '' : this.announcer.text}</p>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Tell the operator about attribute values that would otherwise fall back silently.
    if (changed.has('identifiers')) {
      for (const word of unknownIdentifiers(this.identifiers)) {
        warnOnce(
          `identifiers:${word}`,
          `<ebok-login identifiers="${this.identifiers}">: "${word}" is not an identifier and is ignored. Use ${IDENTIFIER_TYPES.join(', ')}.`,
        );
      }
    }
    if (changed.has('registrationUrl') && this.registrationUrl && !safeUrl(this.registrationUrl)) {
      warnOnce(`registration-url:${this.registrationUrl}`, `<ebok-login registration-url="${this.registrationUrl}">: only http(s) addresses are shown; this one is ignored.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncDialog();
    const target = this.focusNext;
    if (!target || !this.i18n.ready) return;
    this.focusNext = undefined;
    const root = this.renderRoot;
    const el =
      target === 'first-invalid'
        ? root.querySelector<HTMLElement>('[aria-invalid="true"]')
        : target === 'title'
          ? root.querySelector<HTMLElement>('#title')
          : this.input(target === 'reset-email' ? 'reset-email' : target);
    el?.focus();
  }

  private syncDialog(): void {
    if (this.preview) return;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#idle-dialog');
    if (!dialog) return;
    const warning = this.idle.phase === 'warning' && this.session.status === 'authenticated';
    if (warning && !dialog.open) {
      dialog.showModal();
    } else if (!warning && dialog.open) {
      dialog.close();
    }
  }

  private input(id: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
  }
}

await defineWidget('ebok-login', EbokLogin);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-login': EbokLogin;
  }
}
