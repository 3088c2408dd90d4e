import type { Customer, IdentifierType, MeteringPoint } from '../../widgets/core/api/types';
import type { UsageProfileName } from './usage';

export const DEMO_PASSWORD = 'Ebok-demo-1';

/** The SMS code every SMS persona accepts. */
export const DEMO_SMS_CODE = '123456';

export interface PointSpec {
  point: MeteringPoint;
  profile: UsageProfileName;
  /** Whole months of history before the current month… */
  historyMonths?: number;
  /** …or, instead, days of history before today. */
  historyDays?: number;
}

/** The invoices that are not fully paid, newest first (index 0 = issued 3 days before today). */
export interface RecentInvoice {
  amountMinor: number;
  paidMinor: number;
}

export interface InvoicePlan {
  kind: 'monthly';
  months: number;
  recent: RecentInvoice[];
}

export interface ArchivePlan {
  kind: 'archive';
  count: number;
}

export interface TicketSpec {
  daysAgo: number;
  time: string;
  number: string;
  topicId: string;
  subject: string;
  status: 'new' | 'in_progress' | 'resolved';
}

export interface PersonaSpec {
  /** Short handle for tests and the demo, e.g. "jan". */
  key: string;
  customer: Customer;
  password: string;
  /** Values accepted per identifierType besides the e-mail address. */
  identifiers: Partial<Record<IdentifierType, string>>;
  /** Phone the SMS code goes to; when set, sign-in needs the code. */
  smsPhone?: string;
  /** Locked no matter what (the "zablokowany" persona). */
  alwaysLocked?: boolean;
  points: PointSpec[];
  invoices: InvoicePlan | ArchivePlan;
  creditMinor: number;
  tickets: TicketSpec[];
}

const jan: PersonaSpec = {
  key: 'jan',
  customer: {
    id: 'c-1001',
    customerNumber: '10004521',
    name: 'Jan Kowalski',
    email: 'jan.kowalski@example.pl',
    phone: '+48 601 234 567',
    preferredLanguage: 'pl',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '10004521', phone: '+48 601 234 567' },
  points: [
    {
      point: {
        id: 'mp-1001-1',
        name: 'Dom',
        address: 'ul. Lipowa 12, 00-123 Warszawa',
        medium: 'electricity',
        unit: 'kWh',
        granularities: ['month', 'day', 'quarter_hour'],
        code: 'PL0037510012345678',
      },
      profile: 'house',
      historyMonths: 36,
    },
    {
      point: {
        id: 'mp-1001-2',
        name: 'Działka',
        address: 'ul. Leśna 4, 05-500 Zalesie Dolne',
        medium: 'electricity',
        unit: 'kWh',
        granularities: ['month', 'day'],
        code: 'PL0037510098765432',
      },
      profile: 'allotment',
      historyMonths: 36,
    },
    {
      point: {
        id: 'mp-1001-3',
        name: 'Dom – woda',
        address: 'ul. Lipowa 12, 00-123 Warszawa',
        medium: 'water',
        unit: 'm3',
        granularities: ['month'],
        code: 'WOD-00123-2019',
      },
      profile: 'water_house',
      historyMonths: 36,
    },
  ],
  invoices: {
    kind: 'monthly',
    months: 24,
    recent: [
      { amountMinor: 28743, paidMinor: 0 },
      { amountMinor: 31218, paidMinor: 0 },
    ],
  },
  creditMinor: 0,
  tickets: [
    {
      daysAgo: 2,
      time: '09:14:00',
      number: 'ZG/{year}/004512',
      topicId: 'invoices',
      subject: 'Pytanie o fakturę – korekta odczytu',
      status: 'new',
    },
    {
      daysAgo: 19,
      time: '17:42:00',
      number: 'ZG/{year}/004187',
      topicId: 'contract',
      subject: 'Zmiana numeru telefonu w umowie',
      status: 'in_progress',
    },
    {
      daysAgo: 74,
      time: '11:05:00',
      number: 'ZG/{year}/003021',
      topicId: 'failure',
      subject: 'Brak prądu na działce w Zalesiu Dolnym',
      status: 'resolved',
    },
  ],
};

