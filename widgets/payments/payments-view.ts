/** Templates of <ebok-payments>, rendered from data alone (every state); no fetching here. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/errors';
import type { Money, Payment, PaymentPage, TransferDetails } from '../core/api/types';
import { formatInstant, formatMoney, formatNumber, minorToDecimalString } from '../core/format';
import type { Translate } from '../core/i18n/keys';
import type { Lang } from '../core/i18n/languages';
import { errorMessage, icon, renderError, renderSignedOut, renderWidgetShell } from '../core/ui';
import { formatAccountNumber } from '../core/validators';
import { renderGhost } from '../shared/ghost';
import { pageCount } from '../core/paging';
import { historyStatus, type HistoryStatus } from './payments-rules';

/** The QR code's modules, row by row (true = dark), from the lazily loaded encoder. */
export type QrState = { status: 'hidden' } | { status: 'loading' } | { status: 'shown'; modules: boolean[][] };

export type TransferState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; details: TransferDetails; amount: Money | undefined };

/** Every state the widget can show; set `preview` to render one without fetching (gallery, tests). */
export type PaymentsState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | {
      status: 'ready';
      /** The history page, or the error of loading it. */
      history: { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; page: PaymentPage };
      transfer: TransferState;
      /** The year filter (undefined: all years) and the years offered. */
      year: number | undefined;
      years: number[];
      qr?: QrState;
      /** What was copied last (announced), or 'failed'. */
      copied?: CopyField | 'failed';
      opened?: OpenState;
    };

export type CopyField = 'recipient' | 'account' | 'title' | 'amount';

/** A payment another widget asked to open (`ebok-open`): looked for, shown (marked, focused), or not. */
export type OpenState =
  | { status: 'looking'; id: string }
  | { status: 'shown'; id: string }
  | { status: 'not-found'; id: string }
  | { status: 'error'; id: string; error: ApiError };

type T = Translate<'payments'>;

/** Payments per history page (the element asks for this many). */
export const PAGE_SIZE = 10;

/**
 * What the loading state lays out: the ready view with placeholders of the usual length (a full
 * page of the history, the QR button the demo operator enables), so the data takes its place
 * without moving anything. Never shown as text: renderGhost() hides it.
 */
const GHOST_PAYMENT: Payment = {
  id: 'ghost',
  amount: { minor: 99_999, currency: 'PLN' },
  invoiceIds: ['ghost'],
  documents: [{ id: 'ghost', number: 'FV/2026/10/000000' }],
  status: 'completed',
  method: 'blik',
  gatewayUrl: 'https://example.invalid/',
  createdAt: '2026-01-01T12:00:00Z',
  updatedAt: '2026-01-01T12:00:00Z',
  postedAt: '2026-01-01T12:00:00Z',
};
const GHOST_PAGE: PaymentPage = { items: Array.from({ length: PAGE_SIZE }, () => GHOST_PAYMENT), page: 1, pageSize: PAGE_SIZE, total: PAGE_SIZE + 1 };
const GHOST: Extract<PaymentsState, { status: 'ready' }> = {
  status: 'ready',
  transfer: {
    status: 'ready',
    // A number that passes mod-97, so the ghost has the copy button the real one has.
    details: { recipient: { name: 'Operator S.A.', address: 'ul. Przykładowa 10, 00-000 Miasto' }, accountNumber: '04000000000000000000000000', title: 'Klient 00000000', qr: true },
    amount: { minor: 99_999, currency: 'PLN' },
  },
  history: { status: 'ready', page: GHOST_PAGE },
  year: undefined,
  years: [],
};

export interface PaymentsViewContext {
  t: T;
  lang: Lang;
  landmark: (name: string, main?: boolean) => string;
  /** The session is not known yet: reserve the signed-out size. */
  pending: boolean;
  onRetryHistory: () => void;
  onRetryTransfer: () => void;
  onDismissOpened: () => void;
  onYear: (year: number | undefined) => void;
  onPage: (page: number) => void;
  onCopy: (field: CopyField, text: string) => void;
  onQr: (show: boolean) => void;
}

export function renderPayments(state: PaymentsState, ctx: PaymentsViewContext): TemplateResult {
  const { t } = ctx;
  return renderWidgetShell(ctx, {
    name: 'payments',
    state,
    title: t('title'),
    label: ctx.landmark(t('title'), true),
    body: {
      'signed-out': () => renderSignedOut(t('signedOut')),
      loading: () => renderGhost(t('common:states.loading'), html`${renderTransfer(GHOST, ctx)} ${renderHistory(GHOST, ctx)}`),
      ready: (ready) => html`${renderTransfer(ready, ctx)} ${renderHistory(ready, ctx)}`,
    },
  });
}

