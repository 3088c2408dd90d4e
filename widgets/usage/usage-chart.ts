/**
 * The only module that imports the chart library. <ebok-usage> loads it with import() as soon as
 * a customer is signed in, so it lands in its own chunk ("chart") and no other widget, and no
 * signed-out page, ever downloads it.
 *
 * Why uPlot and not chart.js (issue 13): chart.js with only what we used registered (bar and line
 * controllers, a linear scale, tooltips) was 47.9 KB brotli, more than a third of a page with all
 * five widgets, and the page budget is 110 KB: no trimming of the other ~84 KB by a quarter was in
 * sight. uPlot is ~20 KB and draws a week of quarter hours in a fraction of the time (no animation
 * engine, no per-point element objects).
 *
 * What uPlot does not do, and this module does: the tooltip (an element whose text is set with
 * textContent; the same words for the pointer and the keyboard), keyboard moves across the slots,
 * the live announcement of the slot reached by keyboard, grouped bars of both years, the hatching
 * of last year's bars, tick thinning by the labels' width, and following the box's size
 * (ResizeObserver). uPlot writes only CSSOM properties (`el.style.x = …`), never a style
 * attribute, innerHTML or a <style> element, so it runs under the strict CSP with Trusted Types;
 * its few layout rules are in usage-styles.ts (shadow root).
 */
import uPlot from 'uplot';
import type { UsageModel } from './usage-rules';
import { withAlpha, type ChartTheme } from './usage-theme';

export interface ChartInput {
  model: UsageModel;
  theme: ChartTheme;
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
  /** Slot indices that may get a tick on a line chart (thinned further to what fits). */
  ticks: number[];
}

export type Kind = 'bar' | 'line';

/** Every chart alive, by its target element (what Chart.getChart was: for tests and the gallery). */
const charts = new Map<Element, UsageChart>();

export function chartFor(target: Element): UsageChart | undefined {
  return charts.get(target);
}

export function liveCharts(): number {
  return charts.size;
}

/** A reading per slot, null where there is none (uPlot's gaps; a NaN would poison its ranges). */
export function withGaps(values: Float64Array): (number | null)[] {
  const out = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    out[i] = Number.isNaN(v) ? null : v;
  }
  return out;
}

/** Slot indices a long line is drawn at, and whose reading each is (see `thinned`). */
export interface Thinned {
  /** Sorted, unique slot indices: uPlot's one shared x. */
  idx: Int32Array;
  /** Per index: 1 = the current year's pick, 2 = the previous year's, 3 = both. */
  own: Uint8Array;
}

/**
 * Slot indices to draw a long line with: per bucket of slots (about one per pixel column) each
 * year's own lowest and highest reading and first gap, so peaks, dips and gaps survive, plus the
 * first and last slot. uPlot shares one x, so both years are handed the union; each year is given
 * its reading only at its own picks (`undefined` elsewhere, which uPlot bridges and never hovers).
 * That keeps each line at two vertices per pixel column: with the other year's picks in it too it
 * was four, and rasterising the zigzag (dashed, 1.5 px, round joins) was most of a year's first
 * paint. The band each line covers is the same. Holding 2×35,040 readings a second time for uPlot
 * was most of the chart's heap; this is a few thousand.
 */
