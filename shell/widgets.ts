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
  'ebok-register': () => import('../widgets/register/ebok-register'),
  'ebok-account-switcher': () => import('../widgets/account-switcher/ebok-account-switcher'),
  'ebok-contract': () => import('../widgets/contract/ebok-contract'),
  'ebok-readings': () => import('../widgets/readings/ebok-readings'),
  'ebok-account': () => import('../widgets/account/ebok-account'),
  'ebok-payments': () => import('../widgets/payments/ebok-payments'),
  'ebok-messages': () => import('../widgets/messages/ebok-messages'),
};

/**
 * Chunks to fetch beside a widget's own, as `<link rel="modulepreload">` (written by the build,
 * vite.config.ts `preloadPlaceholders`, in place of `__ebok_preload:<module>__`; in dev and tests
 * nothing is preloaded). Empty on purpose: the usage widget's chart was preloaded here, which made
 * every signed-out page download it; the widget now imports it itself as soon as its session has a
 * customer (beside the first API requests, long before the readings arrive).
 */
export const PRELOADS: Record<string, string> = {};
