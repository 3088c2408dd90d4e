import { expect } from '@open-wc/testing';
import { formatDay, formatInstant, formatMoney, minorToDecimalString, sumMoney } from './format';

// Intl uses narrow no-break spaces as group separators; normalise them for readable assertions.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats integer minor units in each language', () => {
    const m = { minor: 1234567, currency: 'PLN' };
    expect(plain(formatMoney(m, 'pl'))).to.equal('12 345,67 zł');
    // One currency sign in every language (docs/widget-conventions.md, "Money").
    expect(plain(formatMoney(m, 'uk'))).to.equal('12 345,67 zł');
    expect(plain(formatMoney(m, 'ru'))).to.equal('12 345,67 zł');
    // Polish CLDR groups only from five digits up.
    expect(plain(formatMoney({ minor: 123456, currency: 'PLN' }, 'pl'))).to.equal('1234,56 zł');
  });

  it('never goes through floating point', () => {
    expect(minorToDecimalString(10, 2)).to.equal('0.10');
    expect(minorToDecimalString(-5, 2)).to.equal('-0.05');
    expect(minorToDecimalString(900719925474099, 2)).to.equal('9007199254740.99');
    expect(plain(formatMoney({ minor: 900719925474099, currency: 'PLN' }, 'pl'))).to.equal('9 007 199 254 740,99 zł');
    expect(plain(formatMoney({ minor: 30, currency: 'PLN' }, 'pl'))).to.equal('0,30 zł');
  });

  it('handles currencies without minor units and signs', () => {
    expect(plain(formatMoney({ minor: 1500, currency: 'JPY' }, 'pl'))).to.match(/^1 ?500 ¥$/);
    expect(plain(formatMoney({ minor: -2550, currency: 'PLN' }, 'pl'))).to.equal('-25,50 zł');
    expect(plain(formatMoney({ minor: 2550, currency: 'EUR' }, 'pl', { signDisplay: 'always' }))).to.equal('+25,50 €');
  });

  it('rejects floats and mixed currencies', () => {
    expect(() => formatMoney({ minor: 1.5, currency: 'PLN' }, 'pl')).to.throw(RangeError);
    expect(sumMoney([{ minor: 1, currency: 'PLN' }, { minor: 2, currency: 'PLN' }], 'PLN')).to.deep.equal({ minor: 3, currency: 'PLN' });
    expect(() => sumMoney([{ minor: 1, currency: 'EUR' }], 'PLN')).to.throw(RangeError);
  });
});

describe('dates', () => {
  it('formats calendar days without shifting them', () => {
    expect(formatDay('2026-03-29', 'pl')).to.equal('29 mar 2026');
    expect(formatDay('2026-01-01', 'uk', { day: 'numeric', month: 'long', year: 'numeric' })).to.equal('1 січня 2026 р.');
    expect(formatDay('2026-12-31', 'ru', { day: 'numeric', month: 'long' })).to.equal('31 декабря');
  });

  it('formats instants as Warsaw wall-clock time', () => {
    expect(formatInstant('2026-07-01T10:00:00Z', 'pl', { timeStyle: 'short' })).to.equal('12:00');
    expect(formatInstant('2026-12-01T10:00:00Z', 'ru', { timeStyle: 'short' })).to.equal('11:00');
  });
});
