import type { Account } from '../core/api/types';

/** Lower case without diacritics ("Łąkowa" → "lakowa"): how people type a search on a phone. */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l');
}

/**
 * The accounts matching what was typed: every word must occur in the label, the address or the
 * number (in any order: "kwiatowa 7", "7 kwiatowa" and "WM/007" all find the same property).
 */
export function filterAccounts(accounts: readonly Account[], query: string): readonly Account[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return accounts;
  return accounts.filter((a) => {
    const text = searchable(`${a.label} ${a.address} ${a.number}`);
    return words.every((w) => text.includes(w));
  });
}

/** The next active option for a key, or undefined when the key does not move it. */
export function moveActive(key: string, active: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : Math.min(count - 1, active + 1);
    case 'ArrowUp':
      return active < 0 ? count - 1 : Math.max(0, active - 1);
    case 'PageDown':
      return Math.min(count - 1, Math.max(0, active) + 10);
    case 'PageUp':
      return Math.max(0, active - 10);
    default:
      return undefined;
  }
}
