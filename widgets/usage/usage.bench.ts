/**
 * Benchmark of <ebok-usage>: time to render 12, 8,760 and 35,040 values, from attaching the
 * element with its `preview` (synthetic data, no network) until the chart has drawn and the
 * browser has produced the next frame. Run by `npm run bench` in headless Chromium.
 *
 * Each size is rendered once to warm up (chart chunk, strings, JIT), then RUNS times; the
 * median, fastest and slowest runs are reported, plus the model-building part on its own.
 */
import { getSessionStore } from '../core/session';
import './ebok-usage';
import type { EbokUsage, UsageState } from './ebok-usage';
import { buildModel } from './usage-rules';
import { SAMPLE_POINTS, sampleSeries } from './usage-samples';
import { chartDrawn } from './test-utils/chart';

const RUNS = 5;
const TODAY = '2026-11-21';

interface Case {
  scenario: string;
  values: number;
  state: UsageState;
}

function cases(): Case[] {
  const make = (period: 'year' | 'week', granularity: 'month' | 'quarter_hour', from: string, count: number): UsageState => ({
    status: 'ready',
    points: SAMPLE_POINTS,
    point: 'mp-1',
    period,
    anchor: from,
    series: { status: 'ready', series: sampleSeries({ granularity, from, count, scale: granularity === 'month' ? 250 : 0.1 }) },
  });
  return [
    { scenario: '12 values (a year by month, bars)', values: 12, state: make('year', 'month', '2025-01-01', 12) },
    { scenario: '8,760 values (91 days of 15-min readings, line thinned per pixel column)', values: 8_760, state: make('week', 'quarter_hour', '2025-01-01', 8_760) },
    { scenario: '35,040 values (a year of 15-min readings, line thinned per pixel column)', values: 35_040, state: make('week', 'quarter_hour', '2025-01-01', 35_040) },
  ];
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function renderOnce(host: HTMLElement, state: UsageState): Promise<number> {
  const el = document.createElement('ebok-usage') as EbokUsage;
  el.today = TODAY;
  const start = performance.now();
  el.preview = state;
  host.append(el);
  await el.translationsReady;
  await chartDrawn(el);
  await frame();
  const ms = performance.now() - start;
  el.remove();
  return ms;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

export default async function bench(): Promise<Array<{ scenario: string; [metric: string]: string | number }>> {
  // Preview mode fetches no data; settle the page's session as signed out so that not even the
  // session check goes to the network.
  const store = getSessionStore();
  if (store.state.status === 'unknown') await store.end('expired');

  const host = document.createElement('div');
  host.style.width = '960px';
  document.body.append(host);
  const rows: Array<{ scenario: string; [metric: string]: string | number }> = [];
  try {
    for (const c of cases()) {
      await renderOnce(host, c.state); // warm-up
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await renderOnce(host, c.state));
      times.sort((a, b) => a - b);
      const series = c.state.status === 'ready' && c.state.series.status === 'ready' ? c.state.series.series : undefined;
      const t0 = performance.now();
      if (series) buildModel(series, TODAY);
      const modelMs = performance.now() - t0;
      rows.push({
        scenario: c.scenario,
        values: c.values,
        'render ms (median)': round(times[Math.floor(times.length / 2)]!),
        'min ms': round(times[0]!),
        'max ms': round(times[times.length - 1]!),
        'model ms': round(modelMs),
        runs: RUNS,
      });
    }
  } finally {
    host.remove();
  }
  return rows;
}
