/**
 * The sign-in form of <ebok-login>: its flow (credentials → SMS code, password reset), the waits
 * (Retry-After, the resend cooldown, the account lock), its requests and announcements. A chunk of
 * its own (issue 13): a page whose customer is signed in shows only the signed-in view and never
 * loads it; the element imports it as soon as the session is known to be anonymous (or a preview
 * shows a form state).
 */
import type { ReactiveControllerHost } from 'lit';
import { login, requestPasswordReset, resendChallenge, verifyChallenge } from '../core/api/endpoints';
import { toApiError } from '../core/api/errors';
import { emit } from '../core/events';
import type { IdentifierType } from '../core/api/types';
import { RetryCountdown } from '../core/controllers/countdown';
import { Announcer, LatestRequest } from '../core/forms/request';
import { defineTranslations } from '../core/i18n/i18n';
import type { Translate } from '../core/i18n/keys';
import { LanguageController } from '../core/i18n/language';
import type { Lang } from '../core/i18n/languages';
import type { SessionStore } from '../core/session';
import {
  attemptBlocked,
  loginReducer,
  parseIdentifiers,
  safeUrl,
  type Flow,
  type FocusTarget,
  type Transition,
} from './login-rules';
import type { CredentialsState, FormState, LoginHandlers, LoginNotice } from './login-view';

import { loginFormStyles } from './login-form-styles';

export { renderForm } from './login-form-view';

/** The form's strings: a second bundle of the `login` namespace (operator overrides of `login` apply to it too). */
const formTranslations = defineTranslations(
  'login',
  {
    pl: () => import('./i18n/form.pl.json'),
    uk: () => import('./i18n/form.uk.json'),
    ru: () => import('./i18n/form.ru.json'),
  },
  'form',
);

/** What the form needs of its element (closures: nothing of it becomes public API of the element). */
export interface LoginFormHost {
  host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  t: Translate<'login'>;
  store: () => SessionStore;
  identifiers: () => string;
  registrationUrl: () => string | null;
  /** Focus this after the next render. */
  focus: (target: FocusTarget | undefined) => void;
}

type FormHandlers = Omit<LoginHandlers, 'logout' | 'stay' | 'idleLogout'>;

export class LoginForm {
  private current: Flow = { view: 'credentials' };
  private visible = false;

  /**
   * The waits on screen, on the shared controller (the page's own timers; tests fake them with
   * @sinonjs/fake-timers): Retry-After of a 429/503, the SMS resend cooldown, and the account lock
   * (in minutes on screen, but it too blocks the request until it ends).
   */
  private readonly retryWait: RetryCountdown;
  private readonly resendWait: RetryCountdown;
  private readonly lockWait: RetryCountdown;
  /** The sign-in request under way (one at a time; a step left aborts it). */
  private readonly request: LatestRequest;
  private readonly announcer: Announcer;
  /** The identifier typed last (kept when going to another step and back). */
  private lastIdentifier: { value: string; type: IdentifierType | undefined } = { value: '', type: undefined };
  /** Follows the element's language; re-renders it when the form's strings are in. */
  private readonly i18n: LanguageController;

  constructor(private readonly h: LoginFormHost) {
    this.i18n = new LanguageController(h.host, formTranslations);
    // Constructable sheets only (strict CSP: no <style> elements).
    const root = h.host.shadowRoot;
    const sheet = loginFormStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // Added to a connected element, Lit connects them at once.
    this.retryWait = new RetryCountdown(h.host, () => this.announcer.say(h.t('errors.retryNow')));
    this.resendWait = new RetryCountdown(h.host);
    this.lockWait = new RetryCountdown(h.host);
    this.request = new LatestRequest(h.host);
    this.announcer = new Announcer(h.host);
  }

  /** The form's strings are loaded in `lang` (the element's language): its templates may show. */
  speaks(lang: Lang): boolean {
    return this.i18n.ready && this.i18n.lang === lang;
  }

  /** Resolves when the form's strings for the element's language are loaded. */
  get translationsReady(): Promise<void> {
    return this.i18n.loaded.then(() => this.h.host.updateComplete).then(() => undefined);
  }

  get flow(): Flow {
    return this.current;
  }

  set flow(flow: Flow) {
    this.current = flow;
    this.h.host.requestUpdate();
  }

  get passwordVisible(): boolean {
    return this.visible;
  }

  /** The text of the element's polite live region. */
  get announcement(): string {
    return this.announcer.text;
  }

  get accepted(): IdentifierType[] {
    return parseIdentifiers(this.h.identifiers());
  }

  get registrationUrl(): string | undefined {
    return safeUrl(this.h.registrationUrl());
  }

  /** The session changed: nothing typed or waited for survives it. */
  sessionChanged(): void {
    this.request.abort();
    this.stopWaits();
    this.visible = false;
    this.lastIdentifier = { value: '', type: undefined };
    this.h.host.requestUpdate();
  }

  /** A fresh form (signed in, or signed out), saying why when there is a reason to. */
  show(notice: LoginNotice | undefined): void {
    this.flow = { view: 'credentials', ...(notice ? { notice } : {}) };
  }

  /** "Zaloguj się" after an activation in <ebok-register>: the new login filled in, the password next. */
  loginRequest(login: string): void {
    const email = this.accepted.includes('email');
    this.flow = { view: 'credentials', ...(email ? { identifier: login, identifierType: 'email' as const } : {}) };
    this.h.focus(email ? 'password' : 'identifier');
  }

  /** The state on screen, with its countdowns filled in. */
  get state(): FormState {
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
    if (t.focus) this.h.focus(t.focus);
    if (t.announceResent) this.announcer.say(this.h.t('code.resent'));
  }

  private input(id: string): HTMLInputElement | null {
    return this.h.host.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
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
        this.h.focus('title');
        this.h.store().signedIn(result.session, this.h.host);
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
      this.h.focus('title');
      this.h.store().signedIn(session, this.h.host);
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
    this.h.focus('password');
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

  private currentType(flow: CredentialsState): IdentifierType {
    const accepted = this.accepted;
    return flow.identifierType && accepted.includes(flow.identifierType) ? flow.identifierType : accepted[0]!;
  }

  readonly handlers: FormHandlers = {
    chooseType: (type: IdentifierType) => {
      this.apply(loginReducer(this.flow, { type: 'choose-type', identifierType: type }));
      this.lastIdentifier = { ...this.lastIdentifier, type };
    },
    identifierInput: (value: string) => {
      this.apply(loginReducer(this.flow, { type: 'identifier-input', value }));
      if (this.flow.view === 'credentials') this.lastIdentifier = { value, type: this.currentType(this.flow) };
    },
    togglePassword: () => {
      this.visible = !this.visible;
      const flow = this.flow;
      if (flow.view === 'credentials' && flow.errors?.password) {
        this.flow = { ...flow, errors: { ...flow.errors, password: undefined } };
      } else {
        this.h.host.requestUpdate();
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
      this.h.focus('identifier');
    },
    resetInput: (value: string) => this.apply(loginReducer(this.flow, { type: 'reset-input', value })),
    submitReset: (e: SubmitEvent) => void this.submitReset(e),
    register: (e: Event) => {
      // <ebok-register> on the page answers (preventDefault): registration opens there, not on another page.
      if (!emit(this.h.host, 'ebok-register-request', {}, { cancelable: true })) e.preventDefault();
    },
  };
}
