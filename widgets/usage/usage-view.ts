/**
 * Templates of <ebok-usage>, rendered from data alone (every state); no fetching, no chart library.
 * The chart element is only a place: the element draws the chart (uPlot) into it after rendering.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiError } from '../core/api/errors';
import type { MeteringPoint, Unit, UsageSeries } from '../core/api/types';
import { formatNumber } from '../core/format';
import type { Lang } from '../core/i18n/languages';
import { icon, renderError, renderSignedOut } from '../core/ui';
import { formatPercent, formatValue, periodLabel, previousPeriodLabel, rangeLabel, slotRowLabel, slotTitle } from './usage-format';
import { ALL_POINTS, changeDirection, comparisonState, extremes, type PeriodKind, type UsageModel } from './usage-rules';
import type { Translate } from '../core/i18n/keys';

type T = Translate<'usage'>;

/** Data of the series for the shown selection. */
export type SeriesState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; series: UsageSeries };

/**
 * Everything <ebok-usage> can show. Set it as `preview` to render exactly that state (gallery,
 * tests, benchmark). `point`, `period` and `anchor` (a day inside the period) choose the selection
 * the controls show; the series must match them.
 */
export type UsageState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'ready';
      points: MeteringPoint[];
      series: SeriesState;
      point?: string;
      period?: PeriodKind;
      anchor?: string;
    };

export interface ViewContext {
  t: T;
  lang: Lang;
  /** The accessible name of a landmark, unique on the page (EbokElement.landmark). */
  landmark: (name: string) => string;
  points: readonly MeteringPoint[];
  point: string;
  period: PeriodKind;
  periods: readonly PeriodKind[];
  anchor: string;
  /** No later period has data yet. */
  latest: boolean;
  series: SeriesState;
  model: UsageModel | undefined;
  tableOpen: boolean;
  tableLimit: number;
  /** The previous year is drawn (the customer can hide it). */
  showPrevious: boolean;
  onTogglePrevious: () => void;
  onPoint: (e: Event) => void;
  onPeriod: (kind: PeriodKind) => void;
  onShift: (step: -1 | 1) => void;
  onToggleTable: () => void;
  onMore: () => void;
  onDownload: () => void;
  onRetry: () => void;
}

const NBSP = '\u00a0';

const chevronLeft = svg`<path d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z"/>`;
const chevronRight = svg`<path d="M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z"/>`;
const arrowUp = svg`<path d="M4 12l1.4 1.4L11 7.8V20h2V7.8l5.6 5.6L20 12l-8-8z"/>`;
const arrowDown = svg`<path d="M20 12l-1.4-1.4-5.6 5.6V4h-2v12.2l-5.6-5.6L4 12l8 8z"/>`;
const equal = svg`<path d="M5 9h14v2H5zm0 4h14v2H5z"/>`;
const tableIcon = svg`<path d="M3 3h18v18H3V3zm2 2v4h6V5H5zm8 0v4h6V5h-6zm-8 6v4h6v-4H5zm8 0v4h6v-4h-6zm-8 6v2h6v-2H5zm8 0v2h6v-2h-6z"/>`;

function glyph(path: TemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;
}

export function unitLabel(t: T, unit: Unit): string {
  return t(`units.${unit}`);
}

export function withUnit(t: T, v: number, model: UsageModel, lang: Lang): string {
  return `${formatValue(v, model.unit, lang)}${NBSP}${unitLabel(t, model.unit)}`;
}

/** The widget's shell while the metering points load: the same blocks, the same heights. */
export function renderLoading(t: T): TemplateResult {
  return html`<div class="loading" part="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${t('common:states.loading')}</span>
    <span class="skeleton sk-controls"></span>
    <span class="skeleton sk-totals"></span>
    <span class="skeleton sk-chart chart-box"></span>
    <span class="skeleton sk-actions"></span>
  </div>`;
}

/** `retryPoints` is the "try again" of a failed list of points. */
export function renderBody(state: UsageState, ctx: ViewContext | undefined, t: T, retryPoints: () => void): TemplateResult {
  switch (state.status) {
    case 'signed-out':
      return renderSignedOut(t('signedOut'));
    case 'loading':
      return renderLoading(t);
    case 'error':
      return renderError(t, state.error, retryPoints);
    case 'ready':
      if (state.points.length === 0 || !ctx) {
        return html`<div class="state" data-kind="empty" part="empty"><p>${icon('info')} ${t('noPoints')}</p></div>`;
      }
      return renderReady(ctx);
  }
}

