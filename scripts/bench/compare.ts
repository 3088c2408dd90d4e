/**
 * The goals of issue 13, measured side by side in one page: each widget against its peers
 * (uPlot 1.6, chart.js 4 configured as its "performance" docs recommend for big data, a bare
 * TanStack Virtual 3 list), on the same sample data. Repetitions are interleaved (widget, peer,
 * peer, widget, … with the order rotating each round) so that a slow moment of the machine hits
 * everyone alike; each figure is the median. Ratios are widget ÷ peer from the same run.
 *
 * What a "first paint" is, for everyone: from having the API's readings in memory (ISO strings
 * and values) to the frame after the chart was drawn — so turning readings into the chart's data
 * counts for the peers as it does for the widget. Heap: bytes held while the chart is shown (JS
 * heap + ArrayBuffers, after a full GC through the DevTools protocol), the input data excluded.
 */
import uPlot from 'uplot';
import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import type { Invoice, UsageSeries } from '../../widgets/core/api/types';
import { getSessionStore } from '../../widgets/core/session';
import '../../widgets/usage/ebok-usage';
import '../../widgets/invoices/ebok-invoices';
import type { EbokUsage, UsageState } from '../../widgets/usage/ebok-usage';
import type { EbokInvoices } from '../../widgets/invoices/ebok-invoices';
import { SAMPLE_POINTS, sampleSeries } from '../../widgets/usage/usage-samples';
import { chartDrawn } from '../../widgets/usage/test-utils/chart';
import { sampleInvoices } from '../../widgets/invoices/invoices-samples';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Decimation);

export interface Goal {
  measure: string;
  widget: number;
  peer: string;
  'peer value': number;
  unit: string;
  ratio: number;
  goal: string;
  met: string;
}

const TODAY = '2026-11-21';
const WIDTH = 960;
const HEIGHT = 280;
const YEAR_MS = 365 * 86_400_000;

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** Bytes in use after a full GC: JS heap + ArrayBuffer backing stores (scripts/bench.mjs exposes it). */
async function heap(): Promise<number> {
  const usage = (window as { __heapUsage?: () => Promise<number> }).__heapUsage;
  return usage ? usage() : Number.NaN;
}

function stage(): HTMLElement {
  const host = document.createElement('div');
  host.style.width = `${WIDTH}px`;
  document.body.append(host);
  return host;
}

// ---------------------------------------------------------------- contestants: usage

function usageState(granularity: 'quarter_hour', from: string, count: number, scale = 0.1): UsageState {
  return {
    status: 'ready',
    points: SAMPLE_POINTS,
    point: 'mp-1',
    period: 'week',
    anchor: from,
    series: { status: 'ready', series: sampleSeries({ granularity, from, count, scale }) },
  };
}
const seriesOf = (s: UsageState): UsageSeries => (s.status === 'ready' && s.series.status === 'ready' ? s.series.series : (undefined as never));

/** A shown chart: `change` swaps in another series, `destroy` removes it. */
interface Shown {
  change(next: UsageState): Promise<void>;
  destroy(): void;
}

async function widget(host: HTMLElement, state: UsageState): Promise<Shown> {
  const el = document.createElement('ebok-usage') as EbokUsage;
  el.today = TODAY;
  el.preview = state;
  host.append(el);
  await el.translationsReady;
  await chartDrawn(el);
  await frame();
  return {
    async change(next) {
      el.preview = next;
      await chartDrawn(el);
      await frame();
    },
    destroy: () => el.remove(),
  };
}

/** uPlot as its README shows it: one shared x (seconds), last year moved onto this year's x by index. */
function uplotData(s: UsageSeries): uPlot.AlignedData {
  const n = s.current.length;
  const xs = new Float64Array(n);
  const cur = new Float64Array(n);
  const prev = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    xs[i] = Date.parse(s.current[i]!.start) / 1000;
    cur[i] = s.current[i]!.value;
    if (i < s.previous.length) prev[i] = s.previous[i]!.value;
  }
  return [xs as unknown as number[], cur as unknown as number[], prev as unknown as number[]];
}

async function uplot(host: HTMLElement, state: UsageState): Promise<Shown> {
  const u = new uPlot(
    {
      width: WIDTH,
      height: HEIGHT,
      series: [{}, { label: 'current', stroke: '#0b57d0', width: 1.5 }, { label: 'previous', stroke: '#555d66', width: 1.5, dash: [6, 4] }],
      axes: [{}, { label: 'kWh' }],
    },
    uplotData(seriesOf(state)),
    host,
  );
  await frame();
  return {
    async change(next) {
      u.setData(uplotData(seriesOf(next)));
      await frame();
    },
    destroy: () => u.destroy(),
  };
}

