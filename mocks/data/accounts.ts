/**
 * Who may act for which account (issue #19): a customer with electricity and gas, a property
 * manager with 150 properties, a person who may only look at someone else's account. An account
 * serves the data of one data persona (its balance, invoices, usage): the gas account and each
 * property have their own, so two accounts never share a figure.
 */
import type { Account, AccountKind, Contract, ContractService, Language } from '../../widgets/core/api/types';
import { addDays, addMonths, startOfMonth } from './dates';
import type { PersonaSpec } from './personas';
import { hashUnit, seedFrom } from './random';

export interface AccountLink {
  account: Account;
  /** The data persona (key) whose balance, invoices and usage the account shows. */
  data: string;
}

const janGas: PersonaSpec = {
  key: 'jan-gaz',
  customer: { id: 'c-1001-gaz', customerNumber: '10004521', name: 'Jan Kowalski', email: 'jan.kowalski@example.pl' },
  password: '',
  identifiers: {},
  points: [],
  invoices: { kind: 'monthly', months: 12, recent: [{ amountMinor: 21480, paidMinor: 0 }] },
  creditMinor: 0,
  tickets: [],
};

export const PROPERTY_COUNT = 150;

const STREETS = ['Kwiatowa', 'Polna', 'Ogrodowa', 'Słoneczna', 'Krótka', 'Szkolna', 'Leśna', 'Łąkowa', 'Brzozowa', 'Wiejska'];
const CITIES = ['Warszawa', 'Piaseczno', 'Pruszków', 'Legionowo', 'Otwock'];

function property(i: number): { spec: PersonaSpec; link: AccountLink } {
  const n = String(i + 1).padStart(3, '0');
  const street = STREETS[i % STREETS.length] ?? 'Polna';
  const city = CITIES[Math.floor(i / STREETS.length) % CITIES.length] ?? 'Warszawa';
  const address = `ul. ${street} ${i + 1}, ${city}`;
  const amount = 12000 + Math.round(hashUnit(seedFrom(`prop-${n}`), 0) * 380000);
  const spec: PersonaSpec = {
    key: `nieruchomosc-${n}`,
    customer: { id: `c-2000-${n}`, customerNumber: `4000${n}`, name: `Wspólnota Mieszkaniowa ${street} ${i + 1}`, email: 'zarzadca@example.pl' },
    password: '',
    identifiers: {},
    points: [],
    // Every third property has paid everything; the others owe the last bill.
    invoices: { kind: 'monthly', months: 6, recent: i % 3 === 2 ? [] : [{ amountMinor: amount, paidMinor: 0 }] },
    creditMinor: i % 3 === 2 ? 1500 : 0,
    tickets: [],
  };
  return {
    spec,
    link: {
      data: spec.key,
      account: {
        id: `a-2000-${n}`,
        number: `WM/${n}/2021`,
        label: `${street} ${i + 1}`,
        kind: 'water',
        address,
        // The manager only looks after some properties: their community kept paying to itself.
        role: i % 7 === 6 ? 'view_only' : 'owner',
      },
    },
  };
}

const properties = Array.from({ length: PROPERTY_COUNT }, (_, i) => property(i));

/** Data-only personas: nobody signs in as them; accounts show their data. */
export const DATA_PERSONAS: readonly PersonaSpec[] = [janGas, ...properties.map((p) => p.spec)];

const JAN_ELECTRICITY: Account = {
  id: 'a-1001-el',
  number: 'EL/2019/001001',
  label: 'Prąd — Dom',
  kind: 'electricity',
  address: 'ul. Lipowa 12, 00-123 Warszawa',
  role: 'owner',
};

/** Accounts per persona key; a persona not listed has one account of its own data. */
export const ACCOUNTS: Readonly<Record<string, readonly AccountLink[]>> = {
  jan: [
    { data: 'jan', account: JAN_ELECTRICITY },
    {
      data: 'jan-gaz',
      account: { id: 'a-1001-gaz', number: 'GZ/2023/004512', label: 'Gaz — Dom', kind: 'gas', address: 'ul. Lipowa 12, 00-123 Warszawa', role: 'owner' },
    },
  ],
  zarzadca: properties.map((p) => p.link),
  // Jan's wife sees the electricity account, but paying stays with Jan.
  wglad: [{ data: 'jan', account: { ...JAN_ELECTRICITY, role: 'view_only' } }],
};

