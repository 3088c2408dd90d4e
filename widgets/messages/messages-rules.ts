/**
 * Pure rules of <ebok-messages>: which addresses in a plain-text body become links, the kinds
 * and their order, and the unread arithmetic. No DOM, no I/O; the mock API uses the same kinds.
 */
import type { Message, MessageKind } from '../core/api/types';

/** The kinds in the order of the filter. */
export const MESSAGE_KINDS: readonly MessageKind[] = ['invoice_issued', 'payment_due', 'payment_received', 'dunning', 'outage', 'general'];

/** An unknown kind from a newer backend is shown as a general message, never as a raw code. */
export function kindOf(kind: string): MessageKind {
  return (MESSAGE_KINDS as readonly string[]).includes(kind) ? (kind as MessageKind) : 'general';
}

export type TextToken = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

// Anything that starts like an address up to the next space; what it really is, URL() decides.
const CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
// Sentence punctuation after an address belongs to the sentence ("…/faktury.", "(…/pomoc)").
const TRAILING = /[.,;:!?»"')\]]+$/;

function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^\.+|\.+$/g, '');
}

/**
 * Whether `href` may be a link: https only, no user name or password in it (a classic disguise:
 * "https://operator.pl@evil.example"), and the host is an allowed domain or a subdomain of one.
 */
export function isAllowedLink(href: string, domains: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = normalizeDomain(url.hostname);
  return domains.map(normalizeDomain).some((d) => d !== '' && (host === d || host.endsWith(`.${d}`)));
}

/**
 * The body as text and link tokens. Only addresses on `domains` become links (a bare "www." one
 * is read as https); every other address stays text, exactly as written.
 */
export function textTokens(body: string, domains: readonly string[]): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const prev = tokens.at(-1);
    if (prev?.type === 'text') prev.text += text;
    else tokens.push({ type: 'text', text });
  };
  for (const match of body.matchAll(CANDIDATE)) {
    const start = match.index;
    const raw = match[0];
    const trail = TRAILING.exec(raw)?.[0] ?? '';
    // A closing bracket that opened inside the address stays with it (Wikipedia-style paths).
    let text = raw.slice(0, raw.length - trail.length);
    let rest = trail;
    if (rest.startsWith(')') && text.includes('(')) {
      text += ')';
      rest = rest.slice(1);
    }
    const href = /^www\./i.test(text) ? `https://${text}` : text;
    pushText(body.slice(last, start));
    if (text && isAllowedLink(href, domains)) tokens.push({ type: 'link', text, href: new URL(href).href });
    else pushText(text);
    pushText(rest);
    last = start + raw.length;
  }
  pushText(body.slice(last));
  return tokens;
}

/** The unread count after `message` was marked read (never below zero). */
export function unreadAfterRead(unread: number, message: Pick<Message, 'read'>): number {
  return message.read ? unread : Math.max(0, unread - 1);
}

/** Paragraphs of a plain-text body: blank lines separate them, single line breaks stay inside. */
export function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}
