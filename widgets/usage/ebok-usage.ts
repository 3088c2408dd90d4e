import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getUsageSeries, listMeteringPoints } from '../core/api/endpoints';
import type { MeteringPoint, UsageSeries } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { isValidDay, warsawDay } from '../core/calendar';
import { saveFile } from '../core/download';
import { defineTranslations, i18n } from '../core/i18n/i18n';
import { Resource } from '../core/resource';
import { renderPending } from '../core/ui';
import { dataOwner, type SessionState } from '../core/session';
import { formatAxisValue, formatValue, periodLabel, previousPeriodLabel, slotTick, slotTitle, tickIndices } from './usage-format';
import {
  ALL_POINTS,
  availablePeriods,
  buildCsv,
  buildModel,
  GRANULARITY_OF,
  isLatestPeriod,
  normalisePeriod,
  normalisePoint,
  PERIOD_KINDS,
  periodRange,
  shiftPeriod,
  type PeriodKind,
  type UsageModel,
} from './usage-rules';
import { selectStyles } from '../core/forms/select-styles';
import { usageStyles } from './usage-styles';
import { probeStyles, readTheme, ThemeWatcher, type ChartTheme } from './usage-theme';
import { renderBody, renderLoading, unitLabel, type SeriesState, type UsageState, type ViewContext } from './usage-view';
import type { ChartInput, UsageChart } from './usage-chart';
import type { Translate, TranslationKey } from '../core/i18n/keys';
import type { TOptions } from 'i18next';

// The widget's strings, typed from the Polish bundle: `this.t('…')` with a key it lacks fails the type check.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    usage: typeof import('./i18n/pl.json');
  }
}

export type { UsageState, SeriesState } from './usage-view';
export type { PeriodKind } from './usage-rules';

export interface UsageChangeDetail {
  point: string;
  period: PeriodKind;
  from: string;
  to: string;
}

declare module '../core/events' {
  interface EbokEventMap {
    'ebok-usage-change': CustomEvent<UsageChangeDetail>;
  }
}

/**
 * Every string a render asked for, by language, key and options (all primitives here). A render
 * asks for some thirty, and i18next resolving each again was a good part of the first paint's
 * script. Any change of the strings (a bundle loaded, operator overrides) goes through the store,
 * which then forgets them all.
 */
const words = new Map<string, string>();
const forget = (): void => words.clear();
i18n.store.on('added', forget);
i18n.store.on('removed', forget);

/** Rows the table shows at first and adds per "show more" (a year of quarter hours is 35,040 rows). */
export const TABLE_PAGE = 200;

type ChartModule = typeof import('./usage-chart');
let chartModule: Promise<ChartModule> | undefined;
/** The chart (uPlot) is a chunk of its own, fetched at sign-in or when a chart is first drawn. */
function loadChart(): Promise<ChartModule> {
  chartModule ??= import('./usage-chart');
  chartModule.catch(() => (chartModule = undefined));
  return chartModule;
}