const KIND_OF_MEDIUM: Record<string, AccountKind> = { electricity: 'electricity', water: 'water', mobile_data: 'telecom' };

/** The accounts a persona may act for. */
export function accountsOf(persona: PersonaSpec): readonly AccountLink[] {
  const listed = ACCOUNTS[persona.key];
  if (listed) return listed;
  const point = persona.points[0]?.point;
  return [
    {
      data: persona.key,
      account: {
        id: `a-${persona.customer.id.replace(/^c-/, '')}`,
        number: persona.customer.customerNumber,
        label: point?.name ?? persona.customer.name,
        kind: KIND_OF_MEDIUM[point?.medium ?? ''] ?? 'electricity',
        address: point?.address ?? '',
        role: 'owner',
      },
    },
  ];
}

// ---------------------------------------------------------------- contracts

type Words = Record<Language, string>;
const w = (pl: string, uk: string, ru: string): Words => ({ pl, uk, ru });

const INCLUDES = {
  g11: w('Jedna cena energii przez całą dobę', 'Одна ціна на електроенергію протягом усієї доби', 'Одна цена на электроэнергию круглые сутки'),
  fixedPrice: w('Stała cena do końca okresu umowy', 'Незмінна ціна до кінця строку договору', 'Фиксированная цена до конца срока договора'),
  efaktura: w('Faktury e-mailem zamiast papieru', 'Рахунки електронною поштою замість паперових', 'Счета по электронной почте вместо бумажных'),
  assistance: w('Elektryk lub hydraulik w 24 godziny, 3 razy w roku', 'Електрик або сантехнік протягом 24 годин, 3 рази на рік', 'Электрик или сантехник в течение 24 часов, 3 раза в год'),
  w3: w('Gaz do ogrzewania i ciepłej wody', 'Газ для опалення та гарячої води', 'Газ для отопления и горячей воды'),
  water: w('Dostawa wody i odbiór ścieków', 'Постачання води та відведення стоків', 'Подача воды и отвод сточных вод'),
  readings: w('Odczyt zdalny co miesiąc', 'Щомісячне дистанційне зчитування', 'Ежемесячное дистанционное снятие показаний'),
  data: w('40 GB internetu w Polsce, 5G', '40 ГБ інтернету в Польщі, 5G', '40 ГБ интернета в Польше, 5G'),
  calls: w('Rozmowy i SMS-y bez limitu', 'Безлімітні дзвінки та SMS', 'Безлимитные звонки и SMS'),
  roaming: w('8 GB w roamingu w UE', '8 ГБ у роумінгу в ЄС', '8 ГБ в роуминге в ЕС'),
  ukraine: w('100 minut do Ukrainy', '100 хвилин дзвінків в Україну', '100 минут звонков в Украину'),
};

function say(items: Words[], lang: Language): string[] {
  return items.map((i) => i[lang]);
}

