/**
 * Every state of <ebok-account>, named, for the gallery and the state test (account-states.test.ts).
 * Not imported by the element, so it never ships. Dates are fixed so the states never drift.
 */
import { ApiError } from '../core/api/errors';
import type { AccountContact, ConsentList, EInvoice, NotificationSettings } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import type { AccountState, CodeState, ContactSection } from './account-view';

const CONTACT: AccountContact = {
  version: 'contact-1',
  name: 'Jan Kowalski',
  customerNumber: '10004521',
  address: { street: 'ul. Długa 5/12', postalCode: '80-827', city: 'Gdańsk' },
  email: 'jan.kowalski@example.pl',
  phone: '+48601234567',
  pending: [],
};

const PENDING: AccountContact = {
  ...CONTACT,
  name: 'Anna Nowak',
  email: 'anna.nowak@example.pl',
  pending: [{ channel: 'email', value: 'anna.nowak@poczta.example.pl', expiresAt: '2026-10-15T10:05:00+02:00', codeLength: 6, resendAfterSeconds: 0 }],
};

const CONSENTS: ConsentList = {
  version: 'consents-1',
  items: [
    {
      id: 'terms',
      text: 'Akceptuję Regulamin świadczenia usług drogą elektroniczną (eBOK) w wersji z 1 stycznia 2026 r.',
      lang: 'pl',
      required: true,
      granted: true,
      changedAt: '2025-11-29T09:12:00+01:00',
    },
    {
      id: 'marketing-email',
      text: 'Zgadzam się na otrzymywanie informacji handlowych o ofertach sprzedawcy energii na mój adres e-mail.',
      lang: 'pl',
      required: false,
      granted: true,
      changedAt: '2026-09-04T18:40:00+02:00',
    },
    { id: 'marketing-phone', text: 'Zgadzam się na kontakt telefoniczny i SMS w celach marketingowych.', lang: 'pl', required: false, granted: false },
  ],
};

/** The water company: new required terms not yet accepted; its texts carry markup, shown as typed. */
const WATER_CONSENTS: ConsentList = {
  version: 'consents-4',
  items: [
    {
      id: 'terms-2026',
      text: 'Akceptuję nowy Regulamin eBOK obowiązujący od 1 listopada 2026 r. <b>Bez akceptacji</b> konto przejdzie w tryb tylko do odczytu.',
      lang: 'pl',
      required: true,
      granted: false,
    },
    {
      id: 'water-quality',
      text: 'Chcę otrzymywać komunikaty o jakości wody i przerwach w dostawie <script>alert(1)</script> na e-mail.',
      lang: 'pl',
      required: false,
      granted: true,
      changedAt: '2026-03-29T08:00:00+02:00',
    },
  ],
};

const E_INVOICE: EInvoice = { version: 'eInvoice-1', enabled: true, email: 'jan.kowalski@example.pl' };
const E_INVOICE_OFF: EInvoice = { version: 'eInvoice-2', enabled: false, effectiveFrom: '2026-11-01' };

const on = (email: boolean, sms: boolean) => ({ email, sms });
const NOTIFICATIONS: NotificationSettings = {
  version: 'notifications-1',
  events: { newInvoice: on(true, false), paymentReminder: on(true, true), paymentReceived: on(false, false), plannedWorks: on(true, true) },
  reminderDaysBefore: 3,
  smsAvailable: true,
};

const ready = <T>(value: T) => ({ data: { status: 'ready' as const, value } });

function account(patch: Partial<Extract<AccountState, { status: 'ready' }>> = {}): AccountState {
  return {
    status: 'ready',
    contact: ready(CONTACT),
    consents: ready(CONSENTS),
    eInvoice: ready(E_INVOICE),
    notifications: ready(NOTIFICATIONS),
    password: { values: { current: '', next: '' } },
    ...patch,
  };
}

const pending = (email: CodeState): ContactSection => ({ ...ready(PENDING), codes: { email } });

