import { startOfWeek } from '../core/calendar';
import { expect } from '@open-wc/testing';
import type { MeteringPoint, UsageSeries } from '../core/api/types';
import {
  ALL_POINTS,
  availablePeriods,
  buildCsv,
  buildModel,
  changeDirection,
  comparisonState,
  csvField,
  dominantUnit,
  extremes,
  fractionDigits,
  isLatestPeriod,
  normalisePeriod,
  normalisePoint,
  periodRange,
  selectedPoints,
  shiftPeriod,
  slotAt,
  totals,
  type UsageModel,
} from './usage-rules';
import { formatPercent, periodLabel, previousPeriodLabel, rangeLabel, slotRowLabel, slotTick, slotTitle, tickIndices, yearEarlier } from './usage-format';
import { SAMPLE_POINTS, sampleSeries } from './usage-samples';
import { formatWarsaw as warsawIso } from '../core/calendar';

const point = (id: string, unit: MeteringPoint['unit'], granularities: MeteringPoint['granularities'] = ['month', 'day']): MeteringPoint => ({
  id,
  name: id,
  address: 'a',
  medium: unit === 'kWh' ? 'electricity' : unit === 'm3' ? 'water' : 'mobile_data',
  unit,
  granularities,
});

const series = (over: Partial<UsageSeries>): UsageSeries => ({
  unit: 'kWh',
  granularity: 'month',
  from: '2026-01-01',
  to: '2026-12-31',
  includedPoints: ['p'],
  excludedPoints: [],
  current: [],
  previous: [],
  ...over,
});

/** A column as plain numbers, null for no reading. */
const col = (a: Float64Array): (number | null)[] => Array.from(a, (v) => (Number.isNaN(v) ? null : v));
const monthly = (year: number, values: (number | null)[]): UsageSeries['current'] =>
  values.flatMap((value, m) => (value === null ? [] : [{ start: `${year}-${String(m + 1).padStart(2, '0')}-01T00:00:00+01:00`, value }]));
const daily = (from: string, values: (number | null)[]): UsageSeries['current'] =>
  values.flatMap((value, d) => (value === null ? [] : [{ start: `${from.slice(0, 8)}${String(Number(from.slice(8)) + d).padStart(2, '0')}T00:00:00+01:00`, value }]));
const slots = (m: UsageModel) => Array.from({ length: m.length }, (_, i) => slotAt(m, i));

