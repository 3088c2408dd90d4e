/**
 * Pure rules of the registration: what the identify step accepts (the same verdicts the mock API
 * gives, through the same functions) and the activation link's token. No DOM, no I/O. The
 * proof-of-work check is in register-pow.ts, which loads only when an operator asks for it.
 */
import type { FieldErrorCode, RegistrationNumberType, RegistrationOptions, RegistrationProofType, RegistrationRequest } from '../core/api/types';
import { isEmail, normalizeCustomerNumber, normalizeInvoiceNumber, normalizeNip, normalizePesel } from '../core/validators';

// ---------------------------------------------------------------- the identify step

/** What the customer typed in the identify step. */
export interface IdentifyValues {
  numberType: RegistrationNumberType;
  number: string;
  proofType: RegistrationProofType;
  proof: string;
  email: string;
  emailRepeat: string;
  terms: boolean;
}

export type IdentifyField = 'number' | 'proof' | 'email' | 'emailRepeat' | 'terms';

/** Why a field was refused: the contract's codes, plus `mismatch` (the e-mails differ; never sent). */
export type IdentifyProblem = FieldErrorCode | 'mismatch';

export type IdentifyErrors = Partial<Record<IdentifyField, IdentifyProblem>>;

/** Fields in the order they are on screen: focus goes to the first one with an error. */
export const IDENTIFY_FIELDS: readonly IdentifyField[] = ['number', 'proof', 'email', 'emailRepeat', 'terms'];

type Verdict = { value: string; error?: undefined } | { value?: undefined; error: FieldErrorCode };

/** A customer or invoice number: its canonical form, or why not. */
export function checkNumber(type: RegistrationNumberType, raw: string): Verdict {
  if (!raw.trim()) return { error: 'required' };
  const value = type === 'customerNumber' ? normalizeCustomerNumber(raw) : normalizeInvoiceNumber(raw);
  return value ? { value } : { error: 'invalid_format' };
}

/**
 * A PESEL or NIP: its digits, or why not. The right number of digits with a wrong check digit is
 * `invalid_checksum` ("a digit is mistyped"), anything else `invalid_format`.
 */
export function checkProof(type: RegistrationProofType, raw: string): Verdict {
  if (!raw.trim()) return { error: 'required' };
  const value = type === 'pesel' ? normalizePesel(raw) : normalizeNip(raw);
  if (value) return { value };
  const digits = raw.trim().replace(/^PL/i, '').replace(/[\s\u00a0-]/g, '');
  return { error: /^\d+$/.test(digits) && digits.length === (type === 'pesel' ? 11 : 10) ? 'invalid_checksum' : 'invalid_format' };
}

export function checkEmail(raw: string): FieldErrorCode | undefined {
  if (!raw.trim()) return 'required';
  return isEmail(raw) ? undefined : 'invalid_email';
}

/** The body to send (without the bot check), or the errors to show: the widget's one verdict. */
export function buildRegistration(
  v: IdentifyValues,
  options: Pick<RegistrationOptions, 'terms'>,
): { body: RegistrationRequest; errors?: undefined } | { body?: undefined; errors: IdentifyErrors } {
  const errors: IdentifyErrors = {};
  const number = checkNumber(v.numberType, v.number);
  const proof = checkProof(v.proofType, v.proof);
  if (number.error) errors.number = number.error;
  if (proof.error) errors.proof = proof.error;
  const email = checkEmail(v.email);
  if (email) errors.email = email;
  else if (!v.emailRepeat.trim()) errors.emailRepeat = 'required';
  // Compared as addresses: case and surrounding spaces do not make two e-mails differ.
  else if (v.emailRepeat.trim().toLowerCase() !== v.email.trim().toLowerCase()) errors.emailRepeat = 'mismatch';
  if (!v.terms) errors.terms = 'required';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      [v.numberType]: number.value,
      [v.proofType]: proof.value,
      email: v.email.trim(),
      termsVersion: options.terms.version,
    },
  };
}

/**
 * What the API checks in a POST /registration body, as field errors in the contract's names (the
 * mock API answers with exactly these). Never says whether anything is known: only the input.
 */
export function registrationFieldErrors(
  body: Record<string, unknown>,
  options: Pick<RegistrationOptions, 'numbers' | 'proofs' | 'terms'>,
): Record<string, FieldErrorCode> {
  const fields: Record<string, FieldErrorCode> = {};
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const numberType = options.numbers.find((t) => str(t));
  const proofType = options.proofs.find((t) => str(t));
  if (!numberType) fields[options.numbers[0]!] = 'required';
  else {
    const n = checkNumber(numberType, str(numberType));
    if (n.error) fields[numberType] = n.error;
  }
  if (!proofType) fields[options.proofs[0]!] = 'required';
  else {
    const p = checkProof(proofType, str(proofType));
    if (p.error) fields[proofType] = p.error;
  }
  const email = checkEmail(str('email'));
  if (email) fields.email = email;
  if (!str('termsVersion')) fields.termsVersion = 'required';
  else if (str('termsVersion') !== options.terms.version) fields.termsVersion = 'outdated';
  return fields;
}

/** The API's field errors in the form's fields (unknown ones are dropped: the form-level alert says it). */
export function errorsFromApi(fields: Readonly<Record<string, string>>): IdentifyErrors {
  const map: Record<string, IdentifyField> = {
    customerNumber: 'number',
    invoiceNumber: 'number',
    pesel: 'proof',
    nip: 'proof',
    email: 'email',
    termsVersion: 'terms',
  };
  const errors: IdentifyErrors = {};
  for (const [k, code] of Object.entries(fields)) {
    const field = map[k];
    if (field) errors[field] = code as FieldErrorCode;
  }
  return errors;
}

export function firstError(errors: IdentifyErrors): IdentifyField | undefined {
  return IDENTIFY_FIELDS.find((f) => errors[f]);
}

// ---------------------------------------------------------------- the activation link

/** The name of the token in the activation link: `#ebok-activation=…` (recommended) or `?ebok-activation=…`. */
export const TOKEN_PARAM = 'ebok-activation';

/** What a token the operator issues looks like; anything else is a damaged link (never sent). */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(token);
}

/**
 * The activation token in an address, and the same address without it (for history.replaceState):
 * undefined when the address has none. The fragment is read first: it never reaches a server log.
 */
export function takeActivationToken(href: string): { token: string; url: string } | undefined {
  const url = new URL(href);
  const hash = new URLSearchParams(url.hash.slice(1));
  let token = hash.get(TOKEN_PARAM);
  if (token !== null) {
    hash.delete(TOKEN_PARAM);
    const rest = hash.toString();
    url.hash = rest ? `#${rest}` : '';
  } else {
    token = url.searchParams.get(TOKEN_PARAM);
    if (token === null) return undefined;
    url.searchParams.delete(TOKEN_PARAM);
  }
  // An empty hash still leaves "#" in href: drop it so the address is exactly as before the link.
  const clean = url.href.endsWith('#') ? url.href.slice(0, -1) : url.href;
  return { token: token.trim(), url: clean };
}
