/**
 * Tag → chunk. Each import() becomes one content-hashed chunk; the loader fetches a chunk only
 * when its tag appears in the page.
 */
export const WIDGETS: Record<string, () => Promise<unknown>> = {
  'ebok-login': () => import('../widgets/login/ebok-login'),
  'ebok-balance': () => import('../widgets/balance/ebok-balance'),
  'ebok-invoices': () => import('../widgets/invoices/ebok-invoices'),
  'ebok-usage': () => import('../widgets/usage/ebok-usage'),
  'ebok-contact': () => import('../widgets/contact/ebok-contact'),
};