const anna: PersonaSpec = {
  key: 'anna',
  customer: {
    id: 'c-1002',
    customerNumber: '10017733',
    name: 'Anna Nowak',
    email: 'anna.nowak@example.pl',
    phone: '+48 502 118 907',
    preferredLanguage: 'pl',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '10017733' },
  points: [
    {
      point: {
        id: 'mp-1002-1',
        name: 'Mieszkanie',
        address: 'ul. Długa 5/14, 31-147 Kraków',
        medium: 'electricity',
        unit: 'kWh',
        granularities: ['month', 'day'],
        code: 'PL0031410055501234',
      },
      profile: 'apartment',
      historyMonths: 24,
    },
  ],
  invoices: { kind: 'monthly', months: 12, recent: [{ amountMinor: 18937, paidMinor: 0 }] },
  creditMinor: 25000,
  tickets: [],
};

const piotr: PersonaSpec = {
  key: 'piotr',
  customer: {
    id: 'c-1003',
    customerNumber: '10021908',
    name: 'Piotr Wiśniewski',
    email: 'piotr.wisniewski@example.pl',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '10021908' },
  points: [
    {
      point: {
        id: 'mp-1003-1',
        name: 'Mieszkanie',
        address: 'ul. Piotrkowska 120/3, 90-006 Łódź',
        medium: 'electricity',
        unit: 'kWh',
        granularities: ['month', 'day'],
        code: 'PL0035210077700012',
      },
      profile: 'apartment',
      historyMonths: 24,
    },
    {
      // Gas is billed by another seller: here for the meter readings (and summed apart in usage).
      point: {
        id: 'mp-1003-2',
        name: 'Mieszkanie – gaz',
        address: 'ul. Piotrkowska 120/3, 90-006 Łódź',
        medium: 'gas',
        unit: 'm3',
        granularities: ['month', 'day'],
        code: '8018590365500012345678',
      },
      profile: 'gas_flat',
      historyMonths: 24,
    },
  ],
  invoices: { kind: 'monthly', months: 12, recent: [{ amountMinor: 14290, paidMinor: 0 }] },
  creditMinor: 2000,
  tickets: [],
};

const olena: PersonaSpec = {
  key: 'olena',
  customer: {
    id: 'c-1004',
    customerNumber: '20003417',
    name: 'Olena Kovalenko',
    email: 'olena.kovalenko@example.pl',
    phone: '+48 512 845 321',
    preferredLanguage: 'uk',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '20003417', phone: '+48 512 845 321' },
  smsPhone: '+48 512 845 321',
  points: [
    {
      point: {
        id: 'mp-1004-1',
        name: 'Mieszkanie',
        address: 'ul. Legnicka 48/21, 54-202 Wrocław',
        medium: 'water',
        unit: 'm3',
        granularities: ['month', 'day'],
        code: 'WOD-54202-4821',
      },
      profile: 'water_flat',
      historyMonths: 24,
    },
  ],
  invoices: { kind: 'monthly', months: 12, recent: [{ amountMinor: 9680, paidMinor: 5000 }] },
  creditMinor: 0,
  tickets: [
    {
      daysAgo: 6,
      time: '20:31:00',
      number: 'ZG/{year}/004433',
      topicId: 'meter',
      subject: 'Питання щодо показань лічильника',
      status: 'in_progress',
    },
  ],
};

const ivan: PersonaSpec = {
  key: 'ivan',
  customer: {
    id: 'c-1005',
    customerNumber: '30008852',
    name: 'Ivan Petrov',
    email: 'ivan.petrov@example.pl',
    phone: '+48 731 004 562',
    preferredLanguage: 'ru',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '30008852', phone: '+48 731 004 562' },
  points: [
    {
      point: {
        id: 'mp-1005-1',
        name: 'Telefon',
        address: '+48 731 004 562',
        medium: 'mobile_data',
        unit: 'GB',
        granularities: ['month', 'day'],
        code: '48731004562',
      },
      profile: 'mobile',
      historyMonths: 18,
    },
  ],
  invoices: { kind: 'monthly', months: 12, recent: [{ amountMinor: 5999, paidMinor: 0 }] },
  creditMinor: 0,
  tickets: [],
};

