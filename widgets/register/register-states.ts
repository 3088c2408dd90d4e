/**
 * Every state of <ebok-register>, named, for the gallery and the state test
 * (register-states.test.ts): `el.preview = registerStates().identify.state`. Not imported by the
 * element, so it never ships. The options are the mock API's own.
 */
import { REGISTRATION_OPTIONS } from '../../mocks/data/registration';
import { ApiError } from '../core/api/errors';
import type { WidgetState, WidgetStates } from '../core/states';
import { passwordProblems, passwordStrength } from '../core/validators';
import type { IdentifyValues } from './register-rules';
import type { ActivateState, IdentifyState, RegisterState } from './register-view';

const EMPTY: IdentifyValues = { numberType: 'customerNumber', number: '', proofType: 'pesel', proof: '', email: '', emailRepeat: '', terms: false };
const FILLED: IdentifyValues = {
  numberType: 'customerNumber',
  number: '10052214',
  proofType: 'pesel',
  proof: '44051401359',
  email: 'marek.zielinski@example.pl',
  emailRepeat: 'marek.zielinski@example.pl',
  terms: true,
};
const LOGIN = 'marek.zielinski@example.pl';

function identify(extra: Partial<IdentifyState> = {}): IdentifyState {
  return { step: 'identify', options: REGISTRATION_OPTIONS, values: EMPTY, ...extra };
}

function activate(password: string, extra: Partial<ActivateState> = {}): ActivateState {
  return {
    step: 'activate',
    login: LOGIN,
    unmet: passwordProblems(password, [LOGIN]),
    strength: passwordStrength(password, [LOGIN]),
    empty: password === '',
    ...extra,
  };
}

/** Every state of the widget. */
export function registerStates(): WidgetStates<RegisterState> {
  const s = (label: string, state: RegisterState): WidgetState<RegisterState> => ({ label, state });
  return {
    loading: s('Ładowanie', { step: 'loading' }),
    error: s('Błąd (brak sieci)', { step: 'error', error: new ApiError({ kind: 'offline' }) }),
    'signed-in': s('Klient już zalogowany', { step: 'signed-in' }),
    identify: s('Dane — pusty formularz', identify()),
    'identify-company': s('Dane — firma (NIP), numer faktury', identify({ values: { ...EMPTY, numberType: 'invoiceNumber', proofType: 'nip' } })),
    'identify-single': s('Dane — operator: tylko numer klienta i PESEL', identify({ options: { ...REGISTRATION_OPTIONS, numbers: ['customerNumber'], proofs: ['pesel'] } })),
    'identify-errors': s(
      'Dane — błędy pól (suma kontrolna, e-maile różne, regulamin)',
      identify({
        values: { ...FILLED, number: '12', proof: '44051401358', emailRepeat: 'marek.zielinski@example.com', terms: false },
        errors: { number: 'invalid_format', proof: 'invalid_checksum', emailRepeat: 'mismatch', terms: 'required' },
      }),
    ),
    'identify-terms-outdated': s('Dane — regulamin się zmienił', identify({ values: { ...FILLED, terms: false }, errors: { terms: 'outdated' } })),
    'identify-busy': s('Dane — wysyłanie (sprawdzanie w tle)', identify({ values: FILLED, busy: true, checking: true })),
    'identify-rate-limited': s('Dane — zbyt wiele prób (429)', identify({ values: FILLED, problem: new ApiError({ kind: 'rate_limited', status: 429, retryAfterSeconds: 42 }), retryIn: 42 })),
    'identify-bot-check': s('Dane — zabezpieczenie operatora nie odpowiedziało', identify({ values: FILLED, problem: 'bot-check' })),
    sent: s('Sprawdź e-mail — odliczanie', { step: 'sent', email: LOGIN, linkValidHours: 72, resendIn: 42 }),
    'sent-resent': s('Sprawdź e-mail — wysłano ponownie', { step: 'sent', email: LOGIN, linkValidHours: 72, resendIn: 60, resent: true }),
    'sent-error': s('Sprawdź e-mail — błąd ponownego wysłania', { step: 'sent', email: LOGIN, linkValidHours: 72, resendIn: 0, problem: new ApiError({ kind: 'server', status: 500 }) }),
    checking: s('Link — sprawdzanie', { step: 'checking' }),
    activate: s('Hasło — puste', activate('')),
    // The preview cannot type into the password field (a password lives only in its input): the rules and the meter are those of the password named.
    'activate-weak': s('Hasło — za krótkie, reszta reguł spełniona („jesien7”)', activate('jesien7')),
    'activate-fair': s('Hasło — reguły spełnione, siła średnia („jesien2026”)', activate('jesien2026')),
    'activate-strong': s('Hasło — mocne („Jesienny-Liść-42”), widoczne', activate('Jesienny-Liść-42', { visible: true })),
    'activate-error': s('Hasło — odrzucone', activate('marek.zielinski1', { error: 'weak' })),
    'activate-busy': s('Hasło — aktywowanie', activate('Jesienny-Liść-42', { busy: true })),
    'token-expired': s('Link wygasł', { step: 'token', reason: 'expired' }),
    'token-expired-sent': s('Link wygasł — wysłano nowy', { step: 'token', reason: 'expired', sent: true, resendIn: 60 }),
    'token-used': s('Link już użyty', { step: 'token', reason: 'used' }),
    'token-invalid': s('Link niepełny', { step: 'token', reason: 'invalid' }),
    done: s('Gotowe — zaloguj się', { step: 'done', login: LOGIN, signedIn: false }),
    'done-signed-in': s('Gotowe — zalogowany przez API', { step: 'done', login: LOGIN, signedIn: true }),
  };
}
