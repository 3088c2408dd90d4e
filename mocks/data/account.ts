/**
 * "Twoje dane" of every persona (issue #16): address, consents with the operator's texts, e-invoice
 * and notification settings. Seeds only; the live, editable copy is in mocks/routes/account.ts.
 */
import type { AccountAddress, Language, NotificationMatrix } from '../../widgets/core/api/types';

export interface ConsentSeed {
  id: string;
  /** The operator's text; Polish always, other languages when the operator has them. */
  text: { pl: string } & Partial<Record<Language, string>>;
  required: boolean;
  granted: boolean;
  /** Days before today it was last changed; absent if never. */
  changedDaysAgo?: number;
}

export interface AccountSeed {
  address: AccountAddress;
  consents: ConsentSeed[];
  eInvoice: { enabled: boolean; email?: string };
  notifications: { events: NotificationMatrix; reminderDaysBefore: number };
  /** A new e-mail waiting for its code, sent when the data is built. */
  pendingEmail?: string;
}

const ENERGY_CONSENTS: ConsentSeed[] = [
  {
    id: 'terms',
    text: {
      pl: 'Akceptuję Regulamin świadczenia usług drogą elektroniczną (eBOK) w wersji z 1 stycznia 2026 r.',
      uk: 'Приймаю Правила надання послуг в електронній формі (eBOK) у редакції від 1 січня 2026 р.',
      ru: 'Принимаю Правила оказания услуг в электронной форме (eBOK) в редакции от 1 января 2026 г.',
    },
    required: true,
    granted: true,
    changedDaysAgo: 320,
  },
  {
    id: 'marketing-email',
    text: {
      pl: 'Zgadzam się na otrzymywanie informacji handlowych o ofertach sprzedawcy energii na mój adres e-mail.',
      uk: 'Погоджуюся отримувати комерційну інформацію про пропозиції продавця енергії на мою електронну пошту.',
    },
    required: false,
    granted: true,
    changedDaysAgo: 41,
  },
  {
    id: 'marketing-phone',
    text: { pl: 'Zgadzam się na kontakt telefoniczny i SMS w celach marketingowych.' },
    required: false,
    granted: false,
  },
  {
    id: 'partners',
    text: {
      pl: 'Zgadzam się na przekazanie moich danych partnerom handlowym sprzedawcy w celu przedstawienia ich ofert.',
    },
    required: false,
    granted: false,
    changedDaysAgo: 12,
  },
];

/** The water company: new terms to accept (required, not yet granted), and a text with markup in it. */
const WATER_CONSENTS: ConsentSeed[] = [
  {
    id: 'terms-2026',
    text: {
      pl: 'Akceptuję nowy Regulamin eBOK obowiązujący od 1 listopada 2026 r. <b>Bez akceptacji</b> konto przejdzie w tryb tylko do odczytu.',
      uk: 'Приймаю нові Правила eBOK, чинні з 1 листопада 2026 р. <b>Без прийняття</b> обліковий запис працюватиме лише в режимі перегляду.',
    },
    required: true,
    granted: false,
  },
  {
    id: 'water-quality',
    text: {
      pl: 'Chcę otrzymywać komunikaty o jakości wody i przerwach w dostawie <script>alert(1)</script> na e-mail.',
    },
    required: false,
    granted: true,
    changedDaysAgo: 200,
  },
];

const MOBILE_CONSENTS: ConsentSeed[] = [
  {
    id: 'terms',
    text: {
      pl: 'Akceptuję Regulamin świadczenia usług telekomunikacyjnych.',
      ru: 'Принимаю Правила оказания телекоммуникационных услуг.',
    },
    required: true,
    granted: true,
    changedDaysAgo: 500,
  },
  {
    id: 'marketing',
    text: {
      pl: 'Zgadzam się na otrzymywanie ofert operatora SMS-em i e-mailem.',
      ru: 'Согласен получать предложения оператора по SMS и электронной почте.',
    },
    required: false,
    granted: true,
    changedDaysAgo: 90,
  },
];

const on = (email: boolean, sms: boolean) => ({ email, sms });

const DEFAULT_EVENTS: NotificationMatrix = {
  newInvoice: on(true, false),
  paymentReminder: on(true, true),
  paymentReceived: on(false, false),
  plannedWorks: on(true, true),
};

const SEEDS: Record<string, AccountSeed> = {
  jan: {
    address: { street: 'ul. Długa 5/12', postalCode: '80-827', city: 'Gdańsk' },
    consents: ENERGY_CONSENTS,
    eInvoice: { enabled: true, email: 'jan.kowalski@example.pl' },
    notifications: { events: DEFAULT_EVENTS, reminderDaysBefore: 3 },
  },
  anna: {
    address: { street: 'ul. Marszałkowska 140 m. 27', postalCode: '00-061', city: 'Warszawa' },
    consents: ENERGY_CONSENTS,
    eInvoice: { enabled: false },
    notifications: { events: DEFAULT_EVENTS, reminderDaysBefore: 5 },
    pendingEmail: 'anna.nowak@poczta.example.pl',
  },
  piotr: {
    address: { street: 'os. Piastów 21/4', postalCode: '31-624', city: 'Kraków' },
    consents: ENERGY_CONSENTS,
    eInvoice: { enabled: false },
    notifications: { events: { ...DEFAULT_EVENTS, paymentReminder: on(true, false), plannedWorks: on(true, false) }, reminderDaysBefore: 3 },
  },
  olena: {
    address: { street: 'ul. Ogrodowa 3', postalCode: '60-101', city: 'Poznań' },
    consents: WATER_CONSENTS,
    eInvoice: { enabled: true, email: 'olena.kovalenko@example.pl' },
    notifications: { events: DEFAULT_EVENTS, reminderDaysBefore: 7 },
  },
  ivan: {
    address: { street: 'ul. Piotrkowska 210/15', postalCode: '90-368', city: 'Łódź' },
    consents: MOBILE_CONSENTS,
    eInvoice: { enabled: true, email: 'ivan.petrov@example.pl' },
    notifications: { events: DEFAULT_EVENTS, reminderDaysBefore: 2 },
  },
};

const FALLBACK: AccountSeed = {
  address: { street: 'ul. Przemysłowa 12', postalCode: '61-001', city: 'Poznań' },
  consents: ENERGY_CONSENTS,
  eInvoice: { enabled: false },
  notifications: { events: DEFAULT_EVENTS, reminderDaysBefore: 3 },
};

export function accountSeed(personaKey: string): AccountSeed {
  return structuredClone(SEEDS[personaKey] ?? FALLBACK);
}
