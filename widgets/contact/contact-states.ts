/**
 * Every state of <ebok-contact>, named, for the gallery and the state test (contact-states.test.ts).
 * Not imported by the element, so it never reaches a customer's page.
 */
import { CONTACT_OPTIONS } from '../../mocks/data/contact';
import { ApiError } from '../core/api/errors';
import type { ContactOptions, MeteringPoint, Ticket, TicketConversation } from '../core/api/types';
import type { ThreadState } from './contact-thread';
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

/** An open ticket: the customer's message, a status change, the operator's answers with attachments. */
const OPEN: TicketConversation = {
  ticket: TICKETS[1]!,
  replyAllowed: true,
  entries: [
    {
      id: 'e1',
      type: 'message',
      at: '2026-09-26T17:42:00+02:00',
      author: 'customer',
      body: 'Dzień dobry, zmieniłem numer telefonu. Proszę o wpisanie nowego numeru do umowy: 512 845 321.',
    },
    { id: 'e2', type: 'status', at: '2026-09-27T08:05:00+02:00', status: 'in_progress' },
    {
      id: 'e3',
      type: 'message',
      at: '2026-09-27T10:31:00+02:00',
      author: 'operator',
      authorName: 'Konsultantka Marta',
      body: 'Dzień dobry, przygotowaliśmy aneks do umowy ze zmianą numeru. Proszę go podpisać i odesłać skan w odpowiedzi na tę wiadomość.',
      attachments: [{ name: 'aneks-nr-3-do-umowy-EL-2019-001001-zmiana-danych-kontaktowych.pdf', size: 182_400, type: 'application/pdf' }],
    },
    {
      id: 'e4',
      type: 'message',
      at: '2026-09-28T19:12:00+02:00',
      author: 'customer',
      body: 'Przesyłam podpisany aneks.',
      attachments: [{ name: 'aneks-podpisany.pdf', size: 1_240_000, type: 'application/pdf' }, { name: 'skan-2.jpg', size: 830_000, type: 'image/jpeg' }],
    },
    { id: 'e5', type: 'message', at: '2026-09-30T09:02:00+02:00', author: 'operator', authorName: 'Konsultantka Marta', body: 'Dziękujemy, aneks dotarł. Zmiana obowiązuje od 1 października.' },
  ],
};

/** A resolved failure report: closed, no more replies; the place, since when and the phone. */
const CLOSED: TicketConversation = {
  ticket: TICKETS[2]!,
  replyAllowed: false,
  failure: { place: 'Działka rekreacyjna, ul. Leśna 4, 05-555 Zalesie Dolne', since: '2026-07-30T18:40:00+02:00', phone: '+48601234567', pointId: 'mp-1001-2' },
  entries: [
    { id: 'c1', type: 'message', at: '2026-08-02T11:05:00+02:00', author: 'customer', body: 'Od trzech dni nie ma prądu na działce.' },
    { id: 'c2', type: 'message', at: '2026-08-02T15:20:00+02:00', author: 'operator', authorName: 'Pogotowie energetyczne', body: 'Uszkodzony bezpiecznik w złączu. Ekipa wymieniła go dziś o 15:10.' },
    { id: 'c3', type: 'status', at: '2026-08-02T15:21:00+02:00', status: 'resolved' },
  ],
};

const thread = (patch: Partial<ThreadState> = {}): ThreadState => ({
  ticketId: OPEN.ticket.id,
  conversation: { status: 'ready', value: OPEN },
  reply: '',
  files: [],
  rejected: [],
  submission: { status: 'idle' },
  ...patch,
});
const REPLY = 'Czy mogę prosić o potwierdzenie na piśmie?';