/**
 * Consumption over time per metering point (or summed over all points with the same unit),
 * with the same period of the previous year beside it.
 *
 * @summary Consumption chart with the previous year, totals, a table and CSV download.
 *
 * @attr point - Metering point id to show first, or `all` for the sum (default: `all` with several points).
 * @attr period - `year` (by month, default), `month` (by day), `week` or `day` (15-minute readings, where the point has them).
 * @attr lang - Overrides the inherited language (`pl`, `uk`, `ru`).
 * @prop {UsageState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 * @prop {string | undefined} today - "YYYY-MM-DD" to treat as today in Warsaw, for a preview with fixed dates (the gallery); default: the real day.
 *
 * @fires ebok-usage-change - The customer chose another point or period. Detail: `{ point, period, from, to }`.
 * @fires ebok-point-change - The customer chose another metering point (not the sum). Detail: `{ point }` (pass it to `<ebok-readings point>`).
 *
 * @csspart base - The widget's frame.
 * @csspart point - The point selector (or the name of the only point).
 * @csspart point-select - The `<select>` of points.
 * @csspart periods - The period switch.
 * @csspart nav - Previous/next period with the period's name.
 * @csspart previous - The "previous period" button.
 * @csspart next - The "next period" button.
 * @csspart excluded - Notes about points left out of the sum.
 * @csspart totals - Totals and the year-over-year change.
 * @csspart chart - The chart figure (legend, canvas, summary).
 * @csspart legend - The legend.
 * @csspart previous-toggle - The "show the previous year" checkbox with its label.
 * @csspart chart-box - The box the chart fills.
 * @csspart summary - The text summary of the chart.
 * @csspart actions - The table toggle and the CSV button.
 * @csspart table-toggle - The "show as table" button.
 * @csspart download - The CSV button.
 * @csspart table - The scrollable table.
 * @csspart more - The "show more rows" button.
 * @csspart loading - The skeleton.
 * @csspart empty - No points / no data for the period.
 * @csspart error - The error with "try again".
 * @csspart retry - The "try again" button.
 * @csspart signed-out - Shown when no one is signed in.
 *
 * @cssprop --ebok-usage-chart-height - Height of the chart (default 280px).
 * @cssprop --ebok-usage-color-current - Colour of the shown period (default `--ebok-color-primary`).
 * @cssprop --ebok-usage-color-previous - Colour of the previous year (default `--ebok-color-muted`); drawn dashed or hatched. Keep both colours at 3:1 or more against `--ebok-color-background`.
 */
