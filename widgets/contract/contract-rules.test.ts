import { expect } from '@open-wc/testing';
import { commitmentOf, monthlyTotal } from './contract-rules';
import type { ContractService } from '../core/api/types';

describe('contract rules', () => {
  it('counts the days left of the commitment in Warsaw calendar days', () => {
    expect(commitmentOf({}, '2026-10-15')).to.deep.equal({ kind: 'none' });
    expect(commitmentOf({ commitmentEndsOn: '2026-10-15' }, '2026-10-15')).to.deep.equal({ kind: 'running', until: '2026-10-15', daysLeft: 0 });
    expect(commitmentOf({ commitmentEndsOn: '2026-10-16' }, '2026-10-15')).to.deep.equal({ kind: 'running', until: '2026-10-16', daysLeft: 1 });
    // Across the change to winter time (25 October 2026) a day is still a day.
    expect(commitmentOf({ commitmentEndsOn: '2026-11-01' }, '2026-10-15')).to.deep.equal({ kind: 'running', until: '2026-11-01', daysLeft: 17 });
    expect(commitmentOf({ commitmentEndsOn: '2026-10-14' }, '2026-10-15')).to.deep.equal({ kind: 'ended', on: '2026-10-14' });
  });

  it('sums only monthly prices, in integer minor units, and nothing for mixed currencies', () => {
    const svc = (minor: number | undefined, period: 'month' | 'year' | 'once' = 'month', currency = 'PLN'): ContractService => ({
      id: String(minor),
      name: 'x',
      kind: 'addon',
      includes: [],
      ...(minor === undefined ? {} : { price: { amount: { minor, currency }, period } }),
    });
    expect(monthlyTotal([svc(1299), svc(undefined), svc(990), svc(4900, 'once'), svc(12000, 'year')])).to.deep.equal({ minor: 2289, currency: 'PLN' });
    expect(monthlyTotal([svc(undefined)])).to.equal(undefined);
    expect(monthlyTotal([svc(100), svc(100, 'month', 'EUR')])).to.equal(undefined);
    // 0.1 + 0.2 in złoty would be 0.30000000000000004 as floats.
    expect(monthlyTotal([svc(10), svc(20)])).to.deep.equal({ minor: 30, currency: 'PLN' });
  });
});
