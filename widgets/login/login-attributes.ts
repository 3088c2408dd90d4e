/**
 * What `<ebok-login>` reads from its attributes before any form is on screen: which identifiers
 * exist, the registration link's safety, and the warnings for an operator's typo. A module of its
 * own so the element can warn on a signed-in page without the sign-in rules (login-rules.ts, with
 * the validators) that only the form needs.
 */
import type { IdentifierType } from '../core/api/types';
import { warnOnce } from '../core/warn';

export const IDENTIFIER_TYPES: readonly IdentifierType[] = ['email', 'customerNumber', 'phone', 'cardNumber'];

/** The words of the `identifiers` attribute that name no identifier (e.g. a misspelt "emial"). */
export function unknownIdentifiers(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((word) => word && !IDENTIFIER_TYPES.some((t) => t.toLowerCase() === word.toLowerCase()));
}

/**
 * The registration link from the `registration-url` attribute, only when it is http(s) (relative
 * URLs resolve against the page). Anything else — `javascript:`, `data:` — is dropped: Lit does
 * not sanitise href values.
 */
export function safeUrl(value: string | null | undefined, base = document.baseURI): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Tell the operator about attribute values that would otherwise fall back silently (each once). */
export function warnAttributes(identifiers: string | null, registrationUrl: string | null): void {
  for (const word of unknownIdentifiers(identifiers)) {
    warnOnce(`identifiers:${word}`, `<ebok-login identifiers="${identifiers}">: "${word}" is not an identifier and is ignored. Use ${IDENTIFIER_TYPES.join(', ')}.`);
  }
  if (registrationUrl && !safeUrl(registrationUrl)) {
    warnOnce(`registration-url:${registrationUrl}`, `<ebok-login registration-url="${registrationUrl}">: only http(s) addresses are shown; this one is ignored.`);
  }
}
