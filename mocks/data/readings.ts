/**
 * Meters of the personas' metering points and their reading histories, built from the same daily
 * use as the usage series (dailyUsage), so a reading minus the one before equals what the usage
 * chart shows for those days. Histories include estimated readings and, on Jan's house, one meter
 * replacement; Olena's water company takes readings only inside a window (closed today).
 */
import type { Meter, MeterReading, MeterRegister, ReadingPhotoRules, ReadingSource } from '../../widgets/core/api/types';
import { fromMilli } from '../../widgets/readings/readings-rules';
import { CONTACT_OPTIONS } from './contact';
import { addDays, addMonths, endOfMonth, startOfMonth } from './dates';
import { hashUnit, seedFrom } from './random';
import { dailyUsage, type UsageSource } from './usage';

/** The photo takes the operator's attachment limits, for the image types among them. */
export const READING_PHOTO_RULES: ReadingPhotoRules = {
  maxFileBytes: CONTACT_OPTIONS.attachments.maxFileBytes,
  allowedTypes: CONTACT_OPTIONS.attachments.allowedTypes.filter((t) => t.startsWith('image/')),
};

interface RegisterSpec extends MeterRegister {
  /** Share of the point's daily use (day/night zones), or the energy a prosumer returns. */
  share: number | 'export';
  /** Value at the first day of the history, in units… */
  start?: number;
  /** …or the value of the newest reading (the start is worked out from the use in between). */
  endsAt?: number;
}

interface MeterSpec {
  id: string;
  number: string;
  point: string;
  tariff?: string;
  registers: RegisterSpec[];
  /** Readings every this many months (the last day of the month). */
  everyMonths: number;
  /** The sources in turn, oldest first. */
  sources: readonly ReadingSource[];
  /** This meter replaced another this many months ago; the old one's readings come first. */
  replaced?: { number: string; monthsAgo: number };
  /** Days from today the reading window opens and closes (a window closed today when > 0). */
  window?: { opensIn: number; closesIn: number };
}

/** A single-register meter (G11, water, gas): the whole use on one register, from `start` or ending at `endsAt`. */
const total = (integerDigits: number, fractionDigits: number, at: Pick<RegisterSpec, 'start'> | Pick<RegisterSpec, 'endsAt'>): RegisterSpec[] => [
  { id: 'total', kind: 'total', integerDigits, fractionDigits, share: 1, ...at },
];

const METERS: readonly MeterSpec[] = [
  {
    id: 'm-1001-1',
    number: '93512877',
    point: 'mp-1001-1',
    tariff: 'G12',
    registers: [
      { id: 'day', kind: 'day', code: '1.8.1', integerDigits: 6, fractionDigits: 1, share: 0.62, start: 18_204.3 },
      { id: 'night', kind: 'night', code: '1.8.2', integerDigits: 6, fractionDigits: 1, share: 0.38, start: 9_877.1 },
    ],
    everyMonths: 2,
    sources: ['operator', 'estimated', 'customer', 'operator', 'estimated', 'operator'],
    replaced: { number: '90177341', monthsAgo: 9 },
  },
  {
    // Five digits and close to all nines: the next reading rolls over.
    id: 'm-1001-2',
    number: '40233518',
    point: 'mp-1001-2',
    tariff: 'G11',
    registers: total(5, 1, { endsAt: 99_871.6 }),
    everyMonths: 6,
    sources: ['operator', 'estimated', 'customer'],
  },
  {
    id: 'm-1001-3',
    number: 'WM-2019-00871',
    point: 'mp-1001-3',
    registers: total(5, 0, { start: 412 }),
    everyMonths: 3,
    sources: ['operator', 'customer', 'estimated', 'operator'],
  },
  {
    // A prosumer's bidirectional meter: 1.8.0 taken from the grid, 2.8.0 returned to it.
    id: 'm-1002-1',
    number: '1LGZ0117745',
    point: 'mp-1002-1',
    tariff: 'G11',
    registers: [
      { id: '1.8.0', kind: 'import', code: '1.8.0', integerDigits: 6, fractionDigits: 1, share: 1, start: 7_412.6 },
      { id: '2.8.0', kind: 'export', code: '2.8.0', integerDigits: 6, fractionDigits: 1, share: 'export', start: 3_102.9 },
    ],
    everyMonths: 1,
    sources: ['remote', 'remote', 'estimated', 'remote'],
  },
  {
    id: 'm-1003-1',
    number: '61190422',
    point: 'mp-1003-1',
    tariff: 'G11',
    registers: total(6, 1, { start: 23_551.2 }),
    everyMonths: 2,
    sources: ['operator', 'customer', 'estimated'],
  },
  {
    id: 'm-1003-2',
    number: 'G4-0091844',
    point: 'mp-1003-2',
    tariff: 'W-3.6',
    registers: total(5, 3, { start: 4_210.518 }),
    everyMonths: 1,
    sources: ['customer', 'estimated', 'customer', 'operator'],
  },
  {
    id: 'm-1004-1',
    number: 'WM-54202-4821',
    point: 'mp-1004-1',
    registers: total(5, 0, { start: 188 }),
    everyMonths: 2,
    sources: ['operator', 'estimated', 'customer'],
    window: { opensIn: 6, closesIn: 12 },
  },
];

