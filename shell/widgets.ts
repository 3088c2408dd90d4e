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
};

/**
 * Chunks to fetch beside a widget's own, as `<link rel="modulepreload">`: the usage widget always
 * draws with chart.js, and waiting for the widget to run before asking for the chart put 9 files
 * in sequence. The build (vite.config.ts, `preloadPlaceholders`) writes the space-separated chunk
 * paths in place of the placeholder; in dev and tests it stays a placeholder and nothing is preloaded.
 */
export const PRELOADS: Record<string, string> = {
  'ebok-usage': '__ebok_preload:widgets/usage/usage-chart.ts__',
};
