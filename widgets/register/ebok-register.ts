import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { idempotencyKey } from '../core/api/client';
import {
  activateAccount,
  checkActivationToken,
  getRegistrationChallenge,
  getRegistrationOptions,
  resendRegistration,
  startRegistration,
} from '../core/api/endpoints';
import { ApiError, toApiError } from '../core/api/errors';
import type { RegistrationChallengeAnswer, RegistrationOptions } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { FocusAfterUpdate } from '../core/controllers/focus';
import { RetryCountdown } from '../core/controllers/countdown';
import { formStyles } from '../core/forms/form-styles';
import { Announcer, LatestRequest } from '../core/forms/request';
import { defineTranslations } from '../core/i18n/i18n';
import { getSessionStore } from '../core/session';
import { renderPending } from '../core/ui';
import { passwordProblems, passwordStrength, PASSWORD_MAX_LENGTH } from '../core/validators';
import { warnOnce } from '../core/warn';
import { buildRegistration, errorsFromApi, isWellFormedToken, takeActivationToken, type IdentifyValues } from './register-rules';
import { registerStyles } from './register-styles';
import { ghostStyles } from '../shared/ghost';
import { renderRegister, type ActivateState, type IdentifyState, type RegisterHandlers, type RegisterState } from './register-view';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    register: typeof import('./i18n/pl.json');
  }
}

declare module '../core/events' {
  interface EbokEventMap {
    /** The operator's own bot check: call `detail.respond(tokenOrPromise)` synchronously. */
    'ebok-register-challenge': CustomEvent<{ respond: (token: string | Promise<string>) => void }>;
  }
}

export type { RegisterState };

type PowAnswer = Extract<RegistrationChallengeAnswer, { type: 'proof-of-work' }> & { expiresAt: number };

const TOKEN_CODES = { token_expired: 'expired', token_used: 'used', token_invalid: 'invalid' } as const;

/**
 * Registration and account activation: identify (a customer or invoice number, a PESEL or NIP,
 * the e-mail twice, the operator's terms by version), "check your e-mail" (send again, with the
 * wait the API asks for), activation from the e-mail link (the token is read and removed from the
 * address bar; the password with its rules shown as they are met and a strength meter), done.
 *
 * The answer never says whether a customer or an e-mail is known. When the operator asks for a
 * bot check, a proof of work is solved in the background while the customer types (nothing to see
 * or solve: every customer passes), or the page answers `ebok-register-challenge` with its own.
 *
 * @summary Registration, activation link, new password, bot check without a puzzle.
 *
 * @attr lang - Language of this widget (`pl`, `uk`, `ru`); inherited from the page by default.
 * @prop {RegisterState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-register-challenge - Only with `challenge: operator`: the page calls `detail.respond(token)` at once (a string or a Promise of one).
 * @fires ebok-login-request - Cancelable; "Sign in" after the activation, `detail: { login }`. <ebok-login> on the page answers it.
 * @fires ebok-login - The API signed the customer in with the activation (dispatched by the shared session).
 *
 * @slot challenge - The operator's own bot check (e.g. an accessible widget of its provider), shown above the submit button.
 *
 * @csspart base - The widget's box.
 * @csspart choice - The number/PESEL-or-NIP choices.
 * @csspart submit - The primary button of each form.
 * @csspart field-error - A message under a field.
 * @csspart form-alert - A message about a request (failed, wait, sent again).
 * @csspart terms-link - The link to the terms.
 * @csspart help - "Nie pamiętasz loginu?".
 * @csspart resend - "Send again".
 * @csspart change - "Correct the details".
 * @csspart countdown - The time before sending again.
 * @csspart input - The password input.
 * @csspart password-toggle - "Show password".
 * @csspart strength - The strength meter.
 * @csspart new-link - "Send a new link" (expired or used link).
 * @csspart again - "Register again" (damaged link).
 * @csspart sign-in - "Sign in" after the activation.
 *
 * @cssprop --ebok-register-max-width - Widest the form grows (default 34em).
 */
