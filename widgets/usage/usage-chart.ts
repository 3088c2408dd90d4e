/**
 * The only module that imports chart.js. <ebok-usage> loads it with import() when a chart is first
 * needed, so chart.js lands in its own chunk and no other widget ever downloads it.
 *
 * Only what is used is registered (tree-shaken): bars for months and days, a line with LTTB
 * decimation for quarter hours, category + linear scales, tooltips. No legend plugin (the legend is
 * HTML, translatable and wrapping) and no time scale (no date adapter; labels come from Intl).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Decimation,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type TooltipItem,
} from 'chart.js';
import type { UsageModel } from './usage-rules';
import { withAlpha, type ChartTheme } from './usage-theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Decimation);

export { Chart };

/** Above this many readings animation is off (drawing them twice a frame would stutter). */
export const ANIMATION_LIMIT = 1_000;

export interface ChartInput {
  model: UsageModel;
  theme: ChartTheme;
  reducedMotion: boolean;
  /** Legend names of the two series. */
  names: { current: string; previous: string };
  /** Short x-axis label of slot i. */
  tick: (i: number) => string;
  /** Full name of slot i for the tooltip title. */
  title: (i: number) => string;
  /** A value with its unit. */
  value: (v: number) => string;
  /** A y-axis tick. */
  axisValue: (v: number) => string;
  /** Slot indices that get a tick on a line chart. */
  ticks: number[];
}

type Kind = 'bar' | 'line';
export type Point = { x: number; y: number };

/** Line data in chart.js's internal format ({x, y}, sorted, no gaps): lets it skip parsing and decimate. */
export function linePoints(values: readonly (number | null)[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < values.length; i++) {
    const y = values[i];
    if (y != null) out.push({ x: i, y });
  }
  return out;
}

function kindOf(model: UsageModel): Kind {
  return model.granularity === 'quarter_hour' ? 'line' : 'bar';
}

function config(input: ChartInput): ChartConfiguration<Kind, (number | null)[] | Point[], string> {
  const { model, theme } = input;
  const kind = kindOf(model);
  const animate = !input.reducedMotion && model.totals.readings <= ANIMATION_LIMIT;
  const font = { family: theme.fontFamily, size: Math.max(11, Math.round(theme.fontSize * 0.8)) };
  const titleFont = { ...font, weight: 'bold' as const };

  const datasets: ChartDataset<Kind, (number | null)[] | Point[]>[] =
    kind === 'bar'
      ? [
          {
            type: 'bar',
            label: input.names.current,
            data: [...model.current],
            backgroundColor: theme.current,
            borderColor: theme.current,
            borderWidth: 0,
            borderRadius: 2,
          },
          {
            type: 'bar',
            label: input.names.previous,
            data: [...model.previous],
            // Lighter and outlined: tells the years apart without relying on hue.
            backgroundColor: withAlpha(theme.previous, 0.35),
            borderColor: theme.previous,
            borderWidth: 1,
            borderRadius: 2,
          },
        ]
      : [
          {
            type: 'line',
            label: input.names.current,
            data: linePoints(model.current),
            borderColor: theme.current,
            backgroundColor: theme.current,
            borderWidth: 1.5,
            pointRadius: 0,
            pointHoverRadius: 3,
            tension: 0,
            indexAxis: 'x',
          },
          {
            type: 'line',
            label: input.names.previous,
            data: linePoints(model.previous),
            borderColor: theme.previous,
            backgroundColor: theme.previous,
            // Dashed: tells the years apart without relying on hue.
            borderDash: [6, 4],
            borderWidth: 1.25,
            pointRadius: 0,
            pointHoverRadius: 3,
            tension: 0,
            indexAxis: 'x',
          },
        ];

  const xTicks = {
    color: theme.muted,
    font,
    maxRotation: 0,
    autoSkip: true,
    autoSkipPadding: 8,
    callback: (value: string | number) => input.tick(Number(value)),
  };

  return {
    type: kind,
    data: { labels: kind === 'bar' ? model.slots.map((_, i) => String(i)) : [], datasets: datasets as never },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 250 } : false,
      // Internal format data: no parsing; sorted unique x: normalized. Required by decimation.
      parsing: kind === 'line' ? false : undefined,
      normalized: true,
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { top: 4 } },
      color: theme.text,
      font,
      scales: {
        x:
          kind === 'bar'
            ? { type: 'category', grid: { display: false }, border: { color: theme.grid }, ticks: xTicks }
            : {
                type: 'linear',
                min: 0,
                max: Math.max(0, model.slots.length - 1),
                grid: { color: theme.grid },
                border: { color: theme.grid },
                ticks: xTicks,
                afterBuildTicks: (scale) => {
                  scale.ticks = input.ticks.map((value) => ({ value }));
                },
              },
        y: {
          type: 'linear',
          beginAtZero: true,
          grid: { color: theme.grid },
          border: { display: false },
          ticks: { color: theme.muted, font, maxTicksLimit: 6, callback: (v: string | number) => input.axisValue(Number(v)) },
        },
      },
      plugins: {
        decimation: { enabled: kind === 'line', algorithm: 'lttb' },
        legend: { display: false },
        tooltip: {
          backgroundColor: theme.text,
          titleColor: theme.background,
          bodyColor: theme.background,
          titleFont,
          bodyFont: font,
          callbacks: {
            title: (items: TooltipItem<Kind>[]) => (items[0] ? input.title(Math.round(items[0].parsed.x ?? 0)) : ''),
            label: (item: TooltipItem<Kind>) => `${item.dataset.label ?? ''}: ${input.value(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  } as ChartConfiguration<Kind, (number | null)[] | Point[], string>;
}

/** One chart on one canvas. `render` creates it or updates it in place; `destroy` frees everything. */
export class UsageChart {
  chart: Chart<Kind, (number | null)[] | Point[], string> | undefined;
  private kind: Kind | undefined;

  constructor(readonly canvas: HTMLCanvasElement) {}

  render(input: ChartInput): void {
    const next = config(input);
    if (this.chart && this.kind === next.type) {
      this.chart.data = next.data;
      this.chart.options = next.options!;
      this.chart.update(next.options?.animation === false ? 'none' : undefined);
      return;
    }
    this.chart?.destroy();
    this.kind = next.type;
    this.chart = new Chart(this.canvas, next);
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.kind = undefined;
  }
}
