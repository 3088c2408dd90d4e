/**
 * Every state of <ebok-contact>, named, for the gallery and the state test (contact-states.test.ts).
 * Not imported by the element, so it never reaches a customer's page.
 */
import { CONTACT_OPTIONS } from '../../mocks/data/contact';
import { ApiError } from '../core/api/errors';
import type { ContactOptions, Ticket } from '../core/api/types';
import { EMPTY_VALUES } from './contact-rules';
import type { WidgetStates } from '../core/states';
import type { ContactState } from './contact-view';

/** What GET /contact/topics answers in the demo operator's setup: the mock API's own options. */
const OPTIONS: ContactOptions = CONTACT_OPTIONS;

const MB = 1024 * 1024;

const TICKETS: Ticket[] = [
  { id: 't1', number: 'ZG/2026/004512', topicId: 'invoices', subject: 'Pytanie o fakturę – korekta odczytu', createdAt: '2026-10-13T09:14:00+02:00', status: 'new' },
  { id: 't2', number: 'ZG/2026/004187', topicId: 'contract', subject: 'Zmiana numeru telefonu w umowie', createdAt: '2026-09-26T17:42:00+02:00', status: 'in_progress' },
  { id: 't3', number: 'ZG/2026/003021', topicId: 'failure', subject: 'Brak prądu na działce w Zalesiu Dolnym — od trzech dni, mimo zgłoszenia telefonicznego', createdAt: '2026-08-02T11:05:00+02:00', status: 'resolved' },
];

const ready = { status: 'ready', value: OPTIONS } as const;
const values = { ...EMPTY_VALUES, email: 'olena.kovalenko@example.pl', phone: '+48 512 845 321' };
const filled = { ...values, topicId: 'complaint', subject: 'Reklamacja rozliczenia', message: 'Proszę o ponowne rozliczenie.' };

const base: ContactState = {
  options: ready,
  signedIn: true,
  values,
  errors: {},
  showSummary: false,
  files: [],
  rejected: [],
  submission: { status: 'idle' },
  history: { status: 'ready', value: TICKETS },
};

const STATES = {
  loading: { ...base, options: { status: 'loading' }, history: { status: 'idle' } },
  optionsError: { ...base, options: { status: 'error', error: new ApiError({ kind: 'server' }) }, history: { status: 'signed-out' } },
  anonymous: { ...base, signedIn: false, values: EMPTY_VALUES, history: { status: 'signed-out' } },
  signedIn: base,
  errors: {
    ...base,
    signedIn: false,
    history: { status: 'signed-out' },
    values: { ...EMPTY_VALUES, email: 'olena@', phone: '12 34', message: 'x'.repeat(2012) },
    showSummary: true,
    errors: {
      topicId: { code: 'required' },
      subject: { code: 'required' },
      message: { code: 'too_long', count: 12 },
      name: { code: 'required' },
      email: { code: 'invalid_email' },
      phone: { code: 'invalid_phone' },
      files: { code: 'total_too_large' },
    },
  },
  attachments: {
    ...base,
    values: filled,
    files: [
      { name: 'faktura-korygujaca-FV-2026-09-000118-skan-strona-1.pdf', size: 2.4 * MB, type: 'application/pdf' },
      { name: 'licznik.jpg', size: 830_000, type: 'image/jpeg' },
    ],
    rejected: [
      { name: 'program.exe', size: 1000, reason: 'unsupported_type' },
      { name: 'film.png', size: 7.2 * MB, reason: 'file_too_large' },
      { name: 'umowa.pdf', size: 4 * MB, reason: 'total_too_large' },
      { name: 'd.pdf', size: 10, reason: 'too_many_files' },
      { name: 'licznik.jpg', size: 830_000, reason: 'duplicate' },
    ],
  },
  sending: { ...base, values: filled, submission: { status: 'sending', loaded: 1 * MB, total: 2 * MB } },
  offline: { ...base, values: filled, submission: { status: 'failed', error: new ApiError({ kind: 'offline' }) } },
  rateLimited: {
    ...base,
    values: filled,
    submission: { status: 'failed', error: new ApiError({ kind: 'rate_limited', retryAfterSeconds: 22 }), retryIn: 22 },
  },
  conflict: { ...base, values: filled, submission: { status: 'failed', error: new ApiError({ kind: 'conflict', code: 'idempotency_conflict' }) } },
  resumed: { ...base, values: filled, resumed: { files: [{ name: 'skan.pdf', size: 2000, type: 'application/pdf' }] } },
  sent: {
    ...base,
    submission: { status: 'sent', ticket: { ...TICKETS[0]!, number: 'ZG/2026/004601' }, email: 'olena.kovalenko@example.pl', copy: 'copied' },
  },
  copyFailed: {
    ...base,
    submission: { status: 'sent', ticket: { ...TICKETS[0]!, number: 'ZG/2026/004601' }, email: 'olena.kovalenko@example.pl', copy: 'failed' },
  },
  historyLoading: { ...base, history: { status: 'loading' } },
  historyError: { ...base, history: { status: 'error', error: new ApiError({ kind: 'offline' }) } },
  historyEmpty: { ...base, history: { status: 'ready', value: [] } },
} satisfies Record<string, ContactState>;

/** Captions for designers (Polish). */
const LABELS: Record<keyof typeof STATES, string> = {
  loading: 'Ładowanie',
  optionsError: 'Błąd — nie wczytano tematów',
  anonymous: 'Niezalogowany — pusty formularz',
  signedIn: 'Zalogowany, z historią zgłoszeń',
  errors: 'Błędy walidacji',
  attachments: 'Załączniki i odrzucone pliki',
  sending: 'Wysyłanie (postęp)',
  offline: 'Wysyłka nieudana — brak sieci',
  rateLimited: 'Wysyłka wstrzymana — za dużo prób',
  conflict: 'Konflikt — wysłać jako nowe?',
  resumed: 'Przywrócona wysyłka po odświeżeniu',
  sent: 'Wysłano — numer zgłoszenia',
  copyFailed: 'Wysłano — kopiowanie nieudane',
  historyLoading: 'Historia — ładowanie',
  historyError: 'Historia — błąd',
  historyEmpty: 'Pusto — brak zgłoszeń',
};

/** Every state of the widget: `el.preview = contactStates().sent.state`. */
export function contactStates(): WidgetStates<ContactState> {
  return Object.fromEntries(Object.entries(STATES).map(([id, state]) => [id, { label: LABELS[id as keyof typeof STATES], state }]));
}
