import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineWidget, EbokElement } from '../core/base-element';
import { defineTranslations } from '../core/i18n/i18n';
import { getConfig } from '../core/config';
import { getSessionStore, type SessionState, type SessionStore } from '../core/session';
import type { IdleState } from '../core/idle';
import { formStyles } from '../core/forms/form-styles';
import type { FocusTarget } from './login-rules';
import { warnAttributes } from './login-attributes';
import { renderLogin, type LoginNotice, type LoginState, type LoginViewContext } from './login-view';
import type { LoginForm } from './login-form';
// Signed in with several accounts, the switcher shows inside the signed-in view.
import '../account-switcher/ebok-account-switcher';
import { loginStyles } from './login-styles';
import { renderPending } from '../core/ui';

type FormModule = typeof import('./login-form');

/**
 * The idle watcher (core/idle.ts) runs only while someone is signed in, and session.ts loads it at
 * the first sign-in: the element joins it then too, so a signed-out page never fetches it.
 */
let idleModule: typeof import('../core/idle') | undefined;
const loadIdle = () => import('../core/idle').then((m) => (idleModule = m));

/** Until the form is here its handlers do nothing (its templates are not on screen either). */
const NO_FORM = {
  chooseType: () => undefined,
  identifierInput: () => undefined,
  togglePassword: () => undefined,
  submitCredentials: (e: SubmitEvent) => e.preventDefault(),
  forgot: () => undefined,
  codeInput: () => undefined,
  submitCode: (e: SubmitEvent) => e.preventDefault(),
  resend: () => undefined,
  back: () => undefined,
  resetInput: () => undefined,
  submitReset: (e: SubmitEvent) => e.preventDefault(),
  register: () => undefined,
};

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    // Two bundles of one namespace: the form's strings come with the form (login-form.ts).
    login: typeof import('./i18n/pl.json') & typeof import('./i18n/form.pl.json');
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

  @state() private idle: IdleState = { phase: 'off' };
  @state() private idleAnnouncement = '';

  /**
   * The sign-in form (login-form.ts), a chunk of its own: loaded once the session is known to be
   * anonymous, or for a preview of a form state — a signed-in page never fetches it (issue 13).
   */
  private form: LoginForm | undefined;
  private formModule: FormModule | undefined;
  private formLoad: Promise<LoginForm> | undefined;
  private focusNext: FocusTarget | undefined;
  private releaseIdle: (() => void) | undefined;

  constructor() {
    super();
    // Signing out will need the form: pointer or focus on "Wyloguj" fetches it ahead of the click.
    const intent = (e: Event) => {
      const target = e.composedPath()[0];
      if (target instanceof Element && target.closest('[part~="logout"]')) void this.loadForm().catch(() => undefined);
    };
    this.addEventListener('pointerover', intent);
    this.addEventListener('focusin', intent);
    // Upgraded in place, the operator's reserved height (`ebok-login:not(:defined)`, see
    // docs/operators/security.md "Reserving space") still applies while this constructor runs.
    // The form now arrives after the session is known: the skeleton keeps that height until
    // then, so nothing on the page moves (CSSOM only: the strict CSP allows it).
    if (this.isConnected) {
      const reserved = this.getBoundingClientRect().height;
      if (reserved > 0) this.style.setProperty('--_login-reserved', `${reserved}px`);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('ebok-login-request', this.onLoginRequest);
    this.joinIdle();
  }

  /** Present the idle warning (the first <ebok-login> of the page does) once someone is signed in. */
  private joinIdle(): void {
    const join = (m: NonNullable<typeof idleModule>) => {
      if (!this.isConnected || this.releaseIdle) return;
      const watcher = m.getIdleWatcher();
      const release = watcher.present(this);
      const unsubscribe = watcher.subscribe((s) => this.idleChanged(s));
      this.idle = watcher.state;
      this.releaseIdle = () => {
        unsubscribe();
        release();
      };
    };
    if (idleModule) join(idleModule);
    else if (this.session.status === 'authenticated') loadIdle().then(join, () => undefined);
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
    const login = e.detail.login;
    // Synchronously when the form is here (the login shows in this very update), else once it is.
    if (this.form) this.form.loginRequest(login);
    else void this.loadForm().then((form) => form.loginRequest(login));
    this.scrollIntoView({ block: 'start' });
  };

  private loadForm(): Promise<LoginForm> {
    return (this.formLoad ??= import('./login-form').then(
      (mod) => {
        this.formModule = mod;
        this.form = new mod.LoginForm({
          host: this,
          t: (key, options) => this.t(key, options),
          store: () => this.store,
          identifiers: () => this.identifiers,
          registrationUrl: () => this.registrationUrl,
          focus: (target) => (this.focusNext = target),
        });
        this.requestUpdate();
        return this.form;
      },
      (e: unknown) => {
        // The chunk did not arrive: the skeleton stays; the next update asks again.
        this.formLoad = undefined;
        throw e;
      },
    ));
  }

  /** Resolves when this widget's strings are loaded and, when it shows the form, the form too. */
  override get translationsReady(): Promise<void> {
    return super.translationsReady
      .then(() => (this.preview ? undefined : this.store.check()))
      .then(() => (this.needsForm ? this.loadForm().then((form) => form.translationsReady) : undefined))
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  private get needsForm(): boolean {
    const view = this.preview?.view;
    return view ? view !== 'signed-in' && view !== 'checking' : this.session.status === 'anonymous';
  }

  private get store(): SessionStore {
    return this.sessionStore ?? getSessionStore();
  }

  // ------------------------------------------------------------------ session

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    this.form?.sessionChanged();
    const hadFocus = this.matches(':focus-within');
    if (next.status === 'authenticated') {
      this.joinIdle();
      // Nothing typed for the previous flow survives a sign-in.
      this.form?.show(undefined);
      if (hadFocus || this.focusNext) this.focusNext = 'title';
      return;
    }
    if (previous.status === 'authenticated') {
      // Drop everything about the previous customer, including what was typed.
      const reason = next.status === 'anonymous' ? next.reason : undefined;
      const notice: LoginNotice | undefined =
        reason === 'idle'
          ? { kind: 'idle', minutes: getConfig().idleMinutes }
          : reason === 'expired'
            ? { kind: 'expired' }
            : reason === 'user' || reason === 'cross_site'
              ? { kind: reason }
              : undefined;
      this.focusNext = hadFocus ? 'title' : undefined;
      if (this.form) this.form.show(notice);
      else void this.loadForm().then((form) => form.show(notice));
    }
  }

  private idleChanged(next: IdleState): void {
    const prev = this.idle;
    this.idle = next;
    if (next.phase !== 'warning') {
      this.idleAnnouncement = '';
      return;
    }
    // An idle logout may follow: the form it shows is fetched now.
    if (prev.phase !== 'warning') void this.loadForm().catch(() => undefined);
    // Announce when the warning opens and at 30 and 10 seconds, not every second.
    const s = next.secondsLeft;
    const crossed = (mark: number) => prev.phase === 'warning' && prev.secondsLeft > mark && s <= mark;
    if (prev.phase !== 'warning' || crossed(30) || crossed(10)) this.idleAnnouncement = this.t('idle.text', { count: s });
  }

  // ------------------------------------------------------------------ handlers

  private readonly signedInHandlers = {
    logout: () => {
      this.focusNext = 'title';
      void this.store.end('user', this);
    },
    stay: (e?: Event) => {
      // Escape on the dialog: the customer is evidently here.
      e?.preventDefault();
      idleModule?.getIdleWatcher().stay();
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
    if (session.status === 'authenticated') {
      return {
        view: 'signed-in',
        customer: session.session.customer,
        ...(session.session.accounts.length > 1 ? { accounts: {} } : {}),
        ...(this.idle.phase === 'warning' ? { idleWarning: this.idle.secondsLeft } : {}),
      };
    }
    // While the session is unknown, or until the form's chunk is here, the skeleton.
    return this.form?.state ?? { view: 'checking' };
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
    const ctx: LoginViewContext = {
      t: (key, options) => this.t(key, options),
      lang: this.language,
      now: Date.now(),
      identifiers: this.form?.accepted ?? [],
      registrationUrl: this.form?.registrationUrl,
      registerInPage: !!this.ownerDocument.querySelector('ebok-register'),
      passwordVisible: this.form?.passwordVisible ?? false,
      dialogOpen: !!this.preview,
      presentsIdleWarning: !!this.preview || !!idleModule?.getIdleWatcher().isPresenter(this),
      idleAnnouncement: this.preview ? '' : this.idleAnnouncement,
      on: { ...(this.form?.handlers ?? NO_FORM), ...this.signedInHandlers },
      // The form's templates once its chunk and its strings in this language are here.
      ...(this.formModule && this.form?.speaks(this.language) ? { form: this.formModule.renderForm } : {}),
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
      ${!this.preview && this.session.status === 'unknown' && this.form ? renderPending(view) : view}
      <p class="visually-hidden" role="status">${this.preview ? '' : (this.form?.announcement ?? '')}</p>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.formLoad && this.needsForm) void this.loadForm().catch(() => undefined);
    // On every page, signed in or not: the form (and its rules) may never load there.
    if (changed.has('identifiers') || changed.has('registrationUrl')) {
      warnAttributes(changed.has('identifiers') ? this.identifiers : null, changed.has('registrationUrl') ? this.registrationUrl : null);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncDialog();
    // A real view is on screen (the form or the signed-in view): the reservation has done its job.
    if (!this.renderRoot.querySelector('[data-kind="loading"]')) this.style.removeProperty('--_login-reserved');
    const target = this.focusNext;
    // The skeleton has nothing to focus: wait for the view the focus is meant for.
    if (!target || !this.i18n.ready || this.renderRoot.querySelector('[data-kind="loading"]')) return;
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
