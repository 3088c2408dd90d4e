/** Templates of the balance tile, rendered from data alone (every state); no fetching here. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/errors';
import type { BalanceSummary } from '../core/api/types';
import { daysBetween } from '../core/calendar';
import { formatDay, formatInstant, formatMoney } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import type { LazyPayment } from '../core/payment-loader';
import type { PaymentState, ReturnState } from '../core/payment';
import { icon, renderError, renderSignedOut, renderWidgetShell } from '../core/ui';
import { balanceFigures, balanceTone, type BalanceFigures, type BalanceTone } from './balance-rules';
import type { Translate } from '../core/i18n/keys';

/** Every state the tile can show; set `preview` to render one without fetching (gallery, tests). */
export type BalanceState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'ready';
      summary: BalanceSummary;
      /** The Warsaw day the colour rule is evaluated on (default: today). */
      today?: string;
      /** A payment state to show under the pay button. */
      payment?: PaymentState;
      /** A view_only account: no pay button, a note instead (issue #19). */
      readOnly?: boolean;
      /** The answer after the gateway to show (gallery). */
      returned?: ReturnState;
    };

type T = Translate<'balance'>;

export interface ViewContext {
  t: T;
  lang: Lang;
}

interface DataContext extends ViewContext {
  summary: BalanceSummary;
  today: string;
  payment: LazyPayment;
  onPay: (figures: BalanceFigures) => void;
  onCalendar: (figures: BalanceFigures) => void;
  readOnly?: boolean;
}

/** What the element gives the view besides the state: words, language, and what buttons do. */
export interface BalanceViewContext extends ViewContext {
  /** Today in Warsaw, for a state that does not fix its own day. */
  today: () => string;
  /** The session is not known yet: reserve the signed-out tile's size (nothing moves when it shows). */
  pending: boolean;
  payment: LazyPayment;
  onRetry: () => void;
  onPay: (summary: BalanceSummary, figures: BalanceFigures) => void;
  onCalendar: (figures: BalanceFigures) => void;
}

/** The view's one entry point: the whole tile for a state. */
export function renderBalance(state: BalanceState, ctx: BalanceViewContext): TemplateResult {
  const today = state.status === 'ready' ? (state.today ?? ctx.today()) : '';
  return renderWidgetShell(ctx, {
    name: 'tile',
    state,
    tone: state.status === 'ready' ? balanceTone(state.summary, today) : 'none',
    body: {
      'signed-out': () => renderSignedOutTile(ctx),
      loading: () => renderLoadingTile(ctx),
      error: ({ error }) => renderErrorTile(ctx, error, ctx.onRetry),
      ready: (ready) =>
        renderDataTile({ ...ctx, summary: ready.summary, today, readOnly: ready.readOnly, onPay: (f) => ctx.onPay(ready.summary, f) }),
    },
  });
}

const TONE_ICON = { debt: 'alert', credit: 'info', neutral: 'check' } as const;

function header(t: T, tone: BalanceTone | undefined): TemplateResult {
  return html`<div class="head">
    <h2 part="title">${t('title')}</h2>
    ${tone
      ? html`<p class="badge" part="badge" data-tone=${tone}>${icon(TONE_ICON[tone])}<span>${t(`tone.${tone}`)}</span></p>`
      : nothing}
  </div>`;
}

export function renderSignedOutTile({ t }: ViewContext): TemplateResult {
  return html`${header(t, undefined)} ${renderSignedOut(t('signedOut'))}`;
}