export class EbokRegister extends EbokElement<'register'> {
  static override translations = defineTranslations('register', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, formStyles, ghostStyles, registerStyles];

  /** Render exactly this state; nothing is fetched. */
  @property({ attribute: false }) preview?: RegisterState;

  @state() private flow: RegisterState = { step: 'loading' };

  /** Retry-After of a submit: when it is over the alert goes and the customer hears they may try again. */
  private readonly wait = new RetryCountdown(this, () => {
    const flow = this.flow;
    if ((flow.step === 'identify' || flow.step === 'activate') && flow.problem !== 'bot-check' && flow.problem?.kind === 'rate_limited') {
      this.flow = { ...flow, problem: undefined };
    }
    this.announcer.say(this.t('retryNow'));
  });
  private readonly resendWait = new RetryCountdown(this);
  private readonly focusAfter = new FocusAfterUpdate(this);
  private readonly request = new LatestRequest(this);
  private readonly announcer = new Announcer(this);
  private options: RegistrationOptions | undefined;
  /** The activation token: in memory only, never in the address bar or storage. */
  private token: string | undefined;
  private registrationId: string | undefined;
  /** One Idempotency-Key per intent: reused while the same details are retried. */
  private intent: { key: string; fingerprint: string } | undefined;
  private pow: Promise<PowAnswer> | undefined;
  private started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('ebok-register-request', this.onRegisterRequest);
    if (!this.started && !this.preview) {
      this.started = true;
      this.start();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('ebok-register-request', this.onRegisterRequest);
  }

  /** <ebok-login>'s "Zarejestruj się": this widget is on the page, so registration opens here. */
  private readonly onRegisterRequest = (e: Event): void => {
    if (this.preview || e.defaultPrevented) return;
    e.preventDefault();
    this.scrollIntoView({ block: 'start' });
    if (this.flow.step === 'identify') this.focusAfter.request('#title');
    else this.openIdentify();
  };

  /** A fresh form (registering anew, or from <ebok-login>): the options may not be loaded yet after a link. */
  private openIdentify(): void {
    this.token = undefined;
    this.resendWait.stop();
    if (this.options) {
      this.toIdentify();
      this.focusAfter.request('#title');
    } else void this.loadOptions().then(() => this.focusAfter.request('#title'));
  }

  private start(): void {
    const link = takeActivationToken(location.href);
    if (link) {
      // The token leaves the address bar at once: not in history, bookmarks or a shared screenshot.
      history.replaceState(history.state, '', link.url);
      if (!isWellFormedToken(link.token)) {
        this.flow = { step: 'token', reason: 'invalid' };
        return;
      }
      this.token = link.token;
      void this.checkToken();
      return;
    }
    void this.loadOptions();
  }

  private readonly retry = (): void => void this.loadOptions();

  private async loadOptions(): Promise<void> {
    const signal = this.request.begin();
    this.flow = { step: 'loading' };
    try {
      this.options = await getRegistrationOptions({ signal });
      this.toIdentify();
    } catch (error) {
      if (!signal.aborted) this.flow = { step: 'error', error: toApiError(error) };
    }
  }

  private toIdentify(values?: IdentifyValues): void {
    const o = this.options!;
    this.flow = {
      step: 'identify',
      options: o,
      values: values ?? { numberType: o.numbers[0]!, number: '', proofType: o.proofs[0]!, proof: '', email: '', emailRepeat: '', terms: false },
    };
  }

  private lastValues: IdentifyValues | undefined;

  private patchIdentify(patch: Partial<IdentifyState>): void {
    if (this.flow.step === 'identify') this.flow = { ...this.flow, ...patch };
  }

  // ------------------------------------------------------------------ bot check