// ------------------------------------------------------------------ transfer details

function copyButton(ctx: PaymentsViewContext, field: CopyField, label: string, text: string): TemplateResult {
  return html`<button type="button" class="btn copy" part="copy-button" data-copy=${field} aria-label=${ctx.t('transfer.copyWhat', { what: label })} @click=${() => ctx.onCopy(field, text)}>
    ${ctx.t('transfer.copy')}
  </button>`;
}

function renderTransfer(state: Extract<PaymentsState, { status: 'ready' }>, ctx: PaymentsViewContext): TemplateResult {
  const { t, lang } = ctx;
  const tr = state.transfer;
  const heading = html`<h3 id="transfer-title" tabindex="-1" part="transfer-title">${t('transfer.title')}</h3>`;
  if (tr.status === 'loading') return renderGhost(t('common:states.loading'), renderTransfer({ ...state, transfer: GHOST.transfer }, ctx));
  if (tr.status === 'error') {
    return html`<section class="transfer" part="transfer" aria-labelledby="transfer-title">${heading} ${renderError(t, tr.error, ctx.onRetryTransfer)}</section>`;
  }
  const d = tr.details;
  // A number that fails mod-97 is never offered for copying (nor in a QR code).
  const account = formatAccountNumber(d.accountNumber);
  const amount = tr.amount && tr.amount.minor > 0 ? formatMoney(tr.amount, lang) : undefined;
  const copied = state.copied;
  const field = (name: CopyField, label: string, value: TemplateResult | string, copy: string | undefined) =>
    html`<div class="field" data-field=${name}>
      <dt>${label}</dt>
      <dd><span class="value ${name === 'account' ? 'num account' : ''}">${value}</span>${copy ? copyButton(ctx, name, label, copy) : nothing}</dd>
    </div>`;
  const qr = state.qr ?? { status: 'hidden' };
  return html`<section class="transfer" part="transfer" aria-labelledby="transfer-title">
    ${heading}
    <p class="muted">${t('transfer.intro')}</p>
    <dl>
      ${field('recipient', t('transfer.recipient'), html`${d.recipient.name}<br />${d.recipient.address}`, `${d.recipient.name}, ${d.recipient.address}`)}
      ${account
        ? field('account', t('transfer.account'), account, account.replace(/ /g, ''))
        : html`<div class="field" data-field="account"><dt>${t('transfer.account')}</dt><dd><p role="alert">${icon('alert')} ${t('transfer.accountInvalid')}</p></dd></div>`}
      ${field('title', t('transfer.titleLabel'), d.title, d.title)}
      ${amount && tr.amount ? field('amount', t('transfer.amount'), amount, minorToDecimalString(tr.amount.minor, 2).replace('.', ',')) : nothing}
    </dl>
    <p class="copy-status" role="status">
      ${copied === 'failed' ? t('transfer.copyFailed') : copied ? t('transfer.copied', { what: copyLabel(t, copied) }) : nothing}
    </p>
    ${d.qr && account
      ? html`<div class="qr" part="qr">
          <button type="button" class="btn" part="qr-button" aria-expanded=${qr.status !== 'hidden' ? 'true' : 'false'} @click=${() => ctx.onQr(qr.status === 'hidden')}>
            ${t(qr.status === 'hidden' ? 'transfer.showQr' : 'transfer.hideQr')}
          </button>
          ${qr.status === 'loading' ? html`<p class="qr-box" role="status">${t('transfer.qrLoading')}</p>` : nothing}
          ${qr.status === 'shown'
            ? html`<figure class="qr-box">
                ${renderQr(qr.modules, t('transfer.qrAlt', { amount: amount ?? '', recipient: d.recipient.name }))}
                <figcaption class="muted">${t('transfer.qrHint')}</figcaption>
              </figure>`
            : nothing}
        </div>`
      : nothing}
  </section>`;
}

function copyLabel(t: T, field: CopyField): string {
  return t(field === 'title' ? 'transfer.titleLabel' : `transfer.${field}`);
}

