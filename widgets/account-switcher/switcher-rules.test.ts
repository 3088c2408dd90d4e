import { expect } from '@open-wc/testing';
import { filterAccounts, moveActive, searchable } from './switcher-rules';
import { PROPERTIES } from './switcher-states';

describe('account switcher rules', () => {
  it('matches every word in the label, address or number, without diacritics or case', () => {
    expect(searchable('Łąkowa Śląska')).to.equal('lakowa slaska');
    expect(filterAccounts(PROPERTIES, '').length).to.equal(150);
    expect(filterAccounts(PROPERTIES, '  ').length).to.equal(150);
    expect(filterAccounts(PROPERTIES, 'lakowa 88').map((a) => a.label)).to.deep.equal(['Łąkowa 88']);
    expect(filterAccounts(PROPERTIES, 'lakowa 8').map((a) => a.label)).to.deep.equal(['Łąkowa 8', 'Łąkowa 18', 'Łąkowa 28', 'Łąkowa 38', 'Łąkowa 48', 'Łąkowa 58', 'Łąkowa 68', 'Łąkowa 78', 'Łąkowa 88', 'Łąkowa 98', 'Łąkowa 108', 'Łąkowa 118', 'Łąkowa 128', 'Łąkowa 138', 'Łąkowa 148']);
    expect(filterAccounts(PROPERTIES, '88 ŁĄKOWA').length).to.equal(1);
    expect(filterAccounts(PROPERTIES, 'WM/150').map((a) => a.id)).to.deep.equal(['a-2000-150']);
    expect(filterAccounts(PROPERTIES, 'Marszałkowska')).to.deep.equal([]);
  });

  it('moves the active option with the arrows and pages, staying in the list', () => {
    expect(moveActive('ArrowDown', -1, 5)).to.equal(0);
    expect(moveActive('ArrowDown', 4, 5)).to.equal(4);
    expect(moveActive('ArrowUp', -1, 5)).to.equal(4);
    expect(moveActive('ArrowUp', 0, 5)).to.equal(0);
    expect(moveActive('PageDown', 0, 150)).to.equal(10);
    expect(moveActive('PageDown', 145, 150)).to.equal(149);
    expect(moveActive('PageUp', 5, 150)).to.equal(0);
    expect(moveActive('ArrowDown', 0, 0)).to.equal(undefined);
    expect(moveActive('a', 0, 5)).to.equal(undefined);
  });
});
