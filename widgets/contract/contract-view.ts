import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/errors';
import type { Contract, ContractDocument, ContractPoint, ContractService } from '../core/api/types';
import { formatDay, formatMoney } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import type { Translate } from '../core/i18n/keys';
import { errorMessage, icon, renderError, renderSignedOut, renderSkeleton, renderWidgetShell } from '../core/ui';
import { commitmentOf, monthlyTotal } from './contract-rules';

/** Every state <ebok-contract> can show; set as `preview` to render exactly that one. */
export type ContractState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'ready';
      contract: Contract;
      /** The account's name, shown under the title. */
      account?: string;
      /** The Warsaw day the days left are counted from (default: today). */
      today?: string;
      /** A document that could not be downloaded. */
      documentError?: { title: string; error: ApiError };
    };

type T = Translate<'contract'>;

export interface ContractViewContext {
  /** The session is not known yet: the shell lays out the signed-out body (most visitors see that first). */
  pending?: boolean;
  t: T;
  lang: Lang;
  landmark: string;
  today: () => string;
  /** Document ids being downloaded. */
  downloading: ReadonlySet<string>;
  onRetry: () => void;
  onDocument: (doc: ContractDocument) => void;
  onDismissDocumentError: () => void;
}

const LONG: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

function renderCommitment(t: T, lang: Lang, contract: Contract, today: string): TemplateResult {
  const c = commitmentOf(contract, today);
  if (c.kind === 'none') return html`<p class="commitment" data-kind="none" part="commitment">${icon('check')} ${t('commitment.none')}</p>`;
  if (c.kind === 'ended') {
    return html`<p class="commitment" data-kind="ended" part="commitment">
      ${icon('check')} ${t('commitment.ended', { date: formatDay(c.on, lang, LONG) })}
    </p>`;
  }
  return html`<div class="commitment" data-kind="running" part="commitment">
    <p class="commitment-title">${icon('calendar')} ${t('commitment.until', { date: formatDay(c.until, lang, LONG) })}</p>
    <p class="days-left" part="days-left">${c.daysLeft === 0 ? t('commitment.lastDay') : t('commitment.daysLeft', { count: c.daysLeft })}</p>
  </div>`;
}

function renderPrice(t: T, lang: Lang, s: ContractService): TemplateResult {
  if (!s.price) return html`<p class="price free" part="price">${t('price.none')}</p>`;
  const amount = formatMoney(s.price.amount, lang);
  return html`<p class="price num" part="price">${t(`price.${s.price.period}`, { amount })}</p>`;
}

function renderService(t: T, lang: Lang, s: ContractService): TemplateResult {
  return html`<li class="service" part="service" data-kind=${s.kind}>
    <div class="service-head">
      <h4 class="service-name">${s.name}</h4>
      ${renderPrice(t, lang, s)}
    </div>
    <p class="service-kind muted">${t(`service.${s.kind}`)}${s.since ? html` · ${t('service.since', { date: formatDay(s.since, lang, LONG) })}` : nothing}</p>
    ${s.includes.length > 0
      ? html`<ul class="includes" aria-label=${t('service.includes', { name: s.name })}>
          ${s.includes.map((line) => html`<li>${line}</li>`)}
        </ul>`
      : nothing}
  </li>`;
}

function pointCode(t: T, p: ContractPoint): string {
  return t(`points.code.${p.medium}`);
}

