import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  addYears,
  dayOfWeek,
  daysBetween,
  dayToDate,
  dayToUtcMs,
  endOfMonth,
  formatWarsaw,
  isValidDay,
  maxDay,
  minDay,
  monthRange,
  monthsBetween,
  quarterHoursOf,
  startOfMonth,
  startOfWeek,
  warsawDay,
  warsawHour,
  warsawMidnightUtc,
  warsawOffsetMinutes,
  yearRange,
} from './calendar';

describe('calendar: days', () => {
  it('accepts only real calendar days', () => {
    expect(isValidDay('2024-02-29')).to.equal(true);
    expect(isValidDay('2026-02-29')).to.equal(false);
    expect(isValidDay('2026-13-01')).to.equal(false);
    expect(isValidDay('2026-04-31')).to.equal(false);
    expect(isValidDay('2026-1-1')).to.equal(false);
    expect(isValidDay('12/01/2026')).to.equal(false);
    expect(isValidDay(undefined)).to.equal(false);
    expect(() => dayToUtcMs('25.10.2026')).to.throw(RangeError, 'Not a calendar day');
    expect(dayToDate('2026-10-25').toISOString()).to.equal('2026-10-25T12:00:00.000Z');
  });

  it('adds days, months and years, clamping months to their last day', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2026-10-24', 2)).to.equal('2026-10-26'); // the 25-hour day is one day
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2026-03-15', -3)).to.equal('2025-12-15');
    expect(addYears('2024-02-29', 1)).to.equal('2025-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-12-01', '2026-11-30')).to.equal(-1);
    expect(monthsBetween('2025-11-30', '2026-02-01')).to.equal(3);
  });

  it('knows weeks, months and years', () => {
    expect(dayOfWeek('2026-12-01')).to.equal(2); // a Tuesday
    expect(startOfWeek('2026-11-23')).to.equal('2026-11-23'); // a Monday stays
    expect(startOfWeek('2026-11-22')).to.equal('2026-11-16'); // a Sunday belongs to the week before
    expect(startOfMonth('2026-02-17')).to.equal('2026-02-01');
    expect(endOfMonth('2024-02-10')).to.equal('2024-02-29');
    expect(monthRange('2026-12-05')).to.deep.equal({ from: '2026-12-01', to: '2026-12-31' });
    expect(yearRange(2026)).to.deep.equal({ from: '2026-01-01', to: '2026-12-31' });
    expect([minDay('2026-01-02', '2025-12-31'), maxDay('2026-01-02', '2025-12-31')]).to.deep.equal(['2025-12-31', '2026-01-02']);
  });
});

describe('calendar: today in Warsaw', () => {
  it('is the Warsaw calendar day, not the UTC one, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(warsawDay(new Date('2026-01-14T22:59:59Z'))).to.equal('2026-01-14');
    expect(warsawDay(new Date('2026-01-14T23:00:00Z'))).to.equal('2026-01-15');
    expect(warsawDay(new Date('2026-07-14T21:59:59Z'))).to.equal('2026-07-14');
    expect(warsawDay(Date.UTC(2026, 6, 14, 22, 0))).to.equal('2026-07-15');
    expect(warsawDay(Date.UTC(2026, 11, 31, 23, 30))).to.equal('2027-01-01');
  });

  it('crosses midnight right on the nights the clocks change', () => {
    expect(warsawDay(new Date('2026-03-28T22:59:59Z'))).to.equal('2026-03-28');
    expect(warsawDay(new Date('2026-03-28T23:00:00Z'))).to.equal('2026-03-29');
    expect(warsawDay(new Date('2026-03-29T22:00:00Z'))).to.equal('2026-03-30');
    expect(warsawDay(new Date('2026-10-24T22:00:00Z'))).to.equal('2026-10-25');
    expect(warsawDay(new Date('2026-10-25T22:59:59Z'))).to.equal('2026-10-25');
    expect(warsawDay(new Date('2026-10-25T23:00:00Z'))).to.equal('2026-10-26');
  });

  it('is always a YYYY-MM-DD day, whatever the engine formats en-CA or en-GB as', () => {
    // WebKitGTK's ICU 72 formats en-CA as 12/01/2026; formatToParts is the same everywhere.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 86_400_000 + 3_600_000) {
      expect(isValidDay(warsawDay(t)), String(t)).to.equal(true);
    }
  });
});

describe('calendar: Warsaw wall clock and quarter hours', () => {
  it('knows the offset on both sides of each clock change', () => {
    expect(warsawOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).to.equal(60);
    expect(warsawOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).to.equal(120);
    expect(warsawOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59))).to.equal(120);
    expect(warsawOffsetMinutes(Date.UTC(2026, 9, 25, 1, 0))).to.equal(60);
    expect(warsawHour(Date.UTC(2026, 2, 29, 1, 0))).to.equal(3); // 02:00 never happens
  });

  it('gives 92 quarter hours on the spring day, 100 on the autumn day and 96 otherwise', () => {
    expect(quarterHoursOf('2026-03-29')).to.equal(92);
    expect(quarterHoursOf('2026-10-25')).to.equal(100);
    expect(quarterHoursOf('2026-10-26')).to.equal(96);
    expect(quarterHoursOf('2026-12-01')).to.equal(96);
    expect(new Date(warsawMidnightUtc('2026-07-01')).toISOString()).to.equal('2026-06-30T22:00:00.000Z');
    expect(new Date(warsawMidnightUtc('2026-12-01')).toISOString()).to.equal('2026-11-30T23:00:00.000Z');
  });

  it('writes instants with the Warsaw offset', () => {
    expect(formatWarsaw(Date.UTC(2026, 8, 30, 22, 0))).to.equal('2026-10-01T00:00:00+02:00');
    expect(formatWarsaw(Date.UTC(2026, 9, 25, 0, 30))).to.equal('2026-10-25T02:30:00+02:00');
    expect(formatWarsaw(Date.UTC(2026, 9, 25, 1, 30))).to.equal('2026-10-25T02:30:00+01:00');
  });
});
