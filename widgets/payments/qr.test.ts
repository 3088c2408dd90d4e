/**
 * The QR encoder against the standard's known values. The whole-symbol vectors were read back with
 * an independent decoder (zbarimg, every mask) when they were recorded; they pin the output since.
 */
import { expect } from '@open-wc/testing';
import { alignmentPositions, dataCodewords, encodeQr, formatBits, maskAt, penalty, reedSolomon, versionBits, withErrorCorrection } from './qr';

const hexRows = (m: boolean[][]) => m.map((r) => BigInt(`0b${r.map((d) => (d ? 1 : 0)).join('')}`).toString(16));

describe('QR encoder', () => {
  it('Reed–Solomon: the EC codewords of "HELLO WORLD" at 1-M', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomon(data, 10)).to.deep.equal([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('format and version bits as tabulated in ISO/IEC 18004 (annex C, D)', () => {
    expect(formatBits(0)).to.equal(0b101010000010010);
    expect(formatBits(5)).to.equal(0b100000011001110);
    expect(formatBits(7)).to.equal(0b100101010100000);
    expect(versionBits(7)).to.equal(0x07c94);
    expect(versionBits(10)).to.equal(0x0a4d3);
  });

  it('capacities and alignment positions of versions 1–10 at level M', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(dataCodewords)).to.deep.equal([16, 28, 44, 64, 86, 108, 124, 154, 182, 216]);
    expect(alignmentPositions(1)).to.deep.equal([]);
    expect(alignmentPositions(2)).to.deep.equal([6, 18]);
    expect(alignmentPositions(7)).to.deep.equal([6, 22, 38]);
    expect(alignmentPositions(10)).to.deep.equal([6, 28, 50]);
  });

  it('interleaves blocks: version 5-M has two blocks of 43 data codewords', () => {
    const data = Array.from({ length: 86 }, (_, i) => i);
    const all = withErrorCorrection(5, data);
    expect(all).to.have.length(134);
    expect(all.slice(0, 4)).to.deep.equal([0, 43, 1, 44]);
  });

  it('the mask patterns of the standard', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((m) => maskAt(m, 0, 0))).to.deep.equal([true, true, true, true, true, true, true, true]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((m) => maskAt(m, 1, 2))).to.deep.equal([false, true, false, true, false, false, true, false]);
  });

  it('"HELLO" (version 1)', () => {
    expect(hexRows(encodeQr('HELLO'))).to.deep.equal([
      '1fda7f', '104d41', '174f5d', '17525d', '17515d', '105641', '1fd57f', '1f00', '117ef9', '3972f', '165672',
      '1c88d0', '5c9c6', '1dcb', '1fd98a', '104322', '175275', '17430b', '174e78', '1048c0', '1fd1f5',
    ]);
  });

  it('a ZBP transfer code (version 5, two blocks, alignment pattern)', () => {
    const m = encodeQr('|PL|61109010140000071219812874|059961|Energia Polska S.A.|Klient 10004521|||');
    expect(m).to.have.length(37);
    expect(hexRows(m)).to.deep.equal([
      '1fd7971e7f', '1056e71c41', '1757b3da5d', '174f6ece5d', '175f43d85d', '104d616941', '1fd555557f', 'bae1800',
      '13fba36697', '14051e3635', '1477bda6a1', '1b25193257', '854a464cb', '4207172bc', '7a66cf6f', '188b8154df',
      '1f43ec2ac6', '1a138b13a5', '1fff537ecd', '1db7361c79', '1e469d4256', '13aceb3b98', '87e61f7f9', 'f0e6555c4',
      '14b487341', '1a0984fdd2', '1ccaa7db6f', '17005146ed', '1372202dfc', '1eab171e', '1fd0afa959', '1056925910',
      '1756b747f1', '175fcb2569', '1746497a15', '104d2e04ef', '1fdbda4739',
    ]);
  });

  it('UTF-8 in byte mode, the version grows with the text, and too long is refused', () => {
    expect(encodeQr('Zażółć gęślą jaźń')).to.have.length(25);
    expect(encodeQr('x'.repeat(150))).to.have.length(49); // version 8: version bits drawn
    expect(() => encodeQr('x'.repeat(214))).to.throw(RangeError);
  });

  it('picks the mask with the lowest penalty', () => {
    const text = 'https://ebok.example.pl';
    const best = penalty(encodeQr(text));
    for (let mask = 0; mask < 8; mask++) expect(penalty(encodeQr(text, mask))).to.be.at.least(best);
  });
});