/**
 * chart.js tuned per its "Performance" page: data in the internal format ({x, y}, sorted),
 * `parsing: false`, `normalized: true`, `animation: false`, the decimation plugin (LTTB, about two
 * samples per pixel), no points drawn, `spanGaps`, fixed min/max on the x scale.
 */
function chartjsData(s: UsageSeries): { x: number; y: number }[][] {
  const cur = s.current.map((r) => ({ x: Date.parse(r.start), y: r.value }));
  const prev = s.previous.map((r) => ({ x: Date.parse(r.start) + YEAR_MS, y: r.value }));
  return [cur, prev];
}

async function chartjs(host: HTMLElement, state: UsageState): Promise<Shown> {
  const box = document.createElement('div');
  box.style.height = `${HEIGHT}px`;
  box.style.position = 'relative';
  const canvas = document.createElement('canvas');
  box.append(canvas);
  host.append(box);
  const [cur, prev] = chartjsData(seriesOf(state));
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        { data: cur!, borderColor: '#0b57d0', borderWidth: 1.5, pointRadius: 0, spanGaps: true },
        { data: prev!, borderColor: '#555d66', borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0, spanGaps: true },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: { x: { type: 'linear', min: cur![0]?.x, max: cur!.at(-1)?.x, ticks: { sampleSize: 12 } }, y: { type: 'linear', ticks: { sampleSize: 12 } } },
      plugins: { decimation: { enabled: true, algorithm: 'lttb', samples: 2 * WIDTH }, legend: { display: false } },
    },
  });
  await frame();
  return {
    async change(next) {
      const [c, p] = chartjsData(seriesOf(next));
      chart.data.datasets[0]!.data = c!;
      chart.data.datasets[1]!.data = p!;
      chart.update('none');
      await frame();
    },
    destroy: () => {
      chart.destroy();
      box.remove();
    },
  };
}

type Show = (host: HTMLElement, state: UsageState) => Promise<Shown>;

/**
 * Median ms of `once` per contestant, interleaved with the order rotating per round; round -1
 * warms up (chunks, strings, JIT) and is not counted.
 */
async function interleaved(names: string[], runs: number, once: (name: string, host: HTMLElement) => Promise<number>): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const host = stage();
  try {
    for (let r = -1; r < runs; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + Math.max(r, 0)) % names.length]!;
        const ms = await once(name, host);
        if (r >= 0) times[name]!.push(ms);
      }
    }
  } finally {
    host.remove();
  }
  return Object.fromEntries(names.map((n) => [n, median(times[n]!)]));
}

function firstPaint(contestants: Record<string, Show>, state: UsageState, runs: number): Promise<Record<string, number>> {
  return interleaved(Object.keys(contestants), runs, async (name, host) => {
    const t = performance.now();
    const shown = await contestants[name]!(host, state);
    const ms = performance.now() - t;
    shown.destroy();
    return ms;
  });
}

function dataChange(contestants: Record<string, Show>, a: UsageState, b: UsageState, runs: number): Promise<Record<string, number>> {
  return interleaved(Object.keys(contestants), runs, async (name, host) => {
    const shown = await contestants[name]!(host, a);
    const t = performance.now();
    await shown.change(b);
    const ms = performance.now() - t;
    shown.destroy();
    return ms;
  });
}

async function heldHeap(contestants: Record<string, Show>, state: UsageState, runs: number): Promise<Record<string, number>> {
  const names = Object.keys(contestants);
  const sizes: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const host = stage();
  try {
    // Not interleaved: memory is not disturbed by the machine's load, but what one contestant
    // frees late would be counted against the next. Each starts after its own warm-up run.
    // `shown` lives outside the loop and is dropped explicitly: an async function keeps a block's
    // locals in its generator until they are overwritten, so the previous chart would still be
    // held when the next "before" is taken (and counted as freed by the next contestant).
    let shown: Shown | undefined;
    for (const name of names) {
      for (let r = -1; r < runs; r++) {
        await frame();
        const before = await heap();
        shown = await contestants[name]!(host, state);
        await frame();
        const held = (await heap()) - before;
        shown.destroy();
        shown = undefined;
        if (r >= 0) sizes[name]!.push(held);
      }
    }
  } finally {
    host.remove();
  }
  return Object.fromEntries(names.map((n) => [n, median(sizes[n]!) / 1_048_576]));
}

// ---------------------------------------------------------------- contestants: invoices

const elementsIn = (root: ParentNode): number =>
  [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? elementsIn(el.shadowRoot) : 0), 0);

/**
 * `ms` ends at the frame after the rows are laid out, so it comes in steps of a frame; `work` is the
 * part before that frame (JS, style, layout: what decides whether the frame is made), for the
 * (info) row that shows how close to a frame's budget a contestant is.
 */