  /** Start the proof of work in the background (the customer is filling in the form meanwhile). */
  private solve(): Promise<PowAnswer> {
    const fresh = this.pow;
    if (fresh) return fresh;
    const run = (async () => {
      const challenge = await getRegistrationChallenge();
      const { solveChallenge } = await import('./register-pow');
      const nonce = await solveChallenge(challenge);
      return { type: 'proof-of-work' as const, id: challenge.id, nonce, expiresAt: Date.parse(challenge.expiresAt) };
    })();
    this.pow = run;
    // A failed attempt is forgotten, so the next submit starts again.
    run.catch(() => {
      if (this.pow === run) this.pow = undefined;
    });
    return run;
  }

  private async challengeAnswer(): Promise<RegistrationChallengeAnswer | undefined> {
    const kind = this.options?.challenge;
    if (kind === 'proof-of-work') {
      let answer = await this.solve();
      // Too close to its end to survive the request: solve a new one.
      if (answer.expiresAt - Date.now() < 10_000) {
        this.pow = undefined;
        answer = await this.solve();
      }
      const { expiresAt: _e, ...rest } = answer;
      return rest;
    }
    if (kind === 'operator') {
      let answer: string | Promise<string> | undefined;
      this.emit('ebok-register-challenge', { respond: (token) => (answer = token) });
      if (answer === undefined) {
        warnOnce('register:challenge', '<ebok-register>: the API asks for the operator\'s own bot check, but nothing answered the "ebok-register-challenge" event. See docs/operators/backend.md#registration.');
        throw new Error('bot-check');
      }
      return { type: 'operator', token: await answer };
    }
    return undefined;
  }

  // ------------------------------------------------------------------ identify

  private readonly submitIdentify = async (e: SubmitEvent, retried = false): Promise<void> => {
    e.preventDefault();
    const flow = this.flow;
    if (flow.step !== 'identify' || (flow.busy && !retried) || this.wait.blocked) return;
    const built = buildRegistration(flow.values, flow.options);
    if (built.errors) {
      this.flow = { ...flow, errors: built.errors, problem: undefined };
      this.focusAfter.request('[aria-invalid="true"]');
      return;
    }
    const fingerprint = JSON.stringify(built.body);
    if (this.intent?.fingerprint !== fingerprint) this.intent = { key: idempotencyKey(), fingerprint };
    const intent = this.intent;
    this.flow = { ...flow, errors: {}, problem: undefined, busy: true, checking: flow.options.challenge !== 'none' };
    const signal = this.request.begin();
    try {
      const challenge = await this.challengeAnswer();
      if (signal.aborted) return;
      this.patchIdentify({ checking: false });
      const accepted = await startRegistration({ ...built.body, language: this.language, ...(challenge ? { challenge } : {}) }, intent.key, { signal });
      this.intent = undefined;
      this.pow = undefined;
      this.registrationId = accepted.id;
      this.lastValues = flow.values;
      this.flow = { step: 'sent', email: built.body.email, linkValidHours: accepted.linkValidHours, resendIn: 0 };
      this.resendWait.start(accepted.resendAfterSeconds);
      this.focusAfter.request('#title');
    } catch (err) {
      if (signal.aborted) return;
      if (err instanceof Error && err.message === 'bot-check') {
        this.patchIdentify({ busy: false, checking: false, problem: 'bot-check' });
        this.focusAfter.request('[part="form-alert"]');
        return;
      }
      const error = toApiError(err);
      if (error.fields.challenge) {
        // The check was used up or timed out: a new one, and once more without the customer.
        this.pow = undefined;
        if (!retried) return this.submitIdentify(e, true);
      }
      if (error.kind === 'rate_limited') this.wait.start(error.retryAfterSeconds ?? 30);
      const errors = errorsFromApi(error.fields);
      if (errors.terms === 'outdated') void this.refreshTerms();
      const fieldErrors = Object.keys(errors).length > 0;
      this.patchIdentify({ busy: false, checking: false, errors, problem: fieldErrors ? undefined : error });
      this.focusAfter.request(fieldErrors ? '[aria-invalid="true"]' : '[part="form-alert"]');
    }
  };