export function thinned(current: Float64Array, previous: Float64Array, buckets: number): Thinned {
  const n = current.length;
  if (n <= 4 * buckets) return { idx: Int32Array.from({ length: n }, (_, i) => i), own: new Uint8Array(n).fill(3) };
  const idx: number[] = [0];
  const own: number[] = [3];
  // A pick is index * 4 + owner bit: one sort orders them and keeps whose they are.
  const picks: number[] = [];
  const size = n / buckets;
  const scan = (values: Float64Array, start: number, end: number, bit: number): void => {
    let lo = -1;
    let hi = -1;
    let gap = -1;
    for (let i = start; i < end; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) {
        if (gap < 0) gap = i;
      } else {
        if (lo < 0 || v < values[lo]!) lo = i;
        if (hi < 0 || v > values[hi]!) hi = i;
      }
    }
    if (lo >= 0) picks.push(lo * 4 + bit, hi * 4 + bit);
    if (gap >= 0) picks.push(gap * 4 + bit);
  };
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = b === buckets - 1 ? n : Math.floor((b + 1) * size);
    picks.length = 0;
    scan(current, start, end, 1);
    scan(previous, start, end, 2);
    picks.sort((a, c) => a - c);
    for (const p of picks) {
      const i = p >> 2;
      const last = idx.length - 1;
      if (i === idx[last]) own[last]! |= p & 3;
      else if (i > idx[last]!) {
        idx.push(i);
        own.push(p & 3);
      }
    }
  }
  if (idx[idx.length - 1] === n - 1) own[own.length - 1] = 3;
  else {
    idx.push(n - 1);
    own.push(3);
  }
  return { idx: Int32Array.from(idx), own: Uint8Array.from(own) };
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

/** Slots an arrow key moves by: one reading; Page Up/Down a day of quarter hours, else one. */
const PAGE: Record<Kind, number> = { line: 96, bar: 1 };

/**
 * One chart in one element. `render` creates it, or only swaps the data when nothing else changed
 * (the data-change path); `destroy` frees everything (uPlot, the observer, the listeners).
 */
export class UsageChart {
  u: uPlot | undefined;
  /** The labels the x axis drew last (the tests read what the customer sees). */
  xLabels: string[] = [];
  private input: ChartInput | undefined;
  kind: Kind | undefined;
  private looks: unknown[] = [];
  private readonly tip: HTMLDivElement;
  private readonly observer: ResizeObserver;
  /** The slot the keyboard is on (-1: none yet). */
  private key = -1;

  /** `target` is the focusable chart element; `live` the polite region keyboard moves are read in. */
  constructor(
    readonly target: HTMLElement,
    private readonly live: HTMLElement | null,
  ) {
    this.tip = document.createElement('div');
    this.tip.className = 'chart-tip';
    // The live region says it for screen readers; the visible box is for eyes.
    this.tip.setAttribute('aria-hidden', 'true');
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(target);
    target.addEventListener('keydown', this.onKey);
    target.addEventListener('blur', this.onBlur);
    charts.set(target, this);
  }

  render(input: ChartInput): void {
    const kind = kindOf(input.model);
    // What the drawing looks like apart from the data and its labels: a change re-creates the plot
    // (cheap). New data alone is a setData (the path the data-change goal measures); new labels
    // alone (another language) a redraw, since the axes read the labels from `this.input`.
    const looks = [kind, input.theme, input.showPrevious, input.unit];
    const modelChanged = this.input?.model !== input.model;
    this.input = input;
    if (this.u && looks.every((v, i) => v === this.looks[i])) {
      if (modelChanged) {
        this.key = -1;
        this.u.setData(this.data(input.model));
      } else this.u.redraw(false, true);
      return;
    }
    this.looks = looks;
    this.kind = kind;
    this.u?.destroy();
    if (modelChanged) this.key = -1;
    this.u = new uPlot(this.options(input, kind), this.data(input.model), this.target);
    this.u.over.append(this.tip);
  }

  destroy(): void {
    this.observer.disconnect();
    this.target.removeEventListener('keydown', this.onKey);
    this.target.removeEventListener('blur', this.onBlur);
    this.u?.destroy();
    this.u = undefined;
    this.input = undefined;
    this.tip.remove();
    charts.delete(this.target);
  }