function renderReady(ctx: ViewContext): TemplateResult {
  return html`${renderControls(ctx)} ${renderExcluded(ctx)} ${renderSeries(ctx)}`;
}

function renderControls(ctx: ViewContext): TemplateResult {
  const { t, points } = ctx;
  const single = points.length === 1 ? points[0] : undefined;
  return html`<div class="controls">
    ${single
      ? html`<p class="point-single" part="point">
          <span class="muted">${t('point.label')}:</span> <strong>${single.name}</strong> <span>${single.address}</span>
        </p>`
      : html`<label class="field" part="point">
          <span class="field-label">${t('point.label')}</span>
          <select part="point-select" .value=${live(ctx.point)} @change=${ctx.onPoint}>
            <option value=${ALL_POINTS} ?selected=${ctx.point === ALL_POINTS}>${t('point.all')}</option>
            ${points.map(
              (p) =>
                html`<option value=${p.id} ?selected=${ctx.point === p.id}>${t('point.option', { name: p.name, address: p.address })}</option>`,
            )}
          </select>
        </label>`}
    ${ctx.periods.length > 1
      ? html`<fieldset class="periods" part="periods">
          <legend class="field-label">${t('period.label')}</legend>
          <div class="segmented">
            ${ctx.periods.map(
              (kind) => html`<label class="segment">
                <input
                  type="radio"
                  name="period"
                  value=${kind}
                  .checked=${live(ctx.period === kind)}
                  @change=${() => ctx.onPeriod(kind)}
                />
                <span>${t(`period.${kind}`)}</span>
              </label>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    <div class="nav" part="nav">
      <button type="button" class="btn icon-btn" part="previous" aria-label=${t('period.previous')} @click=${() => ctx.onShift(-1)}>
        ${glyph(chevronLeft)}
      </button>
      <p class="period-label" aria-live="polite">
        <span class="visually-hidden">${t('period.shown')}: </span>${periodLabel(ctx.period, ctx.anchor, ctx.lang)}
      </p>
      <button
        type="button"
        class="btn icon-btn"
        part="next"
        aria-label=${t('period.next')}
        ?disabled=${ctx.latest}
        @click=${() => ctx.onShift(1)}
      >
        ${glyph(chevronRight)}
      </button>
    </div>
  </div>`;
}

function renderExcluded(ctx: ViewContext): TemplateResult | typeof nothing {
  if (ctx.series.status !== 'ready') return nothing;
  const { series } = ctx.series;
  if (series.excludedPoints.length === 0) return nothing;
  const nameOf = (id: string): string => ctx.points.find((p) => p.id === id)?.name ?? id;
  const byReason = (reason: 'different_unit' | 'granularity_unavailable'): string[] =>
    series.excludedPoints.filter((p) => p.reason === reason).map((p) => nameOf(p.id));
  const notes = (['different_unit', 'granularity_unavailable'] as const)
    .map((reason) => ({ reason, names: byReason(reason) }))
    .filter((n) => n.names.length > 0);
  return html`<div class="excluded" part="excluded">
    ${notes.map(
      (n) =>
        html`<p>
          ${icon('info')}
          <span
            >${ctx.t(n.reason === 'different_unit' ? 'excluded.different_unit' : `excluded.granularity_unavailable.${series.granularity}`, {
              unit: unitLabel(ctx.t, series.unit),
              names: n.names.join(', '),
            })}</span
          >
        </p>`,
    )}
  </div>`;
}

function renderSeries(ctx: ViewContext): TemplateResult {
  const { t, series } = ctx;
  if (series.status === 'loading') {
    return html`<div class="series-loading" aria-busy="true">
      <span class="visually-hidden" role="status">${t('common:states.loading')}</span>
      <span class="skeleton sk-totals"></span>
      <span class="skeleton sk-chart chart-box"></span>
      <span class="skeleton sk-actions"></span>
    </div>`;
  }
  if (series.status === 'error') {
    return html`<div class="chart-box chart-state">${renderError(t, series.error, ctx.onRetry)}</div>`;
  }
  const model = ctx.model;
  if (!model || comparisonState(model.totals) === 'empty') {
    return html`<div class="chart-box chart-state">
      <div class="state" data-kind="empty" part="empty">
        <p class="state-title">${icon('calendar')} ${t('empty.title')}</p>
        <p class="muted">${t('empty.hint')}</p>
      </div>
    </div>`;
  }
  return html`${renderTotals(ctx, model)} ${renderChart(ctx, model)} ${renderActions(ctx)}
  ${ctx.tableOpen ? renderTable(ctx, model) : nothing}`;
}

function renderTotals(ctx: ViewContext, model: UsageModel): TemplateResult {
  const { t, lang } = ctx;
  const { totals } = model;
  const state = comparisonState(totals);
  const amount = (v: number): string => withUnit(t, v, model, lang);
  const muted = (text: string): TemplateResult => html`<span class="muted">${text}</span>`;
  let change: TemplateResult;
  if (totals.changePercent === null) {
    // Without a percentage the state says why (comparisonState answers 'compared' only with one).
    change = html`<dd class="muted">${t(`totals.why.${state === 'compared' ? 'previous-zero' : state}`)}</dd>`;
  } else {
    // The words say the direction, so the number has no sign: "0,9% mniej", never "−0,9% mniej".
    const dir = changeDirection(totals.changePercent);
    change = html`<dd class="change" data-direction=${dir}>
      ${glyph(dir === 'up' ? arrowUp : dir === 'down' ? arrowDown : equal)}
      <span class="num">${formatPercent(totals.changePercent, lang)}</span>
      <span class="change-words">${t(`totals.${dir}`)}</span>
    </dd>`;
  }
  // Last year's figure is exactly what the change compares; only when this period has nothing to
  // compare yet is it the whole period, and then it says so.
  const wholePrevious = totals.previous === null;
  const previousLabel = wholePrevious ? t('totals.previousWhole') : totals.partialComparison ? t('totals.previousCompared') : t('totals.previous');
  const previousValue = totals.previous ?? totals.previousWhole;
  let note: TemplateResult | typeof nothing = nothing;
  if (state === 'no-readings-yet') {
    note = html`<p class="note" data-note="no-readings-yet">${icon('info')} <span>${t('totals.noReadingsYet', { period: periodLabel(ctx.period, ctx.anchor, lang) })}</span></p>`;
  } else if (totals.partialComparison) {
    note = html`<p class="note" data-note="partial">
      ${icon('info')}
      <span
        >${t('totals.partial', {
          range: rangeLabel(model, totals.firstCompared, totals.lastCompared, lang),
          current: amount(totals.comparedCurrent!),
          previous: amount(totals.previous!),
        })}</span
      >
    </p>`;
  }
  return html`<dl class="totals" part="totals">
      <div class="total">
        <dt>${t('totals.current')}</dt>
        <dd class="num big" data-total="current">${totals.readings === 0 ? muted(t('totals.noReadings')) : amount(totals.current)}</dd>
      </div>
      <div class="total">
        <dt>${previousLabel}</dt>
        <dd class="num" data-total="previous">${previousValue === null ? muted(t('totals.noPrevious')) : amount(previousValue)}</dd>
      </div>
      <div class="total">
        <dt>${t('totals.change')}</dt>
        ${change}
      </div>
    </dl>
    ${note}`;
}

/** The text summary of the chart (also the chart's accessible name). */
export function summaryText(ctx: ViewContext, model: UsageModel): string {
  const { t, lang } = ctx;
  const parts = [
    t('summary.chart', {
      unit: unitLabel(t, model.unit),
      period: periodLabel(ctx.period, ctx.anchor, lang),
      by: t(`summary.by.${model.granularity}`),
      previous: previousPeriodLabel(ctx.period, ctx.anchor, lang),
    }),
  ];
  if (model.totals.readings > 0) {
    parts.push(t('summary.total', { total: withUnit(t, model.totals.current, model, lang) }));
    const ex = extremes(model.current);
    if (ex && ex.max !== ex.min) {
      parts.push(
        t('summary.extremes', {
          maxLabel: slotTitle(model, ex.max, lang),
          max: withUnit(t, model.current[ex.max]!, model, lang),
          minLabel: slotTitle(model, ex.min, lang),
          min: withUnit(t, model.current[ex.min]!, model, lang),
        }),
      );
    }
  }
  parts.push(t('summary.readings', { count: model.totals.readings, n: formatNumber(model.totals.readings, lang) }));
  return parts.join(' ');
}

function renderChart(ctx: ViewContext, model: UsageModel): TemplateResult {
  const { t, lang } = ctx;
  const line = model.granularity === 'quarter_hour';
  return html`<figure class="chart" part="chart">
    <div class="legend-row">
      <ul class="legend" part="legend" aria-label=${t('legend.label')}>
        <li><span class="swatch current ${line ? 'line' : ''}" aria-hidden="true"></span>${periodLabel(ctx.period, ctx.anchor, lang)}</li>
        ${ctx.showPrevious
          ? html`<li><span class="swatch previous ${line ? 'line' : ''}" aria-hidden="true"></span>${previousPeriodLabel(ctx.period, ctx.anchor, lang)}</li>`
          : nothing}
      </ul>
      <label class="toggle" part="previous-toggle">
        <input type="checkbox" .checked=${live(ctx.showPrevious)} @change=${ctx.onTogglePrevious} />
        <span>${t('legend.showPrevious')}</span>
      </label>
    </div>
    <div class="chart-box" part="chart-box">
      <div class="plot" role="img" tabindex="0" aria-labelledby="usage-summary" aria-describedby="usage-keys"></div>
      <p id="usage-keys" class="visually-hidden">${t('chart.keys')}</p>
      <p class="chart-live visually-hidden" aria-live="polite"></p>
    </div>
    <figcaption id="usage-summary" class="summary muted" part="summary">${summaryText(ctx, model)}</figcaption>
  </figure>`;
}

function renderActions(ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  return html`<div class="actions" part="actions">
    <button
      type="button"
      class="btn"
      part="table-toggle"
      aria-expanded=${ctx.tableOpen ? 'true' : 'false'}
      aria-controls="usage-table"
      @click=${ctx.onToggleTable}
    >
      ${glyph(tableIcon)} ${ctx.tableOpen ? t('table.hide') : t('table.show')}
    </button>
    <button type="button" class="btn" part="download" @click=${ctx.onDownload}>${icon('download')} ${t('csv.download')}</button>
  </div>`;
}

function renderTable(ctx: ViewContext, model: UsageModel): TemplateResult {
  const { t, lang } = ctx;
  const count = model.length;
  const shown = Math.min(count, ctx.tableLimit);
  const cell = (v: number): TemplateResult =>
    Number.isNaN(v)
      ? html`<td class="num missing"><span aria-hidden="true">—</span><span class="visually-hidden">${t('table.noReading')}</span></td>`
      : html`<td class="num">${formatValue(v, model.unit, lang)}</td>`;
  const rows: TemplateResult[] = [];
  for (let i = 0; i < shown; i++) {
    rows.push(html`<tr>
      <th scope="row">${slotRowLabel(model, i, lang)}</th>
      ${cell(model.current[i]!)} ${cell(model.previous[i]!)}
    </tr>`);
  }
  const caption = t('table.caption', { unit: unitLabel(t, model.unit), period: periodLabel(ctx.period, ctx.anchor, lang) });
  return html`<div class="table-wrap" id="usage-table" part="table" role="region" aria-label=${ctx.landmark(caption)} tabindex="0">
      <table>
        <caption id="usage-caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t('table.interval')}</th>
            <th scope="col" class="num-head">${periodLabel(ctx.period, ctx.anchor, lang)}</th>
            <th scope="col" class="num-head">${previousPeriodLabel(ctx.period, ctx.anchor, lang)}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    ${shown < count
      ? html`<div class="more">
          <p class="muted" role="status">${t('table.shown', { count, shown: formatNumber(shown, lang), total: formatNumber(count, lang) })}</p>
          <button type="button" class="btn" part="more" @click=${ctx.onMore}>${t('table.more')}</button>
        </div>`
      : nothing}`;
}
