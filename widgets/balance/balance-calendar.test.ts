import { expect } from '@open-wc/testing';
import type { BalanceDocument } from '../core/api/types';
import { buildIcs, escapeIcsText, foldIcsLine, reminderUid } from './balance-calendar';

function doc(dueDate: string, remaining: number, extra: Partial<BalanceDocument> = {}): BalanceDocument {
  return {
    id: 'inv-1',
    number: 'FV/2026/01/000001',
    issueDate: '2026-01-01',
    dueDate,
    amount: { minor: remaining, currency: 'PLN' },
    remaining: { minor: remaining, currency: 'PLN' },
    ...extra,
  };
}

describe('balance calendar: the .ics file', () => {
  const reminder = {
    day: '2026-01-29',
    uid: 'due-20260129-inv-1@ebok-widgets',
    now: new Date('2026-01-15T13:20:05.123Z'),
    summary: 'Zapłać 287,43 zł',
    description: 'Do zapłaty 287,43 zł za 2 dokumenty: FV/1, FV/2; sprawdź\\popraw\nnowa linia.',
  };

  it('escapes TEXT values', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('is a valid VCALENDAR with CRLF line ends, an all-day DTSTART, UID and DTSTAMP', () => {
    const ics = buildIcs(reminder);
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines.find((l) => l.startsWith('PRODID:'))).to.be.a('string');
    expect(lines).to.include('UID:due-20260129-inv-1@ebok-widgets');
    expect(lines).to.include('DTSTAMP:20260115T132005Z');
    expect(lines).to.include('DTSTART;VALUE=DATE:20260129');
    expect(lines).to.include('DTEND;VALUE=DATE:20260130');
    expect(lines).to.include('SUMMARY:Zapłać 287\\,43 zł');
    expect(lines).to.include('DESCRIPTION:Do zapłaty 287\\,43 zł za 2 dokumenty: FV/1\\, FV/2\\; sprawdź\\\\popraw\\nnowa linia.');
    expect(lines.filter((l) => l.startsWith('BEGIN:'))).to.deep.equal(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'BEGIN:VALARM']);
    expect(lines.at(-2)).to.equal('END:VCALENDAR');
  });

  it('ends the all-day event on the next day across month and year ends', () => {
    expect(buildIcs({ ...reminder, day: '2026-12-31' })).to.contain('DTEND;VALUE=DATE:20270101');
    expect(buildIcs({ ...reminder, day: '2028-02-28' })).to.contain('DTEND;VALUE=DATE:20280229');
  });

  it('folds lines at 75 octets without splitting multi-byte letters', () => {
    const long = 'DESCRIPTION:' + 'Сума до сплати за ліміт ж'.repeat(10);
    const folded = foldIcsLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    const enc = new TextEncoder();
    for (const p of parts) expect(enc.encode(p).length).to.be.at.most(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).to.equal(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).to.equal(long);
    expect(foldIcsLine('SHORT:x')).to.equal('SHORT:x');
  });

  it('makes a stable UID from the day and documents, with nothing about the customer', () => {
    const a = doc('2026-01-29', 1, { id: 'inv-b' });
    const b = doc('2026-01-29', 1, { id: 'inv/a' });
    expect(reminderUid({ dueDate: '2026-01-29', documents: [a, b] })).to.equal('due-20260129-inv-b+inv_a@ebok-widgets');
    expect(reminderUid({ dueDate: '2026-01-29', documents: [b, a] })).to.equal(reminderUid({ dueDate: '2026-01-29', documents: [a, b] }));
  });
});