  private data(model: UsageModel): uPlot.AlignedData {
    if (kindOf(model) === 'bar') {
      const x = Float64Array.from({ length: model.length }, (_, i) => i);
      return [x, withGaps(model.current), withGaps(model.previous)];
    }
    // About one bucket per CSS pixel of the plot: at most a handful of points per pixel column.
    const { idx, own } = thinned(model.current, model.previous, Math.max(64, Math.round(this.size().width)));
    const x = Float64Array.from(idx);
    // A gap is null wherever it falls (so uPlot cuts the line there); a reading only at the year's own picks.
    const pick = (values: Float64Array, bit: number): (number | null | undefined)[] =>
      Array.from(idx, (i, k) => (Number.isNaN(values[i]!) ? null : own[k]! & bit ? values[i]! : undefined));
    return [x, pick(model.current, 1), pick(model.previous, 2)];
  }

  /** The slot under uPlot's cursor (by position: the drawn points of a long line are thinned). */
  private slotAtCursor(u: uPlot): number | null {
    const left = u.cursor.left;
    if (left === undefined || left < 0 || u.cursor.idx == null || !this.input) return null;
    return Math.min(this.input.model.length - 1, Math.max(0, Math.round(u.posToVal(left, 'x'))));
  }

  private size(): { width: number; height: number } {
    return { width: Math.max(1, this.target.clientWidth), height: Math.max(1, this.target.clientHeight) };
  }

  private resize(): void {
    if (!this.u) return;
    const { width, height } = this.size();
    if (width === this.u.width && height === this.u.height) return;
    const rethin = width !== this.u.width && this.kind === 'line' && this.input !== undefined;
    this.u.setSize({ width, height });
    if (rethin) this.u.setData(this.data(this.input!.model));
  }

  private options(input: ChartInput, kind: Kind): uPlot.Options {
    const { theme } = input;
    const fontSize = Math.max(11, Math.round(theme.fontSize * 0.8));
    const font = `${fontSize}px ${theme.fontFamily}`;
    const both = input.showPrevious;
    // Grouped bars: this year left of the slot's centre, last year right; alone, centred.
    const bars = (align: -1 | 0 | 1): uPlot.Series.PathBuilder =>
      uPlot.paths.bars!({ size: [both ? 0.4 : 0.7, both ? 28 : 48], align, radius: 2 / 28 });
    const axis = { stroke: theme.muted, font, labelFont: font, grid: { stroke: theme.grid, width: 1 }, ticks: { stroke: theme.grid, width: 1, size: 4 } };
    const { width, height } = this.size();
    return {
      width,
      height,
      padding: [8, 8, 0, 0],
      legend: { show: false },
      scales: {
        // Bars sit on whole slot indices, half a slot of room on either side.
        x: {
          time: false,
          range: () => {
            const last = Math.max(0, this.input!.model.length - 1);
            return kind === 'bar' ? [-0.5, last + 0.5] : [0, Math.max(1, last)];
          },
        },
        y: { range: (_u, _min, max) => [0, max > 0 ? uPlot.rangeNum(0, max, 0.1, true)[1] : 1] },
      },
      cursor: {
        x: true,
        y: false,
        drag: { x: false, y: false, setScale: false },
        points: { show: kind === 'line', size: 6 },
      },
      axes: [
        {
          ...axis,
          grid: { ...axis.grid, show: kind === 'line' },
          splits: (u) => this.xSplits(u, this.input!, kind, fontSize),
          values: (_u, splits) => (this.xLabels = splits.map((i) => this.input!.tick(Math.round(i)))),
        },
        {
          ...axis,
          label: input.unit,
          labelSize: fontSize + 6,
          labelGap: 0,
          size: (u, values) => 12 + Math.max(2, ...(values ?? []).map((v) => v.length)) * fontSize * 0.6,
          space: 36,
          values: (_u, splits) => splits.map((v) => this.input!.axisValue(v)),
        },
      ],
      series: [
        {},
        kind === 'bar'
          ? { label: input.names.current, stroke: theme.current, fill: theme.current, width: 0, paths: bars(both ? -1 : 0), points: { show: false } }
          : { label: input.names.current, stroke: theme.current, width: 1.5, points: { show: false } },
        kind === 'bar'
          ? { label: input.names.previous, show: both, stroke: theme.previous, fill: () => hatch(theme.previous), width: 1.5, paths: bars(1), points: { show: false } }
          : // Dashed: tells the years apart without relying on hue.
            { label: input.names.previous, show: both, stroke: theme.previous, width: 1.5, dash: [6, 4], points: { show: false } },
      ],
      hooks: { setCursor: [(u) => this.showTip(this.slotAtCursor(u), false)] },
    };
  }

