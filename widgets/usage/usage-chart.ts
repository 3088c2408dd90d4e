/**
 * The only module that imports chart.js. <ebok-usage> loads it with import() when a chart is first
 * needed (the loader preloads it beside the widget), so chart.js lands in its own chunk and no
 * other widget ever downloads it.
 *
 * Only what is used is registered (tree-shaken): bars for months and days, a line for quarter
 * hours, one linear x scale for both (slot indices; no category scale), a linear y scale,
 * tooltips. No legend plugin (the legend is HTML, translatable and wrapping), no time scale (no
 * date adapter; labels come from Intl) and no decimation plugin: long series are thinned here
 * with LTTB over the model's typed arrays to about two points per pixel before chart.js sees
 * them, so chart.js parses, lays out and hit-tests a few thousand points instead of 70,000.
 */
import {
  BarController,
  BarElement,
  Chart,
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

Chart.register(BarController, BarElement, LinearScale, LineController, LineElement, PointElement, Tooltip);

export { Chart };

/** Above this many readings a change is not animated (drawing them twice a frame would stutter). */
export const ANIMATION_LIMIT = 1_000;

export interface ChartInput {
  model: UsageModel;
  theme: ChartTheme;
  reducedMotion: boolean;
  /** False when the customer hid the previous year. */
  showPrevious: boolean;
  /** Legend names of the two series. */
  names: { current: string; previous: string };
  /** The unit as the y axis names it ("kWh", "м³"). */
  unit: string;
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
  /** Points per series the canvas can show (about twice its width in CSS pixels). */
  maxPoints: number;
}

type Kind = 'bar' | 'line';
export type Point = { x: number; y: number };

/** Every reading as a point in chart.js's internal format ({x, y}, sorted, gaps left out: parsing off). */
export function allPoints(values: ArrayLike<number>): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < values.length; i++) {
    const y = values[i]!;
    if (!Number.isNaN(y)) out.push({ x: i, y });
  }
  return out;
}

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013) over the readings of `values` (NaN = gap):
 * at most `threshold` points that keep the shape — peaks and dips survive, unlike every n-th
 * point. Linear, one pass, no intermediate objects but the points it returns.
 */
