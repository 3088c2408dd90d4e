/**
 * Typed translation keys, from i18next's own TypeScript support: the Polish bundle of each
 * namespace is its shape (uk and ru must match it, which parity.test.ts checks), so a
 * missing or misspelt key fails `npm run typecheck`.
 *
 * Core's namespaces (common, payment) are declared here in `CustomTypeOptions.resources`. Each
 * widget adds its own namespace next to its `defineTranslations()` call, through i18next's
 * per-package registry (it merges into the same `resources`; a second `CustomTypeOptions.resources`
 * declaration would not merge):
 *
 *   declare module 'i18next' { interface ResourceNamespaceMap { balance: typeof import('./i18n/pl.json') } }
 *
 * Type-only: nothing here reaches a bundle.
 */
import type { ParseKeys, TOptions, TypeOptions } from 'i18next';
import type common from './pl.json';
import type payment from './payment.pl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { common: typeof common; payment: typeof payment };
    // The instance has no default namespace: every t() is bound to one (fixedT).
    defaultNS: false;
    returnNull: false;
  }
}

/** Every namespace: common, payment and each widget's. */
export type Namespace = keyof TypeOptions['resources'] & string;

/** What `t()` takes in namespace NS: its own keys as they are, common's as `common:key`. */
export type TranslationKey<NS extends Namespace> = ParseKeys<[NS, 'common']>;

/** A `t()` bound to namespace NS — what a widget's views receive (e.g. `Translate<'balance'>`). */
export type Translate<NS extends Namespace> = (key: TranslationKey<NS> | TranslationKey<NS>[], options?: TOptions) => string;

/** A `t()` that knows at least common's keys, as `common:key` (shared helpers in widgets/core). */
export type CommonTranslate = (key: `common:${ParseKeys<'common'>}`, options?: TOptions) => string;
