/**
 * Every state of <ebok-account-switcher>, named, for the gallery and the state test. Not imported
 * by the element, so it never ships.
 */
import type { Account } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import type { SwitcherState } from './switcher-view';

export const JAN_ACCOUNTS: readonly Account[] = [
  { id: 'a-1001-el', number: 'EL/2019/001001', label: 'Prąd — Dom', kind: 'electricity', address: 'ul. Lipowa 12, 00-123 Warszawa', role: 'owner' },
  { id: 'a-1001-gaz', number: 'GZ/2023/004512', label: 'Gaz — Dom', kind: 'gas', address: 'ul. Lipowa 12, 00-123 Warszawa', role: 'owner' },
];

const STREETS = ['Kwiatowa', 'Polna', 'Ogrodowa', 'Słoneczna', 'Krótka', 'Szkolna', 'Leśna', 'Łąkowa', 'Brzozowa', 'Wiejska'];

/** A property manager's 150 properties (the same shape as the mock's). */
export const PROPERTIES: readonly Account[] = Array.from({ length: 150 }, (_, i) => {
  const street = STREETS[i % STREETS.length] ?? 'Polna';
  const n = String(i + 1).padStart(3, '0');
  return {
    id: `a-2000-${n}`,
    number: `WM/${n}/2021`,
    label: `${street} ${i + 1}`,
    kind: 'water',
    address: `ul. ${street} ${i + 1}, Warszawa`,
    role: i % 7 === 6 ? 'view_only' : 'owner',
  };
});

const ready = (accounts: readonly Account[], extra: Partial<Extract<SwitcherState, { status: 'ready' }>> = {}): SwitcherState => ({
  status: 'ready',
  accounts,
  current: accounts[0]!.id,
  ...extra,
});

export function switcherStates(): WidgetStates<SwitcherState> {
  const s = (label: string, state: SwitcherState): WidgetState<SwitcherState> => ({ label, state });
  return {
    'signed-out': s('Niezalogowany (nic nie widać)', { status: 'signed-out' }),
    single: s('Jedno konto (tylko opis)', ready(JAN_ACCOUNTS.slice(0, 1))),
    two: s('Dwa konta: prąd i gaz', ready(JAN_ACCOUNTS)),
    'two-open': s('Dwa konta, lista otwarta', ready(JAN_ACCOUNTS, { open: true, active: 1 })),
    many: s('150 nieruchomości', ready(PROPERTIES)),
    'many-open': s('150 nieruchomości, lista otwarta', ready(PROPERTIES, { current: 'a-2000-007', open: true, active: 6 })),
    'many-search': s('Wyszukiwanie „lakowa 8”', ready(PROPERTIES, { open: true, query: 'lakowa 8', active: 0 })),
    'no-match': s('Brak wyników', ready(PROPERTIES, { open: true, query: 'Marszałkowska' })),
    lost: s('Konto odebrane w międzyczasie', ready(PROPERTIES.slice(1), { lost: PROPERTIES[0], open: true })),
    'view-only': s('Wybrane konto tylko do wglądu', ready(PROPERTIES, { current: 'a-2000-007' })),
  };
}
