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
  // The transfer details (the customer's own account number) and the history's amounts in złoty.
  'ebok-payments': (el) => isSettled(el) && /\d{2}( \d{4}){6}/.test(text(el)) && !!el.shadowRoot?.querySelector('[part~="payment-amount"]'),
  // The meter with its last reading, the form to submit one, and the history drawn.
  'ebok-readings': (el) => isSettled(el) && /\d,\d\s?kWh/.test(text(el)) && !!el.shadowRoot?.querySelector('form'),
  // The customer's own details in the form, every section loaded.
  'ebok-account': (el) => isSettled(el) && text(el).includes('Jan Kowalski') && !!el.shadowRoot?.querySelector('input[type="email"]'),
  'ebok-messages': (el) => isSettled(el) && !!el.shadowRoot?.querySelector('li.item [part~="message"]'),
  // Signed in there is nothing to register: the widget says the customer already has an account.
  'ebok-register': (el) => isSettled(el) && text(el).includes('Jesteś zalogowany'),
  // The contract number and the services with their prices.
  'ebok-contract': (el) => isSettled(el) && /EL\/\d{4}\/\d+/.test(text(el)) && !!el.shadowRoot?.querySelector('[part~="service"] [part~="price"]'),
  // The chosen account, and the way to change it (jan has two).
  'ebok-account-switcher': (el) => isSettled(el) && text(el).includes('Prąd — Dom') && !!el.shadowRoot?.querySelector('[role="combobox"]'),
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
  'ebok-payments': signedOut,
  'ebok-readings': signedOut,
  'ebok-account': signedOut,
  'ebok-messages': signedOut,
  // Registering is for the signed-out: the first step's form.
  'ebok-register': (el) => isSettled(el) && !!el.shadowRoot?.querySelector('form input'),
  'ebok-contract': signedOut,
  // Nothing to choose from: the switcher renders its root and nothing in it.
  'ebok-account-switcher': (el) => isSettled(el) && text(el) === '',
};