export function accountStates(): WidgetStates<AccountState> {
  const s = (label: string, state: AccountState): WidgetState<AccountState> => ({ label, state });
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    'signed-out-lost': s('Wylogowano z niezapisanymi zmianami', { status: 'signed-out', lost: ['contact', 'notifications'] }),
    loading: s('Ładowanie', { status: 'loading' }),
    ready: s('Dane (Jan)', account()),
    'section-error': s('Błąd jednej sekcji (zgody)', account({ consents: { data: { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) } } })),
    errors: s(
      'Błędy pól (kod, e-mail, telefon, hasło)',
      account({
        contact: {
          ...ready(CONTACT),
          values: { street: 'ul. Długa 5/12', postalCode: '8082', city: 'Gdańsk', email: 'jan.kowalski@', phone: '60123' },
          dirty: true,
          errors: { 'address.postalCode': 'invalid_format', email: 'invalid_email', phone: 'invalid_phone' },
        },
        password: { values: { current: 'x', next: 'abc' }, errors: { currentPassword: 'wrong_password', newPassword: 'weak_password' }, attemptsLeft: 2 },
      }),
    ),
    dirty: s('Niezapisane zmiany', account({ notifications: { ...ready(NOTIFICATIONS), values: { events: NOTIFICATIONS.events, reminderDaysBefore: 7 }, dirty: true } })),
    saving: s('Zapisywanie', account({ consents: { ...ready(CONSENTS), save: { status: 'saving' } } })),
    saved: s('Zapisano', account({ notifications: { ...ready(NOTIFICATIONS), save: { status: 'saved' } } })),
    stale: s(
      'Zmienione w innej karcie (412)',
      account({ contact: { ...ready(CONTACT), values: { ...{ street: 'ul. Długa 7', postalCode: '80-827', city: 'Gdańsk' }, email: CONTACT.email, phone: '+48601234567' }, dirty: true, save: { status: 'stale' } } }),
    ),
    'save-failed': s('Zapis nieudany (błąd serwera)', account({ eInvoice: { ...ready(E_INVOICE), save: { status: 'failed', error: new ApiError({ kind: 'server', status: 500 }) } } })),
    'pending-email': s('Nowy e-mail czeka na kod (Anna)', account({ contact: pending({ wait: 24 }), eInvoice: ready(E_INVOICE_OFF) })),
    'code-invalid': s('Błędny kod', account({ contact: pending({ code: '111111', error: new ApiError({ kind: 'validation', status: 400, code: 'code_invalid', attemptsLeft: 2 }) }) })),
    'code-expired': s('Kod wygasł', account({ contact: pending({ code: '123456', error: new ApiError({ kind: 'not_found', status: 410, code: 'code_expired' }) }) })),
    'code-locked': s(
      'Za dużo prób (Retry-After)',
      account({ contact: pending({ wait: 118, error: new ApiError({ kind: 'rate_limited', status: 429, code: 'too_many_attempts', retryAfterSeconds: 120 }) }) }),
    ),
    'required-consent': s('Wymagana zgoda do akceptacji, HTML w treści', account({ consents: ready(WATER_CONSENTS) })),
    'e-invoice-confirm': s(
      'Włączanie e-faktury bez potwierdzenia adresu',
      account({
        eInvoice: { ...ready(E_INVOICE_OFF), values: { enabled: true, email: 'jan.kowalski@example.pl', confirmed: false }, dirty: true, errors: { addressConfirmed: 'required' } },
      }),
    ),
    'no-sms': s('Bez telefonu: SMS niedostępne', account({ notifications: ready({ ...NOTIFICATIONS, smsAvailable: false }) })),
    'password-changed': s('Hasło zmienione', account({ password: { values: { current: '', next: '' }, save: { status: 'saved', note: 'password' } } })),
    'read-only': s('Konto tylko do wglądu (dane bez formularzy, hasło zostaje)', account({ readOnly: true, consents: ready(WATER_CONSENTS), notifications: ready({ ...NOTIFICATIONS, smsAvailable: false }) })),
    'read-only-pending': s('Tylko do wglądu: nowy e-mail czeka na kod właściciela, e-faktura wyłączona', account({ readOnly: true, contact: pending({}), eInvoice: ready(E_INVOICE_OFF) })),
    'password-locked': s(
      'Hasło: konto zablokowane',
      account({ password: { values: { current: '', next: '' }, save: { status: 'failed', error: new ApiError({ kind: 'locked', status: 423, code: 'account_locked' }) } } }),
    ),
  };
}
