/**
 * When a widget shows what the customer should see — shared by the embedding tests and the
 * whole-suite benchmark (scripts/bench/suite.ts). Checked on text and structure, not internals.
 */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Rendered and done loading: a shadow root with content and no skeleton or busy region. */
export function isSettled(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root || !root.querySelector('[part~="base"]')) return false;
  return !root.querySelector('.skeleton, [aria-busy="true"]');
}

/**
 * What "showing the signed-in customer's data" means for each widget (pl, persona jan): checked on
 * the text and structure the customer sees, not on internals.
 */
export const SHOWS_DATA: Record<string, (el: Element) => boolean> = {
  'ebok-login': (el) => text(el).includes('Jan Kowalski'),
  'ebok-balance': (el) => isSettled(el) && /\d,\d\d\s?zł/.test(text(el)),
  'ebok-invoices': (el) => isSettled(el) && /\d,\d\d\s?zł/.test(text(el)),
  // The chart is drawn: uPlot has put its canvas into the chart element, which says "drawn".
  'ebok-usage': (el) => isSettled(el) && !!el.shadowRoot?.querySelector('[data-chart="drawn"] canvas'),
  'ebok-contact': (el) => isSettled(el) && !!el.shadowRoot?.querySelector('textarea'),
};

/** Signed out: every widget settled; the login form offers its fields. */
const signedOut = (el: Element) => isSettled(el) && !!el.shadowRoot?.querySelector('[data-kind="signed-out"]');
export const SHOWS_SIGNED_OUT: Record<string, (el: Element) => boolean> = {
  'ebok-login': (el) => isSettled(el) && !!el.shadowRoot?.querySelector('#identifier'),
  'ebok-balance': signedOut,
  'ebok-invoices': signedOut,
  'ebok-usage': signedOut,
  // Anyone may write to the operator: signed out, the contact form asks for a reply address.
  'ebok-contact': (el) => isSettled(el) && !!el.shadowRoot?.querySelector('textarea'),
};
