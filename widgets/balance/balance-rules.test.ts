import { expect } from '@open-wc/testing';
import type { BalanceDocument, BalanceSummary } from '../core/api/types';
import {
  balanceFigures,
  balanceTone,
  isOverdue,
} from './balance-rules';
import { warsawDay } from '../core/calendar';

let seq = 0;
function doc(dueDate: string, remaining: number, extra: Partial<BalanceDocument> = {}): BalanceDocument {
  seq++;
  return {
    id: `inv-${seq}`,
    number: `FV/2026/01/${String(seq).padStart(6, '0')}`,
    issueDate: '2026-01-01',
    dueDate,
    amount: { minor: remaining, currency: 'PLN' },
    remaining: { minor: remaining, currency: 'PLN' },
    ...extra,
  };
}

function summary(documents: BalanceDocument[], credit = 0): BalanceSummary {
  return {
    currency: 'PLN',
    documents,
    credit: { minor: credit, currency: 'PLN' },
    paymentLimit: { minor: 430_000, currency: 'PLN' },
    asOf: '2026-01-15T14:20:00+01:00',
  };
}

describe('balance rules: due today vs overdue across Warsaw midnight', () => {
  it('is the Warsaw calendar day, not the UTC one, in winter (UTC+1)', () => {
    expect(warsawDay(new Date('2026-01-14T22:59:59Z'))).to.equal('2026-01-14');
    expect(warsawDay(new Date('2026-01-14T23:00:00Z'))).to.equal('2026-01-15');
  });

  it('is the Warsaw calendar day in summer (UTC+2)', () => {
    expect(warsawDay(new Date('2026-07-14T21:59:59Z'))).to.equal('2026-07-14');
    expect(warsawDay(new Date('2026-07-14T22:00:00Z'))).to.equal('2026-07-15');
  });

  it('crosses midnight correctly on the night clocks go forward (29 March 2026)', () => {
    // 28 March is still CET: local midnight of 29 March is 23:00 UTC on the 28th.
    const before = warsawDay(new Date('2026-03-28T22:59:59Z'));
    const after = warsawDay(new Date('2026-03-28T23:00:00Z'));
    expect([before, after]).to.deep.equal(['2026-03-28', '2026-03-29']);
    const due = doc('2026-03-28', 100);
    expect(balanceTone(summary([due]), before)).to.equal('neutral');
    expect(balanceTone(summary([due]), after)).to.equal('debt');
    // …and midnight of 30 March is already CEST: 22:00 UTC on the 29th.
    expect(warsawDay(new Date('2026-03-29T21:59:59Z'))).to.equal('2026-03-29');
    expect(warsawDay(new Date('2026-03-29T22:00:00Z'))).to.equal('2026-03-30');
  });

  it('crosses midnight correctly around the night clocks go back (25 October 2026)', () => {
    // Midnight starting 25 October is CEST (22:00 UTC on the 24th)…
    expect(warsawDay(new Date('2026-10-24T21:59:59Z'))).to.equal('2026-10-24');
    expect(warsawDay(new Date('2026-10-24T22:00:00Z'))).to.equal('2026-10-25');
    // …midnight starting 26 October is CET (23:00 UTC on the 25th).
    const lateOn25 = warsawDay(new Date('2026-10-25T22:59:59Z'));
    const midnight26 = warsawDay(new Date('2026-10-25T23:00:00Z'));
    expect([lateOn25, midnight26]).to.deep.equal(['2026-10-25', '2026-10-26']);
    const due = doc('2026-10-25', 100);
    expect(balanceTone(summary([due]), lateOn25)).to.equal('neutral');
    expect(balanceTone(summary([due]), midnight26)).to.equal('debt');
  });
});