/** The same rows and heights as the data tile, so nothing moves when the data arrives. */
export function renderLoadingTile({ t }: ViewContext): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${t('common:states.loading')}</span>
    <div class="head"><span class="skeleton sk-title"></span><span class="skeleton sk-badge"></span></div>
    <div class="figure"><span class="skeleton sk-label"></span><span class="skeleton sk-amount"></span></div>
    <div class="detail">
      <span class="skeleton sk-line"></span><span class="skeleton sk-line sk-big"></span><span class="skeleton sk-line short"></span>
    </div>
    <div class="actions"><span class="skeleton sk-button"></span><span class="skeleton sk-button"></span></div>
    <div></div>
    <div class="sk-as-of"><span class="skeleton sk-small"></span><span class="skeleton sk-small short"></span></div>
  </div>`;
}

export function renderErrorTile({ t }: ViewContext, error: ApiError, retry: (() => void) | undefined): TemplateResult {
  return html`${header(t, undefined)} ${renderError(t, error, retry)}`;
}

function relativeDue(t: T, today: string, due: string): string {
  const days = daysBetween(today, due);
  if (days <= 0) return t('upcoming.today');
  if (days === 1) return t('upcoming.tomorrow');
  return t('upcoming.inDays', { count: days });
}

export function renderDataTile(ctx: DataContext): TemplateResult {
  const { t, lang, summary, today, payment } = ctx;
  const f = balanceFigures(summary, today);
  const money = (m: { minor: number; currency: string }) => formatMoney(m, lang);
  const showCredit = f.tone === 'credit';
  const canPay = f.toPay.minor > 0 && !ctx.readOnly;
  const remind = f.next !== undefined && !f.next.covered && f.toPay.minor > 0;
  const pending = payment.state.status === 'pending' || payment.state.status === 'redirecting';

  // One date style in the tile: the long form, for the due day and for "as of" alike.
  const day = (d: string) => formatDay(d, lang, { dateStyle: 'long' });
  let detail: TemplateResult;
  if (f.tone === 'debt') {
    detail = html`<p class="detail-title">${icon('alert')} ${t('overdue.title')}</p>
      <p class="detail-amount"><span class="num" part="overdue-amount">${money(f.overdue.total)}</span></p>
      <p class="muted">${t('overdue.count', { count: f.overdue.count })}</p>`;
  } else if (f.next?.covered) {
    // The credit pays it: no "coming payment — in 11 days", which reads as if money were due.
    detail = html`<p class="detail-title">${icon('check')} ${t('upcoming.coveredTitle')}</p>
      <p class="detail-amount"><span class="num" part="upcoming-amount">${money(f.next.amount)}</span></p>
      <p class="muted">${t('upcoming.due', { date: day(f.next.dueDate) })}</p>`;
  } else if (f.next) {
    // The dash stays with the amount (no-break space before it); "за 11 dni" never splits.
    detail = html`<p class="detail-title">${icon('calendar')} ${t('upcoming.title')}</p>
      <p class="detail-amount">
        <span class="num" part="upcoming-amount">${money(f.next.amount)}</span>&nbsp;— <span class="due"
          >${relativeDue(t, today, f.next.dueDate)}</span
        >
      </p>
      <p class="muted">${t('upcoming.due', { date: day(f.next.dueDate) })}</p>`;
  } else {
    detail = html`<p class="detail-title">${icon('check')} ${t('nothingDue')}</p>`;
  }

  return html`${header(t, f.tone)}
    <div class="figure">
      <p class="amount-label">${t(showCredit ? 'amountLabel.credit' : 'amountLabel.toPay')}</p>
      <p class="amount num" part="amount">${money(showCredit ? f.credit : f.toPay)}</p>
    </div>
    <div class="detail" part="detail">${detail}</div>
    ${showCredit && f.unpaid.minor > 0 ? html`<p class="note">${t('creditCovers', { amount: money(f.unpaid) })}</p>` : nothing}
    ${!showCredit && f.credit.minor > 0 ? html`<p class="note">${t('creditApplied', { amount: money(f.credit) })}</p>` : nothing}
    ${f.posting.count > 0
      ? html`<p class="note" data-posting>${icon('clock')} ${t('posting', { amount: money(f.posting.total), count: f.posting.count })}</p>`
      : nothing}
    ${canPay || remind
      ? html`<div class="actions">
          ${canPay
            ? html`<button
                type="button"
                class="btn btn-primary"
                part="pay-button"
                aria-disabled=${pending ? 'true' : 'false'}
                aria-label=${t('payAmount', { amount: money(f.toPay) })}
                @click=${() => ctx.onPay(f)}
              >
                ${t('pay')}
              </button>`
            : nothing}
          ${remind
            ? html`<button type="button" class="btn" part="calendar-button" @click=${() => ctx.onCalendar(f)}>
                ${icon('calendar')} ${t('addToCalendar')}
              </button>`
            : nothing}
        </div>`
      : nothing}
    ${ctx.readOnly ? html`<p class="note" part="read-only">${t('common:errors.read_only')}</p>` : nothing}
    ${payment.status({ t })}
    <p class="as-of muted">${t('asOf', { date: formatInstant(summary.asOf, lang, { dateStyle: 'long', timeStyle: 'short' }) })}</p>`;
}