interface ListShown {
  ms: number;
  work: number;
  nodes: number;
  destroy(): void;
}

async function invoicesWidget(host: HTMLElement, invoices: Invoice[]): Promise<ListShown> {
  const el = document.createElement('ebok-invoices') as EbokInvoices;
  el.lang = 'pl';
  host.append(el);
  // Strings first: loading translations is not what is measured.
  el.preview = { status: 'ready', invoices: [] };
  await el.translationsReady;
  await el.updateComplete;
  const t = performance.now();
  el.preview = { status: 'ready', invoices };
  await el.updateComplete;
  if (!el.shadowRoot!.querySelector('tbody tr, [role="row"], li')) throw new Error('no invoice rows rendered');
  el.getBoundingClientRect();
  el.shadowRoot!.firstElementChild?.getBoundingClientRect();
  const work = performance.now() - t;
  await frame();
  const ms = performance.now() - t;
  return { ms, work, nodes: elementsIn(el.shadowRoot!), destroy: () => el.remove() };
}

const money = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' });
const day = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** A bare TanStack Virtual list: number, dates, amounts and status per row, 20 rows in view. */
async function tanstack(host: HTMLElement, invoices: Invoice[]): Promise<ListShown> {
  const t = performance.now();
  const scroller = document.createElement('div');
  scroller.style.cssText = 'height: 960px; overflow: auto; contain: strict';
  const inner = document.createElement('div');
  inner.style.position = 'relative';
  scroller.append(inner);
  host.append(scroller);
  const rows = new Map<number, HTMLElement>();
  const draw = (v: Virtualizer<HTMLDivElement, HTMLElement>): void => {
    inner.style.height = `${v.getTotalSize()}px`;
    const items = v.getVirtualItems();
    const keep = new Set(items.map((i) => i.index));
    for (const [index, row] of rows) {
      if (keep.has(index)) continue;
      row.remove();
      rows.delete(index);
    }
    for (const item of items) {
      if (rows.has(item.index)) continue;
      const inv = invoices[item.index]!;
      const row = document.createElement('div');
      row.style.cssText = `position: absolute; top: 0; left: 0; width: 100%; height: 48px; transform: translateY(${item.start}px); display: flex; gap: 12px`;
      for (const text of [
        inv.number,
        day.format(new Date(inv.issueDate)),
        day.format(new Date(inv.dueDate)),
        money.format(inv.amount.minor / 100),
        money.format(inv.remaining.minor / 100),
        inv.status,
      ]) {
        const cell = document.createElement('span');
        cell.textContent = text;
        row.append(cell);
      }
      const pdf = document.createElement('button');
      pdf.textContent = 'PDF';
      row.append(pdf);
      rows.set(item.index, row);
      inner.append(row);
    }
  };
  const v = new Virtualizer<HTMLDivElement, HTMLElement>({
    count: invoices.length,
    getScrollElement: () => scroller,
    estimateSize: () => 48,
    overscan: 0,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    onChange: (instance) => draw(instance),
  });
  const cleanup = v._didMount();
  v._willUpdate();
  draw(v);
  scroller.getBoundingClientRect();
  const work = performance.now() - t;
  await frame();
  const ms = performance.now() - t;
  return {
    ms,
    work,
    nodes: elementsIn(scroller) + 1,
    destroy: () => {
      cleanup();
      scroller.remove();
    },
  };
}

// ---------------------------------------------------------------- the goals

const r2 = (x: number): number => Math.round(x * 100) / 100;

function goal(measure: string, widgetValue: number, peer: string, peerValue: number, unit: string, max: number): Goal {
  const ratio = widgetValue / peerValue;
  return { measure, widget: widgetValue, peer, 'peer value': peerValue, unit, ratio: r2(ratio), goal: `≤ ${max}×`, met: ratio <= max ? 'yes' : 'NO' };
}