export function lttb(values: ArrayLike<number>, threshold: number): Point[] {
  const idx = new Int32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) idx[n++] = i;
  if (threshold >= n || threshold < 3) return allPoints(values);
  const out: Point[] = [];
  const y = (k: number): number => values[idx[k]!]!;
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  out.push({ x: idx[0]!, y: y(0) });
  for (let b = 0; b < threshold - 2; b++) {
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = Math.floor((b + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((b + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let k = nextStart; k < nextEnd; k++) {
      avgX += idx[k]!;
      avgY += y(k);
    }
    const len = nextEnd - nextStart || 1;
    avgX /= len;
    avgY /= len;
    const start = Math.floor(b * every) + 1;
    const end = Math.floor((b + 1) * every) + 1;
    const ax = idx[a]!;
    const ay = y(a);
    let best = start;
    let area = -1;
    for (let k = start; k < end; k++) {
      const s = Math.abs((ax - avgX) * (y(k) - ay) - (ax - idx[k]!) * (avgY - ay));
      if (s > area) {
        area = s;
        best = k;
      }
    }
    out.push({ x: idx[best]!, y: y(best) });
    a = best;
  }
  out.push({ x: idx[n - 1]!, y: y(n - 1) });
  return out;
}

const patterns = new Map<string, CanvasPattern | string>();

/**
 * Diagonal hatching in the previous year's colour: with the outline it tells the years apart
 * without relying on hue (the current year is solid).
 */
function hatch(color: string): CanvasPattern | string {
  let p = patterns.get(color);
  if (p) return p;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const g = tile.getContext('2d');
  p = withAlpha(color, 0.3);
  if (g) {
    g.fillStyle = p;
    g.fillRect(0, 0, 6, 6);
    g.strokeStyle = color;
    g.lineWidth = 1.5;
    g.beginPath();
    g.moveTo(-1, 7);
    g.lineTo(7, -1);
    g.stroke();
    p = g.createPattern(tile, 'repeat') ?? p;
  }
  patterns.set(color, p);
  return p;
}

function kindOf(model: UsageModel): Kind {
  return model.granularity === 'quarter_hour' ? 'line' : 'bar';
}

function config(input: ChartInput, animate: boolean): ChartConfiguration<Kind, Point[]> {
  const { model, theme } = input;
  const kind = kindOf(model);
  const font = { family: theme.fontFamily, size: Math.max(11, Math.round(theme.fontSize * 0.8)) };
  const titleFont = { ...font, weight: 'bold' as const };
  const points = (values: Float64Array): Point[] => (kind === 'line' ? lttb(values, input.maxPoints) : allPoints(values));

  const datasets: ChartDataset<Kind, Point[]>[] =
    kind === 'bar'
      ? [
          {
            type: 'bar',
            label: input.names.current,
            data: points(model.current),
            backgroundColor: theme.current,
            borderColor: theme.current,
            borderWidth: 0,
            borderRadius: 2,
          },
          {
            type: 'bar',
            label: input.names.previous,
            data: points(model.previous),
            hidden: !input.showPrevious,
            backgroundColor: hatch(theme.previous),
            borderColor: theme.previous,
            borderWidth: 1.5,
            borderRadius: 2,
          },
        ]
      : [
          {
            type: 'line',
            label: input.names.current,
            data: points(model.current),
            borderColor: theme.current,
            backgroundColor: theme.current,
            borderWidth: 1.5,
            pointRadius: 0,
            pointHoverRadius: 3,
            tension: 0,
          },
          {
            type: 'line',
            label: input.names.previous,
            data: points(model.previous),
            hidden: !input.showPrevious,
            borderColor: theme.previous,
            backgroundColor: theme.previous,
            // Dashed: tells the years apart without relying on hue.
            borderDash: [6, 4],
            borderWidth: 1.5,
            pointRadius: 0,
            pointHoverRadius: 3,
            tension: 0,
          },
        ];

  const last = Math.max(0, model.length - 1);
  return {
    type: kind,
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 250 } : false,
      // Internal format data: no parsing; sorted unique x: normalized.
      parsing: false,
      normalized: true,
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { top: 4 } },
      color: theme.text,
      font,
      scales: {
        x: {
          type: 'linear',
          // Bars sit on whole slot indices, half a slot of room on either side.
          min: kind === 'bar' ? -0.5 : 0,
          max: kind === 'bar' ? last + 0.5 : last,
          // The bar controller's default is a category-style offset; the half slot above is the room.
          offset: false,
          grid: { display: kind === 'line', color: theme.grid },
          border: { color: theme.grid },
          ticks: {
            color: theme.muted,
            font,
            maxRotation: 0,
            autoSkip: true,
            autoSkipPadding: 8,
            callback: (value: string | number) => input.tick(Number(value)),
          },
          afterBuildTicks: (scale) => {
            scale.ticks = (kind === 'bar' ? Array.from({ length: model.length }, (_, i) => i) : input.ticks).map((value) => ({ value }));
          },
        },
        y: {
          type: 'linear',
          beginAtZero: true,
          grid: { color: theme.grid },
          border: { display: false },
          title: { display: true, text: input.unit, color: theme.muted, font, padding: { top: 0, bottom: 2 } },
          ticks: { color: theme.muted, font, maxTicksLimit: 6, callback: (v: string | number) => input.axisValue(Number(v)) },
        },
      },
      plugins: {
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
  } as ChartConfiguration<Kind, Point[]>;
}

/** One chart on one canvas. `render` creates it or updates it in place; `destroy` frees everything. */
export class UsageChart {
  chart: Chart<Kind, Point[]> | undefined;
  private kind: Kind | undefined;
  private model: UsageModel | undefined;

  constructor(readonly canvas: HTMLCanvasElement) {}

  render(input: ChartInput): void {
    // Never animate the first draw (it was two thirds of a week view's first paint), only changes
    // of a short series, and nothing when the customer prefers reduced motion.
    // A new language, theme or a hidden series is not a change of the data: no animation either.
    const animate =
      this.chart !== undefined && this.model !== input.model && !input.reducedMotion && input.model.totals.readings <= ANIMATION_LIMIT;
    this.model = input.model;
    const next = config(input, animate);
    if (this.chart && this.kind === next.type) {
      this.chart.data = next.data;
      this.chart.options = next.options!;
      this.chart.update(animate ? undefined : 'none');
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
    this.model = undefined;
  }
}
