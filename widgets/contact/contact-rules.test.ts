import { expect } from '@open-wc/testing';
import type { AttachmentRules, Ticket } from '../core/api/types';
import {
  acceptAttribute,
  addFiles,
  buildTicketForm,
  EMPTY_VALUES,
  errorFields,
  errorsFromApi,
  filesSignature,
  formatBytes,
  limitFor,
  progressPercent,
  progressStep,
  remainingStep,
  sameFiles,
  sortTickets,
  textLength,
  typeList,
  typeName,
  uploadTimeoutMs,
  validateAll,
  validateField,
} from './contact-rules';


const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const OPTIONS = {
  topics: [{ id: 'invoices', label: { pl: 'Faktury', uk: 'Рахунки', ru: 'Счета' } }],
  subjectMaxLength: 10,
  messageMaxLength: 20,
};
const RULES: AttachmentRules = {
  maxFiles: 3,
  maxFileBytes: 5 * 1024 * 1024,
  maxTotalBytes: 10 * 1024 * 1024,
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};
const f = (name: string, size: number, type = 'application/pdf') => ({ name, size, type });

describe('contact rules', () => {
  describe('fields', () => {
    it('requires topic, subject, message and e-mail; a name only when signed out', () => {
      expect(validateAll(EMPTY_VALUES, OPTIONS, false)).to.deep.equal({
        topicId: { code: 'required' },
        subject: { code: 'required' },
        message: { code: 'required' },
        name: { code: 'required' },
        email: { code: 'required' },
      });
      expect(Object.keys(validateAll(EMPTY_VALUES, OPTIONS, true))).to.deep.equal(['topicId', 'subject', 'message', 'email']);
      expect(validateField('subject', { ...EMPTY_VALUES, subject: '   ' }, OPTIONS, true)).to.deep.equal({ code: 'required' });
    });

    it('counts lengths at the boundary, in characters a person sees', () => {
      const at = (subject: string) => validateField('subject', { ...EMPTY_VALUES, subject }, OPTIONS, true);
      expect(at('x'.repeat(10))).to.equal(undefined);
      expect(at('x'.repeat(11))).to.deep.equal({ code: 'too_long', count: 1 });
      expect(at(`  ${'x'.repeat(10)}  `)).to.equal(undefined);
      expect(textLength('😀ż')).to.equal(2);
      expect(validateField('message', { ...EMPTY_VALUES, message: 'x'.repeat(23) }, OPTIONS, true)).to.deep.equal({ code: 'too_long', count: 3 });
      expect(validateField('name', { ...EMPTY_VALUES, name: 'x'.repeat(201) }, OPTIONS, false)).to.deep.equal({ code: 'too_long', count: 1 });
    });

    it('checks the topic, the e-mail and an optional phone', () => {
      const v = { ...EMPTY_VALUES, topicId: 'nope', email: 'x', phone: '123' };
      expect(validateField('topicId', v, OPTIONS, true)).to.deep.equal({ code: 'unknown_topic' });
      expect(validateField('email', v, OPTIONS, true)).to.deep.equal({ code: 'invalid_email' });
      expect(validateField('phone', v, OPTIONS, true)).to.deep.equal({ code: 'invalid_phone' });
      expect(validateField('phone', EMPTY_VALUES, OPTIONS, true)).to.equal(undefined);
      expect(validateField('name', EMPTY_VALUES, OPTIONS, true)).to.equal(undefined);
    });

    it('maps the API field errors onto the form in screen order', () => {
      const errors = errorsFromApi({ email: 'invalid_email', files: 'total_too_large', 'Idempotency-Key': 'required', topicId: 'weird' });
      expect(errors).to.deep.equal({ email: { code: 'invalid_email' }, files: { code: 'total_too_large' }, topicId: { code: 'invalid_value' } });
      expect(errorFields(errors)).to.deep.equal(['topicId', 'email', 'files']);
    });
  });

  describe('attachments', () => {
    it('accepts files within every limit and says why the others are refused', () => {
      const MB = 1024 * 1024;
      const { files, rejected } = addFiles(
        [f('a.pdf', 1 * MB)],
        [f('b.png', 5 * MB, 'image/png'), f('c.exe', 10, ''), f('d.pdf', 5 * MB + 1), f('e.jpg', 4 * MB + 1, 'image/jpeg'), f('f.pdf', 4 * MB), f('a.pdf', 1 * MB)],
        RULES,
      );
      expect(files.map((x) => x.name)).to.deep.equal(['a.pdf', 'b.png', 'f.pdf']);
      expect(rejected.map((r) => [r.name, r.reason])).to.deep.equal([
        ['c.exe', 'unsupported_type'],
        ['d.pdf', 'file_too_large'],
        ['e.jpg', 'total_too_large'],
        ['a.pdf', 'duplicate'],
      ]);
      expect(files.reduce((s, x) => s + x.size, 0)).to.equal(10 * MB);
    });

    it('refuses a file beyond the count limit', () => {
      const { files, rejected } = addFiles([f('a.pdf', 1), f('b.pdf', 1), f('c.pdf', 1)], [f('d.pdf', 1)], RULES);
      expect(files).to.have.length(3);
      expect(rejected).to.deep.equal([{ name: 'd.pdf', size: 1, reason: 'too_many_files' }]);
    });

    it('knows the limit each reason refers to', () => {
      expect(limitFor('file_too_large', RULES)).to.equal(RULES.maxFileBytes);
      expect(limitFor('total_too_large', RULES)).to.equal(RULES.maxTotalBytes);
      expect(limitFor('too_many_files', RULES)).to.equal(3);
      expect(limitFor('unsupported_type', RULES)).to.equal(0);
    });

    it('formats sizes with Intl in each language', () => {
      expect(plain(formatBytes(5 * 1024 * 1024, 'pl'))).to.equal('5 MB');
      expect(plain(formatBytes(5 * 1024 * 1024, 'uk'))).to.equal('5 МБ');
      expect(plain(formatBytes(5 * 1024 * 1024, 'ru'))).to.equal('5 МБ');
      expect(plain(formatBytes(1536 * 1024, 'pl'))).to.equal('1,5 MB');
      expect(plain(formatBytes(300_000, 'pl'))).to.equal('293 kB');
      expect(plain(formatBytes(512, 'pl'))).to.equal('512 B');
      expect(plain(formatBytes(0, 'pl'))).to.equal('0 B');
      expect(plain(formatBytes(3 * 1024 ** 3, 'pl'))).to.equal('3 GB');
    });

    it('names types the way customers know them', () => {
      expect(typeName('application/pdf')).to.equal('PDF');
      expect(typeName('image/x-icon')).to.equal('ICON');
      expect(typeList(RULES.allowedTypes, 'pl')).to.equal('PDF, JPG lub PNG');
      expect(typeList(RULES.allowedTypes, 'uk')).to.equal('PDF, JPG або PNG');
      expect(typeList(RULES.allowedTypes, 'ru')).to.equal('PDF, JPG или PNG');
      expect(acceptAttribute(RULES.allowedTypes)).to.equal('application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png');
      expect(acceptAttribute(['text/plain'])).to.equal('text/plain');
    });

    it('tells whether a retry carries the same files', () => {
      const a = filesSignature([new File(['x'], 'a.pdf', { type: 'application/pdf' })]);
      expect(a).to.deep.equal([{ name: 'a.pdf', size: 1, type: 'application/pdf' }]);
      expect(sameFiles(a, [f('a.pdf', 1)])).to.equal(true);
      expect(sameFiles(a, [f('a.pdf', 2)])).to.equal(false);
      expect(sameFiles(a, [])).to.equal(false);
    });
  });

  describe('sending', () => {
    it('allows uploads the time a slow connection needs', () => {
      expect(uploadTimeoutMs(0, 10_000)).to.equal(10_000);
      expect(uploadTimeoutMs(10 * 1024 * 1024, 10_000)).to.equal(10_000 + 328_000);
    });

    it('reports progress in whole percent and announces quarters', () => {
      expect(progressPercent(0, 0)).to.equal(0);
      expect(progressPercent(1, 3)).to.equal(33);
      expect(progressPercent(5, 4)).to.equal(100);
      expect([0, 24, 25, 49, 50, 99, 100].map(progressStep)).to.deep.equal([0, 0, 25, 25, 50, 75, 100]);
    });

    it('announces the characters left only at thresholds', () => {
      expect([500, 101, 100, 51, 50, 21, 20, 11, 10, 1, 0, -5].map(remainingStep)).to.deep.equal([
        undefined,
        undefined,
        100,
        100,
        50,
        50,
        20,
        20,
        10,
        10,
        0,
        0,
      ]);
    });

    it('builds the multipart body of the contract', () => {
      const file = new File(['%PDF'], 'skan.pdf', { type: 'application/pdf' });
      const values = { ...EMPTY_VALUES, topicId: 'invoices', subject: ' Temat ', message: ' Treść ', email: 'a@b.pl ', phone: '601-234-567', name: ' Jan ' };
      const anonymous = buildTicketForm(values, [file, file], false);
      expect(anonymous.get('subject')).to.equal('Temat');
      expect(anonymous.get('phone')).to.equal('+48601234567');
      expect(anonymous.get('name')).to.equal('Jan');
      expect(anonymous.getAll('files')).to.have.length(2);
      const signedIn = buildTicketForm({ ...values, phone: '' }, [], true);
      expect(signedIn.has('name')).to.equal(false);
      expect(signedIn.has('phone')).to.equal(false);
      expect(signedIn.get('email')).to.equal('a@b.pl');
    });
  });

  it('orders tickets newest first', () => {
    const t = (id: string, createdAt: string): Ticket => ({ id, number: id, topicId: 'x', subject: 's', createdAt, status: 'new' });
    const sorted = sortTickets([t('a', '2026-03-29T01:30:00+01:00'), t('b', '2026-03-29T03:10:00+02:00'), t('c', '2026-03-28T23:59:00+01:00')]);
    expect(sorted.map((x) => x.id)).to.deep.equal(['b', 'a', 'c']);
  });
});
