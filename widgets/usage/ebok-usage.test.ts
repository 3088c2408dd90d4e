import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type uPlot from 'uplot';
import { getMockStats } from '../../mocks/state';
import { resetFaults, setFaults } from '../../mocks/faults';
import { getUsageSeries } from '../core/api/endpoints';
import { ApiError } from '../core/api/errors';
import type { UsageSeries } from '../core/api/types';
import { warsawDay } from '../core/calendar';
import { getSessionStore } from '../core/session';
import { html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, until } from '../test-utils/index';
import { reducedMotion } from '../test-utils/media';
import './ebok-usage';
import type { EbokUsage, UsageState } from './ebok-usage';
import { formatPercent, formatValue, slotTitle } from './usage-format';
import { buildCsv, buildModel, periodRange, roundValue, shiftPeriod } from './usage-rules';
import { chartFor, liveCharts, thinned, withGaps, type UsageChart } from './usage-chart';
import { SAMPLE_POINTS, sampleSeries } from './usage-samples';
import { chartDrawn } from './test-utils/chart';

const TODAY = '2026-11-21';

const $ = <E extends Element = HTMLElement>(el: EbokUsage, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: EbokUsage, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];

function chartOf(el: EbokUsage): UsageChart {
  const plot = $(el, '.plot');
  const chart = plot ? chartFor(plot) : undefined;
  if (!chart?.u) throw new Error('no chart');
  return chart;
}
const plotOf = (el: EbokUsage): uPlot => chartOf(el).u!;

/** Series `index` (0 this year, 1 last year) as drawn: one value per slot, null where there is no reading. */
function datasetValues(el: EbokUsage, index: number): (number | null)[] {
  return [...(plotOf(el).data[index + 1] as (number | null)[])];
}

/** A series' resolved stroke or fill (uPlot keeps them as functions once initialised). */
function paint(el: EbokUsage, index: number, what: 'stroke' | 'fill'): unknown {
  const u = plotOf(el);
  const v = u.series[index + 1]![what] as unknown;
  return typeof v === 'function' ? (v as (u: uPlot, i: number) => unknown)(u, index + 1) : v;
}
const shown = (el: EbokUsage, index: number): boolean => plotOf(el).series[index + 1]!.show !== false;

/** A model column as plain numbers, null for no reading. */
const col = (a: Float64Array): (number | null)[] => Array.from(a, (v) => (Number.isNaN(v) ? null : v));