describe('balance rules: the colour', () => {
  const today = '2026-01-15';

  it('a document due today is not overdue; one due yesterday is', () => {
    expect(isOverdue(doc('2026-01-15', 1), today)).to.equal(false);
    expect(isOverdue(doc('2026-01-14', 1), today)).to.equal(true);
    expect(balanceTone(summary([doc('2026-01-15', 100)]), today)).to.equal('neutral');
    expect(balanceTone(summary([doc('2026-01-14', 100)]), today)).to.equal('debt');
  });

  it('compares calendar days across month and year ends', () => {
    expect(isOverdue(doc('2025-12-31', 1), '2026-01-01')).to.equal(true);
    expect(isOverdue(doc('2026-02-01', 1), '2026-01-31')).to.equal(false);
  });

  it('red wins over a credit that covers everything', () => {
    expect(balanceTone(summary([doc('2026-01-14', 100)], 1_000_000), today)).to.equal('debt');
  });

  it('red when only one of several documents is overdue', () => {
    expect(balanceTone(summary([doc('2026-01-14', 100), doc('2026-02-01', 100)]), today)).to.equal('debt');
  });

  it('blue when the credit equals the unpaid total', () => {
    expect(balanceTone(summary([doc('2026-01-20', 10_000), doc('2026-02-20', 5_000)], 15_000), today)).to.equal('credit');
  });

  it('neutral when the credit is one grosz below the unpaid total', () => {
    expect(balanceTone(summary([doc('2026-01-20', 10_000), doc('2026-02-20', 5_000)], 14_999), today)).to.equal('neutral');
  });

  it('blue when the credit is one grosz above the unpaid total', () => {
    expect(balanceTone(summary([doc('2026-01-20', 10_000), doc('2026-02-20', 5_000)], 15_001), today)).to.equal('credit');
  });

  it('blue with a credit and nothing unpaid', () => {
    expect(balanceTone(summary([], 1), today)).to.equal('credit');
  });

  it('neutral with nothing to pay and no credit', () => {
    expect(balanceTone(summary([], 0), today)).to.equal('neutral');
  });

  it('neutral with only upcoming documents and no credit', () => {
    expect(balanceTone(summary([doc('2026-01-15', 100), doc('2026-01-30', 100)]), today)).to.equal('neutral');
  });

  it('refuses to add amounts in different currencies', () => {
    const eur = doc('2026-01-20', 100, { remaining: { minor: 100, currency: 'EUR' } });
    expect(() => balanceTone(summary([eur]), today)).to.throw(RangeError);
  });
});

describe('balance rules: figures', () => {
  const today = '2026-01-15';

  it('sums the overdue documents and counts them', () => {
    const f = balanceFigures(summary([doc('2026-01-10', 28_743), doc('2026-01-14', 31_218), doc('2026-01-29', 100)]), today);
    expect(f.tone).to.equal('debt');
    expect(f.overdue).to.deep.equal({ total: { minor: 59_961, currency: 'PLN' }, count: 2 });
    expect(f.unpaid.minor).to.equal(60_061);
    expect(f.toPay.minor).to.equal(60_061);
    expect(f.invoiceIds).to.have.length(3);
  });

  it('the next payment is the earliest day from today on, with every document due that day', () => {
    const a = doc('2026-02-01', 500);
    const b = doc('2026-01-15', 200);
    const c = doc('2026-01-15', 300);
    const f = balanceFigures(summary([a, b, c, doc('2026-01-14', 1)]), today);
    expect(f.next?.dueDate).to.equal('2026-01-15');
    expect(f.next?.amount.minor).to.equal(500);
    expect(f.next?.documents.map((d) => d.id)).to.deep.equal([b.id, c.id]);
  });

  it('the next payment is covered when the credit is at least its amount and nothing is overdue', () => {
    const next = (docs: BalanceDocument[], credit: number) => balanceFigures(summary(docs, credit), today).next?.covered;
    expect(next([doc('2026-01-20', 18_937)], 25_000)).to.equal(true);
    expect(next([doc('2026-01-20', 18_937)], 18_937)).to.equal(true);
    expect(next([doc('2026-01-20', 18_937)], 18_936)).to.equal(false);
    expect(next([doc('2026-01-20', 18_937)], 0)).to.equal(false);
    // The next one covered, later ones not: still covered (the tile is neutral, not blue).
    expect(next([doc('2026-01-20', 5_000), doc('2026-02-20', 9_000)], 6_000)).to.equal(true);
    // Something overdue takes the credit first: the next one is not presented as covered.
    expect(next([doc('2026-01-10', 1_000), doc('2026-01-20', 5_000)], 100_000)).to.equal(false);
  });

  it('no next payment when everything is overdue or nothing is unpaid', () => {
    expect(balanceFigures(summary([doc('2026-01-01', 1)]), today).next).to.equal(undefined);
    expect(balanceFigures(summary([]), today).next).to.equal(undefined);
  });

  it('deducts the credit from what to pay, never below zero', () => {
    expect(balanceFigures(summary([doc('2026-01-20', 14_290)], 2_000), today).toPay.minor).to.equal(12_290);
    expect(balanceFigures(summary([doc('2026-01-20', 18_937)], 25_000), today).toPay.minor).to.equal(0);
  });
});
