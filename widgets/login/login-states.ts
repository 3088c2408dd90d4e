/**
 * Every state of <ebok-login>, named, for the gallery and the state test (login-states.test.ts):
 * `el.preview = loginStates()['code-invalid'].state`. Not imported by the element, so it never ships.
 */
import type { Customer } from '../core/api/types';
import type { WidgetStates } from '../core/states';
import type { LoginState } from './login-view';
import { JAN_ACCOUNTS } from '../account-switcher/switcher-states';

const jan: Customer = {
  id: 'c-1001',
  customerNumber: '10004521',
  name: 'Jan Kowalski',
  email: 'jan.kowalski@example.pl',
  phone: '+48 601 234 567',
  preferredLanguage: 'pl',
};

const company: Customer = {
  id: 'c-1006',
  customerNumber: '10000007',
  name: 'Archiwum Logistyka sp. z o.o. Oddział Wielkopolski w Poznaniu',
  email: 'archiwum@example.pl',
};

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Captions for designers (Polish). */
const LOGIN_LABELS = {
  checking: 'Ładowanie (sprawdzanie sesji)',
  credentials: 'Niezalogowany — formularz',
  'credentials-busy': 'Logowanie w toku',
  'credentials-missing': 'Puste pola',
  'credentials-invalid-identifier': 'Błędny e-mail',
  'wrong-password': 'Złe hasło (2 próby)',
  'wrong-password-last': 'Złe hasło (ostatnia próba)',
  locked: 'Konto zablokowane na 15 minut',
  'locked-unknown': 'Konto zablokowane',
  'rate-limited': 'Za dużo prób',
  'rate-limit-over': 'Za dużo prób — można ponowić',
  unavailable: 'Usługa niedostępna',
  offline: 'Błąd — brak sieci',
  'server-error': 'Błąd serwera',
  'signed-out-idle': 'Wylogowano po bezczynności',
  'signed-out-idle-half-minute': 'Wylogowano po bezczynności (pół minuty)',
  'cross-site': 'API na innej witrynie — logowanie niemożliwe',
  'service-unreachable': 'Usługa nieosiągalna (CORS)',
  'signed-out-expired': 'Sesja wygasła',
  'signed-out-user': 'Wylogowano',
  'challenge-gone': 'Kod SMS już nieważny',
  code: 'Kod SMS',
  'code-busy': 'Kod SMS — sprawdzanie',
  'code-format': 'Kod SMS — zły format',
  'code-invalid': 'Kod SMS — błędny',
  'code-expired': 'Kod SMS — wygasł',
  'code-resending': 'Kod SMS — wysyłanie ponownie',
  'code-resent': 'Kod SMS — wysłany ponownie',
  reset: 'Reset hasła',
  'reset-busy': 'Reset hasła — wysyłanie',
  'reset-invalid': 'Reset hasła — błędny e-mail',
  'reset-rate-limited': 'Reset hasła — za dużo prób',
  'reset-sent': 'Reset hasła — wysłano link',
  'signed-in': 'Zalogowany',
  'signed-in-long-name': 'Zalogowany — długa nazwa firmy',
  'idle-warning': 'Ostrzeżenie przed wylogowaniem',
  'signed-in-accounts': 'Zalogowany — dwa konta (wybór konta)',
} as const satisfies Record<string, string>;

const code = { view: 'code', maskedPhone: '+48 *** *** 321', resendIn: 0 } as const;

