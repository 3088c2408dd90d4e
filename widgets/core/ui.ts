import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ApiError } from './api/errors';
import type { CommonTranslate } from './i18n/keys';
import type { Lang } from './i18n/languages';

type T = CommonTranslate;

/** Icons as inline SVG templates: no icon font, no external request, nothing a CSP blocks. */
export const icons = {
  alert: svg`<path d="M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z"/>`,
  check: svg`<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/>`,
  info: svg`<path d="M11 7h2v2h-2zm0 4h2v6h-2zm1-9a10 10 0 1 0 0 20 10 10 0 0 0 0-20z"/>`,
  clock: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 11h-5v-2h3V6h2v7z"/>`,
  lock: svg`<path d="M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2zM9 6a3 3 0 0 1 6 0v2H9V6z"/>`,
  download: svg`<path d="M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z"/>`,
  calendar: svg`<path d="M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V9h14v11z"/>`,
  refresh: svg`<path d="M17.65 6.35A8 8 0 1 0 19.73 14h-2.08A6 6 0 1 1 12 6a5.9 5.9 0 0 1 4.22 1.78L13 11h7V4l-2.35 2.35z"/>`,
};

export function icon(name: keyof typeof icons): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[name]}</svg>`;
}

/** Translation key for an error kind (common namespace), with the values its text needs. */
export function errorMessage(t: T, error: ApiError): string {
  return t(`common:errors.${error.code === 'account_read_only' ? 'read_only' : error.kind}`, { seconds: error.retryAfterSeconds ?? 0, count: error.retryAfterSeconds ?? 0 });
}

/** An error state with a "try again" button, announced to screen readers. */
export function renderError(t: T, error: ApiError, retry: (() => void) | undefined): TemplateResult {
  return html`<div class="state" data-kind="error" part="error" role="alert">
    <p class="state-title">${icon('alert')} ${t('common:states.errorTitle')}</p>
    <p>${errorMessage(t, error)}</p>
    ${retry && error.kind !== 'unauthorized'
      ? html`<button type="button" class="btn" part="retry" @click=${retry}>${icon('refresh')} ${t('common:actions.retry')}</button>`
      : nothing}
  </div>`;
}

/** Shown instead of data when no one is signed in. */
export function renderSignedOut(message: string): TemplateResult {
  return html`<div class="state" data-kind="signed-out" part="signed-out">
    <p>${icon('lock')} ${message}</p>
  </div>`;
}

/**
 * Until the session is known: the signed-out view (what most visitors see first), laid out but
 * invisible and inert, so the widget already has that size and nothing on the page moves when the
 * answer comes. A customer who turns out to be signed in sees the data skeleton next.
 */
export function renderPending(signedOut: TemplateResult): TemplateResult {
  return html`<div class="pending" aria-busy="true"><div class="pending-content" aria-hidden="true" inert>${signedOut}</div></div>`;
}

/** A block of skeleton lines; the caller sizes it to match the final content (no layout shift). */
export function renderSkeleton(t: T, lines: readonly string[]): TemplateResult {
  return html`<div class="state" data-kind="loading" part="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${t('common:states.loading')}</span>
    ${lines.map((cls) => html`<span class="skeleton ${cls}"></span>`)}
  </div>`;
}

/** What the shell needs from the element besides the state (a view's context has these). */
export interface ShellContext {
  lang: Lang;
  /** The session is not known yet: the signed-out body is laid out, invisible (see renderPending). */
  pending?: boolean;
}

type ShellBody = TemplateResult | typeof nothing;

/** One body per status of the widget's state; each gets its own variant, narrowed. */
export type ShellBodies<S extends { status: string }> = {
  [K in S['status']]: (state: Extract<S, { status: K }>) => ShellBody;
};

export interface WidgetShell<S extends { status: string }> {
  /** The section's class: the root its styles hang on. */
  name: string;
  state: S;
  /** The heading before the body, `<h2 part="title">`; leave it out when `head` or the body draws its own. */
  title?: string;
  /** A header of the view's own (a heading with a badge beside it) instead of `title`. */
  head?: TemplateResult;
  /** The landmark's accessible name (the element's `landmark()`), or the id of the heading that names it. */
  label?: string;
  labelledBy?: string;
  /** `data-tone` of the section, for views that colour the whole widget by its data. */
  tone?: string;
  /** `aria-busy` of the section, for views that say it on the landmark itself. */
  busy?: boolean;
  body: ShellBodies<S>;
  /** What is laid out while pending; by default the signed-out body. */
  pendingBody?: () => ShellBody;
  /** After the body, e.g. the view's live region. */
  after?: TemplateResult;
}

/**
 * The section every widget's view renders (docs/widget-conventions.md): its landmark with the
 * widget's name, `part="base"`, `data-state` and `lang`, the heading, then the body of the
 * current status — while the session is unknown, the signed-out body, invisible, in its place.
 */
export function renderWidgetShell<S extends { status: string }>(ctx: ShellContext, shell: WidgetShell<S>): TemplateResult {
  const { state } = shell;
  const bodies = shell.body as unknown as Record<string, (state: { status: string }) => ShellBody>;
  const body = ctx.pending
    ? renderPending(html`${shell.pendingBody ? shell.pendingBody() : bodies['signed-out']?.({ status: 'signed-out' })}`)
    : bodies[state.status]!(state);
  return html`<section
    class=${shell.name}
    part="base"
    data-state=${state.status}
    data-tone=${shell.tone ?? nothing}
    lang=${ctx.lang}
    aria-label=${shell.label ?? nothing}
    aria-labelledby=${shell.labelledBy ?? nothing}
    aria-busy=${shell.busy === undefined ? nothing : String(shell.busy)}
  >
    ${shell.head ?? (shell.title === undefined ? nothing : html`<h2 part="title">${shell.title}</h2>`)} ${body} ${shell.after ?? nothing}
  </section>`;
}
