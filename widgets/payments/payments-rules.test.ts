import { expect } from '@open-wc/testing';
import type { TransferDetails } from '../core/api/types';
import { pageCount } from '../core/paging';
import { historyStatus, transferQrText, yearsOffered } from './payments-rules';

const DETAILS: TransferDetails = {
  recipient: { name: 'Energia Polska S.A.', address: 'ul. Prosta 20, 00-850 Warszawa' },
  accountNumber: '61109010140000071219812874',
  title: 'Klient 10004521',
  qr: true,
};
const PLN = (minor: number) => ({ minor, currency: 'PLN' });

describe('payments rules', () => {
  it('a completed payment not yet booked is "being posted"; an unknown status is pending', () => {
    expect(historyStatus({ status: 'completed' })).to.equal('posting');
    expect(historyStatus({ status: 'completed', postedAt: '2026-10-16T06:00:00+02:00' })).to.equal('completed');
    expect(historyStatus({ status: 'refunded' as 'pending' })).to.equal('pending');
    expect(historyStatus({ status: 'expired' })).to.equal('expired');
  });

  it('pages and years', () => {
    expect([0, 1, 10, 11, 100].map((n) => pageCount(n, 10))).to.deep.equal([1, 1, 1, 2, 10]);
    expect(yearsOffered('2026-01-01')).to.deep.equal([2026, 2025, 2024, 2023, 2022]);
  });

  it('the ZBP QR text: NIP empty, PL, NRB, 6-digit grosze, recipient ≤ 20, title ≤ 32', () => {
    expect(transferQrText(DETAILS, PLN(59_961))).to.equal('|PL|61109010140000071219812874|059961|Energia Polska S.A.|Klient 10004521|||');
    const long = { ...DETAILS, recipient: { ...DETAILS.recipient, name: 'Przedsiębiorstwo Wodociągów | Kanalizacji' }, title: 'x'.repeat(40) };
    const fields = transferQrText(long, PLN(100))!.split('|');
    expect(fields[4]).to.have.length.at.most(20);
    expect(fields[4]).not.to.contain('|');
    expect(fields[5]).to.have.length(32);
  });

  it('leaves the amount out above 9 999,99 zł, at zero and in another currency', () => {
    for (const m of [PLN(1_000_000), PLN(0), { minor: 100, currency: 'EUR' }, undefined]) {
      expect(transferQrText(DETAILS, m)!.split('|')[3]).to.equal('');
    }
    expect(transferQrText(DETAILS, PLN(999_999))!.split('|')[3]).to.equal('999999');
  });

  it('never builds a code for an account number that fails mod-97', () => {
    expect(transferQrText({ ...DETAILS, accountNumber: '61109010140000071219812875' }, PLN(1))).to.equal(undefined);
  });
});