function renderReady(state: Extract<ContractState, { status: 'ready' }>, ctx: ContractViewContext): TemplateResult {
  const { t, lang } = ctx;
  const c = state.contract;
  const today = state.today ?? ctx.today();
  const total = monthlyTotal(c.services);
  const day = (d: string) => formatDay(d, lang, LONG);
  return html`
    <header class="head">
      <h3 class="title">${t('title')}</h3>
      ${state.account ? html`<p class="muted account">${state.account}</p>` : nothing}
    </header>
    <dl class="facts" part="facts">
      <div><dt>${t('facts.number')}</dt><dd class="num">${c.number}</dd></div>
      <div><dt>${t('facts.tariff')}</dt><dd>${c.tariff}</dd></div>
      <div><dt>${t('facts.signed')}</dt><dd>${day(c.signedOn)}</dd></div>
      <div><dt>${t('facts.start')}</dt><dd>${day(c.startsOn)}</dd></div>
      <div><dt>${t('facts.end')}</dt><dd>${c.endsOn ? day(c.endsOn) : t('facts.indefinite')}</dd></div>
    </dl>
    ${renderCommitment(t, lang, c, today)}
    <section class="block" aria-labelledby="services-title">
      <h4 id="services-title" class="block-title">${t('services.title')}</h4>
      <ul class="services">
        ${c.services.map((s) => renderService(t, lang, s))}
      </ul>
      ${total ? html`<p class="total" part="total">${t('services.total')} <span class="num">${formatMoney(total, lang)}</span></p>` : nothing}
    </section>
    ${c.points.length > 0
      ? html`<section class="block" aria-labelledby="points-title">
          <h4 id="points-title" class="block-title">${t('points.title')}</h4>
          <ul class="cards">
            ${c.points.map(
              (p) => html`<li class="card" part="point">
                <dl class="pairs">
                  <div><dt>${pointCode(t, p)}</dt><dd class="code">${p.code}</dd></div>
                  <div><dt>${t('points.meter')}</dt><dd class="code">${p.meterNumber}</dd></div>
                  <div><dt>${t('points.address')}</dt><dd>${p.address}</dd></div>
                </dl>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${c.devices.length > 0
      ? html`<section class="block" aria-labelledby="devices-title">
          <h4 id="devices-title" class="block-title">${t('devices.title')}</h4>
          <ul class="cards">
            ${c.devices.map(
              (d) => html`<li class="card" part="device">
                <p class="device-name">${d.name}</p>
                <p class="muted">${t('devices.serial')} <span class="code">${d.serialNumber}</span></p>
                ${d.leased ? html`<p class="muted">${t('devices.leased')}</p>` : nothing}
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${c.documents.length > 0
      ? html`<section class="block" aria-labelledby="documents-title">
          <h4 id="documents-title" class="block-title">${t('documents.title')}</h4>
          <ul class="documents">
            ${c.documents.map((d) => {
              const busy = ctx.downloading.has(d.id);
              return html`<li class="document">
                <button
                  type="button"
                  class="btn doc"
                  part="document"
                  aria-disabled=${busy ? 'true' : 'false'}
                  aria-label=${t('documents.download', { title: d.title })}
                  @click=${() => ctx.onDocument(d)}
                >
                  ${icon('download')} <span class="doc-title">${d.title}</span>
                </button>
                <span class="muted doc-meta">${t(`documents.kind.${d.kind}`)}${d.issuedOn ? ` · ${day(d.issuedOn)}` : ''}${busy ? ` · ${t('documents.busy')}` : ''}</span>
              </li>`;
            })}
          </ul>
          ${state.documentError
            ? html`<div class="doc-error" role="alert" part="document-error">
                <p>${icon('alert')} ${t('documents.failed', { title: state.documentError.title })} ${errorMessage(t, state.documentError.error)}</p>
                <button type="button" class="btn" @click=${ctx.onDismissDocumentError}>${t('common:actions.close')}</button>
              </div>`
            : nothing}
        </section>`
      : nothing}
  `;
}

/** The view's one entry point: the whole widget for a state. */
export function renderContract(state: ContractState, ctx: ContractViewContext): TemplateResult {
  const { t } = ctx;
  return renderWidgetShell(ctx, {
    name: 'contract',
    state,
    label: ctx.landmark,
    busy: state.status === 'loading',
    body: {
      'signed-out': () => renderSignedOut(t('signedOut')),
      loading: () => renderSkeleton(t, ['line-title', 'line-facts', 'line-box', 'line-service', 'line-service', 'line-card']),
      error: ({ error }) => renderError(t, error, ctx.onRetry),
      ready: (ready) => renderReady(ready, ctx),
    },
  });
}
