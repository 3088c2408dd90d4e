/**
 * The operator's messages and the ticket conversations of the personas (issue #17), as specs
 * relative to "today"; buildMessages()/buildThread() turn them into contract shapes.
 */
import type { Message, MessageKind, TicketEntry, TicketFailureDetails } from '../../widgets/core/api/types';
import { addDays, formatWarsaw, warsawMidnightUtc } from './dates';

/** The operator's own domains: addresses on them become links, others stay text. */
export const LINK_DOMAINS: readonly string[] = ['operator.pl'];

export interface MessageSpec {
  daysAgo: number;
  time: string;
  kind: MessageKind;
  title: string;
  body: string;
  read: boolean;
  channels?: ('email' | 'sms')[];
  /** An `Invoice.id` or `Ticket.id` of the persona; the label (its number) is looked up when built. */
  related?: { kind: 'invoice' | 'ticket'; id: string };
}

function at(today: string, daysAgo: number, time: string, plusMinutes = 0): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return formatWarsaw(warsawMidnightUtc(addDays(today, -daysAgo)) + ((h * 60 + m + plusMinutes) * 60) * 1000);
}

const JAN: MessageSpec[] = [
  {
    daysAgo: 1,
    time: '08:00',
    kind: 'dunning',
    title: 'Przypomnienie o zaległej płatności',
    body:
      'Szanowny Kliencie,\n\nnie odnotowaliśmy wpłaty za fakturę, której termin płatności minął. Prosimy o uregulowanie należności w ciągu 7 dni.\n\nJeśli płatność została już wykonana, prosimy zignorować tę wiadomość. Szczegóły i płatność online: https://ebok.operator.pl/faktury.',
    read: false,
    channels: ['email', 'sms'],
    related: { kind: 'invoice', id: 'inv-1001-00023' },
  },
  {
    daysAgo: 3,
    time: '06:15',
    kind: 'invoice_issued',
    title: 'Nowa faktura za energię elektryczną',
    body: 'Wystawiliśmy nową fakturę. Kwota do zapłaty: 287,43 zł, termin płatności za 14 dni.\nFakturę w PDF znajdziesz w zakładce „Faktury”.',
    read: false,
    channels: ['email'],
    related: { kind: 'invoice', id: 'inv-1001-00024' },
  },
  {
    daysAgo: 5,
    time: '12:30',
    kind: 'general',
    title: 'Odpowiedź w sprawie zmiany numeru telefonu',
    body: 'Konsultant odpowiedział na Twoje zgłoszenie. Przeczytaj odpowiedź w historii zgłoszeń.',
    read: false,
    related: { kind: 'ticket', id: 't-1001-2' },
  },
  {
    daysAgo: 9,
    time: '10:00',
    kind: 'outage',
    title: 'Planowane prace: przerwa w dostawie energii w Zalesiu Dolnym',
    body:
      'W związku z modernizacją sieci w dniu prac w godzinach 8:00–14:00 nastąpi przerwa w dostawie energii przy ul. Leśnej (numery 1–20).\n\nMapa wyłączeń: https://www.operator.pl/wylaczenia. Wiadomości z innych adresów, np. http://operator-pl.example.com/wylaczenia, nie pochodzą od nas.',
    read: true,
    channels: ['sms'],
  },
  {
    daysAgo: 20,
    time: '09:10',
    kind: 'payment_received',
    title: 'Otrzymaliśmy Twoją wpłatę',
    body: 'Dziękujemy, wpłata 275,10 zł została zaksięgowana.',
    read: true,
    channels: ['email'],
  },
  {
    daysAgo: 28,
    time: '07:45',
    kind: 'payment_due',
    title: 'Zbliża się termin płatności',
    body: 'Za 3 dni mija termin płatności faktury. Zapłać wygodnie online lub przelewem na swój indywidualny numer rachunku.',
    read: true,
    channels: ['sms'],
  },
];

const ANNA: MessageSpec[] = [
  {
    daysAgo: 2,
    time: '09:00',
    kind: 'payment_received',
    title: 'Masz nadpłatę na koncie',
    body: 'Twoja wpłata przewyższyła należności. Nadpłata 250,00 zł zostanie rozliczona z najbliższą fakturą.',
    read: false,
    channels: ['email'],
  },
  {
    daysAgo: 3,
    time: '06:15',
    kind: 'invoice_issued',
    title: 'Nowa faktura za energię elektryczną',
    body: 'Wystawiliśmy nową fakturę na 189,37 zł. Pokryje ją Twoja nadpłata.',
    read: true,
    channels: ['email'],
  },
];