  /** Ticks that fit: every slot for bars (every n-th when narrow), the given indices for lines. */
  private xSplits(u: uPlot, input: ChartInput, kind: Kind, fontSize: number): number[] {
    const model = input.model;
    const candidates = kind === 'bar' ? Array.from({ length: model.length }, (_, i) => i) : input.ticks;
    let widest = 0;
    for (const i of candidates) widest = Math.max(widest, input.tick(i).length);
    const gap = widest * fontSize * 0.62 + 10;
    const perSlot = u.bbox.width / uPlot.pxRatio / Math.max(1, kind === 'bar' ? model.length : model.length - 1);
    if (kind === 'bar') {
      const step = Math.max(1, Math.ceil(gap / Math.max(perSlot, 0.001)));
      return candidates.filter((i) => i % step === 0);
    }
    const out: number[] = [];
    let lastPx = -Infinity;
    for (const i of candidates) {
      const px = i * perSlot;
      if (px - lastPx >= gap) {
        out.push(i);
        lastPx = px;
      }
    }
    return out;
  }

  /** The words of slot i: its name and each shown series' reading (pointer and keyboard alike). */
  private words(i: number): string[] {
    const input = this.input!;
    const lines = [input.title(i)];
    const add = (name: string, v: number): void => {
      if (!Number.isNaN(v)) lines.push(`${name}: ${input.value(v)}`);
    };
    add(input.names.current, input.model.current[i]!);
    if (input.showPrevious) add(input.names.previous, input.model.previous[i]!);
    return lines;
  }

  private showTip(i: number | null, fromKeyboard: boolean): void {
    const u = this.u;
    if (!u || !this.input || i === null || i < 0 || i >= this.input.model.length) {
      this.tip.classList.remove('shown');
      return;
    }
    const lines = this.words(i);
    this.tip.replaceChildren(
      ...lines.map((text, k) => {
        const line = document.createElement(k === 0 ? 'strong' : 'span');
        line.textContent = text;
        return line;
      }),
    );
    this.tip.classList.add('shown');
    const plotW = u.bbox.width / uPlot.pxRatio;
    const x = u.valToPos(i, 'x');
    // Beside the slot, on the side with more room; never out of the plot.
    const w = this.tip.offsetWidth;
    const left = x + 12 + w <= plotW ? x + 12 : Math.max(0, x - 12 - w);
    this.tip.style.transform = `translate(${Math.round(left)}px, 4px)`;
    if (fromKeyboard && this.live) this.live.textContent = lines.join('. ');
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const u = this.u;
    const input = this.input;
    if (!u || !input || input.model.length === 0) return;
    const n = input.model.length;
    const page = PAGE[this.kind ?? 'bar'];
    const at = this.key < 0 ? (e.key === 'ArrowLeft' || e.key === 'End' ? n : -1) : this.key;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      PageDown: at + page,
      PageUp: at - page,
      Home: 0,
      End: n - 1,
    };
    if (e.key === 'Escape') {
      this.onBlur();
      return;
    }
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.key = Math.min(n - 1, Math.max(0, next));
    // Move uPlot's own cursor (crosshair, hover points), then say it: one set of words for both.
    u.setCursor({ left: u.valToPos(this.key, 'x'), top: u.bbox.height / uPlot.pxRatio / 2 }, false);
    this.showTip(this.key, true);
  };

  private readonly onBlur = (): void => {
    this.key = -1;
    this.u?.setCursor({ left: -10, top: -10 }, false);
    this.showTip(null, false);
  };
}