const archiwum: PersonaSpec = {
  key: 'archiwum',
  customer: {
    id: 'c-1006',
    customerNumber: '10000007',
    name: 'Archiwum Logistyka sp. z o.o.',
    email: 'archiwum@example.pl',
    phone: '+48 61 555 01 00',
    preferredLanguage: 'pl',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '10000007' },
  points: [
    {
      point: {
        id: 'mp-1006-1',
        name: 'Zakład',
        address: 'ul. Przemysłowa 8, 61-001 Poznań',
        medium: 'electricity',
        unit: 'kWh',
        granularities: ['month', 'day', 'quarter_hour'],
        code: 'PL0036110000000001',
      },
      profile: 'factory',
      historyDays: 365,
    },
  ],
  invoices: { kind: 'archive', count: 10_000 },
  creditMinor: 0,
  tickets: [],
};

const zablokowany: PersonaSpec = {
  key: 'zablokowany',
  customer: {
    id: 'c-1007',
    customerNumber: '10031290',
    name: 'Tomasz Zieliński',
    email: 'zablokowany@example.pl',
    phone: '+48 600 000 111',
    preferredLanguage: 'pl',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '10031290' },
  alwaysLocked: true,
  points: [],
  invoices: { kind: 'monthly', months: 6, recent: [] },
  creditMinor: 0,
  tickets: [],
};

/** A property manager acting for 150 properties (their accounts: data/accounts.ts). */
const zarzadca: PersonaSpec = {
  key: 'zarzadca',
  customer: {
    id: 'c-2000',
    customerNumber: '40000000',
    name: 'Marek Zając — Zarządca Nieruchomości',
    email: 'zarzadca@example.pl',
    phone: '+48 22 555 20 00',
    preferredLanguage: 'pl',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '40000000' },
  points: [],
  invoices: { kind: 'monthly', months: 1, recent: [] },
  creditMinor: 0,
  tickets: [],
};

/** May look at Jan's electricity account and do nothing else (view_only). */
const wglad: PersonaSpec = {
  key: 'wglad',
  customer: {
    id: 'c-1008',
    customerNumber: '10004522',
    name: 'Katarzyna Kowalska',
    email: 'wglad@example.pl',
    preferredLanguage: 'pl',
  },
  password: DEMO_PASSWORD,
  identifiers: { customerNumber: '10004522' },
  points: [],
  invoices: { kind: 'monthly', months: 1, recent: [] },
  creditMinor: 0,
  tickets: [],
};

export const PERSONAS: readonly PersonaSpec[] = [jan, anna, piotr, olena, ivan, archiwum, zablokowany, zarzadca, wglad];

export type PersonaKey = 'jan' | 'anna' | 'piotr' | 'olena' | 'ivan' | 'archiwum' | 'zablokowany' | 'zarzadca' | 'wglad';

export function personaByKey(key: PersonaKey): PersonaSpec {
  const persona = PERSONAS.find((p) => p.key === key);
  if (!persona) throw new Error(`Unknown persona ${key}`);
  return persona;
}

/** "+48 512 845 321" → "+48 *** *** 321", the way an SMS target is shown. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+${digits.slice(0, 2)} *** *** ${digits.slice(-3)}`;
}

function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('48') ? digits.slice(2) : digits;
}

/** Finds the persona an identifier belongs to, comparing the way customers type things. */
export function findPersona(identifier: string, type: IdentifierType): PersonaSpec | undefined {
  const typed = identifier.trim();
  return PERSONAS.find((p) => {
    switch (type) {
      case 'email':
        return p.customer.email.toLowerCase() === typed.toLowerCase();
      case 'phone':
        return p.identifiers.phone !== undefined && phoneDigits(p.identifiers.phone) === phoneDigits(typed);
      case 'customerNumber':
      case 'cardNumber': {
        const known = p.identifiers[type];
        return known !== undefined && known.replace(/\s/g, '') === typed.replace(/\s/g, '');
      }
    }
  });
}