/** The contract of an account, relative to `today`, with the texts in `lang`. */
export function contractOf(link: AccountLink, today: string, lang: Language): Contract {
  const a = link.account;
  const id = a.id.replace(/^a-/, '');
  const documents: Contract['documents'] = [
    { id: `doc-${id}-contract`, kind: 'contract', title: `Umowa ${a.number}`, issuedOn: addDays(startOfMonth(addMonths(today, -20)), 10) },
    { id: `doc-${id}-terms`, kind: 'terms', title: 'Ogólne warunki umowy', issuedOn: '2024-01-01' },
    { id: `doc-${id}-prices`, kind: 'price_list', title: 'Cennik', issuedOn: '2026-01-01' },
  ];
  const signedOn = addDays(startOfMonth(addMonths(today, -20)), 10);
  const startsOn = startOfMonth(addMonths(today, -19));
  const base = { number: a.number, signedOn, startsOn, documents };
  const price = (minor: number, period: 'month' | 'year' | 'once' = 'month') => ({ amount: { minor, currency: 'PLN' }, period });
  switch (a.kind) {
    case 'electricity': {
      const services: ContractService[] = [
        { id: `svc-${id}-tariff`, name: 'Prąd Stała Cena G11', kind: 'main', includes: say([INCLUDES.g11, INCLUDES.fixedPrice], lang), price: price(1299) },
        { id: `svc-${id}-efaktura`, name: 'e-Faktura', kind: 'addon', includes: say([INCLUDES.efaktura], lang) },
        { id: `svc-${id}-assist`, name: 'Fachowiec 24h', kind: 'addon', includes: say([INCLUDES.assistance], lang), price: price(990), since: addDays(startsOn, 120) },
      ];
      return {
        ...base,
        // A fixed-price contract: 36 months, committed for the first 24 (ends in about 5 months).
        endsOn: addDays(addMonths(startsOn, 36), -1),
        commitmentEndsOn: addDays(addMonths(startsOn, 24), -1),
        tariff: 'G11',
        points: [
          { code: 'PL0037510012345678', meterNumber: '90145367', address: 'ul. Lipowa 12, 00-123 Warszawa', medium: 'electricity' },
          ...(link.data === 'jan'
            ? [{ code: 'PL0037510098765432', meterNumber: '90588120', address: 'ul. Leśna 4, 05-500 Zalesie Dolne', medium: 'electricity' as const }]
            : []),
        ],
        services,
        devices: [],
      };
    }
    case 'gas':
      return {
        ...base,
        // Indefinite and without commitment: no end date at all.
        tariff: 'W-3.6',
        points: [{ code: 'PL0018000004512301', meterNumber: 'G4-2201877', address: a.address, medium: 'gas' }],
        services: [
          { id: `svc-${id}-tariff`, name: 'Gaz dla Domu W-3.6', kind: 'main', includes: say([INCLUDES.w3], lang), price: price(3850) },
          { id: `svc-${id}-efaktura`, name: 'e-Faktura', kind: 'addon', includes: say([INCLUDES.efaktura], lang) },
        ],
        devices: [],
      };
    case 'water':
      return {
        ...base,
        tariff: 'Taryfa MPWiK 2025/2026',
        points: [{ code: `WOD-${id.replace(/\D/g, '')}`, meterNumber: `WM-${id.replace(/\D/g, '')}-01`, address: a.address, medium: 'water' }],
        services: [
          { id: `svc-${id}-water`, name: 'Woda i ścieki', kind: 'main', includes: say([INCLUDES.water], lang), price: price(1412) },
          { id: `svc-${id}-radio`, name: 'Odczyt radiowy', kind: 'addon', includes: say([INCLUDES.readings], lang) },
        ],
        devices: [{ id: `dev-${id}-meter`, name: 'Wodomierz z nakładką radiową', serialNumber: `WM-${id.replace(/\D/g, '')}-01`, leased: true }],
      };
    case 'telecom':
      return {
        ...base,
        // A 24-month commitment that ended last week: the contract goes on without one.
        commitmentEndsOn: addDays(today, -7),
        tariff: 'Plan Komfort 5G',
        points: [],
        services: [
          { id: `svc-${id}-plan`, name: 'Plan Komfort 5G', kind: 'main', includes: say([INCLUDES.data, INCLUDES.calls], lang), price: price(5999) },
          { id: `svc-${id}-roam`, name: 'Roaming UE+', kind: 'addon', includes: say([INCLUDES.roaming], lang), price: price(1000) },
          { id: `svc-${id}-ua`, name: 'Zawsze blisko: Ukraina', kind: 'addon', includes: say([INCLUDES.ukraine], lang) },
        ],
        devices: [{ id: `dev-${id}-router`, name: 'Router 5G Wi-Fi 6', serialNumber: 'SN-4471-2290', leased: true }],
      };
  }
}