/** Energy a small roof installation returns on a day: much in summer, little in winter. */
function exported(source: UsageSource, day: string): number {
  const month = Number(day.slice(5, 7));
  const season = [0.4, 0.9, 2.2, 3.8, 5.0, 5.4, 5.6, 4.9, 3.4, 1.9, 0.7, 0.3][month - 1] ?? 1;
  return season * (0.6 + 0.8 * hashUnit(seedFrom(`${source.id}/pv`), Number(day.replaceAll('-', ''))));
}

const MILLI = 1000;

/** A register's value in thousandths, rounded down to the digits it shows (a meter never rounds up). */
function shown(milli: number, register: MeterRegister): string {
  const step = 10 ** (3 - register.fractionDigits);
  const span = 10 ** register.integerDigits * MILLI;
  return fromMilli(Math.floor((milli % span) / step) * step);
}

function readingDays(first: string, lastDay: string, everyMonths: number): string[] {
  const days: string[] = [];
  // The newest reading closes the last whole month; the others go back in steps.
  for (let month = startOfMonth(addMonths(startOfMonth(lastDay), -1)); month >= first; month = addMonths(month, -everyMonths)) {
    days.push(endOfMonth(month));
  }
  return days.reverse();
}

export interface MeterFixture {
  meter: Meter;
  /** Newest first. */
  history: MeterReading[];
}

function buildMeter(spec: MeterSpec, source: UsageSource, medium: Meter['medium'], unit: Meter['unit'], today: string): MeterFixture {
  const days = readingDays(source.firstDay, source.lastDay, spec.everyMonths);
  const replacedOn = spec.replaced ? endOfMonth(addMonths(today, -spec.replaced.monthsAgo)) : undefined;
  const newest = days[days.length - 1] ?? source.firstDay;
  const totals = spec.registers.map((r) => {
    if (r.endsAt === undefined) return (r.start ?? 0) * MILLI;
    let used = 0;
    for (let d = source.firstDay; d <= newest; d = addDays(d, 1)) used += Math.round(dailyUsage(source, d) * MILLI);
    return r.endsAt * MILLI - used;
  });
  let day = source.firstDay;
  let previous: MeterReading | undefined;
  const history: MeterReading[] = [];
  const advance = (until: string): void => {
    for (; day <= until; day = addDays(day, 1)) {
      spec.registers.forEach((r, i) => {
        const use = r.share === 'export' ? exported(source, day) : dailyUsage(source, day) * r.share;
        totals[i]! += Math.round(use * MILLI);
      });
    }
  };
  const push = (date: string, meterNumber: string, src: ReadingSource, values: string[], event?: 'installed' | 'removed'): void => {
    const reading: MeterReading = {
      id: `r-${spec.id.slice(2)}-${history.length + 1}`,
      date,
      source: src,
      meterNumber,
      values: spec.registers.map((r, i) => ({ register: r.id, value: values[i]! })),
      ...(event ? { event } : {}),
    };
    history.push(reading);
    previous = reading;
  };
  let replaced = false;
  days.forEach((date, n) => {
    if (replacedOn && !replaced && date >= replacedOn) {
      advance(replacedOn);
      push(replacedOn, spec.replaced!.number, 'operator', spec.registers.map((r, i) => shown(totals[i]!, r)), 'removed');
      // The new meter starts from zero on the day it is installed.
      totals.fill(0);
      push(replacedOn, spec.number, 'operator', spec.registers.map(() => '0'), 'installed');
      replaced = true;
      // The fitter's reading of the old meter is that day's reading.
      if (date === replacedOn) return;
    }
    advance(date);
    const src = spec.sources[n % spec.sources.length]!;
    const meterNumber = replacedOn && !replaced ? spec.replaced!.number : spec.number;
    // An estimate is a forecast: lower than what was really used, never below the last reading.
    const values = spec.registers.map((r, i) => {
      if (src !== 'estimated' || !previous) return shown(totals[i]!, r);
      const before = Number(previous.values[i]!.value) * MILLI;
      return shown(before + Math.max(0, totals[i]! - before) * 0.85, r);
    });
    push(date, meterNumber, src, values);
  });
  history.reverse();
  const meter: Meter = {
    id: spec.id,
    number: spec.number,
    point: spec.point,
    medium,
    unit,
    ...(spec.tariff ? { tariff: spec.tariff } : {}),
    registers: spec.registers.map(({ id, kind, code, integerDigits, fractionDigits }): MeterRegister => ({ id, kind, ...(code ? { code } : {}), integerDigits, fractionDigits })),
    ...(spec.window ? { window: { opens: addDays(today, spec.window.opensIn), closes: addDays(today, spec.window.closesIn) } } : {}),
  };
  return { meter, history };
}

/** The meters of a customer's points (index-aligned sources), with histories newest first. */
export function buildMeters(points: readonly { id: string; medium: Meter['medium']; unit: Meter['unit'] }[], sources: readonly UsageSource[], today: string): MeterFixture[] {
  const out: MeterFixture[] = [];
  points.forEach((p, i) => {
    const source = sources[i];
    if (!source) return;
    for (const spec of METERS.filter((m) => m.point === p.id)) out.push(buildMeter(spec, source, p.medium, p.unit, today));
  });
  return out;
}
