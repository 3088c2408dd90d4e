/**
 * The one translation-parity test, over every namespace. The Polish bundle is what the type check
 * reads keys from (./keys.ts), so uk and ru must have exactly its keys, and every plural needs all
 * four CLDR forms in every language (i18next picks _one/_few/_many/_other by Intl.PluralRules; a
 * missing form shows the raw key to the customer).
 */
import { expect } from '@open-wc/testing';
import type { Namespace } from './keys';
import type { Lang } from './languages';
import commonPl from './pl.json';
import commonUk from './uk.json';
import commonRu from './ru.json';
import paymentPl from './payment.pl.json';
import paymentUk from './payment.uk.json';
import paymentRu from './payment.ru.json';
import balancePl from '../../balance/i18n/pl.json';
import balanceUk from '../../balance/i18n/uk.json';
import balanceRu from '../../balance/i18n/ru.json';
import contactPl from '../../contact/i18n/pl.json';
import contactUk from '../../contact/i18n/uk.json';
import contactRu from '../../contact/i18n/ru.json';
import messagesPl from '../../messages/i18n/pl.json';
import messagesUk from '../../messages/i18n/uk.json';
import messagesRu from '../../messages/i18n/ru.json';
import invoicesPl from '../../invoices/i18n/pl.json';
import invoicesUk from '../../invoices/i18n/uk.json';
import invoicesRu from '../../invoices/i18n/ru.json';
import loginPl from '../../login/i18n/pl.json';
import loginUk from '../../login/i18n/uk.json';
import loginRu from '../../login/i18n/ru.json';
import loginFormPl from '../../login/i18n/form.pl.json';
import loginFormUk from '../../login/i18n/form.uk.json';
import loginFormRu from '../../login/i18n/form.ru.json';
import readingsPl from '../../readings/i18n/pl.json';
import readingsUk from '../../readings/i18n/uk.json';
import readingsRu from '../../readings/i18n/ru.json';
import usagePl from '../../usage/i18n/pl.json';
import usageUk from '../../usage/i18n/uk.json';
import usageRu from '../../usage/i18n/ru.json';
import registerPl from '../../register/i18n/pl.json';
import registerUk from '../../register/i18n/uk.json';
import registerRu from '../../register/i18n/ru.json';
import accountsPl from '../../account-switcher/i18n/pl.json';
import accountsUk from '../../account-switcher/i18n/uk.json';
import accountsRu from '../../account-switcher/i18n/ru.json';
import contractPl from '../../contract/i18n/pl.json';
import contractUk from '../../contract/i18n/uk.json';
import contractRu from '../../contract/i18n/ru.json';
import accountPl from '../../account/i18n/pl.json';
import accountUk from '../../account/i18n/uk.json';
import accountRu from '../../account/i18n/ru.json';
import paymentsPl from '../../payments/i18n/pl.json';
import paymentsUk from '../../payments/i18n/uk.json';
import paymentsRu from '../../payments/i18n/ru.json';

type Bundle = Record<string, unknown>;

/**
 * Every declared namespace but the core tests' own: a widget that declares a namespace (see
 * ./keys.ts) and is not listed here fails the type check, so no namespace goes untested.
 */
const BUNDLES: Record<Exclude<Namespace, 'test'>, Record<Lang, Bundle>> = {
  common: { pl: commonPl, uk: commonUk, ru: commonRu },
  payment: { pl: paymentPl, uk: paymentUk, ru: paymentRu },
  balance: { pl: balancePl, uk: balanceUk, ru: balanceRu },
  contact: { pl: contactPl, uk: contactUk, ru: contactRu },
  messages: { pl: messagesPl, uk: messagesUk, ru: messagesRu },
  invoices: { pl: invoicesPl, uk: invoicesUk, ru: invoicesRu },
  // Two bundles of one namespace (the form's strings load with the form): checked as one.
  login: { pl: { ...loginPl, ...loginFormPl }, uk: { ...loginUk, ...loginFormUk }, ru: { ...loginRu, ...loginFormRu } },
  usage: { pl: usagePl, uk: usageUk, ru: usageRu },
  register: { pl: registerPl, uk: registerUk, ru: registerRu },
  accounts: { pl: accountsPl, uk: accountsUk, ru: accountsRu },
  contract: { pl: contractPl, uk: contractUk, ru: contractRu },
  readings: { pl: readingsPl, uk: readingsUk, ru: readingsRu },
  account: { pl: accountPl, uk: accountUk, ru: accountRu },
  payments: { pl: paymentsPl, uk: paymentsUk, ru: paymentsRu },
};

const FORMS = ['one', 'few', 'many', 'other'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Leaf keys as dotted paths with their values. */
function leaves(o: Bundle, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of leaves(v as Bundle, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, v);
  }
  return out;
}

/** `{{name}}` placeholders of a string (formats such as `{{n, number}}` count by name). */
function variables(s: string): string[] {
  return [...new Set([...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();
}

describe('translations: every namespace', () => {
  for (const [ns, byLang] of Object.entries(BUNDLES)) {
    describe(ns, () => {
      const pl = leaves(byLang.pl);

      it('uk and ru have exactly the Polish keys', () => {
        const plKeys = [...pl.keys()].sort();
        expect(plKeys.length, `${ns} pl`).to.be.greaterThan(0);
        for (const lang of ['uk', 'ru'] as const) {
          const keys = [...leaves(byLang[lang]).keys()].sort();
          expect(keys.filter((k) => !pl.has(k)), `${ns} ${lang}: keys Polish lacks`).to.deep.equal([]);
          expect(plKeys.filter((k) => !keys.includes(k)), `${ns} ${lang}: missing keys`).to.deep.equal([]);
        }
      });

      it('every plural has _one, _few, _many and _other in every language, each showing the number', () => {
        for (const [lang, bundle] of Object.entries(byLang)) {
          const all = leaves(bundle);
          const bases = new Set([...all.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
          for (const base of bases) {
            for (const form of FORMS) {
              const value = all.get(`${base}_${form}`);
              // {{count}} itself, or a formatted copy of it ({{n}} = formatNumber(count)).
              expect(value, `${ns} ${lang} ${base}_${form}`).to.be.a('string').and.match(/\{\{\s*\w+/);
            }
            // A plural key and a plain key of the same name: i18next would use the plain one for
            // a count it has no form for, hiding a missing form.
            expect(all.has(base), `${ns} ${lang} ${base} is also a plain key`).to.equal(false);
          }
          for (const k of all.keys()) {
            expect(/_(zero|two)$/.test(k), `${ns} ${lang} ${k}: Polish, Ukrainian and Russian have no such form`).to.equal(false);
          }
        }
      });

      it('every string is non-empty where Polish is, and uses the same placeholders as the Polish one', () => {
        for (const [lang, bundle] of Object.entries(byLang)) {
          for (const [key, value] of leaves(bundle)) {
            expect(value, `${ns} ${lang} ${key}`).to.be.a('string');
            const plValue = pl.get(key);
            // Empty only where Polish is deliberately empty (e.g. usage totals.why.compared: nothing to add).
            if (plValue !== '') expect(String(value).trim(), `${ns} ${lang} ${key}`).not.to.equal('');
            if (typeof plValue === 'string' && typeof value === 'string') {
              expect(variables(value), `${ns} ${lang} ${key}`).to.deep.equal(variables(plValue));
            }
          }
        }
      });
    });
  }
});