export async function goals(runs: number): Promise<Goal[]> {
  // Preview mode fetches nothing; settle the session as signed out so not even its check goes out.
  const store = getSessionStore();
  if (store.state.status === 'unknown') await store.end('expired');
  const week = usageState('quarter_hour', '2026-10-12', 672);
  const year = usageState('quarter_hour', '2025-01-01', 35_040);
  const year2 = usageState('quarter_hour', '2025-01-01', 35_040, 0.13);
  const out: Goal[] = [];

  const w = await firstPaint({ widget, uplot, chartjs }, week, runs);
  const fastest = w.uplot! <= w.chartjs! ? 'uplot' : 'chartjs';
  out.push(goal('usage week (2×672) first paint', w.widget!, fastest === 'uplot' ? 'uPlot' : 'chart.js tuned', w[fastest]!, 'ms', 1.5));
  const slower = fastest === 'uplot' ? 'chartjs' : 'uplot';
  out.push(goal('usage week (2×672) first paint (info)', w.widget!, slower === 'uplot' ? 'uPlot' : 'chart.js tuned', w[slower]!, 'ms', Infinity));

  const y = await firstPaint({ widget, uplot, chartjs }, year, runs);
  out.push(goal('usage 2×35,040 first paint', y.widget!, 'chart.js tuned', y.chartjs!, 'ms', 1.0));
  out.push(goal('usage 2×35,040 first paint (info)', y.widget!, 'uPlot', y.uplot!, 'ms', Infinity));

  const c = await dataChange({ widget, uplot, chartjs }, year, year2, runs);
  out.push(goal('usage data change to another 2×35,040', c.widget!, 'uPlot', c.uplot!, 'ms', 1.5));
  out.push(goal('usage data change (info)', c.widget!, 'chart.js tuned', c.chartjs!, 'ms', Infinity));

  if (Number.isNaN(await heap())) {
    out.push({ measure: 'usage heap held by the chart', widget: NaN, peer: 'uPlot', 'peer value': NaN, unit: 'MB', ratio: NaN, goal: '≤ 2×', met: 'not measured (run through npm run bench)' });
  } else {
    const h = await heldHeap({ widget, uplot }, year, Math.max(3, runs));
    out.push(goal('usage heap held by the chart (2×35,040)', h.widget!, 'uPlot', h.uplot!, 'MB', 2));
  }

  // Invoices: first render of 100,000 and elements for one page of 20.
  const invoices = sampleInvoices(100_000);
  const host = stage();
  const times: Record<'widget' | 'tanstack', number[]> = { widget: [], tanstack: [] };
  const work: Record<'widget' | 'tanstack', number[]> = { widget: [], tanstack: [] };
  const nodes: Record<'widget' | 'tanstack', number> = { widget: 0, tanstack: 0 };
  try {
    for (let r = -1; r < runs; r++) {
      for (const name of r % 2 ? (['widget', 'tanstack'] as const) : (['tanstack', 'widget'] as const)) {
        const shown = await (name === 'widget' ? invoicesWidget : tanstack)(host, invoices);
        shown.destroy();
        if (r >= 0) times[name].push(shown.ms);
        if (r >= 0) work[name].push(shown.work);
        nodes[name] = shown.nodes;
      }
    }
  } finally {
    host.remove();
  }
  out.push(goal('invoices 100,000 first render', median(times.widget), 'TanStack Virtual', median(times.tanstack), 'ms', 1.5));
  out.push(goal('invoices 100,000 work before that frame (info)', median(work.widget), 'TanStack Virtual', median(work.tanstack), 'ms', Infinity));
  out.push(goal('invoices elements for a page of 20', nodes.widget, 'AG Grid (issue 13, fixed)', 1_154, 'elements', 1.2));
  out.push(goal('invoices elements for a page of 20 (info)', nodes.widget, 'TanStack Virtual', nodes.tanstack, 'elements', Infinity));
  return out;
}


// ---------------------------------------------------------------- profiles (`npm run bench -- --profile=<name>`)

/** Calls scripts/bench.mjs exposes around the measured part: start and stop the CPU profiler. */
async function profiler(what: 'start' | 'stop'): Promise<void> {
  await (window as { __profiler?: (w: string) => Promise<void> }).__profiler?.(what);
}

/**
 * One contestant of one goal, repeated `runs` times under the CPU profiler (after one warm-up run
 * that is not profiled), so that where its time goes can be read per source file and function.
 */
export async function profile(name: string, runs: number): Promise<void> {
  const store = getSessionStore();
  if (store.state.status === 'unknown') await store.end('expired');
  const [measure, who = 'widget'] = name.split(':') as [string, string | undefined];
  const usage: Record<string, Show> = { widget, uplot, chartjs };
  const states: Record<string, () => UsageState> = {
    week: () => usageState('quarter_hour', '2026-10-12', 672),
    year: () => usageState('quarter_hour', '2025-01-01', 35_040),
  };
  const host = stage();
  try {
    if (measure in states) {
      const state = states[measure]!();
      const show = usage[who];
      if (!show) throw new Error(`unknown contestant ${who} (widget, uplot, chartjs)`);
      for (let r = -1; r < runs; r++) {
        if (r === 0) await profiler('start');
        (await show(host, state)).destroy();
      }
    } else if (measure === 'invoices') {
      const invoices = sampleInvoices(100_000);
      const show = who === 'tanstack' ? tanstack : invoicesWidget;
      for (let r = -1; r < runs; r++) {
        if (r === 0) await profiler('start');
        (await show(host, invoices)).destroy();
      }
    } else throw new Error(`unknown profile ${measure} (week, year, invoices)`);
    await profiler('stop');
  } finally {
    host.remove();
  }
}
