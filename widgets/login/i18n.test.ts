import { expect } from '@open-wc/testing';
import pl from './i18n/pl.json';
import uk from './i18n/uk.json';
import ru from './i18n/ru.json';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('login translations', () => {
  it('have the same keys in pl, uk and ru', () => {
    expect(keys(uk).sort()).to.deep.equal(keys(pl).sort());
    expect(keys(ru).sort()).to.deep.equal(keys(pl).sort());
  });

  it('give every plural all four forms, each using {{count}} (or {{count, number}} where it may be a fraction)', () => {
    for (const [lang, bundle] of Object.entries({ pl, uk, ru })) {
      const all = keys(bundle);
      const bases = new Set(all.filter((k) => /_(one|few|many|other)$/.test(k)).map((k) => k.replace(/_(one|few|many|other)$/, '')));
      expect(bases.size, lang).to.be.greaterThan(5);
      for (const base of bases) {
        for (const form of ['one', 'few', 'many', 'other']) {
          const path = `${base}_${form}`.split('.');
          const value = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], bundle);
          expect(value, `${lang} ${base}_${form}`).to.be.a('string').and.match(/\{\{count(, number)?\}\}/);
        }
      }
    }
  });

  it('have no empty strings', () => {
    for (const bundle of [pl, uk, ru]) {
      for (const key of keys(bundle)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], bundle);
        expect(String(value).trim(), key).not.to.equal('');
      }
    }
  });
});
