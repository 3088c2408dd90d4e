import { expect } from '@open-wc/testing';
import { clearDraft, draftStorageKey, hasContent, parseDraft, readDraft, writeDraft, type Draft } from './contact-draft';
import { EMPTY_VALUES } from './contact-rules';

const KEY = draftStorageKey('test');

describe('contact draft', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('is keyed per form, with one default key', () => {
    expect(draftStorageKey(undefined)).to.equal('ebok-contact-draft:default');
    expect(draftStorageKey('  ')).to.equal('ebok-contact-draft:default');
    expect(draftStorageKey('awaria')).to.equal('ebok-contact-draft:awaria');
  });

  it('round-trips the text fields and the pending submission', () => {
    const draft: Draft = {
      v: 1,
      owner: 'c-1001',
      values: { ...EMPTY_VALUES, subject: 'Temat', message: 'Treść' },
      pending: { key: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', files: [{ name: 'a.pdf', size: 1, type: 'application/pdf' }] },
    };
    expect(writeDraft(KEY, draft)).to.equal(true);
    expect(readDraft(KEY)).to.deep.equal(draft);
    clearDraft(KEY);
    expect(readDraft(KEY)).to.equal(undefined);
  });

  it('does not keep an empty draft (prefilled contact data alone is not worth keeping)', () => {
    writeDraft(KEY, { v: 1, owner: null, values: { ...EMPTY_VALUES, subject: 'x' } });
    writeDraft(KEY, { v: 1, owner: 'c-1', values: { ...EMPTY_VALUES, email: 'a@b.pl', phone: '601234567' } });
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(hasContent({ values: EMPTY_VALUES, pending: { key: 'k', files: [] } })).to.equal(true);
    expect(hasContent({ values: { ...EMPTY_VALUES, message: '  ' } })).to.equal(false);
  });

  it('drops what does not look like a draft', () => {
    sessionStorage.setItem(KEY, '{not json');
    expect(readDraft(KEY)).to.equal(undefined);
    expect(parseDraft(null)).to.equal(undefined);
    expect(parseDraft({ v: 2, values: {} })).to.equal(undefined);
    expect(parseDraft({ v: 1 })).to.equal(undefined);
    expect(parseDraft({ v: 1, owner: 5, values: { subject: 7, message: 'ok', extra: 'x' }, pending: { key: '' } })).to.deep.equal({
      v: 1,
      owner: null,
      values: { ...EMPTY_VALUES, message: 'ok' },
    });
    expect(parseDraft({ v: 1, values: {}, pending: { key: 'k', files: [{ name: 'a', size: 1 }, { name: 2 }, null] } })).to.deep.equal({
      v: 1,
      owner: null,
      values: { ...EMPTY_VALUES },
      pending: { key: 'k', files: [{ name: 'a', size: 1, type: '' }] },
    });
    expect(parseDraft({ v: 1, values: {}, pending: { key: 'k' } })?.pending).to.deep.equal({ key: 'k', files: [] });
  });

  it('keeps working when storage is full', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(writeDraft(KEY, { v: 1, owner: null, values: { ...EMPTY_VALUES, subject: 'x' } })).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
