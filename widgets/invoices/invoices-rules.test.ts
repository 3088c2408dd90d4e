import { isValidDay, yearRange } from '../core/calendar';
import { expect } from '@open-wc/testing';
import type { Invoice, InvoiceSort, InvoiceStatus } from '../core/api/types';
import {
  ariaSort,
  clampPage,
  dayKey,
  InvoiceIndex,
  isPayable,
  isSort,
  isStatus,
  nextSort,
  pageCount,
  pdfFileName,
  periodOf,
  presetOf,
  prunedSelection,
  rangeProblem,
  summarizeSelection,
} from './invoices-rules';

function inv(id: string, issueDate: string, amount: number, status: InvoiceStatus, extra: Partial<Invoice> = {}): Invoice {
  const remaining = status === 'paid' ? 0 : status === 'partly_paid' ? Math.floor(amount / 2) : amount;
  return {
    id,
    number: `FV/${issueDate.slice(0, 4)}/${issueDate.slice(5, 7)}/${id}`,
    issueDate,
    dueDate: extra.dueDate ?? issueDate,
    amount: { minor: amount, currency: 'PLN' },
    remaining: { minor: remaining, currency: 'PLN' },
    status,
    ...extra,
  };
}

// Newest first, as the API returns them; b and c share a day (the API put b first).
const SAMPLE: Invoice[] = [
  inv('a', '2026-10-12', 28743, 'unpaid', { dueDate: '2026-10-26' }),
  inv('b', '2026-09-12', 31218, 'overdue', { dueDate: '2026-09-26' }),
  inv('c', '2026-09-12', 10000, 'paid', { dueDate: '2026-09-20' }),
  inv('d', '2025-12-31', 99999, 'partly_paid', { dueDate: '2026-11-30' }),
  inv('e', '2025-01-01', 5, 'paid', { dueDate: '2025-01-15' }),
];

const ids = (index: InvoiceIndex, view: Uint32Array) => [...view].map((i) => index.at(i).id);

describe('invoice rules: days and periods', () => {
  it('turns days into ordered integer keys and rejects anything else', () => {
    expect(dayKey('2026-10-05')).to.equal(20261005);
    expect(dayKey('1999-01-31') < dayKey('2000-01-01')).to.equal(true);
    for (const bad of ['2026-1-05', '2026/10/05', '2026-10-0x', '', '20261005xx', '2026-10-0:', '2026-10-0/', '2o26-10-05']) expect(dayKey(bad)).to.be.NaN;
    for (const day of ['2026-10-08', '1999-09-19', '2000-01-01', '0000-00-00']) expect(dayKey(day)).to.equal(Number(day.replace(/-/g, '')));
  });

  it('accepts only real calendar days', () => {
    expect(isValidDay('2024-02-29')).to.equal(true);
    expect(isValidDay('2026-02-29')).to.equal(false);
    expect(isValidDay('2026-13-01')).to.equal(false);
    expect(isValidDay('2026-1-1')).to.equal(false);
    expect(isValidDay(undefined)).to.equal(false);
  });

  it('reads a period as all, a whole year or a custom range', () => {
    expect(periodOf(undefined, undefined)).to.equal('all');
    expect(periodOf('2025-01-01', '2025-12-31')).to.equal(2025);
    expect(periodOf(yearRange(2019).from, yearRange(2019).to)).to.equal(2019);
    expect(periodOf('2025-01-01', '2026-12-31')).to.equal('custom');
    expect(periodOf('2025-01-02', '2025-12-31')).to.equal('custom');
    expect(periodOf('2025-01-01', undefined)).to.equal('custom');
    expect(periodOf(undefined, '2025-12-31')).to.equal('custom');
  });

  it('explains why a range cannot be applied', () => {
    expect(rangeProblem('2026-01-01', '2026-01-01')).to.equal(undefined);
    expect(rangeProblem(undefined, '2026-01-01')).to.equal(undefined);
    expect(rangeProblem('2026-02-30', undefined)).to.equal('invalid_from');
    expect(rangeProblem('2026-02-01', 'jutro')).to.equal('invalid_to');
    expect(rangeProblem('2026-02-02', '2026-02-01')).to.equal('from_after_to');
  });

  it('names status presets and validates values', () => {
    expect(presetOf([])).to.equal('all');
    expect(presetOf(['partly_paid', 'overdue', 'unpaid'])).to.equal('due');
    expect(presetOf(['paid'])).to.equal('paid');
    expect(presetOf(['paid', 'overdue'])).to.equal('custom');
    expect(isSort('-amount')).to.equal(true);
    expect(isSort('amount desc')).to.equal(false);
    expect(isStatus('overdue')).to.equal(true);
    expect(isStatus('cancelled')).to.equal(false);
  });
});

