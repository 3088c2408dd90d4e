import type { Customer } from './api/types';

/**
 * Why a session ended. `cross_site`: sign-in succeeded but the browser never sent the session
 * cookie back (the API is on another site than the page), so the session could not start.
 */
export type LogoutReason = 'user' | 'idle' | 'expired' | 'cross_site';

/**
 * Every event the suite dispatches. Widgets add their own entries by module augmentation:
 *
 *   declare module '../core/events' { interface EbokEventMap { 'ebok-payment': CustomEvent<PaymentDetail> } }
 *
 * All of them bubble and are composed, so an operator can listen on `document`.
 */
export interface EbokEventMap {
  'ebok-login': CustomEvent<{ customer: Customer }>;
  'ebok-logout': CustomEvent<{ reason: LogoutReason }>;
  /** "Zarejestruj się" in <ebok-login>; <ebok-register> on the page answers with preventDefault() (else the link is followed). */
  'ebok-register-request': CustomEvent<Record<string, never>>;
  /** "Zaloguj się" after an activation; <ebok-login> on the page answers with preventDefault() and fills in `login`. */
  'ebok-login-request': CustomEvent<{ login: string }>;
  /** A metering point was chosen (usage, readings): pass `point` to the other widget's `point` attribute. */
  'ebok-point-change': CustomEvent<{ point: string }>;
  /** Unread messages of the signed-in customer (<ebok-messages>, also in `count-only` mode); 0 when signed out. */
  'ebok-unread': CustomEvent<{ count: number }>;
  /**
   * Cancelable: open an invoice, ticket or payment; the page (or a widget on it: invoices, contact,
   * payments) that does calls preventDefault().
   */
  'ebok-open': CustomEvent<{ kind: 'invoice' | 'ticket' | 'payment'; id: string; label: string }>;
}

export type EbokEventName = keyof EbokEventMap;
export type EbokEventDetail<K extends EbokEventName> =
  EbokEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends EbokEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends EbokEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends EbokEventMap {}
}

/**
 * Dispatch a typed `ebok-*` event from `target`. Returns false when a listener called
 * preventDefault() on a cancelable event.
 */
export function emit<K extends EbokEventName>(
  target: EventTarget,
  type: K,
  detail: EbokEventDetail<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