describe('usage rules: periods', () => {
  it('covers calendar years, months, Monday–Sunday weeks and single days', () => {
    expect(periodRange('year', '2026-05-17')).to.deep.equal({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange('month', '2024-02-10')).to.deep.equal({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('month', '2026-02-10')).to.deep.equal({ from: '2026-02-01', to: '2026-02-28' });
    // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29.
    expect(periodRange('week', '2026-01-01')).to.deep.equal({ from: '2025-12-29', to: '2026-01-04' });
    expect(startOfWeek('2026-11-23')).to.equal('2026-11-23'); // a Monday stays
    expect(startOfWeek('2026-11-22')).to.equal('2026-11-16'); // a Sunday belongs to the week before
    expect(periodRange('day', '2026-03-29')).to.deep.equal({ from: '2026-03-29', to: '2026-03-29' });
  });

  it('steps to the previous and next period', () => {
    expect(shiftPeriod('year', '2026-05-17', -1)).to.equal('2025-01-01');
    expect(shiftPeriod('month', '2026-01-31', -1)).to.equal('2025-12-01');
    expect(shiftPeriod('month', '2026-12-15', 1)).to.equal('2027-01-01');
    expect(shiftPeriod('week', '2026-01-01', 1)).to.equal('2026-01-05');
    expect(shiftPeriod('day', '2026-03-01', -1)).to.equal('2026-02-28');
  });

  it('knows when the next period would be in the future', () => {
    expect(isLatestPeriod('year', '2026-01-01', '2026-11-21')).to.equal(true);
    expect(isLatestPeriod('year', '2025-01-01', '2026-11-21')).to.equal(false);
    expect(isLatestPeriod('month', '2026-10-31', '2026-11-01')).to.equal(false); // November has begun
    expect(isLatestPeriod('month', '2026-11-01', '2026-11-30')).to.equal(true);
    expect(isLatestPeriod('day', '2026-11-20', '2026-11-21')).to.equal(false);
    expect(isLatestPeriod('day', '2026-11-21', '2026-11-21')).to.equal(true);
  });
});

describe('usage rules: points', () => {
  const kwh1 = point('k1', 'kWh', ['month', 'day', 'quarter_hour']);
  const kwh2 = point('k2', 'kWh');
  const water = point('w1', 'm3', ['month']);

  it('sums the unit most points share; a tie goes to the first point', () => {
    expect(dominantUnit([water, kwh1, kwh2])).to.equal('kWh');
    expect(dominantUnit([water, kwh1])).to.equal('m3');
    expect(dominantUnit([])).to.equal(undefined);
    expect(selectedPoints([kwh1, kwh2, water], ALL_POINTS).map((p) => p.id)).to.deep.equal(['k1', 'k2']);
    expect(selectedPoints([kwh1, kwh2, water], 'w1').map((p) => p.id)).to.deep.equal(['w1']);
  });

  it('offers quarter-hour periods only where a selected point has them', () => {
    expect(availablePeriods([kwh1, kwh2, water], ALL_POINTS)).to.deep.equal(['year', 'month', 'week', 'day']);
    expect(availablePeriods([kwh1, kwh2, water], 'k2')).to.deep.equal(['year', 'month']);
    expect(availablePeriods([kwh1, kwh2, water], 'w1')).to.deep.equal(['year']);
    expect(normalisePeriod([kwh1, kwh2, water], 'w1', 'day')).to.equal('year');
    expect(normalisePeriod([kwh1, kwh2, water], 'k1', 'week')).to.equal('week');
    expect(normalisePeriod([kwh1], 'k1', undefined)).to.equal('year');
  });

  it('falls back to a valid point', () => {
    expect(normalisePoint([kwh1, kwh2], undefined)).to.equal(ALL_POINTS);
    expect(normalisePoint([kwh1, kwh2], 'nope')).to.equal(ALL_POINTS);
    expect(normalisePoint([kwh1, kwh2], 'k2')).to.equal('k2');
    expect(normalisePoint([kwh1], ALL_POINTS)).to.equal('k1');
    expect(normalisePoint([kwh1], undefined)).to.equal('k1');
  });
});

describe('usage rules: the model', () => {
  it('puts every month of the year on the axis and the previous year beside it', () => {
    const m = buildModel(
      series({
        current: [
          { start: '2026-01-01T00:00:00+01:00', value: 100 },
          { start: '2026-03-01T00:00:00+01:00', value: 50.5 },
        ],
        previous: [
          { start: '2025-01-01T00:00:00+01:00', value: 80 },
          { start: '2025-02-01T00:00:00+01:00', value: 70 },
          { start: '2025-03-01T00:00:00+01:00', value: 60.5 },
        ],
      }),
    );
    expect(m.length).to.equal(12);
    expect(col(m.current).slice(0, 4)).to.deep.equal([100, null, 50.5, null]);
    expect(col(m.previous).slice(0, 4)).to.deep.equal([80, 70, 60.5, null]);
    expect(m.totals.current).to.equal(150.5);
    // Compared over January and March only (February has no current reading): 150.5 vs 140.5,
    // and last year's figure is exactly those two months.
    expect(m.totals.previous).to.equal(140.5);
    expect(m.totals.previousWhole).to.equal(210.5);
    expect(m.totals.changePercent!).to.be.closeTo((10 / 140.5) * 100, 1e-9);
    expect(m.totals.partialComparison).to.equal(true);
  });

  it('compares only intervals that are over when today is given', () => {
    const s = series({
      current: [
        { start: '2026-10-01T00:00:00+02:00', value: 100 },
        { start: '2026-11-01T00:00:00+01:00', value: 10 },
      ],
      previous: [
        { start: '2025-10-01T00:00:00+02:00', value: 100 },
        { start: '2025-11-01T00:00:00+01:00', value: 90 },
      ],
    });
    expect(buildModel(s).totals.changePercent!).to.be.closeTo(-42.105, 1e-3);
    const today = buildModel(s, '2026-11-21').totals;
    expect(today.changePercent).to.equal(0);
    expect(today.partialComparison).to.equal(true);
    expect(buildModel(s, '2026-12-01').totals.partialComparison).to.equal(false);
  });

  it('sums without floating-point drift', () => {
    const t = totals([0.1, 0.2, 0.0001], [0.3, null, null]);
    expect(t.current).to.equal(0.3001);
    expect(t.previous).to.equal(0.3);
    expect(t.comparedCurrent).to.equal(0.1);
    expect(t.changePercent!).to.be.closeTo(-66.667, 1e-3); // only the first interval has both years
    expect(totals([1, 2], [null, null])).to.include({ previous: null, changePercent: null });
    expect(totals([1], [0]).changePercent).to.equal(null); // no division by zero
  });

  it('aligns days of a month, leaving 29 February without a partner', () => {
    const m = buildModel(
      series({
        granularity: 'day',
        from: '2024-02-01',
        to: '2024-02-29',
        current: [
          { start: '2024-02-28T00:00:00+01:00', value: 3 },
          { start: '2024-02-29T00:00:00+01:00', value: 4 },
        ],
        previous: [{ start: '2023-02-28T00:00:00+01:00', value: 5 }],
      }),
    );
    expect(m.length).to.equal(29);
    expect(m.current[27]).to.equal(3);
    expect(m.previous[27]).to.equal(5);
    expect(m.current[28]).to.equal(4);
    expect(m.previous[28]).to.be.NaN;
    // The other way round: a leap previous year's 29 February has no place in a 28-day February.
    const n = buildModel(
      series({ granularity: 'day', from: '2025-02-01', to: '2025-02-28', previous: [{ start: '2024-02-29T00:00:00+01:00', value: 9 }] }),
    );
    expect(col(n.previous).every((v) => v === null)).to.equal(true);
  });

  it('keeps quarter hours in order across the autumn clock change (100 intervals)', () => {
    const start = Date.parse('2026-10-24T22:00:00Z'); // local midnight of 25 October (+02:00)
    const current = Array.from({ length: 100 }, (_, i) => ({ start: warsawIso(start + i * 900_000), value: i }));
    const m = buildModel(series({ granularity: 'quarter_hour', from: '2026-10-25', to: '2026-10-25', current }));
    expect(m.length).to.equal(100);
    expect(col(m.current)).to.deep.equal(current.map((r) => r.value));
    expect(slotAt(m, 8)).to.deep.equal({ day: '2026-10-25', time: '02:00', n: 0 });
    expect(slotAt(m, 12)).to.deep.equal({ day: '2026-10-25', time: '02:00', n: 1 });
    expect(slotAt(m, 16)).to.deep.equal({ day: '2026-10-25', time: '03:00', n: 0 });
    // Ordered by wall clock: every slot after the one before.
    const keys = slots(m).map((x) => `${x.day} ${x.time!.slice(0, 2)}.${x.n}${x.time!.slice(3)}`);
    expect(keys).to.deep.equal([...keys].sort());
  });

  it('handles a year of quarter hours (35,040 values) with the previous year aligned', () => {
    const s = sampleSeries({ granularity: 'quarter_hour', from: '2025-01-01', count: 35_040, scale: 0.1 });
    const m = buildModel(s);
    expect(m.totals.readings).to.equal(35_040);
    expect(col(m.current).filter((v) => v !== null).length).to.equal(35_040);
    // Aligned by wall clock. Last year's clocks changed on other dates: its spring hour that this
    // year skips (4) and its repeated autumn hour (4) get slots of their own; 29 February 2024 (96) has no place.
    expect(m.length).to.equal(35_040 + 8);
    expect(col(m.previous).filter((v) => v !== null).length).to.equal(35_040 - 96);
    expect(slotAt(m, 0)).to.deep.equal({ day: '2025-01-01', time: '00:00', n: 0 });
    // Every reading lands in its own slot: the sums are the sums of the API's values.
    const sum = (rs: UsageSeries['current']): number => rs.reduce((n, r) => n + Math.round(r.value * 10_000), 0) / 10_000;
    expect(m.totals.current).to.equal(sum(s.current));
    expect(m.totals.previousWhole).to.equal(sum(s.previous.filter((r) => !r.start.startsWith('2024-02-29'))));
  });

  it('finds the extremes and the direction of a change', () => {
    expect(extremes([null, 3, 9, 1, 9])).to.deep.equal({ max: 2, min: 3 });
    expect(extremes(Float64Array.of(NaN, 2, 1))).to.deep.equal({ max: 1, min: 2 });
    expect(extremes([null])).to.equal(undefined);
    expect(changeDirection(0.04)).to.equal('same');
    expect(changeDirection(-0.04)).to.equal('same');
    expect(changeDirection(0.05)).to.equal('up');
    expect(changeDirection(-0.06)).to.equal('down');
    // One number of decimals per unit, whatever the period.
    expect(fractionDigits('m3')).to.equal(3);
    expect(fractionDigits('kWh')).to.equal(3);
    expect(fractionDigits('GB')).to.equal(2);
  });
});

describe('usage rules: year over year reconciles', () => {
  const sum = (values: (number | null)[]): number => values.reduce<number>((n, v) => n + Math.round((v ?? 0) * 10_000), 0) / 10_000;
  const cur = [310.5, 280.25, 260, 220.125, 180, 150, 140, 145, 170, 230.75, 280.5];
  const prev = [320, 290, 255.5, 230, 175, 160, 150, 140, 180, 240, 300, 340.25];

  it('on 1 December: last year is January–November, exactly the months compared ("Dom")', () => {
    const m = buildModel(series({ current: monthly(2026, cur), previous: monthly(2025, prev) }), '2026-12-01');
    const t = m.totals;
    expect(t.current).to.equal(sum(cur));
    expect(t.previous).to.equal(sum(prev.slice(0, 11))); // not December
    expect(t.comparedCurrent).to.equal(sum(cur));
    expect(t.changePercent!).to.be.closeTo(((sum(cur) - sum(prev.slice(0, 11))) / sum(prev.slice(0, 11))) * 100, 1e-9);
    // Last year's December is drawn but not compared: the note must be shown.
    expect(t.partialComparison).to.equal(true);
    expect(comparisonState(t)).to.equal('compared');
    expect(rangeLabel(m, t.firstCompared, t.lastCompared, 'pl')).to.equal('styczeń – listopad 2026');
  });

  it('a month still running is shown but not compared (21 November)', () => {
    const m = buildModel(series({ current: monthly(2026, cur), previous: monthly(2025, prev) }), '2026-11-21');
    const t = m.totals;
    expect(t.current).to.equal(sum(cur));
    expect(t.comparedCurrent).to.equal(sum(cur.slice(0, 10)));
    expect(t.previous).to.equal(sum(prev.slice(0, 10)));
    expect(t.lastCompared).to.equal(9);
    expect(t.partialComparison).to.equal(true);
    // On 30 November November is still running; on 1 December it is over.
    expect(buildModel(series({ current: monthly(2026, cur), previous: monthly(2025, prev) }), '2026-11-30').totals.lastCompared).to.equal(9);
  });

  it('a whole period with both years complete needs no note', () => {
    const full = [...cur, 300];
    const m = buildModel(series({ current: monthly(2026, full), previous: monthly(2025, prev) }), '2027-01-01');
    expect(m.totals.previous).to.equal(sum(prev));
    expect(m.totals.partialComparison).to.equal(false);
  });

  it('on the first day of a month and of a day: this period has no readings yet, last year is the whole period', () => {
    const prevDays = Array.from({ length: 31 }, (_, i) => 9 + (i % 5));
    const month = buildModel(series({ granularity: 'day', from: '2026-12-01', to: '2026-12-31', previous: daily('2025-12-01', prevDays) }), '2026-12-01');
    expect(comparisonState(month.totals)).to.equal('no-readings-yet');
    expect(month.totals).to.include({ readings: 0, previous: null, changePercent: null, partialComparison: false });
    expect(month.totals.previousWhole).to.equal(sum(prevDays));
    // The day after: 1 December is over and compared with 1 December 2025 only.
    const next = buildModel(
      series({ granularity: 'day', from: '2026-12-01', to: '2026-12-31', current: daily('2026-12-01', [7, 3]), previous: daily('2025-12-01', prevDays) }),
      '2026-12-02',
    );
    expect(next.totals).to.include({ current: 10, previous: prevDays[0], comparedCurrent: 7, compared: 1, partialComparison: true });
    expect(rangeLabel(next, next.totals.firstCompared, next.totals.lastCompared, 'pl')).to.equal('1 grudnia');

    const day = buildModel(
      series({ granularity: 'quarter_hour', from: '2026-12-01', to: '2026-12-01', previous: sampleSeries({ granularity: 'quarter_hour', from: '2026-12-01', count: 96 }).previous }),
      '2026-12-01',
    );
    expect(comparisonState(day.totals)).to.equal('no-readings-yet');
    expect(day.length).to.equal(96); // last year's bars are drawn
  });

  it('the week view on Tuesday 11:45 compares 1.5 days with the same 1.5 days, not with a whole week', () => {
    const s = sampleSeries({ granularity: 'quarter_hour', from: '2026-11-30', count: 96 + 47, previousCount: 672 });
    const m = buildModel({ ...s, to: '2026-12-06' }, '2026-12-01');
    const t = m.totals;
    expect(t.readings).to.equal(143);
    expect(t.compared).to.equal(143);
    expect(t.previous).to.equal(sum(col(m.previous).slice(0, 143)));
    expect(t.previousWhole).to.be.greaterThan(t.previous!);
    expect(t.partialComparison).to.equal(true);
    expect(rangeLabel(m, t.firstCompared, t.lastCompared, 'pl')).to.equal('30 lis, 00:00 – 1 gru, 11:45');
  });

  it('says why there is no change: no previous year, nothing over yet, last year zero', () => {
    expect(comparisonState(buildModel(series({ current: monthly(2026, cur) })).totals)).to.equal('no-previous');
    expect(comparisonState(buildModel(series({ current: monthly(2026, [5]), previous: monthly(2025, prev) }), '2026-01-15').totals)).to.equal('not-comparable-yet');
    expect(comparisonState(buildModel(series({ current: monthly(2026, [5]), previous: monthly(2025, [0]) })).totals)).to.equal('previous-zero');
    expect(comparisonState(buildModel(series({})).totals)).to.equal('empty');
  });
});

describe('usage rules: CSV', () => {
  it('writes ";" separated UTF-8 with BOM, decimal commas and CRLF for Polish Excel', () => {
    const m = buildModel(
      series({
        current: [{ start: '2026-01-01T00:00:00+01:00', value: 1234.5678 }],
        previous: [{ start: '2025-01-01T00:00:00+01:00', value: 0.1 }],
      }),
    );
    const csv = buildCsv(m, { period: 'Okres', current: 'Zużycie [kWh]', previousPeriod: 'Rok wcześniej', previous: 'Zużycie; rok "wcześniej"' });
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Okres;Zużycie [kWh];Rok wcześniej;"Zużycie; rok ""wcześniej"""');
    // The table's decimals (3 for kWh), not the API's 4.
    expect(lines[1]).to.equal('2026-01;1234,568;2025-01;0,100');
    expect(lines[2]).to.equal('2026-02;;2025-02;');
    expect(lines.length).to.equal(14); // header, 12 months, final empty line after the last CRLF
  });

  it('writes quarter hours with their local time and defuses formulas', () => {
    const m = buildModel(
      series({ granularity: 'quarter_hour', from: '2026-03-02', to: '2026-03-02', current: [{ start: '2026-03-02T14:15:00+01:00', value: 0.0875 }] }),
    );
    expect(buildCsv(m, { period: 'a', current: 'b', previousPeriod: 'c', previous: 'd' }).split('\r\n')[1]).to.equal(
      '2026-03-02 14:15;0,088;2025-03-02 14:15;',
    );
    expect(csvField('=SUM(A1)')).to.equal("'=SUM(A1)");
    expect(csvField('-12')).to.equal('-12');
    expect(csvField('a\nb')).to.equal('"a\nb"');
  });
});

describe('usage labels', () => {
  it('names periods in each language', () => {
    expect(periodLabel('year', '2026-05-01', 'pl')).to.equal('2026');
    expect(periodLabel('month', '2026-10-05', 'pl')).to.equal('październik 2026');
    expect(periodLabel('month', '2026-10-05', 'uk')).to.match(/^жовтень 2026/);
    expect(periodLabel('month', '2026-10-05', 'ru')).to.match(/^октябрь 2026/);
    expect(periodLabel('week', '2026-10-14', 'pl')).to.match(/12.+18 paź 2026/);
    expect(periodLabel('day', '2026-10-14', 'pl')).to.equal('środa, 14 października 2026');
    expect(previousPeriodLabel('month', '2026-10-05', 'pl')).to.equal('październik 2025');
    expect(previousPeriodLabel('week', '2026-10-14', 'pl')).to.match(/12.+18 paź 2025/);
    expect(yearEarlier('2024-02-29')).to.equal('2023-02-28');
    // No sign: the words beside it say "more" or "less" ("0,9% mniej", not "−0,9% mniej").
    expect(formatPercent(12.345, 'pl')).to.equal('12,3%');
    expect(formatPercent(-0.9, 'pl')).to.equal('0,9%');
    expect(formatPercent(-4, 'ru')).to.match(/^4\s?%$/);
    expect(formatPercent(0, 'pl')).to.equal('0%');
  });

  it('labels slots and chooses ticks per span', () => {
    const day = buildModel(sampleSeries({ granularity: 'quarter_hour', from: '2026-10-14', count: 96 }));
    expect(slotTick(day, 0, 'pl')).to.equal('00:00');
    expect(slotTitle(day, 57, 'pl')).to.equal('14 paź 2026, 14:15–14:30');
    expect(slotTitle(day, 95, 'pl')).to.equal('14 paź 2026, 23:45–00:00');
    expect(slotRowLabel(day, 57, 'pl')).to.equal('14:15–14:30');
    expect(tickIndices(day)).to.deep.equal([0, 12, 24, 36, 48, 60, 72, 84]);
    const week = buildModel(sampleSeries({ granularity: 'quarter_hour', from: '2026-10-12', count: 672 }));
    expect(tickIndices(week)).to.deep.equal([0, 96, 192, 288, 384, 480, 576]);
    expect(slotTick(week, 96, 'pl')).to.equal('wt., 13');
    expect(slotRowLabel(week, 97, 'pl')).to.equal('wt., 13 paź, 00:15');
    const year = buildModel(sampleSeries({ granularity: 'quarter_hour', from: '2025-01-01', count: 35_040 }));
    expect(tickIndices(year).length).to.equal(12);
    expect(slotTick(year, tickIndices(year)[1]!, 'pl')).to.equal('1 lut');
    const month = buildModel(sampleSeries({ granularity: 'day', from: '2026-10-01', count: 31 }));
    expect(slotTick(month, 4, 'pl')).to.equal('5');
    expect(slotRowLabel(month, 4, 'pl')).to.equal('pon., 5 paź');
    const months = buildModel(sampleSeries({ granularity: 'month', from: '2026-01-01', count: 12 }));
    expect(slotTick(months, 0, 'uk')).to.equal('січ.');
    expect(slotRowLabel(months, 0, 'ru')).to.equal('январь');
    expect(slotTick(months, 99, 'pl')).to.equal('');
    expect(SAMPLE_POINTS.length).to.equal(3);
  });
});