const PIOTR: MessageSpec[] = [
  {
    daysAgo: 0,
    time: '07:30',
    kind: 'payment_due',
    title: 'Zbliża się termin płatności',
    body: 'Przypominamy o płatności 142,90 zł. Szczegóły: https://ebok.operator.pl/platnosci',
    read: false,
    channels: ['sms'],
  },
];

const OLENA: MessageSpec[] = [
  {
    daysAgo: 1,
    time: '18:20',
    kind: 'general',
    title: 'Відповідь щодо показань лічильника',
    body: 'Консультант відповів на ваше звернення. Відповідь можна прочитати в історії звернень.',
    read: false,
    related: { kind: 'ticket', id: 't-1004-1' },
  },
  {
    daysAgo: 4,
    time: '08:00',
    kind: 'outage',
    title: 'Аварія водопроводу на вул. Легницькій',
    body: 'Через аварію водопроводу можливі перебої з водою до 18:00. Актуальна інформація: https://www.operator.pl/awarie',
    read: true,
    channels: ['sms'],
  },
];

const IVAN: MessageSpec[] = [
  {
    daysAgo: 2,
    time: '10:00',
    kind: 'invoice_issued',
    title: 'Новый счёт за мобильный интернет',
    body: 'Мы выставили новый счёт на 59,99 zł. Оплатить его можно онлайн в личном кабинете.',
    read: false,
    channels: ['email'],
  },
];

/** Bad input on purpose: markup, a very long unbroken string, a foreign link, a long body. */
const ARCHIVE_HOSTILE: MessageSpec[] = [
  {
    daysAgo: 0,
    time: '09:00',
    kind: 'general',
    title: '<b>Nowy cennik</b> <script>alert(1)</script> od 1 stycznia',
    body:
      'Zmiana cennika <img src=x onerror=alert(1)>.\n\nNumer referencyjny: ' +
      'ZMIANA-CENNIKA-2027-'.repeat(12) +
      '\n\nSzczegóły: https://www.operator.pl/cennik — a nie https://operator.pl.evil.example/cennik ani https://operator.pl@evil.example/.\n\n' +
      'Treść regulaminu. '.repeat(300),
    read: false,
  },
];

function archiveMessages(): MessageSpec[] {
  const kinds: MessageKind[] = ['invoice_issued', 'payment_due', 'payment_received', 'dunning'];
  const list: MessageSpec[] = [...ARCHIVE_HOSTILE];
  for (let i = 1; i <= 45; i++) {
    const kind = kinds[i % kinds.length]!;
    list.push({ daysAgo: i * 3, time: '06:00', kind, title: `Powiadomienie nr ${i}`, body: `Powiadomienie systemowe nr ${i}.`, read: i > 2 });
  }
  return list;
}

const MESSAGES: Record<string, () => MessageSpec[]> = {
  jan: () => JAN,
  anna: () => ANNA,
  piotr: () => PIOTR,
  olena: () => OLENA,
  ivan: () => IVAN,
  archiwum: archiveMessages,
};

/** A persona's messages, newest first; `labelOf` gives the number of the related invoice or ticket. */
export function buildMessages(
  personaKey: string,
  customerSeq: string,
  today: string,
  labelOf: (kind: 'invoice' | 'ticket', id: string) => string,
): Message[] {
  const specs = MESSAGES[personaKey]?.() ?? [];
  return specs
    .map((spec, i): Message => {
      const message: Message = {
        id: `msg-${customerSeq}-${i + 1}`,
        kind: spec.kind,
        title: spec.title,
        body: spec.body,
        sentAt: at(today, spec.daysAgo, spec.time),
        read: spec.read,
      };
      if (spec.channels) message.channels = [...spec.channels];
      if (spec.related) message.related = { ...spec.related, label: labelOf(spec.related.kind, spec.related.id) };
      return message;
    })
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}

// ---------------------------------------------------------------- ticket conversations

export interface EntrySpec {
  /** Minutes after the ticket was created. */
  after: number;
  author?: 'customer' | 'operator';
  authorName?: string;
  body?: string;
  status?: 'new' | 'in_progress' | 'resolved';
  attachments?: { name: string; size: number; type: string }[];
}

export interface ThreadSpec {
  replyAllowed: boolean;
  entries: EntrySpec[];
  failure?: { pointId?: string; place: string; sinceMinutesBefore: number; phone: string };
}

