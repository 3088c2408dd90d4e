import { expect } from '@open-wc/testing';
import {
  coversDocuments,
  FIRST_POLL_MS,
  GIVE_UP_MS,
  isUnsuccessful,
  knownStatus,
  MAX_POLL_MS,
  nextPoll,
  pollDelay,
  readReturnMarker,
  returnUrlOf,
} from './payment-rules';

describe('payment rules after the gateway', () => {
  it('reads the marker and gives the address without it (other parameters and the fragment stay)', () => {
    const m = readReturnMarker('https://www.operator.pl/ebok?tab=faktury&ebok-payment=pay-000123#saldo');
    expect(m).to.deep.equal({ id: 'pay-000123', cleanUrl: 'https://www.operator.pl/ebok?tab=faktury#saldo' });
    expect(readReturnMarker('https://www.operator.pl/ebok?tab=1')).to.deep.equal({ id: undefined, cleanUrl: undefined });
  });

  it('drops a tampered, empty or doubled marker, but still cleans the address', () => {
    for (const bad of ['%3Cscript%3E', '', '..%2Fsession', 'a'.repeat(65), 'pay-1&ebok-payment=pay-2', '-pay']) {
      const m = readReturnMarker(`https://www.operator.pl/ebok?ebok-payment=${bad}`);
      expect(m.id, bad).to.equal(undefined);
      expect(m.cleanUrl, bad).to.equal('https://www.operator.pl/ebok');
    }
    expect(readReturnMarker('https://x.pl/?ebok-payment=pay_5c1e8a.2').id).to.equal('pay_5c1e8a.2');
  });

  it('the return address is this page without an earlier marker and without the fragment', () => {
    expect(returnUrlOf('https://www.operator.pl/ebok?a=1&ebok-payment=pay-1#faktury')).to.equal('https://www.operator.pl/ebok?a=1');
    expect(returnUrlOf('https://www.operator.pl/ebok')).to.equal('https://www.operator.pl/ebok');
    // The account paid for travels in the return address, once; an earlier one is replaced.
    expect(returnUrlOf('https://www.operator.pl/ebok?ebok-account=a-old&a=1', 'a-1001-el')).to.equal('https://www.operator.pl/ebok?a=1&ebok-account=a-1001-el');
  });

  it('reads the account paid for beside the marker, and drops a doubled or implausible one', () => {
    expect(readReturnMarker('https://x.pl/e?ebok-account=a-1001-el&ebok-payment=pay-1')).to.deep.equal({ id: 'pay-1', account: 'a-1001-el', cleanUrl: 'https://x.pl/e' });
    expect(readReturnMarker('https://x.pl/e?ebok-account=a&ebok-account=b&ebok-payment=pay-1')).to.deep.equal({ id: 'pay-1', cleanUrl: 'https://x.pl/e' });
    expect(readReturnMarker('https://x.pl/e?ebok-account=%3Cb%3E&ebok-payment=pay-1').account).to.equal(undefined);
    // An account without a payment marker is stripped and ignored.
    expect(readReturnMarker('https://x.pl/e?ebok-account=a-1')).to.deep.equal({ id: undefined, cleanUrl: 'https://x.pl/e' });
  });

  it('backs off 2, 4, 8, 16, then 30 s; a longer Retry-After wins, a shorter one does not', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map((a) => pollDelay(a))).to.deep.equal([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(pollDelay(-1)).to.equal(FIRST_POLL_MS);
    expect(pollDelay(0, 20)).to.equal(20_000);
    expect(pollDelay(4, 5)).to.equal(MAX_POLL_MS);
    expect(pollDelay(4, 120)).to.equal(120_000);
  });

  it('gives up when the next poll would come after 10 minutes since the return', () => {
    expect(nextPoll(5, GIVE_UP_MS - MAX_POLL_MS)).to.equal(MAX_POLL_MS);
    expect(nextPoll(5, GIVE_UP_MS - MAX_POLL_MS + 1)).to.equal('give-up');
    expect(nextPoll(0, 0)).to.equal(FIRST_POLL_MS);
    expect(nextPoll(0, GIVE_UP_MS - 60_000, 120)).to.equal('give-up');
  });

  it('a status it does not know is pending, never paid', () => {
    expect(knownStatus('authorised')).to.equal('pending');
    expect(knownStatus('')).to.equal('pending');
    for (const s of ['pending', 'completed', 'failed', 'cancelled', 'expired']) expect(knownStatus(s)).to.equal(s);
    expect(['failed', 'cancelled', 'expired', 'completed', 'pending', 'weird'].map(isUnsuccessful)).to.deep.equal([true, true, true, false, false, false]);
  });

  it('a payment covers its documents while pending (or unknown) and while completed but not posted', () => {
    expect(coversDocuments({ status: 'pending' })).to.equal(true);
    expect(coversDocuments({ status: 'weird' as 'pending' })).to.equal(true);
    expect(coversDocuments({ status: 'completed' })).to.equal(true);
    expect(coversDocuments({ status: 'completed', postedAt: '2026-10-16T06:00:00+02:00' })).to.equal(false);
    for (const s of ['failed', 'cancelled', 'expired'] as const) expect(coversDocuments({ status: s })).to.equal(false);
  });
});
