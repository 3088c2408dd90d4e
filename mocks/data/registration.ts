/**
 * Registration fixtures (issue #18): customers of the operator who may or may not have an online
 * account yet, and the activation links the demo and the tests open.
 */
import type { RegistrationOptions } from '../../widgets/core/api/types';

export interface RegistrationCandidate {
  name: string;
  customerNumber: string;
  invoiceNumber: string;
  /** A person's PESEL or a company's NIP. */
  pesel?: string;
  nip?: string;
  /** The e-mail in the contract: the activation link goes only there. */
  email: string;
  /** Already has an online account (the e-mail says so instead of sending a link). */
  registered: boolean;
}

export const REGISTRATION_CANDIDATES: readonly RegistrationCandidate[] = [
  {
    name: 'Marek Zieliński',
    customerNumber: '10052214',
    invoiceNumber: 'FV/2026/10/000521',
    pesel: '44051401359',
    email: 'marek.zielinski@example.pl',
    registered: false,
  },
  {
    name: 'Piekarnia Złoty Kłos sp. z o.o.',
    customerNumber: '10060031',
    invoiceNumber: 'FV/2026/10/000877',
    nip: '5260250274',
    email: 'biuro@zlotyklos.example.pl',
    registered: false,
  },
  {
    name: 'Jan Kowalski',
    customerNumber: '10004521',
    invoiceNumber: 'FV/2026/10/000412',
    pesel: '90090515836',
    email: 'jan.kowalski@example.pl',
    registered: true,
  },
];

/** Activation links that exist from the start: open `#ebok-activation=<token>` on a page with <ebok-register>. */
export const DEMO_ACTIVATION_TOKENS = {
  /** Marek's link, valid for 72 hours. */
  valid: 'demo-activate-marek-2026',
  /** Marek's earlier link, expired. */
  expired: 'demo-expired-link-0001',
  /** Jan's link, used when he activated his account. */
  used: 'demo-used-link-000001',
} as const;

export const REGISTRATION_OPTIONS: RegistrationOptions = {
  numbers: ['customerNumber', 'invoiceNumber'],
  proofs: ['pesel', 'nip'],
  terms: { version: '2026-09', url: 'https://www.example.pl/regulamin-ebok-2026-09.pdf' },
  challenge: 'proof-of-work',
  linkValidHours: 72,
  support: { phone: '+48 22 100 20 30', url: 'https://www.example.pl/kontakt' },
};

/** Low enough for tests and slow phones in the demo; operators choose 16–18 bits. */
export const MOCK_POW_DIFFICULTY = 10;
export const REGISTRATION_RESEND_SECONDS = 60;
