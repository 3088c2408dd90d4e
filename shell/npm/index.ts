/**
 * The npm package's main entry, for operators who bundle their own site. Each widget is its own
 * entry (`ebok-widgets/balance` defines <ebok-balance> and nothing else); this one holds what a
 * page sets once: the API address and the language — what the CDN loader reads from its data-*.
 *
 *   import { configure } from 'ebok-widgets';
 *   import 'ebok-widgets/login';
 *   import 'ebok-widgets/balance';
 *   configure({ api: 'https://ebok.operator.pl/api', lang: 'pl' });
 */
export { configure, getConfig, type EbokConfig } from '../../widgets/core/config';
export { VERSION } from '../../widgets/core/version';
export type { EbokEventMap, LogoutReason } from '../../widgets/core/events';
export type { Lang } from '../../widgets/core/i18n/languages';
