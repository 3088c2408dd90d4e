import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  buildFixtures,
  buildInvoicePdf,
  formatWarsaw,
  invoicePdfFilename,
  maskPhone,
  todayInWarsaw,
  warsawMidnightUtc,
} from './data';

describe('mock fixtures', () => {
  it('are deterministic for a given day', () => {
    const a = buildFixtures('2026-10-15');
    const b = buildFixtures('2026-10-15');
    for (let i = 0; i < a.customers.length; i++) {
      const ca = a.customers[i]!;
      const cb = b.customers[i]!;
      if (ca.persona.key === 'archiwum') continue;
      expect(ca.invoices()).to.deep.equal(cb.invoices());
      expect(ca.tickets).to.deep.equal(cb.tickets);
    }
  });

  it('build the archive of 10 000 invoices once and keep them', () => {
    const archive = buildFixtures('2026-10-15').customers.find((c) => c.persona.key === 'archiwum')!;
    const invoices = archive.invoices();
    expect(invoices).to.have.length(10_000);
    expect(archive.invoices()).to.equal(invoices);
    expect(new Set(invoices.map((i) => i.id)).size).to.equal(10_000);
    expect(new Set(invoices.map((i) => i.number)).size).to.equal(10_000);
  });

  it('keep the same statuses whatever day of the month it is', () => {
    for (const today of ['2026-01-01', '2026-02-28', '2026-03-31', '2026-07-15', '2026-12-31']) {
      const jan = buildFixtures(today).customers[0]!;
      const statuses = jan.invoices().map((i) => i.status);
      expect(statuses.slice(0, 2), today).to.deep.equal(['unpaid', 'overdue']);
      expect(statuses.slice(2).every((s) => s === 'paid'), today).to.equal(true);
      expect(jan.invoices()[0]!.issueDate).to.equal(addDays(today, -3));
      expect(jan.invoices()[23]!.issueDate).to.equal(addMonths(addDays(today, -3), -23));
    }
  });

  it('know today in Warsaw, not in UTC', () => {
    expect(todayInWarsaw(new Date('2026-10-14T22:30:00Z'))).to.equal('2026-10-15');
    expect(todayInWarsaw(new Date('2026-01-14T22:30:00Z'))).to.equal('2026-01-14');
    expect(todayInWarsaw(new Date('2026-01-14T23:30:00Z'))).to.equal('2026-01-15');
  });

  it('format Warsaw instants with the right offset around clock changes', () => {
    expect(formatWarsaw(warsawMidnightUtc('2026-03-29'))).to.equal('2026-03-29T00:00:00+01:00');
    expect(formatWarsaw(warsawMidnightUtc('2026-03-30'))).to.equal('2026-03-30T00:00:00+02:00');
    expect(formatWarsaw(Date.parse('2026-03-29T01:00:00Z'))).to.equal('2026-03-29T03:00:00+02:00');
    expect(formatWarsaw(Date.parse('2026-10-25T00:59:00Z'))).to.equal('2026-10-25T02:59:00+02:00');
    expect(formatWarsaw(Date.parse('2026-10-25T01:00:00Z'))).to.equal('2026-10-25T02:00:00+01:00');
    // Cross-check against the browser's own time zone database.
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', timeZoneName: 'shortOffset' });
    for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 6 * 3_600_000) {
      const name = intl.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')!.value;
      expect(formatWarsaw(t).endsWith(name === 'GMT+2' ? '+02:00' : '+01:00'), new Date(t).toISOString()).to.equal(true);
    }
  });

  it('mask phones and name PDFs the way customers see them', () => {
    expect(maskPhone('+48 512 845 321')).to.equal('+48 *** *** 321');
    expect(invoicePdfFilename('FV/2026/10/000123')).to.equal('FV_2026_10_000123.pdf');
  });

  it('fold Polish letters and escape brackets in PDF text', () => {
    const fixtures = buildFixtures('2026-10-15');
    const piotr = fixtures.customers.find((c) => c.persona.key === 'piotr')!;
    const invoice = { ...piotr.invoices()[0]!, number: 'FV/(test)' };
    const text = String.fromCharCode(...buildInvoicePdf(invoice, piotr.customer));
    expect(text).to.contain('(Nabywca: Piotr Wisniewski)');
    expect(text).to.contain('(Faktura VAT FV/\\(test\\))');
  });
});