/** Built on each call so instants ("locked for 15 minutes") are relative to now. */
export function loginStates(): WidgetStates<LoginState> {
  const states: Record<keyof typeof LOGIN_LABELS, LoginState> = {
    checking: { view: 'checking' },
    credentials: { view: 'credentials' },
    'credentials-busy': { view: 'credentials', identifier: 'jan.kowalski@example.pl', busy: true },
    'credentials-missing': { view: 'credentials', errors: { identifier: 'required', password: 'required' } },
    'credentials-invalid-identifier': { view: 'credentials', identifier: 'jan@example', errors: { identifier: 'invalid' } },
    'wrong-password': { view: 'credentials', identifier: 'jan.kowalski@example.pl', problem: { kind: 'invalid_credentials', attemptsLeft: 2 } },
    'wrong-password-last': { view: 'credentials', identifier: 'jan.kowalski@example.pl', problem: { kind: 'invalid_credentials', attemptsLeft: 1 } },
    locked: { view: 'credentials', identifier: 'zablokowany@example.pl', problem: { kind: 'locked', until: inMinutes(15) } },
    'locked-unknown': { view: 'credentials', problem: { kind: 'locked' } },
    'rate-limited': { view: 'credentials', identifier: 'jan.kowalski@example.pl', problem: { kind: 'rate_limited', seconds: 42 } },
    'rate-limit-over': { view: 'credentials', identifier: 'jan.kowalski@example.pl', problem: { kind: 'rate_limited', seconds: 0 } },
    unavailable: { view: 'credentials', problem: { kind: 'unavailable', seconds: 120 } },
    offline: { view: 'credentials', identifier: 'jan.kowalski@example.pl', problem: { kind: 'general', error: 'offline' } },
    'server-error': { view: 'credentials', problem: { kind: 'general', error: 'server' } },
    'signed-out-idle': { view: 'credentials', notice: { kind: 'idle', minutes: 10 } },
    'signed-out-expired': { view: 'credentials', notice: { kind: 'expired' } },
    'signed-out-user': { view: 'credentials', notice: { kind: 'user' } },
    'signed-out-idle-half-minute': { view: 'credentials', notice: { kind: 'idle', minutes: 0.5 } },
    'cross-site': { view: 'credentials', identifier: 'jan.kowalski@example.pl', notice: { kind: 'cross_site' } },
    'service-unreachable': { view: 'credentials', identifier: 'jan.kowalski@example.pl', problem: { kind: 'general', error: 'unreachable' } },
    'challenge-gone': { view: 'credentials', identifier: 'olena.kovalenko@example.pl', notice: { kind: 'challenge_gone' } },
    code: { ...code, expiresAt: inMinutes(5), resendIn: 27 },
    'code-busy': { ...code, expiresAt: inMinutes(5), code: '123456', busy: true, resendIn: 12 },
    'code-format': { ...code, expiresAt: inMinutes(5), code: '123', error: 'format' },
    'code-invalid': { ...code, expiresAt: inMinutes(5), problem: { kind: 'code_invalid', attemptsLeft: 4 } },
    'code-expired': { ...code, expiresAt: inMinutes(-1), problem: { kind: 'code_expired' } },
    'code-resending': { ...code, expiresAt: inMinutes(5), resending: true },
    'code-resent': { ...code, expiresAt: inMinutes(5), resendIn: 30, resent: true },
    reset: { view: 'reset', email: 'jan.kowalski@example.pl' },
    'reset-busy': { view: 'reset', email: 'jan.kowalski@example.pl', busy: true },
    'reset-invalid': { view: 'reset', email: 'jan.kowalski', error: 'invalid' },
    'reset-rate-limited': { view: 'reset', email: 'jan.kowalski@example.pl', problem: { kind: 'rate_limited', seconds: 30 } },
    'reset-sent': { view: 'reset-sent', email: 'jan.kowalski@example.pl', linkValidHours: 72 },
    'signed-in': { view: 'signed-in', customer: jan },
    'signed-in-long-name': { view: 'signed-in', customer: company },
    'idle-warning': { view: 'signed-in', customer: jan, idleWarning: 42 },
    'signed-in-accounts': {
      view: 'signed-in',
      customer: jan,
      accounts: { preview: { status: 'ready', accounts: JAN_ACCOUNTS, current: 'a-1001-el' } },
    },
  };
  // As the gallery shows it: the operator accepts e-mail and customer number.
  return Object.fromEntries(
    Object.entries(states).map(([id, state]) => [id, { label: LOGIN_LABELS[id as keyof typeof LOGIN_LABELS], state, attrs: { identifiers: 'email customerNumber' } }]),
  );
}
