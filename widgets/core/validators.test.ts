import { expect } from '@open-wc/testing';
import {
  compactDigits,
  formatAccountNumber,
  isEmail,
  isPhone,
  normalizeAccountNumber,
  normalizeCustomerNumber,
  normalizeInvoiceNumber,
  normalizeNip,
  normalizePesel,
  normalizePhone,
  normalizePostalCode,
  parseMeterReading,
  passwordProblems,
  passwordStrength,
  peselBirthDate,
} from './validators';

describe('validators', () => {
  it('compactDigits drops the separators people type', () => {
    expect(compactDigits(' 601-234.567 (0)\u00a0')).to.equal('6012345670');
  });

  describe('e-mail', () => {
    it('accepts an address with a dotted domain and a top-level domain of two letters or more', () => {
      for (const ok of ['jan@example.pl', ' jan.kowalski+ebok@mail.example.com ', 'a@b.co', 'ółka@przykład.pl', 'олена@приклад.укр']) expect(isEmail(ok), ok).to.equal(true);
    });
    it('rejects what is not an address, including a one-letter or numeric top-level domain', () => {
      for (const bad of ['', 'jan', 'jan@', '@example.pl', 'jan@example', 'jan@example.c', 'jan@example.123', 'ja n@example.pl', 'jan@@example.pl', 'jan@example..pl', 'jan@.example.pl']) {
        expect(isEmail(bad), bad).to.equal(false);
      }
    });
    it('has a length limit of 254 characters', () => {
      const local = 'a'.repeat(64);
      const at254 = `${local}@${'b'.repeat(254 - 64 - 1 - 3)}.pl`;
      expect(at254.length).to.equal(254);
      expect(isEmail(at254)).to.equal(true);
      expect(isEmail(`a${at254}`)).to.equal(false);
    });
  });

  describe('phone', () => {
    it('normalises every way a Polish number is typed to +48 and nine digits', () => {
      for (const typed of ['601234567', '601 234 567', '601-234-567', '+48 601 234 567', '+48601234567', '0048 601 234 567', '48601234567', '(+48) 601.234.567', ' 601.234.567 ']) {
        expect(normalizePhone(typed), typed).to.equal('+48601234567');
      }
    });
    it('accepts another country with + or 00 and 8 to 15 digits', () => {
      expect(normalizePhone('+380 50 123 4567')).to.equal('+380501234567');
      expect(normalizePhone('00380501234567')).to.equal('+380501234567');
      expect(normalizePhone('+12345678')).to.equal('+12345678');
      expect(normalizePhone('+48 61 555 01 00')).to.equal('+48615550100');
      expect(normalizePhone('+123456789012345')).to.equal('+123456789012345');
      expect(normalizePhone('+1234567')).to.equal(undefined);
      expect(normalizePhone('+1234567890123456')).to.equal(undefined);
      expect(normalizePhone('+0123456789')).to.equal(undefined);
    });
    it('rejects a Polish prefix without exactly nine digits, slashes, letters and short numbers', () => {
      for (const bad of ['', '60123456', '6012345678', '+4860123456', '+486012345678', '0048601234', '601/234/567', '601 234 56a', '+48 601 234 567 ext 2', 'tel. 601 234 567', '++48601234567']) {
        expect(normalizePhone(bad), bad).to.equal(undefined);
        expect(isPhone(bad)).to.equal(false);
      }
    });
  });

  describe('customer number', () => {
    it('is 4 to 12 digits, spaces and dashes allowed', () => {
      expect(normalizeCustomerNumber('1000 4521')).to.equal('10004521');
      expect(normalizeCustomerNumber('1000-4521')).to.equal('10004521');
      expect(normalizeCustomerNumber('1234')).to.equal('1234');
      expect(normalizeCustomerNumber('123456789012')).to.equal('123456789012');
      for (const bad of ['', '123', '1234567890123', '1000A521', '1000.4521']) expect(normalizeCustomerNumber(bad), bad).to.equal(undefined);
    });
  });

  describe('invoice number', () => {
    it('is 4 to 30 letters, digits and / - . with a digit, as printed; spaces dropped, upper case', () => {
      expect(normalizeInvoiceNumber('fv/2026/10/000521')).to.equal('FV/2026/10/000521');
      expect(normalizeInvoiceNumber(' FV 2026/10/000521 ')).to.equal('FV2026/10/000521');
      expect(normalizeInvoiceNumber('F123')).to.equal('F123');
      expect(normalizeInvoiceNumber(`F${'1'.repeat(29)}`)).to.have.length(30);
      for (const bad of ['', 'F12', `F${'1'.repeat(30)}`, 'FV/ABC/XYZ', '/2026/1', 'FV_2026_1', 'FV#12345']) {
        expect(normalizeInvoiceNumber(bad), bad).to.equal(undefined);
      }
    });
  });

  describe('PESEL', () => {
    it('accepts valid numbers of every century', () => {
      expect(normalizePesel('44051401359')).to.equal('44051401359');
      expect(peselBirthDate('44051401359')).to.equal('1944-05-14');
      expect(normalizePesel('02270803624')).to.equal('02270803624');
      expect(peselBirthDate('02270803624')).to.equal('2002-07-08');
      expect(peselBirthDate('00810100000')).to.equal('1800-01-01');
      expect(peselBirthDate('00410100000')).to.equal('2100-01-01');
      expect(peselBirthDate('00610100000')).to.equal('2200-01-01');
      expect(normalizePesel(' 4405 1401 359 ')).to.equal('44051401359');
    });
    it('rejects a wrong check digit, an impossible date and a wrong length', () => {
      expect(normalizePesel('44051401358')).to.equal(undefined);
      expect(peselBirthDate('44133101350')).to.equal(undefined); // month 13
      expect(peselBirthDate('44003101350')).to.equal(undefined); // month 0
      expect(peselBirthDate('01022900000')).to.equal(undefined); // 29 Feb 1901
      expect(peselBirthDate('00222900000')).to.equal('2000-02-29'); // leap year
      expect(peselBirthDate('44053201350')).to.equal(undefined); // 32 May
      expect(peselBirthDate('44050001350')).to.equal(undefined); // day 0
      for (const bad of ['', '4405140135', '440514013599', '4405140135a']) expect(normalizePesel(bad), bad).to.equal(undefined);
    });
  });

  describe('NIP', () => {
    it('accepts a valid NIP with dashes, spaces or the PL prefix', () => {
      for (const typed of ['5260250274', '526-025-02-74', '526 025 02 74', 'PL5260250274', 'pl 526-02-50-274']) expect(normalizeNip(typed), typed).to.equal('5260250274');
    });
    it('rejects a wrong check digit, a remainder of 10 and a wrong length', () => {
      expect(normalizeNip('5260250275')).to.equal(undefined);
      // 1234567890: the weighted sum leaves 10, which no NIP may have.
      expect(normalizeNip('1234567890')).to.equal(undefined);
      for (const bad of ['', '526025027', '52602502744', 'DE5260250274']) expect(normalizeNip(bad), bad).to.equal(undefined);
    });
  });

  describe('postal code', () => {
    it('is 00-000, also typed without the dash', () => {
      expect(normalizePostalCode('00-950')).to.equal('00-950');
      expect(normalizePostalCode(' 80180 ')).to.equal('80-180');
      expect(normalizePostalCode('80 180')).to.equal('80-180');
      for (const bad of ['', '0-950', '00-95', '000-950', '00--950', 'AB-123', '00-9500']) expect(normalizePostalCode(bad), bad).to.equal(undefined);
    });
  });

  describe('bank account (NRB / IBAN)', () => {
    const nrb = '61109010140000071219812874';
    it('accepts 26 digits with the mod-97 check, with spaces and the PL prefix', () => {
      expect(normalizeAccountNumber(nrb)).to.equal(nrb);
      expect(normalizeAccountNumber('61 1090 1014 0000 0712 1981 2874')).to.equal(nrb);
      expect(normalizeAccountNumber('PL61 1090 1014 0000 0712 1981 2874')).to.equal(nrb);
      expect(normalizeAccountNumber('pl61109010140000071219812874')).to.equal(nrb);
    });
    it('rejects a changed digit, swapped digits and a wrong length', () => {
      expect(normalizeAccountNumber('61109010140000071219812875')).to.equal(undefined);
      expect(normalizeAccountNumber('16109010140000071219812874')).to.equal(undefined);
      for (const bad of ['', nrb.slice(1), `${nrb}0`, `DE${nrb}`, nrb.replace('0', 'O')]) expect(normalizeAccountNumber(bad), bad).to.equal(undefined);
    });
    it('formats in groups of four, with or without the IBAN prefix', () => {
      expect(formatAccountNumber(nrb)).to.equal('61 1090 1014 0000 0712 1981 2874');
      expect(formatAccountNumber(`PL${nrb}`, { iban: true })).to.equal('PL61 1090 1014 0000 0712 1981 2874');
      expect(formatAccountNumber('61109010140000071219812875')).to.equal(undefined);
    });
  });

  describe('meter reading', () => {
    const limits = { integerDigits: 6, fractionDigits: 3 };
    it('accepts a comma or a dot, thousands spaces, and returns a dotted decimal string', () => {
      expect(parseMeterReading('12345', limits)).to.deep.equal({ ok: true, value: '12345' });
      expect(parseMeterReading('12345,678', limits)).to.deep.equal({ ok: true, value: '12345.678' });
      expect(parseMeterReading(' 12 345.6 ', limits)).to.deep.equal({ ok: true, value: '12345.6' });
      expect(parseMeterReading('123\u00a0456', limits)).to.deep.equal({ ok: true, value: '123456' });
      expect(parseMeterReading('123\u202f456,7', limits)).to.deep.equal({ ok: true, value: '123456.7' });
      expect(parseMeterReading('12\u2009345', limits)).to.deep.equal({ ok: true, value: '12345' });
      expect(parseMeterReading('000123', limits)).to.deep.equal({ ok: true, value: '123' });
      expect(parseMeterReading('0,5', limits)).to.deep.equal({ ok: true, value: '0.5' });
    });
    it('counts the digits before and after the separator against the register', () => {
      expect(parseMeterReading('999999,999', limits)).to.deep.equal({ ok: true, value: '999999.999' });
      expect(parseMeterReading('1000000', limits)).to.deep.equal({ ok: false, problem: 'too_many_integer_digits' });
      expect(parseMeterReading('1,2345', limits)).to.deep.equal({ ok: false, problem: 'too_many_fraction_digits' });
      expect(parseMeterReading('12,5', { integerDigits: 5, fractionDigits: 0 })).to.deep.equal({ ok: false, problem: 'too_many_fraction_digits' });
    });
    it('rejects what is not a number', () => {
      for (const bad of ['', ',5', '12,', '12,3,4', '12.345,6', '1 23', '12 3456', '-5', '1e3', 'abc']) {
        expect(parseMeterReading(bad, limits), bad).to.deep.equal({ ok: false, problem: 'format' });
      }
    });
  });

  describe('new password', () => {
    it('accepts 10 characters with a letter and a digit, and up to 128', () => {
      expect(passwordProblems('Słoneczko7')).to.deep.equal([]);
      expect(passwordProblems(`a1${'x'.repeat(126)}`)).to.deep.equal([]);
    });
    it('names each rule that is not met, in the order they are listed', () => {
      expect(passwordProblems('Słonecz7a')).to.deep.equal(['length']);
      expect(passwordProblems(`a1${'x'.repeat(127)}`)).to.deep.equal(['length']);
      expect(passwordProblems('')).to.deep.equal(['length', 'letter', 'digit']);
      expect(passwordProblems('słoneczkowy')).to.deep.equal(['digit']);
      expect(passwordProblems('12345678901')).to.deep.equal(['letter']);
      expect(passwordProblems('Qwerty1234')).to.deep.equal(['common']);
    });
    it('counts characters, not UTF-16 units (an emoji is one character)', () => {
      expect(passwordProblems('😀😀😀😀a1234')).to.deep.equal(['length']);
      expect(passwordProblems('😀😀😀😀a12345')).to.deep.equal([]);
    });
    it('refuses a password that contains the login or the e-mail name (≥ 4 characters)', () => {
      expect(passwordProblems('jan.kowalski2026', ['jan.kowalski@example.pl'])).to.deep.equal(['personal']);
      expect(passwordProblems('Moje-123456-hasło', ['123456'])).to.deep.equal(['personal']);
      expect(passwordProblems('Jan-ma-kota-7', ['jan@example.pl'])).to.deep.equal([]);
    });
    it('rates strength 0–4, capped at 1 while a rule is broken', () => {
      expect(passwordStrength('')).to.equal(0);
      expect(passwordStrength('1234567890')).to.equal(0);
      expect(passwordStrength('Qwerty1234')).to.be.at.most(1);
      expect(passwordStrength('słoneczko7')).to.equal(2);
      expect(passwordStrength('Słoneczko7!')).to.equal(3);
      expect(passwordStrength('Zielona-łąka-nad-Wisłą-2026')).to.equal(4);
      // Long but one character over and over: the run counts little.
      expect(passwordStrength('aaaaaaaaaaaaaaaaaaaaaaaa1')).to.equal(1);
    });
  });
});
