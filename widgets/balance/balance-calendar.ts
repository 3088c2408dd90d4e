/**
 * The .ics reminder of the balance tile ("Dodaj do kalendarza"), pure and tested at every
 * boundary. A module of its own, fetched when a customer first asks for a reminder: most visits
 * never do (issue 13, page weight).
 */
import { addDays } from '../core/calendar';
import type { DueGroup } from './balance-rules';

// RFC 5545

export interface CalendarReminder {
  /** The due day ("YYYY-MM-DD", Warsaw): an all-day event. */
  day: string;
  summary: string;
  description: string;
  /** Stable, so importing the same reminder again updates it instead of duplicating it. */
  uid: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Fold a content line at 75 octets (RFC 5545 §3.1): CRLF followed by a space. Counts UTF-8 octets
 * and never splits a character (Polish and Cyrillic letters are two octets).
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines start with a space, which counts towards their 75 octets.
  let max = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > max) {
      parts.push(current);
      current = '';
      octets = 0;
      max = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** An iCalendar file with one all-day event and a reminder the morning before. Lines end in CRLF. */
export function buildIcs(r: CalendarReminder): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//eBOK widgets//Balance//PL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${r.uid}`,
    `DTSTAMP:${icsUtc(r.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(r.day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(r.day, 1))}`,
    `SUMMARY:${escapeIcsText(r.summary)}`,
    `DESCRIPTION:${escapeIcsText(r.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT15H',
    `DESCRIPTION:${escapeIcsText(r.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/**
 * A UID that names the due day and its documents but nothing about the customer (no name, no
 * customer number): the same reminder imported twice is the same event.
 */
export function reminderUid(group: Pick<DueGroup, 'dueDate' | 'documents'>): string {
  const ids = group.documents.map((d) => d.id).sort().join('+');
  return `due-${icsDate(group.dueDate)}-${ids.replace(/[^A-Za-z0-9+_-]/g, '_')}@ebok-widgets`;
}
