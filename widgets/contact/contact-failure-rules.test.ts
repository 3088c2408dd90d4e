import { expect } from '@open-wc/testing';
import { checkFailureReport, warsawLocalToUtc } from './contact-failure-rules';

const NOW = Date.parse('2026-10-15T12:00:00+02:00');
const ctx = { pointIds: ['mp-1'], now: NOW };
const report = (r: Partial<Parameters<typeof checkFailureReport>[0]>) => ({ pointId: '', address: '', since: '2026-10-15T06:30:00+02:00', phone: '601 234 567', ...r });

describe('contact-failure-rules', () => {
  it('reads Warsaw wall-clock time whatever the browser zone, across the clock changes', () => {
    expect(warsawLocalToUtc('2026-10-15T06:30')).to.equal(Date.parse('2026-10-15T04:30:00Z'));
    expect(warsawLocalToUtc('2026-12-01T06:30')).to.equal(Date.parse('2026-12-01T05:30:00Z'));
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(warsawLocalToUtc('2026-03-29T01:30')).to.equal(Date.parse('2026-03-29T00:30:00Z'));
    expect(warsawLocalToUtc('2026-03-29T04:00')).to.equal(Date.parse('2026-03-29T02:00:00Z'));
    expect(warsawLocalToUtc('2026-10-25T04:00')).to.equal(Date.parse('2026-10-25T03:00:00Z'));
    expect(warsawLocalToUtc('2026-02-30T10:00')).to.equal(undefined);
    expect(warsawLocalToUtc('2026-10-15T24:00')).to.equal(undefined);
    expect(warsawLocalToUtc('jutro rano')).to.equal(undefined);
  });

  it('wants exactly one of a point of the account and another address', () => {
    expect(checkFailureReport(report({ pointId: 'mp-1' }), ctx)).to.deep.equal({});
    expect(checkFailureReport(report({ address: 'ul. Leśna 6' }), ctx)).to.deep.equal({});
    expect(checkFailureReport(report({}), ctx)).to.deep.equal({ pointId: 'required' });
    expect(checkFailureReport(report({}), { ...ctx, pointIds: [] })).to.deep.equal({ address: 'required' });
    expect(checkFailureReport(report({ pointId: 'mp-2' }), ctx)).to.deep.equal({ pointId: 'invalid_value' });
    expect(checkFailureReport(report({ pointId: 'mp-1', address: 'x' }), ctx)).to.deep.equal({ address: 'invalid_value' });
    expect(checkFailureReport(report({ address: 'a'.repeat(201) }), ctx)).to.deep.equal({ address: 'too_long' });
  });

  it('wants a since that is an instant not in the future (a clock 5 minutes fast is fine), and a phone', () => {
    expect(checkFailureReport(report({ pointId: 'mp-1', since: '' }), ctx)).to.deep.equal({ since: 'required' });
    expect(checkFailureReport(report({ pointId: 'mp-1', since: '2026-10-15T06:30' }), ctx)).to.deep.equal({ since: 'invalid_format' });
    expect(checkFailureReport(report({ pointId: 'mp-1', since: '2026-10-15T12:04:00+02:00' }), ctx)).to.deep.equal({});
    expect(checkFailureReport(report({ pointId: 'mp-1', since: '2026-10-15T12:06:00+02:00' }), ctx)).to.deep.equal({ since: 'invalid_value' });
    expect(checkFailureReport(report({ pointId: 'mp-1', phone: '' }), ctx)).to.deep.equal({ phone: 'required' });
    expect(checkFailureReport(report({ pointId: 'mp-1', phone: '12' }), ctx)).to.deep.equal({ phone: 'invalid_phone' });
  });
});
