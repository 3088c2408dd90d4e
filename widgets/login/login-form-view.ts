/**
 * The sign-in form's templates (credentials, SMS code, password reset, "link sent"): the part of
 * <ebok-login> a signed-in page never shows, so it travels in login-form.ts's chunk, not with the
 * element (issue 13). Rendered from data alone, like login-view.ts, which calls renderForm()
 * through LoginViewContext.form once the chunk is here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInstant } from '../core/format';
import { errorMessage, icon } from '../core/ui';
import { countdownNote, formAlert, passwordField, radioChoice, submitButton, textField } from '../core/forms/field';
import { ApiError } from '../core/api/errors';
import { attemptBlocked, CODE_LENGTH, IDENTIFIER_SPECS, minutesUntil, type LoginProblem } from './login-rules';
import type { CodeState, CredentialsState, FormState, LoginNotice, LoginViewContext, ResetSentState, ResetState } from './login-view';
import type { Translate } from '../core/i18n/keys';

type T = Translate<'login'>;

/** Any state of the sign-in form. */
export function renderForm(state: FormState, ctx: LoginViewContext): TemplateResult {
  switch (state.view) {
    case 'credentials':
      return renderCredentials(state, ctx);
    case 'code':
      return renderCode(state, ctx);
    case 'reset':
      return renderReset(state, ctx);
    case 'reset-sent':
      return renderResetSent(state, ctx);
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