/** WCAG contrast ratio of two CSS colours (opaque). */
function contrast(a: string, b: string): number {
  const g = document.createElement('canvas').getContext('2d')!;
  const lum = (c: string): number => {
    g.clearRect(0, 0, 1, 1);
    g.fillStyle = c;
    g.fillRect(0, 0, 1, 1);
    const [r, gr, bl] = [...g.getImageData(0, 0, 1, 1).data].map((v) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * gr! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function requests(key: string): number {
  return getMockStats().requests[key] ?? 0;
}

async function ready(el: EbokUsage): Promise<void> {
  await until(() => $(el, '.plot'), 'the chart', 8000);
  await chartDrawn(el);
}

async function api(point: string, granularity: 'month' | 'day', anchor = warsawDay()): Promise<UsageSeries> {
  const { from, to } = periodRange(granularity === 'month' ? 'year' : 'month', anchor);
  return getUsageSeries({ point, granularity, from, to });
}

const ready12: UsageState = {
  status: 'ready',
  points: SAMPLE_POINTS,
  point: 'all',
  period: 'year',
  anchor: TODAY,
  series: {
    status: 'ready',
    series: sampleSeries({
      granularity: 'month',
      from: '2026-01-01',
      count: 11,
      previousCount: 12,
      scale: 250,
      excludedPoints: [{ id: 'mp-3', reason: 'different_unit' }],
    }),
  },
};

const STATES: Record<string, UsageState> = {
  'signed out': { status: 'signed-out' },
  loading: { status: 'loading' },
  error: { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) },
  'no points': { status: 'ready', points: [], series: { status: 'loading' } },
  'series loading': { status: 'ready', points: SAMPLE_POINTS, series: { status: 'loading' } },
  'series error': { status: 'ready', points: SAMPLE_POINTS, series: { status: 'error', error: new ApiError({ kind: 'offline' }) } },
  'no data for the period': {
    status: 'ready',
    points: SAMPLE_POINTS,
    point: 'mp-1',
    period: 'month',
    anchor: '2020-01-01',
    series: { status: 'ready', series: { ...sampleSeries({ granularity: 'day', from: '2020-01-01', count: 0 }), to: '2020-01-31' } },
  },
  'year by month': ready12,
  'month by day': {
    status: 'ready',
    points: SAMPLE_POINTS,
    point: 'mp-2',
    period: 'month',
    anchor: '2026-10-01',
    series: { status: 'ready', series: sampleSeries({ granularity: 'day', from: '2026-10-01', count: 31, scale: 9 }) },
  },
  'day of quarter hours': {
    status: 'ready',
    points: SAMPLE_POINTS.slice(0, 1),
    period: 'day',
    anchor: '2026-10-14',
    series: { status: 'ready', series: sampleSeries({ granularity: 'quarter_hour', from: '2026-10-14', count: 96, scale: 0.1 }) },
  },
  'start of a month (1 December): no readings yet': {
    status: 'ready',
    points: SAMPLE_POINTS,
    point: 'mp-2',
    period: 'month',
    anchor: '2026-12-01',
    series: {
      status: 'ready',
      series: { ...sampleSeries({ granularity: 'day', from: '2026-12-01', count: 0, previousCount: 31, scale: 9 }), to: '2026-12-31' },
    },
  },
  'year on 1 December: last year compared without December': {
    status: 'ready',
    points: SAMPLE_POINTS,
    point: 'mp-1',
    period: 'year',
    anchor: '2026-12-01',
    series: { status: 'ready', series: { ...sampleSeries({ granularity: 'month', from: '2026-01-01', count: 11, previousCount: 12, scale: 250 }), to: '2026-12-31' } },
  },
  'week of quarter hours, no previous year': {
    status: 'ready',
    points: SAMPLE_POINTS,
    point: 'mp-1',
    period: 'week',
    anchor: '2026-10-14',
    series: {
      status: 'ready',
      series: sampleSeries({ granularity: 'quarter_hour', from: '2026-10-12', count: 672, previousCount: 0, scale: 0.1 }),
    },
  },
};

describe('<ebok-usage> every state in every language', () => {
  beforeEach(setupMockApi);

  for (const [name, state] of Object.entries(STATES)) {
    for (const lang of LANGS) {
      it(`${name} (${lang}) is accessible`, async () => {
        const el = await renderWidget<EbokUsage>(html`<ebok-usage lang=${lang} .today=${TODAY} .preview=${state}></ebok-usage>`);
        await chartDrawn(el);
        expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal(lang);
        expect(shadowText(el)).not.to.match(/\b(title|totals|summary|table|period)\.[a-z]/); // no missing keys
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows the table open in every language accessibly', async () => {
    for (const lang of LANGS) {
      const el = await renderWidget<EbokUsage>(html`<ebok-usage lang=${lang} .today=${TODAY} .preview=${ready12}></ebok-usage>`);
      $(el, '[part="table-toggle"]')!.click();
      await el.updateComplete;
      expect($(el, 'table')).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('says which state it is in', async () => {
    const text = async (state: UsageState): Promise<string> =>
      shadowText(await renderWidget<EbokUsage>(html`<ebok-usage .today=${TODAY} .preview=${state}></ebok-usage>`));
    expect(await text(STATES['signed out']!)).to.contain('Zaloguj się, aby zobaczyć swoje zużycie.');
    expect(await text(STATES['no points']!)).to.contain('Nie masz jeszcze żadnego punktu poboru');
    expect(await text(STATES['no data for the period']!)).to.contain('Brak danych za ten okres.');
    expect(await text(STATES['series error']!)).to.contain('Brak połączenia z internetem');
    expect(await text(STATES['week of quarter hours, no previous year']!)).to.contain('Brak danych z poprzedniego roku do porównania.');
    expect(await text(ready12)).to.contain('Pominięto: Dom – woda.');
    // 1 December: it is this period that has no readings yet, not last year.
    const start = await text(STATES['start of a month (1 December): no readings yet']!);
    expect(start).to.contain('Nie ma jeszcze odczytów z tego okresu (grudzień 2026)');
    expect(start).to.contain('Cały ten okres rok wcześniej');
    expect(start).not.to.contain('Brak danych z poprzedniego roku');
    expect(start).not.to.contain('0,000');
  });

  it('names what is compared whenever not everything is (pl, uk, ru)', async () => {
    const state = STATES['year on 1 December: last year compared without December']!;
    const series = (state as { series: { series: UsageSeries } }).series.series;
    const model = buildModel(series, '2026-12-01');
    const expected = {
      pl: 'Porównujemy tylko przedziały z odczytami z obu lat (styczeń – listopad 2026)',
      uk: 'Порівнюємо лише проміжки, за які є показання в обох роках (січень – листопад 2026',
      ru: 'Сравниваем только интервалы, за которые есть показания в обоих годах (январь – ноябрь 2026',
    };
    for (const lang of LANGS) {
      const el = await renderWidget<EbokUsage>(html`<ebok-usage lang=${lang} .today=${'2026-12-01'} .preview=${state}></ebok-usage>`);
      await chartDrawn(el);
      const note = $(el, '[data-note="partial"]')!;
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain(expected[lang]);
      const units = { pl: 'kWh', uk: 'кВт·год', ru: 'кВт·ч' }[lang];
      // Last year's figure is exactly the months compared, and the note repeats both sums.
      expect($(el, '[data-total="previous"]')!.textContent!.trim()).to.equal(`${formatValue(model.totals.previous!, 'kWh', lang)}\u00a0${units}`);
      expect(note.textContent).to.contain(`${formatValue(model.totals.comparedCurrent!, 'kWh', lang)}\u00a0${units}`);
      expect(plotOf(el).axes[1]!.label).to.equal(units);
      await expect(el).to.be.accessible();
    }
  });

  it('keeps the height of the chart while the series loads (no layout shift)', async () => {
    const loading = await renderWidget<EbokUsage>(html`<ebok-usage .today=${TODAY} .preview=${STATES['series loading']}></ebok-usage>`);
    const skeleton = $(loading, '.sk-chart')!.getBoundingClientRect().height;
    const done = await renderWidget<EbokUsage>(html`<ebok-usage .today=${TODAY} .preview=${ready12}></ebok-usage>`);
    await chartDrawn(done);
    expect(skeleton).to.be.greaterThan(200);
    expect($(done, '.chart-box')!.getBoundingClientRect().height).to.equal(skeleton);
  });
});

describe('<ebok-usage> with the API', () => {
  beforeEach(setupMockApi);
  afterEach(() => resetFaults());

  it('asks to sign in when no one is signed in', async () => {
    const el = await renderWidget<EbokUsage>(html`<ebok-usage></ebok-usage>`);
    await until(() => $(el, '[data-kind="signed-out"]'), 'signed-out state');
    expect(requests('GET /usage/points')).to.equal(0);
  });

  it('sums all points with the same unit and says which were left out', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokUsage>(html`<ebok-usage></ebok-usage>`);
    await ready(el);
    const options = $$<HTMLOptionElement>(el, 'select option').map((o) => o.textContent!.trim());
    expect(options).to.deep.equal([
      'Wszystkie punkty (suma)',
      'Dom – ul. Lipowa 12, 00-123 Warszawa',
      'Działka – ul. Leśna 4, 05-500 Zalesie Dolne',
      'Dom – woda – ul. Lipowa 12, 00-123 Warszawa',
    ]);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('all');
    expect($(el, '[part="excluded"]')!.textContent).to.contain('Suma obejmuje tylko punkty mierzone w kWh. Pominięto: Dom – woda.');

    // The sum is the two electricity points added interval by interval.
    const [all, dom, dzialka] = await Promise.all([api('all', 'month'), api('mp-1001-1', 'month'), api('mp-1001-2', 'month')]);
    const expected = buildModel(dom).totals.current + buildModel(dzialka).totals.current;
    expect(buildModel(all).totals.current).to.be.closeTo(expected, 1e-6);
    const shownTotal = $(el, '[data-total="current"]')!.textContent!.trim();
    expect(shownTotal).to.equal(`${formatValue(buildModel(all, warsawDay()).totals.current, 'kWh', 'pl')}\u00a0kWh`);
    expect(datasetValues(el, 0)).to.deep.equal(col(buildModel(all).current));
  });

  it('shows one point after choosing it, in its own unit, and tells the page', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokUsage>(html`<ebok-usage></ebok-usage>`);
    await ready(el);
    const changes: unknown[] = [];
    el.addEventListener('ebok-usage-change', (e) => changes.push(e.detail));
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'mp-1001-3';
    select.dispatchEvent(new Event('change'));
    const year = periodRange('year', warsawDay());
    expect(changes).to.deep.equal([{ point: 'mp-1001-3', period: 'year', ...year }]);
    await until(() => $(el, '[data-total="current"]')?.textContent?.includes('m³'), 'water total');
    await chartDrawn(el);
    expect($(el, '[part="excluded"]')).to.equal(null);
    // Water has monthly readings only: no period switch to offer.
    expect($(el, '[part="periods"]')).to.equal(null);
    const water = await api('mp-1001-3', 'month');
    expect(datasetValues(el, 0)).to.deep.equal(col(buildModel(water).current));
    expect(datasetValues(el, 1)).to.deep.equal(col(buildModel(water).previous));
  });

  it('shows the year-over-year totals and change with sign and words', async () => {
    await signInAs('anna');
    const el = await renderWidget<EbokUsage>(html`<ebok-usage period="month"></ebok-usage>`);
    await ready(el);
    // One point only: its name instead of a selector.
    expect($(el, 'select')).to.equal(null);
    expect($(el, '[part="point"]')!.textContent).to.contain('Mieszkanie');
    // Last month: a whole month, both years have data.
    $(el, '[part="previous"]')!.click();
    await until(() => requests('GET /usage/series') === 2, 'second request');
    await until(() => $(el, '[part="totals"]') && $(el, 'canvas'), 'totals');
    await chartDrawn(el);
    const anchor = shiftPeriod('month', warsawDay(), -1);
    const series = await api('mp-1002-1', 'day', anchor);
    const model = buildModel(series, warsawDay());
    const change = $(el, '.change')!;
    const pct = model.totals.changePercent!;
    expect(change.textContent).to.contain(formatPercent(pct, 'pl'));
    expect(change.textContent).not.to.match(/[−-]\d/); // no sign next to the words
    expect(change.textContent).to.contain(pct > 0 ? 'więcej niż rok wcześniej' : 'mniej niż rok wcześniej');
    expect(change.querySelector('svg')).to.exist;
    expect($(el, '[data-total="previous"]')!.textContent!.trim()).to.equal(`${formatValue(model.totals.previous!, 'kWh', 'pl')}\u00a0kWh`);
    expect(datasetValues(el, 0).length).to.equal(Number(series.to.slice(8)));
    // The note is there exactly when some reading of either year is not compared.
    expect(!!$(el, '[data-note="partial"]')).to.equal(model.totals.partialComparison);
  });

  it('moves between periods and never into the future', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokUsage>(html`<ebok-usage point="mp-1001-1"></ebok-usage>`);
    await ready(el);
    const next = $<HTMLButtonElement>(el, '[part="next"]')!;
    expect(next.disabled).to.equal(true);
    const details: { from: string; to: string; period: string }[] = [];
    el.addEventListener('ebok-usage-change', (e) => details.push(e.detail));
    // Keyboard: choose "Miesiąc" with the arrow keys in the radio group.
    $<HTMLInputElement>(el, 'input[value="year"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => details.length === 1, 'period change');
    expect(details[0]).to.deep.include({ period: 'month', ...periodRange('month', warsawDay()) });
    $(el, '[part="previous"]')!.click();
    await el.updateComplete;
    expect(details[1]).to.deep.equal({ point: 'mp-1001-1', period: 'month', ...periodRange('month', shiftPeriod('month', warsawDay(), -1)) });
    expect($<HTMLButtonElement>(el, '[part="next"]')!.disabled).to.equal(false);
    await ready(el);
    expect(chartOf(el).kind).to.equal('bar');
  });

  it('shows the table with the same numbers as the chart', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokUsage>(html`<ebok-usage point="mp-1001-1" period="month"></ebok-usage>`);
    await ready(el);
    const toggle = $(el, '[part="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(el, 'tbody tr');
    expect(rows.length).to.equal(datasetValues(el, 0).length);
    const cellValue = (row: Element, col: number): number | null => {
      const td = row.querySelectorAll('td')[col]!;
      return td.classList.contains('missing') ? null : Number(td.textContent!.trim().replace(/\s/g, '').replace(',', '.'));
    };
    const current = datasetValues(el, 0);
    const previous = datasetValues(el, 1);
    rows.forEach((row, i) => {
      const c = current[i] ?? null;
      const p = previous[i] ?? null;
      expect(cellValue(row, 0), `current row ${i}`).to.equal(c === null ? null : roundValue(c, 'kWh'));
      expect(cellValue(row, 1), `previous row ${i}`).to.equal(p === null ? null : roundValue(p, 'kWh'));
    });
    toggle.click();
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
  });

  it('downloads the shown data as CSV', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokUsage>(html`<ebok-usage point="mp-1001-2"></ebok-usage>`);
    await ready(el);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return original.call(URL, b);
    };
    const onClick = (e: Event): void => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      names.push(a.download);
      e.preventDefault(); // no real download in the test browser
    };
    el.shadowRoot!.addEventListener('click', onClick, true);
    try {
      $(el, '[part="download"]')!.click();
    } finally {
      URL.createObjectURL = original;
      el.shadowRoot!.removeEventListener('click', onClick, true);
    }
    expect(blobs.length).to.equal(1);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    const series = await api('mp-1001-2', 'month');
    expect(text).to.equal(
      buildCsv(buildModel(series), {
        period: 'Początek przedziału',
        current: 'Zużycie [kWh]',
        previousPeriod: 'Ten sam przedział rok wcześniej',
        previous: 'Zużycie rok wcześniej [kWh]',
      }),
    );
    // The table's decimals: 3 for kWh.
    expect(text.split('\r\n')[1]).to.match(/^\d{4}-01;(\d+,\d{3})?;\d{4}-01;\d+,\d{3}$/);
    expect(names[1] ?? names[0]).to.equal(`zuzycie-mp-1001-2-${series.from}_${series.to}.csv`);
  });

  it('follows the language without a new request', async () => {
    await signInAs('jan');
    const el = await renderWidget<EbokUsage>(html`<ebok-usage point="mp-1001-1"></ebok-usage>`);
    await ready(el);
    const before = requests('GET /usage/series');
    expect(chartOf(el).xLabels[0]).to.equal('sty');
    el.setAttribute('lang', 'uk');
    await until(() => $(el, 'h2')!.textContent === 'Ваше споживання', 'Ukrainian strings');
    await chartDrawn(el);
    await until(() => chartOf(el).xLabels[0] === 'січ.', 'Ukrainian ticks');
    expect($(el, '[data-total="current"]')!.textContent).to.contain('кВт·год');
    // The tooltip speaks the new language too (reached from the keyboard: Home is the first month).
    $(el, '.plot')!.focus();
    await sendKeys({ press: 'Home' });
    expect($(el, '.chart-tip strong')!.textContent).to.match(/^січень \d{4}/);
    document.documentElement.lang = 'ru';
    el.removeAttribute('lang');
    await until(() => $(el, 'h2')!.textContent === 'Ваше потребление', 'Russian strings');
    await until(() => chartOf(el).xLabels[0] === 'янв.', 'Russian ticks');
    expect(requests('GET /usage/series')).to.equal(before);
  });

  it('shows an error with retry when the series fails', async () => {
    await signInAs('jan');
    setFaults({ http500: true, path: '/usage/series' });
    const el = await renderWidget<EbokUsage>(html`<ebok-usage></ebok-usage>`);
    await until(() => $(el, '[role="alert"]'), 'error');
    expect($(el, '[part="point-select"]')).to.exist; // the controls stay usable
    resetFaults();
    $(el, '[part="retry"]')!.click();
    await ready(el);
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('shows an error with retry when the points fail', async () => {
    await signInAs('jan');
    setFaults({ offline: true, path: '/usage/points' });
    const el = await renderWidget<EbokUsage>(html`<ebok-usage></ebok-usage>`);
    await until(() => $(el, '[role="alert"]'), 'error');
    expect(shadowText(el)).to.contain('Brak połączenia z internetem');
    resetFaults();
    $(el, '[part="retry"]')!.click();
    await ready(el);
  });

  it('shows a skeleton while loading and drops the data on sign-out', async () => {
    await signInAs('jan');
    setFaults({ hang: true, path: '/usage/series' });
    const el = await renderWidget<EbokUsage>(html`<ebok-usage></ebok-usage>`);
    await until(() => $(el, '.series-loading'), 'series skeleton');
    expect($(el, '[role="status"]')!.textContent).to.contain('Wczytywanie');
    resetFaults();
    await ready(el);
    await getSessionStore().end('user');
    await until(() => $(el, '[data-kind="signed-out"]'), 'signed out');
    expect($(el, 'canvas')).to.equal(null);
    expect(liveCharts()).to.equal(0);
  });
});

describe('<ebok-usage> chart', () => {
  beforeEach(setupMockApi);

  it('follows the theme: tokens on the host, classes on an ancestor, the host font', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        .dark ebok-usage {
          --ebok-color-primary: #ffaa00;
        }
      </style>
      <ebok-usage .today=${TODAY} .preview=${ready12}></ebok-usage>
    </div>`);
    const el = wrapper.querySelector('ebok-usage')!;
    await el.translationsReady;
    await chartDrawn(el);
    const color = (): unknown => paint(el, 0, 'fill');
    expect(color()).to.equal('#0b57d0');
    el.style.setProperty('--ebok-color-primary', '#ff0000');
    await until(() => color() === '#ff0000', 'host token');
    el.style.removeProperty('--ebok-color-primary');
    await until(() => color() === '#0b57d0', 'default again');
    wrapper.classList.add('dark');
    await until(() => color() === '#ffaa00', 'ancestor class');
    el.style.setProperty('--ebok-usage-color-previous', 'rgb(0, 128, 0)');
    await until(() => paint(el, 1, 'stroke') === 'rgb(0, 128, 0)', 'previous colour');
    // Hatched, not a paler fill: the years differ by more than colour.
    expect(paint(el, 1, 'fill')).to.be.instanceOf(CanvasPattern);
    wrapper.style.fontFamily = 'Georgia, serif';
    await until(() => String(plotOf(el).axes[0]!.font).includes('Georgia, serif'), 'font');
  });

  it('draws 35,040 quarter hours as one line thinned to the plot width, the whole year', async () => {
    const state: UsageState = {
      status: 'ready',
      points: SAMPLE_POINTS,
      point: 'mp-1',
      period: 'week',
      anchor: '2025-06-01',
      series: { status: 'ready', series: sampleSeries({ granularity: 'quarter_hour', from: '2025-01-01', count: 35_040, scale: 0.1 }) },
    };
    const el = await renderWidget<EbokUsage>(html`<ebok-usage .today=${TODAY} .preview=${state}></ebok-usage>`);
    await chartDrawn(el);
    expect(chartOf(el).kind).to.equal('line');
    const u = plotOf(el);
    const width = $(el, '.plot')!.clientWidth;
    expect(u.data[0].length).to.be.at.most(6 * width + 2); // a few points per pixel column, not 35,048
    expect(u.data[0].length).to.be.greaterThan(width);
    expect(u.data[0][0]).to.equal(0);
    expect(u.data[0].at(-1)).to.equal(35_047); // the whole year, first to last slot
    expect(u.scales.x!.min).to.equal(0);
    expect(u.scales.x!.max).to.equal(35_047);
    // A few x labels that fit, not one per reading.
    expect(chartOf(el).xLabels.length).to.be.within(2, 20);
    $(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect($$(el, 'tbody tr').length).to.equal(200);
    expect($(el, '.more')!.textContent!.replace(/\s+/g, ' ')).to.contain('Pokazano 200 z 35 048 wierszy.');
    $(el, '[part="more"]')!.click();
    await el.updateComplete;
    expect($$(el, 'tbody tr').length).to.equal(400);
  });

  it('follows the size of its box (ResizeObserver): a narrower container redraws narrower', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="resize-host"><ebok-usage .today=${TODAY} .preview=${ready12}></ebok-usage></div>`);
    const el = wrapper.querySelector('ebok-usage')!;
    await el.translationsReady;
    await chartDrawn(el);
    wrapper.style.width = '900px';
    await until(() => Math.abs(plotOf(el).width - $(el, '.plot')!.clientWidth) < 1 && plotOf(el).width > 600, 'wide');
    wrapper.style.width = '320px';
    await until(() => plotOf(el).width === $(el, '.plot')!.clientWidth && plotOf(el).width < 320, 'narrow');
    // Fewer month labels fit (every n-th month), January still first.
    expect(chartOf(el).xLabels.length).to.be.below(12);
    expect(chartOf(el).xLabels[0]).to.equal('sty');
  });

  it('hands uPlot gaps as null (a NaN would spoil its ranges)', () => {
    expect(withGaps(Float64Array.of(1, Number.NaN, 0, 3))).to.deep.equal([1, null, 0, 3]);
  });

  it('thins a long line per bucket: both years keep their peaks, dips and gaps, first and last slot kept', () => {
    const n = 10_000;
    const current = Float64Array.from({ length: n }, (_, i) => (i % 1000 === 500 ? 50 : Math.sin(i / 50)));
    const previous = Float64Array.from({ length: n }, (_, i) => (i === 7_777 ? -9 : Math.cos(i / 50)));
    current.fill(Number.NaN, 2_000, 2_100);
    const { idx: picked, own } = thinned(current, previous, 400);
    const idx = [...picked];
    expect(idx.length).to.be.at.most(400 * 5 + 2);
    expect(own.length).to.equal(idx.length);
    expect([own[0], own.at(-1)]).to.deep.equal([3, 3]); // both years start and end at the ends
    // Each year keeps only its own picks: about two a bucket (its lowest and highest), not the other's too.
    const mine = (bit: number): number => own.filter((o) => o & bit).length;
    expect(mine(1)).to.be.at.most(400 * 2 + 400 / 4 + 2);
    expect(mine(2)).to.be.at.most(400 * 2 + 2);
    expect(own[idx.indexOf(7_777)]! & 2).to.equal(2); // last year's dip is last year's pick
    expect(idx.filter((i, k) => current[i] === 50 && own[k]! & 1).length).to.equal(10);
    expect(idx[0]).to.equal(0);
    expect(idx.at(-1)).to.equal(n - 1);
    expect(idx.every((v, k) => k === 0 || v > idx[k - 1]!)).to.equal(true); // sorted, unique: one shared x
    expect(idx.filter((i) => current[i] === 50).length).to.equal(10); // every spike survives
    expect(idx).to.include(7_777); // last year's dip too
    expect(idx.some((i) => i >= 2_000 && i < 2_100)).to.equal(true); // the gap stays a gap (a null is drawn)
    const short = thinned(Float64Array.of(1, 2, 3), Float64Array.of(3, 2, 1), 400);
    expect([...short.idx]).to.deep.equal([0, 1, 2]);
    expect([...short.own]).to.deep.equal([3, 3, 3]);
  });

  it('updates the same chart in place when only the data changes (nothing animated, under any motion setting)', async () => {
    const motion = await reducedMotion();
    try {
      const el = await renderWidget<EbokUsage>(html`<ebok-usage .today=${TODAY} .preview=${ready12}></ebok-usage>`);
      await chartDrawn(el);
      const first = plotOf(el);
      const other = (scale: number): UsageState => ({
        ...ready12,
        series: { status: 'ready', series: sampleSeries({ granularity: 'month', from: '2026-01-01', count: 11, previousCount: 12, scale }) },
      });
      const next = other(300);
      el.preview = next;
      await chartDrawn(el);
      expect(plotOf(el)).to.equal(first);
      const model = buildModel((next as { series: { series: UsageSeries } }).series.series, TODAY);
      expect(datasetValues(el, 0)).to.deep.equal(col(model.current));
      await motion.set(true);
      el.preview = other(200);
      await chartDrawn(el);
      expect(plotOf(el)).to.equal(first);
    } finally {
      await motion.restore();
    }
  });

  it('tells a slot in the same words to the pointer and the keyboard, and reads it out for the keyboard', async () => {
    const el = await renderWidget<EbokUsage>(html`<ebok-usage .today=${TODAY} .preview=${ready12}></ebok-usage>`);
    await chartDrawn(el);
    const u = plotOf(el);
    const tip = (): string => [...$(el, '.chart-tip')!.children].map((c) => c.textContent).join(' | ');
    // Pointer over March (slot 2).
    const rect = u.over.getBoundingClientRect();
    u.over.dispatchEvent(new MouseEvent('mouseenter', { bubbles: false }));
    u.over.dispatchEvent(new MouseEvent('mousemove', { clientX: rect.left + u.valToPos(2, 'x'), clientY: rect.top + 20, bubbles: true }));
    await until(() => $(el, '.chart-tip.shown'), 'tooltip by pointer');
    const byPointer = tip();
    expect(byPointer).to.match(/^marzec 2026 \| /);
    expect(byPointer).to.contain('kWh');
    u.over.dispatchEvent(new MouseEvent('mouseleave', { bubbles: false }));
    await until(() => !$(el, '.chart-tip.shown'), 'tooltip gone');
    // Keyboard: Home, then two steps right is March too.
    const plot = $(el, '.plot')!;
    plot.focus();
    await sendKeys({ press: 'Home' });
    expect(tip()).to.match(/^styczeń 2026/);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(tip()).to.equal(byPointer);
    expect($(el, '.chart-live')!.textContent).to.equal(byPointer.split(' | ').join('. '));
    await sendKeys({ press: 'End' });
    const model = buildModel((ready12 as { series: { series: UsageSeries } }).series.series, TODAY);
    expect(tip().split(' | ')[0]).to.equal(slotTitle(model, model.length - 1, 'pl'));
    await sendKeys({ press: 'Escape' });
    expect($(el, '.chart-tip.shown')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('hides and shows the previous year from the keyboard, remembered while the element lives', async () => {
    const el = await renderWidget<EbokUsage>(html`<ebok-usage .today=${TODAY} .preview=${ready12}></ebok-usage>`);
    await chartDrawn(el);
    const box = $<HTMLInputElement>(el, '[part="previous-toggle"] input')!;
    expect(box.checked).to.equal(true);
    expect(shown(el, 1)).to.equal(true);
    expect($$(el, '.legend li').length).to.equal(2);
    box.focus();
    await sendKeys({ press: ' ' });
    // Firefox redraws the hatched chart slowly on a loaded machine (over 4 s seen): a wider wait, not a timing check.
    await until(() => !shown(el, 1), 'previous year hidden', 15_000);
    expect(box.checked).to.equal(false);
    expect($$(el, '.legend li').length).to.equal(1);
    // Another period keeps the choice.
    $(el, '[part="previous"]')!.click();
    await chartDrawn(el);
    expect(shown(el, 1)).to.equal(false);
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    await until(() => shown(el, 1), 'previous year shown again');
    // Only in memory: nothing in web storage.
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('keeps both years distinguishable in every theme: 3:1 against the background, dashed or hatched', async () => {
    const themes = ['default', 'baltyk', 'fala', 'zdroj'];
    for (const name of themes) {
      const link = document.createElement('link');
      if (name !== 'default') {
        link.rel = 'stylesheet';
        link.href = new URL(`../../demo/themes/${name}.css`, import.meta.url).href;
        await new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = reject;
          document.head.append(link);
        });
      }
      const wrapper = await fixture<HTMLDivElement>(html`<div data-theme=${name}><ebok-usage .today=${TODAY} .preview=${ready12}></ebok-usage></div>`);
      const el = wrapper.querySelector('ebok-usage')!;
      await el.translationsReady;
      await chartDrawn(el);
      const [current, previous] = [paint(el, 0, 'stroke') as string, paint(el, 1, 'stroke') as string];
      const bg = getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
      expect(contrast(current, bg), `${name}: this year`).to.be.at.least(3);
      expect(contrast(previous, bg), `${name}: last year`).to.be.at.least(3);
      expect(paint(el, 1, 'fill'), `${name}: hatched`).to.be.instanceOf(CanvasPattern);
      link.remove();
      fixtureCleanup();
    }
  });

  it('leaves nothing behind after 100 add/remove cycles', async () => {
    const counts = { observers: 0, mutationObservers: 0, windowListeners: 0, mediaListeners: 0 };
    const NativeRO = window.ResizeObserver;
    const NativeMO = window.MutationObserver;
    const winAdd = window.addEventListener;
    const winRemove = window.removeEventListener;
    const mqlAdd = MediaQueryList.prototype.addEventListener;
    const mqlRemove = MediaQueryList.prototype.removeEventListener;
    window.ResizeObserver = class extends NativeRO {
      private live = false;
      override observe(target: Element, options?: ResizeObserverOptions): void {
        if (!this.live) counts.observers++;
        this.live = true;
        super.observe(target, options);
      }
      override disconnect(): void {
        if (this.live) counts.observers--;
        this.live = false;
        super.disconnect();
      }
    };
    window.MutationObserver = class extends NativeMO {
      private live = false;
      override observe(target: Node, options?: MutationObserverInit): void {
        if (!this.live) counts.mutationObservers++;
        this.live = true;
        super.observe(target, options);
      }
      override disconnect(): void {
        if (this.live) counts.mutationObservers--;
        this.live = false;
        super.disconnect();
      }
    };
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      counts.windowListeners++;
      return winAdd.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      counts.windowListeners--;
      return winRemove.apply(this, args);
    } as Window['removeEventListener'];
    MediaQueryList.prototype.addEventListener = function (this: MediaQueryList, ...args: Parameters<MediaQueryList['addEventListener']>) {
      counts.mediaListeners++;
      return mqlAdd.apply(this, args);
    } as MediaQueryList['addEventListener'];
    MediaQueryList.prototype.removeEventListener = function (this: MediaQueryList, ...args: Parameters<MediaQueryList['removeEventListener']>) {
      counts.mediaListeners--;
      return mqlRemove.apply(this, args);
    } as MediaQueryList['removeEventListener'];
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const el = document.createElement('ebok-usage');
      el.today = TODAY;
      el.preview = ready12;
      let peak = 0;
      for (let i = 0; i < 100; i++) {
        host.append(el);
        await el.translationsReady;
        await chartDrawn(el);
        expect(liveCharts()).to.equal(1);
        peak = Math.max(peak, counts.observers);
        el.remove();
      }
      host.remove();
      expect(peak).to.be.greaterThan(0); // the counters do see the chart's observer
      expect(liveCharts()).to.equal(0);
      expect(counts).to.deep.equal({ observers: 0, mutationObservers: 0, windowListeners: 0, mediaListeners: 0 });
    } finally {
      window.ResizeObserver = NativeRO;
      window.MutationObserver = NativeMO;
      window.addEventListener = winAdd;
      window.removeEventListener = winRemove;
      MediaQueryList.prototype.addEventListener = mqlAdd;
      MediaQueryList.prototype.removeEventListener = mqlRemove;
      fixtureCleanup();
    }
  });
});
