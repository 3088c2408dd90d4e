import { expect } from '@open-wc/testing';
import type { Meter, MeterReading, ReadingSource } from '../core/api/types';
import {
  averageDailyUse,
  checkReading,
  fromMilli,
  invoiceUseOf,
  isRollover,
  meterDisplay,
  photoProblem,
  toMilli,
  useBetween,
  useIntervals,
  windowState,
} from './readings-rules';

const G11: Meter = {
  id: 'm-1',
  number: 'NEW',
  point: 'mp-1',
  medium: 'electricity',
  unit: 'kWh',
  registers: [{ id: 'total', kind: 'total', integerDigits: 5, fractionDigits: 1 }],
};

function reading(date: string, value: string, source: ReadingSource = 'operator', meterNumber = 'NEW'): MeterReading {
  return { id: `r-${date}`, date, source, meterNumber, values: [{ register: 'total', value }] };
}

// 10 kWh a day for 100 days, newest first; an estimate and the old meter's readings must not count.
const HISTORY: MeterReading[] = [
  reading('2026-10-01', '1000', 'customer'),
  reading('2026-09-01', '950', 'estimated'),
  { ...reading('2026-06-23', '0'), event: 'installed' },
  { ...reading('2026-06-23', '88000', 'operator', 'OLD'), event: 'removed' },
  reading('2026-03-01', '86000', 'operator', 'OLD'),
];
const TODAY = '2026-10-11';

function check(value: string, extra: Partial<{ date: string; confirm: ('replacement' | 'rollover' | 'implausible')[]; meter: Meter }> = {}) {
  return checkReading(extra.meter ?? G11, HISTORY, { date: extra.date ?? TODAY, raw: { total: value }, confirm: extra.confirm ?? [] }, TODAY);
}

