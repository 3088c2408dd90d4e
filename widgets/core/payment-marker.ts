/**
 * The names the return from the gateway travels under, in one place: the payment flow
 * (payment.ts, payment-rules.ts) reads and cleans them, and the loader (payment-loader.ts) only
 * looks for them to decide whether the flow must be fetched at once.
 */

/**
 * The return marker: the gateway sends the customer back to `returnUrl` with
 * `?ebok-payment=<Payment.id>` added to the query (docs/operators/backend.md, "The return address").
 */
export const RETURN_PARAM = 'ebok-payment';

/**
 * The account the payment was made for, which the widgets add to `returnUrl` themselves: the
 * page that comes back asks about the payment with that account's Ebok-Account, whichever
 * account the session restored (another tab may have switched meanwhile).
 */
export const ACCOUNT_PARAM = 'ebok-account';

/** Where the marker survives a reload once it is gone from the address bar: this history entry's state. */
export const HISTORY_KEY = 'ebokPayment';
