import { expect } from '@open-wc/testing';
import { REGISTRATION_OPTIONS } from '../../mocks/data/registration';
import {
  buildRegistration,
  checkNumber,
  checkProof,
  errorsFromApi,
  firstError,
  isWellFormedToken,
  registrationFieldErrors,
  takeActivationToken,
  type IdentifyValues,
} from './register-rules';
import { leadingZeroBits, powSolves, solveChallenge } from './register-pow';

const VALID: IdentifyValues = {
  numberType: 'customerNumber',
  number: '1005 2214',
  proofType: 'pesel',
  proof: '44051401359',
  email: ' Marek.Zielinski@example.pl ',
  emailRepeat: 'marek.zielinski@example.pl',
  terms: true,
};

describe('register rules', () => {
  describe('proof of identity', () => {
    it('tells a mistyped check digit from a wrong length (PESEL and NIP)', () => {
      expect(checkProof('pesel', '44051401359')).to.deep.equal({ value: '44051401359' });
      expect(checkProof('pesel', '4405 1401 359')).to.deep.equal({ value: '44051401359' });
      expect(checkProof('pesel', '44051401358')).to.deep.equal({ error: 'invalid_checksum' });
      expect(checkProof('pesel', '4405140135')).to.deep.equal({ error: 'invalid_format' });
      expect(checkProof('pesel', '440514013590')).to.deep.equal({ error: 'invalid_format' });
      expect(checkProof('pesel', '4405140135x')).to.deep.equal({ error: 'invalid_format' });
      // 11 digits, a month that does not exist: not a PESEL at all, the same "check the digits".
      expect(checkProof('pesel', '44130101359')).to.deep.equal({ error: 'invalid_checksum' });
      expect(checkProof('pesel', '  ')).to.deep.equal({ error: 'required' });
      expect(checkProof('nip', 'PL 526-025-02-74')).to.deep.equal({ value: '5260250274' });
      expect(checkProof('nip', '5260250275')).to.deep.equal({ error: 'invalid_checksum' });
      expect(checkProof('nip', '526025027')).to.deep.equal({ error: 'invalid_format' });
      expect(checkProof('nip', '')).to.deep.equal({ error: 'required' });
    });

    it('checks the customer or invoice number with the shared validators', () => {
      expect(checkNumber('customerNumber', '1005-2214')).to.deep.equal({ value: '10052214' });
      expect(checkNumber('customerNumber', '123')).to.deep.equal({ error: 'invalid_format' });
      expect(checkNumber('invoiceNumber', 'fv/2026/10/000521')).to.deep.equal({ value: 'FV/2026/10/000521' });
      expect(checkNumber('invoiceNumber', '')).to.deep.equal({ error: 'required' });
    });
  });

  describe('the identify step', () => {
    it('builds the body in the contract\'s names, e-mails compared as addresses', () => {
      expect(buildRegistration(VALID, REGISTRATION_OPTIONS)).to.deep.equal({
        body: { customerNumber: '10052214', pesel: '44051401359', email: 'Marek.Zielinski@example.pl', termsVersion: '2026-09' },
      });
      const company = buildRegistration({ ...VALID, numberType: 'invoiceNumber', number: 'FV/2026/10/000877', proofType: 'nip', proof: '5260250274' }, REGISTRATION_OPTIONS);
      expect(company.body).to.deep.equal({ invoiceNumber: 'FV/2026/10/000877', nip: '5260250274', email: 'Marek.Zielinski@example.pl', termsVersion: '2026-09' });
    });

    it('says what is wrong with each field, in screen order', () => {
      const r = buildRegistration({ ...VALID, number: '', proof: '44051401358', emailRepeat: 'marek.zielinski@example.com', terms: false }, REGISTRATION_OPTIONS);
      expect(r.errors).to.deep.equal({ number: 'required', proof: 'invalid_checksum', emailRepeat: 'mismatch', terms: 'required' });
      expect(firstError(r.errors!)).to.equal('number');
      expect(buildRegistration({ ...VALID, email: 'marek@', emailRepeat: '' }, REGISTRATION_OPTIONS).errors).to.deep.equal({ email: 'invalid_email' });
      expect(buildRegistration({ ...VALID, emailRepeat: ' ' }, REGISTRATION_OPTIONS).errors).to.deep.equal({ emailRepeat: 'required' });
    });

    it('is the same verdict the API gives (registrationFieldErrors), mapped back to the form', () => {
      expect(registrationFieldErrors({ customerNumber: '10052214', pesel: '44051401359', email: 'a@b.pl', termsVersion: '2026-09' }, REGISTRATION_OPTIONS)).to.deep.equal({});
      const fields = registrationFieldErrors({ invoiceNumber: '#', nip: '5260250275', email: 'x', termsVersion: '2025-01' }, REGISTRATION_OPTIONS);
      expect(fields).to.deep.equal({ invoiceNumber: 'invalid_format', nip: 'invalid_checksum', email: 'invalid_email', termsVersion: 'outdated' });
      expect(registrationFieldErrors({}, REGISTRATION_OPTIONS)).to.deep.equal({ customerNumber: 'required', pesel: 'required', email: 'required', termsVersion: 'required' });
      // A number the operator does not accept counts as none.
      expect(registrationFieldErrors({ invoiceNumber: 'FV/1/2026', pesel: '44051401359', email: 'a@b.pl', termsVersion: '2026-09' }, { ...REGISTRATION_OPTIONS, numbers: ['customerNumber'] })).to.deep.equal({
        customerNumber: 'required',
      });
      expect(errorsFromApi({ ...fields, challenge: 'expired' })).to.deep.equal({ number: 'invalid_format', proof: 'invalid_checksum', email: 'invalid_email', terms: 'outdated' });
    });
  });

  describe('the activation link', () => {
    it('takes the token from the fragment or the query and gives the address back without it', () => {
      expect(takeActivationToken('https://www.operator.pl/ebok#ebok-activation=demo-activate-marek-2026')).to.deep.equal({
        token: 'demo-activate-marek-2026',
        url: 'https://www.operator.pl/ebok',
      });
      expect(takeActivationToken('https://www.operator.pl/ebok?lang=uk&ebok-activation=abc#top')).to.deep.equal({ token: 'abc', url: 'https://www.operator.pl/ebok?lang=uk#top' });
      expect(takeActivationToken('https://www.operator.pl/ebok#x=1&ebok-activation=abc')).to.deep.equal({ token: 'abc', url: 'https://www.operator.pl/ebok#x=1' });
      expect(takeActivationToken('https://www.operator.pl/ebok?a=1#top')).to.equal(undefined);
    });

    it('knows a damaged token without asking', () => {
      expect(isWellFormedToken('demo-activate-marek-2026')).to.equal(true);
      expect(isWellFormedToken('a'.repeat(16))).to.equal(true);
      expect(isWellFormedToken('a'.repeat(15))).to.equal(false);
      expect(isWellFormedToken('a'.repeat(129))).to.equal(false);
      expect(isWellFormedToken('demo-activate-marek-2026…')).to.equal(false);
      expect(isWellFormedToken('')).to.equal(false);
    });
  });

  describe('proof of work', () => {
    it('counts leading zero bits', () => {
      expect(leadingZeroBits(new Uint8Array([0x80]))).to.equal(0);
      expect(leadingZeroBits(new Uint8Array([0x01]))).to.equal(7);
      expect(leadingZeroBits(new Uint8Array([0, 0x40, 0xff]))).to.equal(9);
      expect(leadingZeroBits(new Uint8Array([0, 0]))).to.equal(16);
    });

    it('the solver finds a nonce the check accepts, and the check refuses others', async () => {
      const challenge = { salt: 'salt-for-the-test', difficulty: 8 };
      const nonce = await solveChallenge(challenge);
      expect(await powSolves(challenge.salt, nonce, 8)).to.equal(true);
      expect(await powSolves(challenge.salt, `${nonce}x`, 8)).to.equal(false);
      expect(await powSolves(challenge.salt, '', 0)).to.equal(false);
      // Every nonce below the one found fails: the solver takes the first.
      for (let n = 0; n < Number(nonce); n++) expect(await powSolves(challenge.salt, String(n), 8)).to.equal(false);
    });

    it('stops when aborted', async () => {
      const ac = new AbortController();
      ac.abort();
      let error: unknown;
      await solveChallenge({ salt: 'x'.repeat(8), difficulty: 24 }, ac.signal).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(DOMException);
    });
  });
});