  /** The terms changed while the form was open: the new version, accepted anew. */
  private async refreshTerms(): Promise<void> {
    try {
      this.options = await getRegistrationOptions();
      if (this.flow.step === 'identify') this.flow = { ...this.flow, options: this.options, values: { ...this.flow.values, terms: false } };
    } catch {
      // The message at the checkbox stays; the next submit tries again.
    }
  }

  // ------------------------------------------------------------------ check your e-mail / new link

  private async resend(): Promise<void> {
    const flow = this.flow;
    if ((flow.step !== 'sent' && flow.step !== 'token') || flow.busy || this.resendWait.blocked) return;
    const body = flow.step === 'sent' ? { id: this.registrationId } : { token: this.token };
    this.flow = { ...flow, busy: true, problem: undefined };
    const signal = this.request.begin();
    try {
      const accepted = await resendRegistration(body, { signal });
      this.resendWait.start(accepted.resendAfterSeconds);
      this.flow = flow.step === 'sent' ? { ...flow, busy: false, resent: true } : { ...flow, busy: false, sent: true };
    } catch (err) {
      if (signal.aborted) return;
      const error = toApiError(err);
      if (error.kind === 'rate_limited') {
        this.resendWait.start(error.retryAfterSeconds ?? 30);
        this.flow = { ...flow, busy: false };
      } else this.flow = { ...flow, busy: false, problem: error };
    }
    this.focusAfter.request('[part="form-alert"]');
  }

  // ------------------------------------------------------------------ activation

  private async checkToken(): Promise<void> {
    const signal = this.request.begin();
    this.flow = { step: 'checking' };
    try {
      const info = await checkActivationToken({ token: this.token! }, { signal });
      this.flow = { step: 'activate', login: info.login, unmet: passwordProblems('', [info.login]), strength: 0, empty: true };
    } catch (err) {
      if (signal.aborted) return;
      this.tokenFailed(toApiError(err), () => void this.checkToken());
    }
    this.focusAfter.request('#title');
  }

  /** A token error shows its own step; anything else is an error with "try again". */
  private tokenFailed(error: ApiError, retry: () => void): boolean {
    const reason = error.code ? TOKEN_CODES[error.code as keyof typeof TOKEN_CODES] : undefined;
    if (reason) {
      this.flow = { step: 'token', reason };
      return true;
    }
    this.retryToken = retry;
    this.flow = { step: 'error', error };
    return false;
  }

  private retryToken: (() => void) | undefined;