const THREADS: Record<string, ThreadSpec> = {
  't-1001-1': {
    replyAllowed: true,
    entries: [
      {
        after: 0,
        author: 'customer',
        body: 'Dzień dobry, na ostatniej fakturze odczyt licznika jest wyższy niż na zdjęciu w załączniku. Proszę o korektę.',
        attachments: [{ name: 'licznik-dom.jpg', size: 812_344, type: 'image/jpeg' }],
      },
    ],
  },
  't-1001-2': {
    replyAllowed: true,
    entries: [
      { after: 0, author: 'customer', body: 'Proszę o zmianę numeru telefonu w umowie na +48 601 234 567.' },
      { after: 60 * 20, status: 'in_progress' },
      {
        after: 60 * 20 + 5,
        author: 'operator',
        authorName: 'Konsultantka Marta',
        body: 'Dzień dobry, do zmiany numeru potrzebujemy podpisanego aneksu. Wzór: https://www.operator.pl/druki/aneks.pdf\nProszę odesłać skan w odpowiedzi.',
      },
      {
        after: 60 * 24 * 2,
        author: 'customer',
        body: 'W załączniku podpisany aneks.',
        attachments: [{ name: 'aneks-podpisany.pdf', size: 245_112, type: 'application/pdf' }],
      },
      {
        after: 60 * 24 * 14,
        author: 'operator',
        authorName: 'Konsultantka Marta',
        body: 'Dziękujemy, aneks przekazaliśmy do działu umów. Zmiana pojawi się w ciągu 7 dni roboczych.',
      },
    ],
  },
  't-1001-3': {
    replyAllowed: false,
    failure: { pointId: 'mp-1001-2', place: 'ul. Leśna 4, 05-500 Zalesie Dolne', sinceMinutesBefore: 90, phone: '+48601234567' },
    entries: [
      { after: 0, author: 'customer', body: 'Od rana nie ma prądu na działce, sąsiedzi też nie mają.' },
      { after: 15, status: 'in_progress' },
      { after: 16, author: 'operator', authorName: 'Pogotowie energetyczne', body: 'Ekipa jest w drodze, przewidywany czas usunięcia awarii: 4 godziny.' },
      { after: 60 * 5, author: 'operator', authorName: 'Pogotowie energetyczne', body: 'Awaria usunięta, zasilanie przywrócone.' },
      { after: 60 * 5 + 1, status: 'resolved' },
    ],
  },
  't-1004-1': {
    replyAllowed: true,
    entries: [
      { after: 0, author: 'customer', body: 'Добрий день! Показання лічильника в рахунку не збігаються з тими, що я передала.' },
      { after: 60 * 24, status: 'in_progress' },
      {
        after: 60 * 24 * 5,
        author: 'operator',
        authorName: 'Консультантка Оксана',
        body: 'Добрий день! Ми перевіряємо показання. Надішліть, будь ласка, фото лічильника з датою.',
      },
    ],
  },
};

export interface BuiltThread {
  replyAllowed: boolean;
  entries: TicketEntry[];
  failure?: TicketFailureDetails;
}

/** The conversation of a fixture ticket; a ticket without a spec has just its subject as the first message. */
export function buildThread(ticketId: string, createdAt: string, subject: string, status: TicketEntry['status']): BuiltThread {
  const spec = THREADS[ticketId];
  const start = Date.parse(createdAt);
  const time = (after: number) => formatWarsaw(start + after * 60_000);
  if (!spec) {
    return {
      replyAllowed: status !== 'resolved',
      entries: [{ id: `${ticketId}-e1`, type: 'message', at: createdAt, author: 'customer', body: subject }],
    };
  }
  const entries = spec.entries.map((e, i): TicketEntry => {
    const entry: TicketEntry = { id: `${ticketId}-e${i + 1}`, type: e.status ? 'status' : 'message', at: time(e.after) };
    if (e.status) entry.status = e.status;
    if (e.author) entry.author = e.author;
    if (e.authorName) entry.authorName = e.authorName;
    if (e.body !== undefined) entry.body = e.body;
    if (e.attachments) entry.attachments = e.attachments.map((a) => ({ ...a }));
    return entry;
  });
  const thread: BuiltThread = { replyAllowed: spec.replyAllowed, entries };
  if (spec.failure) {
    const f = spec.failure;
    thread.failure = { place: f.place, since: time(-f.sinceMinutesBefore), phone: f.phone, ...(f.pointId ? { pointId: f.pointId } : {}) };
  }
  return thread;
}