/** The account's metering points: the places a failure can be reported for. */
const POINTS: MeteringPoint[] = [
  { id: 'mp-1001-1', name: 'Dom', address: 'ul. Lipowa 12, 00-123 Warszawa', medium: 'electricity', unit: 'kWh', granularities: ['month', 'day'] },
  { id: 'mp-1001-2', name: 'Działka rekreacyjna', address: 'ul. Leśna 4, 05-555 Zalesie Dolne', medium: 'electricity', unit: 'kWh', granularities: ['month'] },
];
const failure: ContactState = { ...base, mode: 'failure', points: POINTS, history: { status: 'ready', value: TICKETS }, values: { ...values, since: '2026-10-15T06:30' } };
const failureFilled = { ...failure.values, pointId: 'mp-1001-2', message: 'Brak prądu w całym domku, u sąsiadów jest.', since: '2026-10-15T05:45' };

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
  threadLoading: { ...base, thread: thread({ conversation: { status: 'loading' } }) },
  threadOpen: { ...base, thread: thread() },
  threadClosed: { ...base, thread: thread({ ticketId: CLOSED.ticket.id, conversation: { status: 'ready', value: CLOSED } }) },
  threadSending: { ...base, thread: thread({ reply: REPLY, submission: { status: 'sending' } }) },
  threadError: { ...base, thread: thread({ reply: REPLY, submission: { status: 'failed', error: new ApiError({ kind: 'offline' }) } }) },
  threadCountdown: {
    ...base,
    thread: thread({ reply: REPLY, submission: { status: 'failed', error: new ApiError({ kind: 'rate_limited', status: 429, retryAfterSeconds: 22 }), retryIn: 22 } }),
  },
  threadSent: { ...base, thread: thread({ submission: { status: 'sent' } }) },
  threadLoadError: { ...base, thread: thread({ conversation: { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) } }) },
  failureEmpty: failure,
  failureFilled: { ...failure, values: failureFilled },
  failureOther: { ...failure, values: { ...failureFilled, pointId: 'other', address: 'ul. Polna 7, 05-555 Zalesie Dolne' } },
  failureErrors: {
    ...failure,
    values: { ...failure.values, pointId: 'other', address: '', since: '2026-10-16T09:00', phone: '12 34' },
    showSummary: true,
    errors: { address: { code: 'required' }, since: { code: 'invalid_value' }, message: { code: 'required' }, phone: { code: 'invalid_phone' } },
  },
  readOnly: { ...base, readOnly: true },
  threadReadOnly: { ...base, readOnly: true, thread: thread() },
  failureSent: {
    ...failure,
    submission: { status: 'sent', ticket: { ...TICKETS[2]!, id: 't-new', number: 'ZG/2026/004602', topicId: 'failure', subject: 'Awaria: Działka rekreacyjna', createdAt: '2026-10-15T06:52:00+02:00', status: 'new' }, email: 'olena.kovalenko@example.pl', copy: 'copied' },
  },
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
  threadLoading: 'Rozmowa — ładowanie',
  threadOpen: 'Rozmowa — otwarte zgłoszenie z odpowiedziami i załącznikami',
  threadClosed: 'Rozmowa — zgłoszenie zamknięte (awaria usunięta)',
  threadSending: 'Rozmowa — wysyłanie odpowiedzi',
  threadError: 'Rozmowa — odpowiedź nie wysłana (brak sieci)',
  threadCountdown: 'Rozmowa — odpowiedź wstrzymana (Retry-After)',
  threadSent: 'Rozmowa — odpowiedź wysłana',
  threadLoadError: 'Rozmowa — błąd wczytywania',
  failureEmpty: 'Zgłoś awarię — pusty formularz',
  failureFilled: 'Zgłoś awarię — wypełniony (punkt z konta)',
  failureOther: 'Zgłoś awarię — inny adres',
  failureErrors: 'Zgłoś awarię — błędy pól',
  failureSent: 'Zgłoś awarię — wysłano',
  readOnly: 'Konto tylko do wglądu (bez formularza)',
  threadReadOnly: 'Rozmowa na koncie tylko do wglądu (bez odpowiedzi)',
};

/** Every state of the widget: `el.preview = contactStates().sent.state`. */
export function contactStates(): WidgetStates<ContactState> {
  return Object.fromEntries(Object.entries(STATES).map(([id, state]) => [id, { label: LABELS[id as keyof typeof STATES], state }]));
}