export class EbokUsage extends EbokElement<'usage'> {
  static override translations = defineTranslations('usage', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });
  static override styles = [...EbokElement.styles, usageStyles, probeStyles, selectStyles];

  /** Metering point id to show, or `all`. */
  @property() point: string | undefined;
  /** `year`, `month`, `week` or `day`. */
  @property() period: PeriodKind | undefined;
  @property({ attribute: false }) preview: UsageState | undefined;
  @property({ attribute: false }) today: string | undefined;

  /** A day inside the shown period; defaults to today. */
  @state() private anchor: string | undefined;
  @state() private tableOpen = false;
  @state() private tableLimit = TABLE_PAGE;
  /** The customer can hide last year's series; kept in memory only, for as long as the element lives. */
  @state() private showPrevious = true;

  private readonly points = new Resource(this, {
    args: () => (this.preview || !this.customer ? null : ([this.customer.id] as const)),
    load: (_args, signal) => listMeteringPoints({ signal }).then((r) => r.points),
  });

  private readonly series = new Resource(this, {
    args: () => {
      const points = this.points.value;
      if (this.preview || !this.customer || !points || points.length === 0) return null;
      const point = normalisePoint(points, this.point);
      const period = normalisePeriod(points, point, this.period);
      const { from, to } = periodRange(period, this.currentAnchor);
      return [this.customer.id, point, GRANULARITY_OF[period], from, to] as const;
    },
    load: ([, point, granularity, from, to], signal) => getUsageSeries({ point, granularity, from, to }, { signal }),
  });

  private chart: UsageChart | undefined;
  private chartKey: unknown[] = [];
  private theme: ChartTheme | undefined;
  private readonly watcher = new ThemeWatcher(this, () => this.themeChanged());
  private modelCache: { series: UsageSeries; today: string; model: UsageModel } | undefined;

  protected override t(key: TranslationKey<'usage'> | TranslationKey<'usage'>[], options?: TOptions): string {
    const id = `${this.language}|${String(key)}|${options ? JSON.stringify(options) : ''}`;
    let word = words.get(id);
    if (word === undefined) {
      word = super.t(key, options);
      if (this.i18n.ready) {
        if (words.size > 2000) words.clear();
        words.set(id, word);
      }
    }
    return word;
  }

  private get todayDay(): string {
    return this.today && isValidDay(this.today) ? this.today : warsawDay();
  }

  private get currentAnchor(): string {
    return this.anchor ?? this.todayDay;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Coming back after a removal: the chart is drawn again in updated().
    this.chartKey = [];
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyChart();
    this.watcher.disconnect();
  }

  protected override sessionChanged(previous: SessionState, next: SessionState): void {
    // Another customer (or none): forget what the previous one was looking at.
    if (this.preview || dataOwner(previous) === dataOwner(next)) return;
    this.anchor = undefined;
    this.tableOpen = false;
    this.tableLimit = TABLE_PAGE;
    this.showPrevious = true;
    this.modelCache = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Signed in: fetch the chart now, beside the first API requests, so it is there when the
    // readings are. A signed-out page never downloads it (the loader does not preload it).
    if (!this.preview && this.customer && !chartModule) void loadChart().catch(() => undefined);
    if (changed.has('preview') && this.preview?.status === 'ready') {
      const p = this.preview;
      if (p.point !== undefined) this.point = p.point;
      if (p.period !== undefined) this.period = p.period;
      if (p.anchor !== undefined) this.anchor = p.anchor;
    }
    if (changed.has('anchor' as keyof EbokUsage) || changed.has('point') || changed.has('period')) this.tableLimit = TABLE_PAGE;
  }

  /** The state to render: the preview, or what the resources hold. */
  private get view(): UsageState {
    if (this.preview) return this.preview;
    if (this.session.status === 'unknown') return { status: 'loading' };
    if (!this.customer) return { status: 'signed-out' };
    const points = this.points.state;
    if (points.status === 'idle' || points.status === 'loading') return { status: 'loading' };
    if (points.status === 'error') return { status: 'error', error: points.error };
    const s = this.series.state;
    const series: SeriesState =
      s.status === 'ready' ? { status: 'ready', series: s.value } : s.status === 'error' ? { status: 'error', error: s.error } : { status: 'loading' };
    return { status: 'ready', points: points.value, series };
  }

  private modelFor(series: UsageSeries): UsageModel {
    const today = this.todayDay;
    if (this.modelCache?.series !== series || this.modelCache.today !== today) {
      this.modelCache = { series, today, model: buildModel(series, today) };
    }
    return this.modelCache.model;
  }

  private context(state: Extract<UsageState, { status: 'ready' }>): ViewContext {
    const points = state.points;
    const point = normalisePoint(points, this.point);
    const period = normalisePeriod(points, point, this.period);
    const anchor = this.currentAnchor;
    return {
      t: (key, options) => this.t(key, options),
      lang: this.language,
      landmark: (name) => this.landmark(name),
      points,
      point,
      period,
      periods: availablePeriods(points, point),
      anchor,
      latest: isLatestPeriod(period, anchor, this.todayDay),
      series: state.series,
      model: state.series.status === 'ready' ? this.modelFor(state.series.series) : undefined,
      tableOpen: this.tableOpen,
      tableLimit: this.tableLimit,
      showPrevious: this.showPrevious,
      onTogglePrevious: () => (this.showPrevious = !this.showPrevious),
      onPoint: (e) => this.choose({ point: (e.target as HTMLSelectElement).value }),
      onPeriod: (kind) => this.choose({ period: kind }),
      onShift: (step) => this.choose({ anchor: shiftPeriod(period, anchor, step) }),
      onToggleTable: () => (this.tableOpen = !this.tableOpen),
      onMore: () => (this.tableLimit += TABLE_PAGE),
      onDownload: () => this.download(),
      // In preview the button is shown (the gallery shows every state) and does nothing.
      onRetry: this.preview ? () => this.requestUpdate() : () => this.series.retry(),
    };
  }

  private choose(change: { point?: string; period?: PeriodKind; anchor?: string }): void {
    if (change.point !== undefined) this.point = change.point;
    if (change.period !== undefined && (PERIOD_KINDS as readonly string[]).includes(change.period)) this.period = change.period;
    if (change.anchor !== undefined) this.anchor = change.anchor;
    const state = this.view;
    if (state.status !== 'ready') return;
    const point = normalisePoint(state.points, this.point);
    const period = normalisePeriod(state.points, point, this.period);
    const { from, to } = periodRange(period, this.currentAnchor);
    this.emit('ebok-usage-change', { point, period, from, to });
    // The suite-wide point event too, so <ebok-readings point> can follow (a sum is no one point).
    if (change.point !== undefined && point !== ALL_POINTS) this.emit('ebok-point-change', { point });
  }

  /** The shown data as a CSV file (see buildCsv for the format). */
  private download(): void {
    const state = this.view;
    if (state.status !== 'ready' || state.series.status !== 'ready') return;
    const model = this.modelFor(state.series.series);
    const unit = unitLabel((k, o) => this.t(k, o), model.unit);
    const csv = buildCsv(model, {
      period: this.t('csv.interval'),
      current: this.t('csv.current', { unit }),
      previousPeriod: this.t('csv.previousInterval'),
      previous: this.t('csv.previous', { unit }),
    });
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    saveFile(blob, `${this.t('csv.file')}-${normalisePoint(state.points, this.point)}-${model.from}_${model.to}.csv`, this.renderRoot);
  }

  override render() {
    if (!this.i18n.ready) {
      return html`<section part="base" class="usage">${renderLoading(() => '')}</section>`;
    }
    const t: Translate<'usage'> = (key, options) => this.t(key, options);
    const state = this.view;
    const ctx = state.status === 'ready' && state.points.length > 0 ? this.context(state) : undefined;
    return html`<section part="base" class="usage" lang=${this.language} aria-label=${this.landmark(this.t('title'), true)}>
      <h2 id="usage-title">${this.t('title')}</h2>
      ${!this.preview && this.session.status === 'unknown'
        ? renderPending(renderBody({ status: 'signed-out' }, undefined, t, () => undefined))
        : renderBody(state, ctx, t, this.preview ? () => this.requestUpdate() : () => this.points.retry())}
      <span class="theme-probe" aria-hidden="true"></span>
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const probe = this.renderRoot.querySelector<HTMLElement>('.theme-probe');
    if (probe) this.watcher.connect(probe);
    this.syncChart();
  }

  private themeChanged(): void {
    // Only a real difference re-creates the chart (a motion or media flip alone changes nothing drawn).
    const next = readTheme(this);
    const old = this.theme;
    if (!old || (Object.keys(next) as (keyof ChartTheme)[]).some((k) => next[k] !== old[k])) this.theme = next;
    this.syncChart();
  }

  /** Draw, update or drop the chart so that it matches what was just rendered. */
  private syncChart(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    const state = this.view;
    if (!plot || state.status !== 'ready' || state.series.status !== 'ready' || !this.isConnected) {
      this.destroyChart();
      return;
    }
    const model = this.modelFor(state.series.series);
    this.theme ??= readTheme(this);
    const ctx = this.context(state);
    const key = [plot, model, this.language, this.theme, ctx.period, ctx.anchor, this.showPrevious];
    if (this.chart && key.length === this.chartKey.length && key.every((k, i) => k === this.chartKey[i])) return;
    this.chartKey = key;
    // Where the drawing is, on the chart element (data-chart="drawing" | "drawn" | "failed"): the
    // gallery, the benchmark and the tests wait for it in the DOM, so the element needs no method for them.
    plot.dataset.chart = 'drawing';
    void loadChart().then(
      (m) => {
        // Removed, re-rendered or superseded while the chart module was loading.
        if (!this.isConnected || this.chartKey !== key || !plot.isConnected) return;
        if (this.chart?.target !== plot) {
          this.chart?.destroy();
          this.chart = new m.UsageChart(plot, this.renderRoot.querySelector<HTMLElement>('.chart-live'));
        }
        this.chart.render(this.chartInput(model, ctx));
        plot.dataset.chart = 'drawn';
      },
      (e: unknown) => {
        console.error('[ebok] could not load the chart', e);
        this.chartKey = [];
        plot.dataset.chart = 'failed';
      },
    );
  }

  private chartInput(model: UsageModel, ctx: ViewContext): ChartInput {
    const lang = this.language;
    const unit = unitLabel(ctx.t, model.unit);
    return {
      model,
      theme: this.theme!,
      showPrevious: this.showPrevious,
      unit,
      names: { current: periodLabel(ctx.period, ctx.anchor, lang), previous: previousPeriodLabel(ctx.period, ctx.anchor, lang) },
      tick: (i) => slotTick(model, i, lang),
      title: (i) => slotTitle(model, i, lang),
      value: (v) => `${formatValue(v, model.unit, lang)}\u00a0${unit}`,
      ticks: tickIndices(model),
      axisValue: (v) => formatAxisValue(v, lang),
    };
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.chartKey = [];
  }
}

await defineWidget('ebok-usage', EbokUsage);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-usage': EbokUsage;
  }
}

export type { MeteringPoint };
export { ALL_POINTS };
