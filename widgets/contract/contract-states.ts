/**
 * Every state of <ebok-contract>, named, for the gallery and the state test. Not imported by the
 * element, so it never ships.
 */
import { ApiError } from '../core/api/errors';
import type { Contract, Money } from '../core/api/types';
import { addDays } from '../core/calendar';
import type { WidgetState, WidgetStates } from '../core/states';
import type { ContractState } from './contract-view';

/** The day the dated states are evaluated on, so they never change with the calendar. */
export const STATES_TODAY = '2026-10-15';
const PLN = (minor: number): Money => ({ minor, currency: 'PLN' });
const monthly = (minor: number) => ({ amount: PLN(minor), period: 'month' as const });

const documents: Contract['documents'] = [
  { id: 'doc-el-contract', kind: 'contract', title: 'Umowa kompleksowa EL/2019/001001', issuedOn: '2025-02-10' },
  { id: 'doc-el-terms', kind: 'terms', title: 'Ogólne warunki umowy', issuedOn: '2024-01-01' },
  { id: 'doc-el-prices', kind: 'price_list', title: 'Cennik energii elektrycznej 2026', issuedOn: '2026-01-01' },
];

export const electricity: Contract = {
  number: 'EL/2019/001001',
  signedOn: '2025-02-10',
  startsOn: '2025-03-01',
  endsOn: '2028-02-29',
  commitmentEndsOn: '2027-02-28',
  tariff: 'G11',
  points: [
    { code: 'PL0037510012345678', meterNumber: '90145367', address: 'ul. Lipowa 12, 00-123 Warszawa', medium: 'electricity' },
    { code: 'PL0037510098765432', meterNumber: '90588120', address: 'ul. Leśna 4, 05-500 Zalesie Dolne', medium: 'electricity' },
  ],
  services: [
    { id: 's1', name: 'Prąd Stała Cena G11', kind: 'main', includes: ['Jedna cena energii przez całą dobę', 'Stała cena do końca okresu umowy'], price: monthly(1299) },
    { id: 's2', name: 'e-Faktura', kind: 'addon', includes: ['Faktury e-mailem zamiast papieru'] },
    { id: 's3', name: 'Fachowiec 24h', kind: 'addon', includes: ['Elektryk lub hydraulik w 24 godziny, 3 razy w roku'], price: monthly(990), since: '2025-06-29' },
  ],
  devices: [],
  documents,
};

const gas: Contract = {
  number: 'GZ/2023/004512',
  signedOn: '2023-08-02',
  startsOn: '2023-09-01',
  tariff: 'W-3.6',
  points: [{ code: 'PL0018000004512301', meterNumber: 'G4-2201877', address: 'ul. Lipowa 12, 00-123 Warszawa', medium: 'gas' }],
  services: [
    { id: 'g1', name: 'Gaz dla Domu W-3.6', kind: 'main', includes: ['Gaz do ogrzewania i ciepłej wody'], price: monthly(3850) },
    { id: 'g2', name: 'e-Faktura', kind: 'addon', includes: ['Faktury e-mailem zamiast papieru'] },
  ],
  devices: [],
  documents: [{ id: 'doc-gz', kind: 'contract', title: 'Umowa GZ/2023/004512' }],
};

const telecom: Contract = {
  number: 'TEL/2024/118830',
  signedOn: '2024-10-01',
  startsOn: '2024-10-08',
  commitmentEndsOn: '2026-10-08',
  tariff: 'Plan Komfort 5G',
  points: [],
  services: [
    { id: 't1', name: 'Plan Komfort 5G', kind: 'main', includes: ['40 GB internetu w Polsce, 5G', 'Rozmowy i SMS-y bez limitu'], price: monthly(5999) },
    { id: 't2', name: 'Roaming UE+', kind: 'addon', includes: ['8 GB w roamingu w UE'], price: monthly(1000) },
    { id: 't3', name: 'Zawsze blisko: Ukraina', kind: 'addon', includes: ['100 minut do Ukrainy'] },
    { id: 't4', name: 'Aktywacja', kind: 'addon', includes: [], price: { amount: PLN(4900), period: 'once' } },
  ],
  devices: [{ id: 'd1', name: 'Router 5G Wi-Fi 6', serialNumber: 'SN-4471-2290', leased: true }],
  documents: [
    { id: 'doc-tel', kind: 'contract', title: 'Umowa o świadczenie usług telekomunikacyjnych TEL/2024/118830', issuedOn: '2024-10-01' },
    { id: 'doc-tel-annex', kind: 'annex', title: 'Aneks nr 1 — Roaming UE+', issuedOn: '2025-05-12' },
  ],
};

const ready = (contract: Contract, extra: Partial<Extract<ContractState, { status: 'ready' }>> = {}): ContractState => ({
  status: 'ready',
  contract,
  today: STATES_TODAY,
  ...extra,
});
const commitmentIn = (days: number): Contract => ({ ...electricity, commitmentEndsOn: addDays(STATES_TODAY, days) });

/** Every state of the widget. */
export function contractStates(): WidgetStates<ContractState> {
  const s = (label: string, state: ContractState): WidgetState<ContractState> => ({ label, state });
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    loading: s('Ładowanie', { status: 'loading' }),
    error: s('Błąd serwera', { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) }),
    forbidden: s('Brak dostępu do konta (403)', { status: 'error', error: new ApiError({ kind: 'forbidden', status: 403, code: 'account_not_allowed' }) }),
    electricity: s('Prąd: zobowiązanie do lutego, 2 punkty PPE', ready(electricity, { account: 'Prąd — Dom' })),
    'no-end': s('Gaz: na czas nieokreślony, bez zobowiązania', ready(gas, { account: 'Gaz — Dom' })),
    telecom: s('Telekom: zobowiązanie minęło, router, opłata jednorazowa', ready(telecom)),
    'last-day': s('Zobowiązanie: ostatni dzień', ready(commitmentIn(0))),
    'days-1': s('Zobowiązanie: 1 dzień', ready(commitmentIn(1))),
    'days-3': s('Zobowiązanie: 3 dni', ready(commitmentIn(3))),
    'days-5': s('Zobowiązanie: 5 dni', ready(commitmentIn(5))),
    'days-22': s('Zobowiązanie: 22 dni', ready(commitmentIn(22))),
    'no-prices': s('Usługi bez cen (bez opłat)', ready({ ...gas, services: gas.services.map(({ price: _price, ...rest }) => rest) })),
    'document-error': s('Błąd pobierania dokumentu', ready(electricity, { documentError: { title: 'Ogólne warunki umowy', error: new ApiError({ kind: 'offline' }) } })),
  };
}
