import { daysBetween } from '../core/calendar';
import { sumMoney } from '../core/format';
import type { Contract, ContractService, Money } from '../core/api/types';

export type Commitment =
  | { kind: 'none' }
  | { kind: 'ended'; on: string }
  /** `daysLeft`: whole days after today until the last day (0 on the last day itself). */
  | { kind: 'running'; until: string; daysLeft: number };

/** Where the commitment period stands on `today` (Warsaw calendar days). */
export function commitmentOf(contract: Pick<Contract, 'commitmentEndsOn'>, today: string): Commitment {
  const end = contract.commitmentEndsOn;
  if (!end) return { kind: 'none' };
  const daysLeft = daysBetween(today, end);
  return daysLeft < 0 ? { kind: 'ended', on: end } : { kind: 'running', until: end, daysLeft };
}

/**
 * What the services cost every month, in integer minor units: the monthly prices summed, yearly
 * ones not included (they are shown with their own period). Undefined when nothing is monthly.
 */
export function monthlyTotal(services: readonly ContractService[]): Money | undefined {
  const monthly = services.flatMap((s) => (s.price?.period === 'month' ? [s.price.amount] : []));
  const currency = monthly[0]?.currency;
  if (!currency || monthly.some((m) => m.currency !== currency)) return undefined;
  return sumMoney(monthly, currency);
}