describe('readings rules', () => {
  it('turns decimal strings into thousandths and back without floats', () => {
    expect(toMilli('12345.6')).to.equal(12_345_600);
    expect(toMilli('0.001')).to.equal(1);
    expect(toMilli('999999999999.999')).to.equal(999_999_999_999_999);
    expect(fromMilli(12_345_600)).to.equal('12345.6');
    expect(fromMilli(1)).to.equal('0.001');
    expect(fromMilli(5_000)).to.equal('5');
  });

  it('counts use past all nines as a roll-over, and believes one only within a tenth of the range', () => {
    const r = { integerDigits: 5 };
    expect(useBetween('99990', '10', r)).to.equal(20_000);
    expect(useBetween('10', '20.5', r)).to.equal(10_500);
    // 10 % of 100 000 is the last believable wrap.
    expect(isRollover('99000', '9000', r)).to.equal(true);
    expect(isRollover('99000', '9000.1', r)).to.equal(false);
    expect(isRollover('10', '20', r)).to.equal(false);
  });

  it('averages the installed meter between its real readings only', () => {
    // 1000 kWh from the installation on 23 June to 1 October (100 days): 10 kWh a day.
    expect(averageDailyUse(G11, G11.registers[0]!, HISTORY)).to.equal(10_000);
    expect(averageDailyUse(G11, G11.registers[0]!, HISTORY.slice(0, 1))).to.equal(undefined);
    expect(averageDailyUse(G11, G11.registers[0]!, [reading('2026-10-01', '5'), reading('2026-10-01', '4')])).to.equal(undefined);
  });

  it('is open on the first and the last day of the window and says when the next opens', () => {
    const window = { opens: '2026-10-20', closes: '2026-10-27' };
    expect(windowState(undefined, TODAY)).to.deep.equal({ open: true });
    expect(windowState(window, '2026-10-19')).to.deep.equal({ open: false, opens: '2026-10-20' });
    expect(windowState(window, '2026-10-20')).to.deep.equal({ open: true });
    expect(windowState(window, '2026-10-27')).to.deep.equal({ open: true });
    expect(windowState(window, '2026-10-28')).to.deep.equal({ open: false });
  });

  it('accepts what people type and gives the canonical value', () => {
    expect(check('1 050,5')).to.deep.equal({ fields: {}, values: [{ register: 'total', value: '1050.5' }], rollover: [] });
  });

  it('refuses empty, malformed and too long values at the register', () => {
    expect(check('').fields).to.deep.equal({ 'values.total': 'required' });
    for (const bad of ['abc', '-5', '12,3,4', ',5']) expect(check(bad).fields, bad).to.deep.equal({ 'values.total': 'invalid_format' });
    expect(check('100000').fields).to.deep.equal({ 'values.total': 'too_many_integer_digits' });
    expect(check('1050,55').fields).to.deep.equal({ 'values.total': 'too_many_fraction_digits' });
  });

  it('refuses a value lower than the last unless a replacement or a believable roll-over is confirmed', () => {
    expect(check('999,9').fields).to.deep.equal({ 'values.total': 'lower_than_last' });
    expect(check('999,9', { confirm: ['replacement'] }).fields).to.deep.equal({});
    // 1000 → 999.9 would be 99 999.9 kWh of use: no roll-over, whatever is confirmed.
    expect(check('999,9', { confirm: ['rollover'] }).fields).to.deep.equal({ 'values.total': 'lower_than_last' });
    const nearNines = [reading('2026-10-01', '99950'), reading('2026-06-23', '98950')];
    const wrapped = checkReading(G11, nearNines, { date: TODAY, raw: { total: '40' }, confirm: [] }, TODAY);
    expect(wrapped).to.deep.include({ fields: { 'values.total': 'lower_than_last' }, rollover: ['total'] });
    expect(checkReading(G11, nearNines, { date: TODAY, raw: { total: '40' }, confirm: ['rollover'] }, TODAY).fields).to.deep.equal({});
    // Equal to the last reading is fine (nothing used).
    expect(check('1000').fields).to.deep.equal({});
  });

  it('asks to confirm more than three times the usual use per day, not exactly three times', () => {
    // 10 days since 1 October at 10 kWh a day: 300 kWh is three times, 300.1 is more.
    expect(check('1300').fields).to.deep.equal({});
    expect(check('1300,1').fields).to.deep.equal({ 'values.total': 'implausible' });
    expect(check('1300,1', { confirm: ['implausible'] }).fields).to.deep.equal({});
    // Read a day earlier, the same use is more per day.
    expect(check('1270,1', { date: '2026-10-10' }).fields).to.deep.equal({ 'values.total': 'implausible' });
  });

  it('refuses a day in the future, before the last reading, or outside the window', () => {
    expect(check('1010', { date: '2026-10-12' }).fields).to.deep.equal({ date: 'in_future' });
    expect(check('1010', { date: '2026-09-30' }).fields).to.deep.equal({ date: 'before_last_reading' });
    expect(check('1010', { date: '2026-10-01' }).fields).to.deep.equal({});
    expect(check('1010', { date: '11.10.2026' }).fields).to.deep.equal({ date: 'invalid_format' });
    const windowed: Meter = { ...G11, window: { opens: '2026-10-20', closes: '2026-10-27' } };
    expect(check('1010', { meter: windowed }).fields).to.deep.equal({ date: 'outside_window' });
  });

  it('checks every register of a two-zone meter on its own', () => {
    const g12: Meter = {
      ...G11,
      registers: [
        { id: 'day', kind: 'day', integerDigits: 6, fractionDigits: 1 },
        { id: 'night', kind: 'night', integerDigits: 6, fractionDigits: 1 },
      ],
    };
    const last: MeterReading = { id: 'r', date: '2026-10-01', source: 'operator', meterNumber: 'NEW', values: [{ register: 'day', value: '500' }, { register: 'night', value: '300' }] };
    const verdict = checkReading(g12, [last], { date: TODAY, raw: { day: '510', night: '' }, confirm: [] }, TODAY);
    expect(verdict.fields).to.deep.equal({ 'values.night': 'required' });
    expect(verdict.values).to.deep.equal([{ register: 'day', value: '510' }]);
  });

  it('takes a first reading without history', () => {
    expect(checkReading(G11, [], { date: TODAY, raw: { total: '5' }, confirm: [] }, TODAY).fields).to.deep.equal({});
  });

  it('sends confirmed readings to verification', () => {
    expect(invoiceUseOf([])).to.equal('next_invoice');
    expect(invoiceUseOf(['rollover'])).to.equal('verification');
  });

  it('limits the photo as the contact form limits attachments', () => {
    const rules = { maxFileBytes: 1000, allowedTypes: ['image/jpeg', 'image/png'] };
    expect(photoProblem({ name: 'a.jpg', size: 1000, type: 'image/jpeg' }, rules)).to.equal(undefined);
    expect(photoProblem({ name: 'a.jpg', size: 1001, type: 'image/jpeg' }, rules)).to.equal('file_too_large');
    expect(photoProblem({ name: 'a.pdf', size: 10, type: 'application/pdf' }, rules)).to.equal('unsupported_type');
  });

  it('shows a value with every digit of the display', () => {
    expect(meterDisplay('2050.5', { integerDigits: 6, fractionDigits: 1 })).to.equal('002050,5');
    expect(meterDisplay('42', { integerDigits: 5, fractionDigits: 3 })).to.equal('00042,000');
    expect(meterDisplay('798', { integerDigits: 5, fractionDigits: 0 })).to.equal('00798');
  });

  it('gives the use between readings, marks estimates and skips the replacement', () => {
    const intervals = useIntervals(G11, HISTORY);
    expect(intervals).to.deep.equal([
      { from: '2026-03-01', to: '2026-06-23', use: { total: 2_000_000 }, estimated: false },
      { from: '2026-06-23', to: '2026-09-01', use: { total: 950_000 }, estimated: true },
      { from: '2026-09-01', to: '2026-10-01', use: { total: 50_000 }, estimated: true },
    ]);
  });
});
