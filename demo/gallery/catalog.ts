/**
 * What the gallery shows: every widget with every state, as `preview` data (no network, no timers,
 * no randomness). The states live with each widget (`widgets/<name>/<name>-states.ts`), where the
 * widget's state test renders the same list; this file only lists the widgets.
 */
import type { WidgetStates } from '../../widgets/core/states';
import { balanceStates } from '../../widgets/balance/balance-states';
import { contactStates } from '../../widgets/contact/contact-states';
import { readingsStates } from '../../widgets/readings/readings-states';
import { paymentsStates } from '../../widgets/payments/payments-states';
import { invoicesStates } from '../../widgets/invoices/invoices-states';
import { loginStates } from '../../widgets/login/login-states';
import { messagesStates } from '../../widgets/messages/messages-states';
import { usageStates } from '../../widgets/usage/usage-states';
import { registerStates } from '../../widgets/register/register-states';

import { switcherStates } from '../../widgets/account-switcher/switcher-states';
import { contractStates } from '../../widgets/contract/contract-states';

import { accountStates } from '../../widgets/account/account-states';

export type WidgetId = 'login' | 'balance' | 'invoices' | 'usage' | 'contact' | 'register' | 'account-switcher' | 'contract' | 'readings' | 'account' | 'payments' | 'messages';

/** One state of one widget, as the gallery renders it. */
export interface Sample {
  /** Stable id (URLs, tests, screenshots). */
  id: string;
  /** Caption for designers (Polish). */
  label: string;
  /** The `preview` state. */
  state: unknown;
  /** Other properties to set on the element (e.g. a fixed `today`). */
  props?: Record<string, unknown>;
  /** Attributes to set on the element. */
  attrs?: Record<string, string>;
}

export interface WidgetEntry {
  id: WidgetId;
  tag: string;
  /** Name in the gallery's navigation (Polish, as customers know it). */
  name: string;
  /** Loads the element's module (defines the tag). */
  load: () => Promise<unknown>;
  /** Built on each call: some states are relative to "now" (e.g. "locked for 15 minutes"). */
  samples: () => Sample[];
  /** The states issue 9 requires to be shown (ids of `samples()`). */
  required: readonly string[];
  /** The element as an operator pastes it. */
  example: string;
}

/** A widget's named states as the gallery's list, in their order. */
function samples<S>(states: () => WidgetStates<S>): () => Sample[] {
  return () => Object.entries(states()).map(([id, s]) => ({ id, ...s }));
}

// ---------------------------------------------------------------- the catalogue

export const WIDGETS: readonly WidgetEntry[] = [
  {
    id: 'login',
    tag: 'ebok-login',
    name: 'Logowanie',
    load: () => import('../../widgets/login/ebok-login'),
    samples: samples(loginStates),
    required: ['credentials', 'checking', 'server-error', 'wrong-password', 'locked', 'code', 'reset-sent', 'signed-in', 'idle-warning'],
    example: '<ebok-login identifiers="email customerNumber" registration-url="https://www.operator.pl/rejestracja"></ebok-login>',
  },
  {
    id: 'balance',
    tag: 'ebok-balance',
    name: 'Saldo',
    load: () => import('../../widgets/balance/ebok-balance'),
    samples: samples(balanceStates),
    required: ['signed-out', 'loading', 'empty', 'error', 'debt', 'credit', 'upcoming'],
    example: '<ebok-balance></ebok-balance>',
  },
  {
    id: 'invoices',
    tag: 'ebok-invoices',
    name: 'Faktury',
    load: () => import('../../widgets/invoices/ebok-invoices'),
    samples: samples(invoicesStates),
    required: ['signed-out', 'loading', 'empty', 'error', 'list'],
    example: '<ebok-invoices page-size="20" sort="-issueDate"></ebok-invoices>',
  },
  {
    id: 'usage',
    tag: 'ebok-usage',
    name: 'Zużycie',
    load: () => import('../../widgets/usage/ebok-usage'),
    samples: samples(usageStates),
    required: ['signed-out', 'loading', 'empty', 'error', 'electricity', 'water', 'mobile'],
    example: '<ebok-usage period="year"></ebok-usage>',
  },
  {
    id: 'contact',
    tag: 'ebok-contact',
    name: 'Kontakt',
    load: () => import('../../widgets/contact/ebok-contact'),
    samples: samples(contactStates),
    required: ['anonymous', 'loading', 'historyEmpty', 'optionsError', 'errors', 'sent'],
    example: '<ebok-contact></ebok-contact>',
  },
  {
    id: 'register',
    tag: 'ebok-register',
    name: 'Rejestracja',
    load: () => import('../../widgets/register/ebok-register'),
    samples: samples(registerStates),
    required: ['loading', 'error', 'identify', 'identify-errors', 'sent', 'activate', 'token-expired', 'token-used', 'token-invalid', 'done'],
    example: '<ebok-register></ebok-register>',
  },
  {
    id: 'account-switcher',
    tag: 'ebok-account-switcher',
    name: 'Wybór konta',
    load: () => import('../../widgets/account-switcher/ebok-account-switcher'),
    samples: samples(switcherStates),
    required: ['signed-out', 'single', 'two', 'many', 'many-open', 'no-match', 'lost'],
    example: '<ebok-account-switcher></ebok-account-switcher>',
  },
  {
    id: 'contract',
    tag: 'ebok-contract',
    name: 'Umowa i usługi',
    load: () => import('../../widgets/contract/ebok-contract'),
    samples: samples(contractStates),
    required: ['signed-out', 'loading', 'error', 'electricity', 'no-end', 'no-prices'],
    example: '<ebok-contract></ebok-contract>',
  },
  {
    id: 'readings',
    tag: 'ebok-readings',
    name: 'Odczyty',
    load: () => import('../../widgets/readings/ebok-readings'),
    samples: samples(readingsStates),
    required: ['signed-out', 'loading', 'empty', 'error', 'g12', 'errors', 'sent'],
    example: '<ebok-readings></ebok-readings>',
  },
  {
    id: 'account',
    tag: 'ebok-account',
    name: 'Twoje dane',
    load: () => import('../../widgets/account/ebok-account'),
    samples: samples(accountStates),
    required: ['signed-out', 'loading', 'ready', 'errors', 'stale', 'pending-email', 'code-locked', 'required-consent'],
    example: '<ebok-account></ebok-account>',
  },
  {
    id: 'payments',
    tag: 'ebok-payments',
    name: 'Płatności',
    load: () => import('../../widgets/payments/ebok-payments'),
    samples: samples(paymentsStates),
    required: ['signed-out', 'loading', 'ready', 'empty', 'history-error', 'qr'],
    example: '<ebok-payments></ebok-payments>',
  },
  {
    id: 'messages',
    tag: 'ebok-messages',
    name: 'Wiadomości',
    load: () => import('../../widgets/messages/ebok-messages'),
    samples: samples(messagesStates),
    required: ['signed-out', 'loading', 'empty', 'error', 'inbox', 'open', 'hostile', 'count-only'],
    example: '<ebok-messages></ebok-messages>',
  },
];

export function widgetById(id: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.id === id);
}