  private passwordInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#password');
  }

  private readonly submitPassword = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const flow = this.flow;
    if (flow.step !== 'activate' || flow.busy || this.wait.blocked) return;
    const password = this.passwordInput()?.value ?? '';
    const error: ActivateState['error'] = !password
      ? 'required'
      : [...password].length > PASSWORD_MAX_LENGTH
        ? 'tooLong'
        : passwordProblems(password, [flow.login]).length
          ? 'weak'
          : undefined;
    if (error) {
      this.flow = { ...flow, error, problem: undefined };
      this.focusAfter.request('#password');
      return;
    }
    this.flow = { ...flow, error: undefined, problem: undefined, busy: true };
    const signal = this.request.begin();
    try {
      const result = await activateAccount({ token: this.token!, password }, { signal });
      this.token = undefined;
      const input = this.passwordInput();
      if (input) input.value = '';
      if (result.session) getSessionStore().signedIn(result.session, this);
      this.flow = { step: 'done', login: result.login, signedIn: !!result.session };
      this.focusAfter.request('#title');
    } catch (err) {
      if (signal.aborted) return;
      const apiError = toApiError(err);
      if (this.tokenFailed(apiError, () => undefined)) {
        this.focusAfter.request('#title');
        return;
      }
      if (apiError.kind === 'rate_limited') this.wait.start(apiError.retryAfterSeconds ?? 30);
      const field = apiError.fields.password;
      const fieldError: ActivateState['error'] = field === 'required' ? 'required' : field === 'too_long' ? 'tooLong' : field ? 'weak' : undefined;
      this.flow = { ...flow, busy: false, error: fieldError, problem: fieldError ? undefined : apiError };
      this.focusAfter.request(fieldError ? '#password' : '[part="form-alert"]');
    }
  };

  // ------------------------------------------------------------------ handlers

  private readonly handlers: RegisterHandlers = {
    retry: () => (this.retryToken ? this.retryToken() : this.retry()),
    chooseNumber: (numberType) => {
      if (this.flow.step === 'identify') this.patchIdentify({ values: { ...this.flow.values, numberType }, errors: { ...this.flow.errors, number: undefined } });
    },
    chooseProof: (proofType) => {
      if (this.flow.step === 'identify') this.patchIdentify({ values: { ...this.flow.values, proofType }, errors: { ...this.flow.errors, proof: undefined } });
    },
    input: (field, value) => {
      if (this.flow.step !== 'identify') return;
      // The message goes once the customer corrects the field; the next submit checks again.
      this.patchIdentify({ values: { ...this.flow.values, [field]: value }, errors: { ...this.flow.errors, [field]: undefined } });
    },
    terms: (terms) => {
      if (this.flow.step === 'identify') this.patchIdentify({ values: { ...this.flow.values, terms }, errors: { ...this.flow.errors, terms: undefined } });
    },
    focusForm: () => {
      if (this.options?.challenge === 'proof-of-work' && !this.preview) void this.solve().catch(() => undefined);
    },
    submitIdentify: (e) => void this.submitIdentify(e),
    resend: () => void this.resend(),
    change: () => {
      this.request.abort();
      this.resendWait.stop();
      this.toIdentify(this.lastValues);
      this.focusAfter.request('#number');
    },
    password: (value) => {
      if (this.flow.step !== 'activate') return;
      const login = this.flow.login;
      this.flow = {
        ...this.flow,
        unmet: passwordProblems(value, [login]),
        strength: passwordStrength(value, [login]),
        empty: value.length === 0,
        error: undefined,
      };
    },
    toggle: () => {
      if (this.flow.step === 'activate') this.flow = { ...this.flow, visible: !this.flow.visible };
    },
    submitPassword: (e) => void this.submitPassword(e),
    newLink: () => void this.resend(),
    again: () => this.openIdentify(),
    signIn: () => {
      if (this.flow.step !== 'done') return;
      if (!this.emit('ebok-login-request', { login: this.flow.login }, { cancelable: true })) return;
      warnOnce('register:login', '<ebok-register>: "Zaloguj się" needs an <ebok-login> on the page (or a listener for "ebok-login-request").');
    },
  };

  // ------------------------------------------------------------------ render

  private get viewState(): RegisterState {
    if (this.preview) return this.preview;
    const flow = this.flow;
    if (this.session.status === 'authenticated' && flow.step !== 'done') return { step: 'signed-in' };
    switch (flow.step) {
      case 'identify':
      case 'activate':
        return { ...flow, retryIn: this.wait.secondsLeft };
      case 'sent':
      case 'token':
        return { ...flow, resendIn: this.resendWait.secondsLeft };
      default:
        return flow;
    }
  }

  override render(): TemplateResult {
    if (!this.i18n.ready) {
      return html`<section part="base" class="register" aria-busy="true">
        <div class="state" data-kind="loading">
          ${['sk-title', 'sk-line', 'sk-label', 'sk-input', 'sk-label', 'sk-input', 'sk-button'].map((c) => html`<span class="skeleton ${c}"></span>`)}
        </div>
      </section>`;
    }
    const state = this.viewState;
    const view = renderRegister(state, { t: (k, o) => this.t(k, o), lang: this.language, on: this.handlers });
    const label = this.label.trim();
    return html`<section part="base" class="register" lang=${this.language} aria-labelledby=${label ? nothing : 'title'} aria-label=${label || nothing} data-step=${state.step}>
      ${!this.preview && this.session.status === 'unknown' ? renderPending(view) : view}
      <p class="visually-hidden" role="status">${this.preview ? '' : this.announcer.text}</p>
    </section>`;
  }
}

await defineWidget('ebok-register', EbokRegister);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-register': EbokRegister;
  }
}
