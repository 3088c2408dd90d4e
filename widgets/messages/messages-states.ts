/**
 * Every state of <ebok-messages>, named, for the gallery and the state test. Not imported by the
 * element, so it never ships. Texts are what an operator sends, markup and all (bad input).
 */
import { ApiError } from '../core/api/errors';
import type { Message } from '../core/api/types';
import type { WidgetState, WidgetStates } from '../core/states';
import type { InboxData, MessagesState } from './messages-view';

const DOMAINS = ['operator.pl'];

function msg(id: string, kind: Message['kind'], title: string, body: string, sentAt: string, read: boolean, extra: Partial<Message> = {}): Message {
  return { id, kind, title, body, sentAt, read, ...extra };
}

const ITEMS: Message[] = [
  msg(
    'm1',
    'dunning',
    'Przypomnienie o zaległej płatności',
    'Szanowny Kliencie,\n\nnie odnotowaliśmy wpłaty za fakturę, której termin płatności minął. Prosimy o uregulowanie należności w ciągu 7 dni.\n\nSzczegóły: https://ebok.operator.pl/faktury.',
    '2026-10-14T08:00:00+02:00',
    false,
    { channels: ['email', 'sms'], related: { kind: 'invoice', id: 'inv-1', label: 'FV/2026/09/000118' } },
  ),
  msg('m2', 'invoice_issued', 'Nowa faktura za energię elektryczną', 'Wystawiliśmy nową fakturę. Kwota do zapłaty: 287,43 zł.', '2026-10-12T06:15:00+02:00', false, {
    related: { kind: 'invoice', id: 'inv-2', label: 'FV/2026/10/000342' },
  }),
  msg('m3', 'general', 'Odpowiedź w sprawie zmiany numeru telefonu', 'Konsultant odpowiedział na Twoje zgłoszenie.', '2026-10-10T12:30:00+02:00', true, {
    related: { kind: 'ticket', id: 't-1', label: 'ZG/2026/004187' },
  }),
  msg(
    'm4',
    'outage',
    'Planowane prace: przerwa w dostawie energii w Zalesiu Dolnym',
    'W dniu prac w godzinach 8:00–14:00 nastąpi przerwa w dostawie energii.\nMapa wyłączeń: https://www.operator.pl/wylaczenia',
    '2026-10-06T10:00:00+02:00',
    true,
    { channels: ['sms'] },
  ),
  msg('m5', 'payment_received', 'Otrzymaliśmy Twoją wpłatę', 'Dziękujemy, wpłata 275,10 zł została zaksięgowana.', '2026-09-25T09:10:00+02:00', true),
  msg('m6', 'payment_due', 'Zbliża się termin płatności', 'Za 3 dni mija termin płatności faktury.', '2026-09-17T07:45:00+02:00', true),
];

const HOSTILE = msg(
  'm9',
  'general',
  '<b>Nowy cennik</b> <script>alert(1)</script> od 1 stycznia — bardzo długi tytuł, który musi się zawinąć',
  'Zmiana cennika <img src=x onerror=alert(1)>.\n\nNumer referencyjny: ' +
    'ZMIANA-CENNIKA-2027-'.repeat(8) +
    '\n\nSzczegóły: https://www.operator.pl/cennik — a nie https://operator.pl.evil.example/cennik ani https://operator.pl@evil.example/.\n\n' +
    'Treść regulaminu. '.repeat(60),
  '2026-10-15T09:00:00+02:00',
  false,
);

function inbox(items: Message[], extra: Partial<InboxData> = {}): InboxData {
  return { items, total: items.length, unread: items.filter((m) => !m.read).length, linkDomains: DOMAINS, ...extra };
}

export function messagesStates(): WidgetStates<MessagesState> {
  const s = (label: string, state: MessagesState, attrs?: Record<string, string>): WidgetState<MessagesState> => ({
    label,
    state,
    ...(attrs ? { attrs } : {}),
  });
  return {
    'signed-out': s('Niezalogowany', { status: 'signed-out' }),
    loading: s('Ładowanie', { status: 'loading' }),
    error: s('Błąd (brak sieci)', { status: 'error', error: new ApiError({ kind: 'offline' }) }),
    empty: s('Brak wiadomości', { status: 'ready', ...inbox([]) }),
    'empty-filter': s('Brak wiadomości wybranego rodzaju', { status: 'ready', kind: 'outage', ...inbox([]) }),
    inbox: s('Skrzynka: nieprzeczytane i przeczytane', { status: 'ready', ...inbox(ITEMS) }),
    open: s('Otwarta wiadomość (przypomnienie o zaległości, link do faktury)', { status: 'ready', open: 'm1', ...inbox(ITEMS) }),
    'open-ticket': s('Otwarta odpowiedź na zgłoszenie', { status: 'ready', open: 'm3', ...inbox(ITEMS) }),
    filtered: s('Filtr: wpłaty', { status: 'ready', kind: 'payment_received', ...inbox(ITEMS.filter((m) => m.kind === 'payment_received')) }),
    more: s('Więcej stron', { status: 'ready', ...inbox(ITEMS, { total: 46 }) }),
    'more-loading': s('Wczytywanie starszych', { status: 'ready', more: { status: 'loading' }, ...inbox(ITEMS, { total: 46 }) }),
    'more-error': s('Błąd wczytywania starszych', {
      status: 'ready',
      more: { status: 'error', error: new ApiError({ kind: 'server', status: 500 }) },
      ...inbox(ITEMS, { total: 46 }),
    }),
    hostile: s('Znaczniki, długi ciąg bez spacji, obce linki', { status: 'ready', open: 'm9', ...inbox([HOSTILE, ...ITEMS.slice(0, 2)]) }),
    'count-only': s('Tylko licznik (count-only)', { status: 'count', unread: 3 }, { 'count-only': '' }),
    'count-only-none': s('Tylko licznik, nic nieprzeczytanego', { status: 'count', unread: 0 }, { 'count-only': '' }),
  };
}