/** The QR code as one SVG path, with the 4-module quiet zone the standard asks for. */
export function renderQr(modules: boolean[][], label: string): TemplateResult {
  const size = modules.length + 8;
  let d = '';
  modules.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x + 4} ${y + 4}h1v1h-1z` : '')));
  return html`<svg class="qr-code" part="qr-code" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges">
    ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
  </svg>`;
}

// ------------------------------------------------------------------ history

const STATUS_ICON: Record<HistoryStatus, 'check' | 'clock' | 'alert' | 'info'> = {
  completed: 'check',
  posting: 'clock',
  pending: 'clock',
  failed: 'alert',
  cancelled: 'info',
  expired: 'info',
};

function renderRow(p: Payment, t: T, lang: Lang, opened: boolean): TemplateResult {
  const status = historyStatus(p);
  return html`<li class="row" part="payment" data-status=${status} data-id=${p.id} ?data-opened=${opened} aria-current=${opened ? 'true' : nothing} tabindex=${opened ? '-1' : nothing}>
    ${opened ? html`<p class="opened-note">${icon('info')} ${t('open.shown')}</p>` : nothing}
    <p class="when">${formatInstant(p.createdAt, lang, { dateStyle: 'medium', timeStyle: 'short' })}</p>
    <p class="amount num" part="payment-amount">${formatMoney(p.amount, lang)}</p>
    <p class="status" part="payment-status" data-status=${status}>${icon(STATUS_ICON[status])} <span>${t(`status.${status}`)}</span></p>
    ${p.method ? html`<p class="method muted">${t(`method.${p.method}`)}</p>` : nothing}
    ${p.documents.length ? html`<p class="docs">${t('history.documents', { numbers: p.documents.map((d) => d.number).join(', ') })}</p>` : nothing}
  </li>`;
}

function renderHistory(state: Extract<PaymentsState, { status: 'ready' }>, ctx: PaymentsViewContext): TemplateResult {
  const { t } = ctx;
  const h = state.history;
  const select = html`<div class="filter">
    <label for="p-year">${t('history.year')}</label>
    <select id="p-year" part="year" @change=${(e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      ctx.onYear(v ? Number(v) : undefined);
    }}>
      <option value="" ?selected=${state.year === undefined}>${t('history.allYears')}</option>
      ${state.years.map((y) => html`<option value=${y} ?selected=${state.year === y}>${y}</option>`)}
    </select>
  </div>`;
  let list: TemplateResult;
  if (h.status === 'loading') {
    list = renderGhost(t('common:states.loading'), renderPage(GHOST_PAGE, ctx));
  } else if (h.status === 'error') {
    list = renderError(t, h.error, ctx.onRetryHistory);
  } else if (h.page.items.length === 0) {
    list = html`<p class="state" data-kind="empty" part="empty">${icon('info')} ${t('history.empty')}</p>`;
  } else {
    list = renderPage(h.page, ctx, state.opened?.status === 'shown' ? state.opened.id : undefined);
  }
  const o = state.opened;
  const opening =
    o?.status === 'looking'
      ? html`<p class="muted" role="status">${icon('clock')} ${t('open.looking')}</p>`
      : o?.status === 'not-found' || o?.status === 'error'
        ? html`<div class="open-error" role="alert" data-open=${o.status}>
            <p>${icon('alert')} ${o.status === 'error' ? errorMessage(t, o.error) : t('open.notFound')}</p>
            <button type="button" class="btn" @click=${ctx.onDismissOpened}>${t('open.dismiss')}</button>
          </div>`
        : nothing;
  return html`<section class="history" part="history" aria-labelledby="history-title">
    <h3 id="history-title">${t('history.title')}</h3>
    ${opening} ${select} ${list}
  </section>`;
}

/** One page of the history: the count, the rows (`opened`: the one asked for) and the pager. */
function renderPage(p: PaymentPage, ctx: PaymentsViewContext, opened?: string): TemplateResult {
  const { t, lang } = ctx;
  const { page, pageSize, total } = p;
  const pages = pageCount(total, pageSize);
  return html`<p class="muted count">${t('history.count', { count: total })}</p>
    <ul class="rows" part="payments" aria-label=${t('history.caption', { page: formatNumber(page, lang), pages: formatNumber(pages, lang) })}>
      ${p.items.map((payment) => renderRow(payment, t, lang, payment.id === opened))}
    </ul>
    ${pages > 1
      ? html`<nav class="pager" part="pager" aria-label=${ctx.landmark(t('history.title'))}>
          <button type="button" class="btn" part="pager-previous" aria-disabled=${page <= 1 ? 'true' : 'false'} @click=${() => page > 1 && ctx.onPage(page - 1)}>
            ${t('pager.previous')}
          </button>
          <span class="pager-status">${t('pager.status', { page: formatNumber(page, lang), pages: formatNumber(pages, lang) })}</span>
          <button type="button" class="btn" part="pager-next" aria-disabled=${page >= pages ? 'true' : 'false'} @click=${() => page < pages && ctx.onPage(page + 1)}>
            ${t('pager.next')}
          </button>
        </nav>`
      : nothing}`;
}
