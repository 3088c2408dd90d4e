import { startOfWeek } from '../core/calendar';
import { expect } from '@open-wc/testing';
import type { MeteringPoint, UsageSeries } from '../core/api/types';
import {
  ALL_POINTS,
  availablePeriods,
  buildCsv,
  buildModel,
  changeDirection,
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
  totals,
} from './usage-rules';
import { formatPercent, periodLabel, previousPeriodLabel, slotRowLabel, slotTick, slotTitle, tickIndices, yearEarlier } from './usage-format';
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
    expect(m.slots.length).to.equal(12);
    expect(m.current.slice(0, 4)).to.deep.equal([100, null, 50.5, null]);
    expect(m.previous.slice(0, 4)).to.deep.equal([80, 70, 60.5, null]);
    expect(m.totals.current).to.equal(150.5);
    expect(m.totals.previous).to.equal(210.5);
    // Compared over January and March only (February has no current reading): 150.5 vs 140.5.
    expect(m.totals.changePercent!).to.be.closeTo((10 / 140.5) * 100, 1e-9);
    expect(m.totals.partialComparison).to.equal(false);
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
    expect(m.slots.length).to.equal(29);
    expect(m.current[27]).to.equal(3);
    expect(m.previous[27]).to.equal(5);
    expect(m.current[28]).to.equal(4);
    expect(m.previous[28]).to.equal(null);
    // The other way round: a leap previous year's 29 February has no place in a 28-day February.
    const n = buildModel(
      series({ granularity: 'day', from: '2025-02-01', to: '2025-02-28', previous: [{ start: '2024-02-29T00:00:00+01:00', value: 9 }] }),
    );
    expect(n.previous.every((v) => v === null)).to.equal(true);
  });

  it('keeps quarter hours in order across the autumn clock change (100 intervals)', () => {
    const start = Date.parse('2026-10-24T22:00:00Z'); // local midnight of 25 October (+02:00)
    const current = Array.from({ length: 100 }, (_, i) => ({ start: warsawIso(start + i * 900_000), value: i }));
    const m = buildModel(series({ granularity: 'quarter_hour', from: '2026-10-25', to: '2026-10-25', current }));
    expect(m.slots.length).to.equal(100);
    expect(m.current).to.deep.equal(current.map((r) => r.value));
    expect(m.slots[8]).to.deep.equal({ day: '2026-10-25', time: '02:00', n: 0 });
    expect(m.slots[12]).to.deep.equal({ day: '2026-10-25', time: '02:00', n: 1 });
    expect(m.slots[16]).to.deep.equal({ day: '2026-10-25', time: '03:00', n: 0 });
  });

  it('handles a year of quarter hours (35,040 values) with the previous year aligned', () => {
    const s = sampleSeries({ granularity: 'quarter_hour', from: '2025-01-01', count: 35_040, scale: 0.1 });
    const m = buildModel(s);
    expect(m.totals.readings).to.equal(35_040);
    expect(m.current.filter((v) => v !== null).length).to.equal(35_040);
    // Aligned by wall clock. Last year's clocks changed on other dates: its spring hour that this
    // year skips (4) and its repeated autumn hour (4) get slots of their own; 29 February 2024 (96) has no place.
    expect(m.slots.length).to.equal(35_040 + 8);
    expect(m.previous.filter((v) => v !== null).length).to.equal(35_040 - 96);
    expect(m.slots[0]).to.deep.equal({ day: '2025-01-01', time: '00:00', n: 0 });
  });

  it('finds the extremes and the direction of a change', () => {
    expect(extremes([null, 3, 9, 1, 9])).to.deep.equal({ max: 2, min: 3 });
    expect(extremes([null])).to.equal(undefined);
    expect(changeDirection(0.04)).to.equal('same');
    expect(changeDirection(-0.04)).to.equal('same');
    expect(changeDirection(0.05)).to.equal('up');
    expect(changeDirection(-0.06)).to.equal('down');
    expect(fractionDigits('m3', 'day')).to.equal(3);
    expect(fractionDigits('kWh', 'quarter_hour')).to.equal(3);
    expect(fractionDigits('GB', 'day')).to.equal(2);
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
    expect(lines[1]).to.equal('2026-01;1234,5678;2025-01;0,1');
    expect(lines[2]).to.equal('2026-02;;2025-02;');
    expect(lines.length).to.equal(14); // header, 12 months, final empty line after the last CRLF
  });

  it('writes quarter hours with their local time and defuses formulas', () => {
    const m = buildModel(
      series({ granularity: 'quarter_hour', from: '2026-03-02', to: '2026-03-02', current: [{ start: '2026-03-02T14:15:00+01:00', value: 0.0875 }] }),
    );
    expect(buildCsv(m, { period: 'a', current: 'b', previousPeriod: 'c', previous: 'd' }).split('\r\n')[1]).to.equal(
      '2026-03-02 14:15;0,0875;2025-03-02 14:15;',
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
    expect(formatPercent(12.345, 'pl')).to.equal('+12,3%');
    expect(formatPercent(-4, 'ru')).to.match(/^-4\s?%$/);
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
    // The same in every engine, whatever CLDR version it ships (WebKitGTK's has "січ").
    expect(months.slots.map((_, i) => slotTick(months, i, 'uk')).join(' ')).to.equal('січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.');
    expect(months.slots.map((_, i) => slotTick(months, i, 'ru')).join(' ')).to.equal('янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.');
    expect(slotRowLabel(months, 0, 'ru')).to.equal('январь');
    expect(slotTick(months, 99, 'pl')).to.equal('');
    expect(SAMPLE_POINTS.length).to.equal(3);
  });
});

describe('usage translations', () => {
  const flatten = (o: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('have the same keys in pl, uk and ru, with all four plural forms', async () => {
    const [pl, uk, ru] = await Promise.all([import('./i18n/pl.json'), import('./i18n/uk.json'), import('./i18n/ru.json')]);
    const keys = [pl, uk, ru].map((m) => flatten((m as { default: Record<string, unknown> }).default).sort());
    expect(keys[1]).to.deep.equal(keys[0]);
    expect(keys[2]).to.deep.equal(keys[0]);
    const plurals = new Set(keys[0]!.filter((k) => /_(one|few|many|other)$/.test(k)).map((k) => k.replace(/_(one|few|many|other)$/, '')));
    expect(plurals.size).to.be.greaterThan(0);
    for (const base of plurals) for (const form of ['one', 'few', 'many', 'other']) expect(keys[0]).to.include(`${base}_${form}`);
  });
});