describe('invoice rules: file names', () => {
  it('names the PDF after the invoice number, safe on every file system', () => {
    expect(pdfFileName('FV/2026/10/000123')).to.equal('FV_2026_10_000123.pdf');
    expect(pdfFileName('FK 12:3*?"<>|\\x')).to.equal('FK_12_3_x.pdf');
    expect(pdfFileName('Faktura/Łódź/01')).to.equal('Faktura_Łódź_01.pdf');
    expect(pdfFileName('///')).to.equal('faktura.pdf');
  });
});

describe('invoice rules: the index', () => {
  const index = new InvoiceIndex(SAMPLE);

  it('keeps the API order for newest first, ties included', () => {
    expect(ids(index, index.view({ statuses: [] }, '-issueDate'))).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives the same order whether the input arrives sorted (no sort) or shuffled (sorted)', () => {
    // SAMPLE arrives newest first: the index skips sorting. Reversed and shuffled copies must sort
    // to the same days in the same direction, ties in input order.
    const days = (list: Invoice[], sort: InvoiceSort) => {
      const x = new InvoiceIndex(list);
      return [...x.view({ statuses: [] }, sort)].map((i) => x.at(i).issueDate);
    };
    const reversed = [...SAMPLE].reverse();
    const shuffled = [SAMPLE[2]!, SAMPLE[4]!, SAMPLE[0]!, SAMPLE[3]!, SAMPLE[1]!];
    for (const sort of ['-issueDate', 'issueDate'] as const) {
      expect(days(reversed, sort)).to.deep.equal(days(SAMPLE, sort));
      expect(days(shuffled, sort)).to.deep.equal(days(SAMPLE, sort));
    }
    // Ties keep the input order for newest first: b before c as given, c before b when given so.
    expect(ids(new InvoiceIndex(reversed), new InvoiceIndex(reversed).view({ statuses: [] }, '-issueDate'))).to.deep.equal(['a', 'c', 'b', 'd', 'e']);
  });

  it('sorts 2,000 shuffled amounts with many ties like a stable comparator would', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const list = Array.from({ length: 2000 }, (_, i) => inv(`r${i}`, '2026-01-01', Math.floor(random() * 50), 'unpaid'));
    const x = new InvoiceIndex(list);
    const expected = [...list.keys()].sort((a, b) => list[a]!.amount.minor - list[b]!.amount.minor || b - a);
    expect([...x.view({ statuses: [] }, 'amount')]).to.deep.equal(expected);
    expect([...x.view({ statuses: [] }, '-amount')]).to.deep.equal(expected.reverse());
  });

  it('sorts by issue date, due date and amount in both directions', () => {
    expect(ids(index, index.view({ statuses: [] }, 'issueDate'))).to.deep.equal(['e', 'd', 'c', 'b', 'a']);
    expect(ids(index, index.view({ statuses: [] }, 'dueDate'))).to.deep.equal(['e', 'c', 'b', 'a', 'd']);
    expect(ids(index, index.view({ statuses: [] }, '-dueDate'))).to.deep.equal(['d', 'a', 'b', 'c', 'e']);
    expect(ids(index, index.view({ statuses: [] }, '-amount'))).to.deep.equal(['d', 'b', 'a', 'c', 'e']);
    expect(ids(index, index.view({ statuses: [] }, 'amount'))).to.deep.equal(['e', 'c', 'a', 'b', 'd']);
  });

  it('filters by status and by an inclusive issue-date range', () => {
    expect(ids(index, index.view({ statuses: ['paid'] }, '-issueDate'))).to.deep.equal(['c', 'e']);
    expect(ids(index, index.view({ statuses: ['overdue', 'unpaid', 'partly_paid'] }, '-issueDate'))).to.deep.equal(['a', 'b', 'd']);
    expect(ids(index, index.view({ statuses: [], ...yearRange(2025) }, '-issueDate'))).to.deep.equal(['d', 'e']);
    expect(ids(index, index.view({ statuses: [], from: '2026-09-12', to: '2026-09-12' }, 'amount'))).to.deep.equal(['c', 'b']);
    expect(ids(index, index.view({ statuses: [], from: '2026-09-13' }, '-issueDate'))).to.deep.equal(['a']);
    expect(ids(index, index.view({ statuses: [], to: '2025-06-01' }, '-issueDate'))).to.deep.equal(['e']);
    expect(ids(index, index.view({ statuses: ['paid'], ...yearRange(2024) }, '-issueDate'))).to.deep.equal([]);
  });

  it('lists the years, newest first, and finds invoices by id', () => {
    expect(index.years()).to.deep.equal([2026, 2025]);
    expect(index.get('d')?.number).to.equal('FV/2025/12/d');
    expect(index.indexOf('zzz')).to.equal(undefined);
    expect(index.get('zzz')).to.equal(undefined);
  });

  it('counts and lists the payable invoices in a view', () => {
    const all = index.view({ statuses: [] }, '-issueDate');
    expect(index.countPayable(all)).to.equal(3);
    expect(index.payableIn(all)).to.deep.equal(['a', 'b', 'd']);
    const mask = index.membership(index.view({ statuses: ['paid'] }, '-issueDate'));
    expect([...mask]).to.deep.equal([0, 0, 1, 0, 1]);
    expect(isPayable(SAMPLE[2]!)).to.equal(false);
    expect(isPayable(SAMPLE[3]!)).to.equal(true);
  });

  it('gives the same views and years when the caller vouches for newest first (nothing checked or parsed)', () => {
    // The same lists either way; the second index reads no date for the first, unfiltered view.
    const years = (list: Invoice[]) => {
      const one = (y: number, k: number) => inv(`y${y}-${k}`, `${y}-12-${String(28 - k).padStart(2, '0')}`, 100 + k, k % 3 ? 'paid' : 'unpaid');
      return [2026, 2025, 2023, 2020].flatMap((y, j) => Array.from({ length: 5 + j * 7 }, (_, k) => one(y, k))).concat(list);
    };
    for (const list of [SAMPLE, years([]), years([inv('z', '2019-06-01', 1, 'paid')])]) {
      const checked = new InvoiceIndex(list);
      const vouched = new InvoiceIndex(list, true);
      expect(vouched.years()).to.deep.equal(checked.years());
      const filters = [{ statuses: [] }, { statuses: ['paid' as const] }, { statuses: [], ...yearRange(2025) }];
      for (const sort of ['-issueDate', 'issueDate', '-amount', 'dueDate'] as const) {
        for (const filter of filters) expect([...vouched.view(filter, sort)]).to.deep.equal([...checked.view(filter, sort)]);
      }
      const all = vouched.view({ statuses: [] }, '-issueDate');
      expect([...all]).to.deep.equal([...list.keys()]);
      expect(vouched.view({ statuses: [] }, '-issueDate')).to.equal(all);
      expect(vouched.countPayable(all)).to.equal(list.filter(isPayable).length);
    }
    expect(new InvoiceIndex([], true).years()).to.deep.equal([]);
  });

  it('handles an empty history', () => {
    const empty = new InvoiceIndex([]);
    expect(empty.view({ statuses: [] }, '-amount').length).to.equal(0);
    expect(empty.years()).to.deep.equal([]);
  });

  it('sorts and filters 100,000 invoices', () => {
    const many: Invoice[] = [];
    for (let i = 0; i < 100_000; i++) {
      const day = `20${String(10 + (i % 16)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      many.push(inv(`x${i}`, day, (i * 7919) % 500_000, i % 10 === 0 ? 'unpaid' : 'paid'));
    }
    const big = new InvoiceIndex(many);
    const byAmount = big.view({ statuses: [] }, '-amount');
    expect(byAmount.length).to.equal(100_000);
    for (let k = 1; k < byAmount.length; k++) {
      if (big.at(byAmount[k - 1]!).amount.minor < big.at(byAmount[k]!).amount.minor) throw new Error(`not sorted at ${k}`);
    }
    const unpaid2020 = big.view({ statuses: ['unpaid'], ...yearRange(2020) }, 'issueDate');
    expect(unpaid2020.length).to.equal(many.filter((x) => x.status === 'unpaid' && x.issueDate.startsWith('2020')).length);
    expect(unpaid2020.length).to.be.greaterThan(0);
  });
});

describe('invoice rules: the chosen sum', () => {
  const index = new InvoiceIndex(SAMPLE);

  it('adds what is left to pay in integer minor units and ignores paid or unknown ids', () => {
    const s = summarizeSelection(index, ['a', 'b', 'c', 'nope']);
    expect(s).to.deep.equal({ count: 2, total: { minor: 59961, currency: 'PLN' }, mixedCurrencies: false });
    // Partly paid: only the remaining half.
    expect(summarizeSelection(index, ['d']).total).to.deep.equal({ minor: 49999, currency: 'PLN' });
    expect(summarizeSelection(index, [])).to.deep.equal({ count: 0, total: undefined, mixedCurrencies: false });
  });

  it('refuses to add different currencies', () => {
    const eur = inv('eur', '2026-10-01', 1000, 'unpaid', { remaining: { minor: 1000, currency: 'EUR' } });
    const mixed = new InvoiceIndex([...SAMPLE, eur]);
    const s = summarizeSelection(mixed, ['a', 'eur']);
    expect(s.mixedCurrencies).to.equal(true);
    expect(s.total).to.equal(undefined);
  });

  it('prunes a selection to what is still payable', () => {
    expect([...prunedSelection(index, ['a', 'c', 'gone', 'd'])]).to.deep.equal(['a', 'd']);
  });
});

describe('invoice rules: paging and sort headers', () => {
  it('counts pages and keeps the page in range', () => {
    expect(pageCount(0, 20)).to.equal(1);
    expect(pageCount(20, 20)).to.equal(1);
    expect(pageCount(21, 20)).to.equal(2);
    expect(pageCount(10_000, 20)).to.equal(500);
    expect(pageCount(5, 0)).to.equal(5);
    expect(clampPage(0, 100, 20)).to.equal(1);
    expect(clampPage(7, 100, 20)).to.equal(5);
    expect(clampPage(Number.NaN, 100, 20)).to.equal(1);
    expect(clampPage(3, 100, 20)).to.equal(3);
  });

  it('reports aria-sort and flips the direction on the same column', () => {
    expect(ariaSort('-issueDate', 'issueDate')).to.equal('descending');
    expect(ariaSort('amount', 'amount')).to.equal('ascending');
    expect(ariaSort('amount', 'dueDate')).to.equal('none');
    expect(nextSort('-issueDate', 'amount')).to.equal('-amount');
    expect(nextSort('-amount', 'amount')).to.equal('amount');
    expect(nextSort('amount', 'amount')).to.equal('-amount');
  });
});
