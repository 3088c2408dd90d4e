import type { Invoice, InvoiceStatus } from '../../widgets/core/api/types';
import { addDays, addMonths, endOfMonth, startOfMonth } from './dates';
import type { ArchivePlan, InvoicePlan, PersonaSpec } from './personas';
import { createRandom, hashUnit, randomInt, seedFrom } from './random';
import { monthlyTotal, type UsageSource } from './usage';

const PLN = 'PLN';

/** The status rules of the contract, in its order: paid, overdue, partly paid, unpaid. */
export function invoiceStatus(amountMinor: number, remainingMinor: number, dueDate: string, today: string): InvoiceStatus {
  if (remainingMinor <= 0) return 'paid';
  if (dueDate < today) return 'overdue';
  if (remainingMinor < amountMinor) return 'partly_paid';
  return 'unpaid';
}

function invoiceNumber(issueDate: string, sequence: number): string {
  return `FV/${issueDate.slice(0, 4)}/${issueDate.slice(5, 7)}/${String(sequence).padStart(6, '0')}`;
}

function makeInvoice(
  id: string,
  number: string,
  issueDate: string,
  dueDate: string,
  amountMinor: number,
  paidMinor: number,
  today: string,
  period?: { from: string; to: string },
): Invoice {
  const remainingMinor = Math.max(0, amountMinor - paidMinor);
  return {
    id,
    number,
    issueDate,
    dueDate,
    amount: { minor: amountMinor, currency: PLN },
    remaining: { minor: remainingMinor, currency: PLN },
    status: invoiceStatus(amountMinor, remainingMinor, dueDate, today),
    ...(period ? { period } : {}),
  };
}

/** Gross price per unit and fixed monthly fee (minor units) per medium, roughly 2026 Polish tariffs. */
const TARIFF = {
  kWh: { perUnit: 112, fixed: 3850 },
  m3: { perUnit: 1647, fixed: 920 },
  GJ: { perUnit: 9800, fixed: 2400 },
  GB: { perUnit: 0, fixed: 4999 },
} as const;

function priceFromUsage(persona: PersonaSpec, sources: readonly UsageSource[], periodStart: string, fallbackSeed: number): number {
  let total = 0;
  // The operator bills its own medium; Jan's water point is there only to test "all" summing.
  const billedUnit = persona.points[0]?.point.unit;
  persona.points.forEach((spec, i) => {
    if (spec.point.unit !== billedUnit) return;
    const source = sources[i];
    const tariff = TARIFF[spec.point.unit];
    const used = source ? monthlyTotal(source, periodStart) : undefined;
    const units = used ?? 150 + 200 * hashUnit(fallbackSeed, i);
    // Mobile plans charge a flat fee, plus an add-on package in months above 18 GB.
    const variable = spec.point.unit === 'GB' ? (units > 18 ? 1000 : 0) : Math.round(units * tariff.perUnit);
    total += tariff.fixed + variable;
  });
  return total > 0 ? total : 4999;
}

/**
 * One invoice a month, the newest issued 3 days before today and due 14 days after issue, so that
 * which invoice is overdue or upcoming does not depend on the day of the month the demo runs.
 */
function monthlyInvoices(persona: PersonaSpec, plan: InvoicePlan, sources: readonly UsageSource[], today: string): Invoice[] {
  const seed = seedFrom(persona.customer.id);
  const newestIssue = addDays(today, -3);
  const seq = Number(persona.customer.id.replace(/\D/g, ''));
  const invoices: Invoice[] = [];
  for (let k = plan.months - 1; k >= 0; k--) {
    const issueDate = addMonths(newestIssue, -k);
    const dueDate = addDays(issueDate, 14);
    const periodStart = startOfMonth(addMonths(startOfMonth(issueDate), -1));
    const period = { from: periodStart, to: endOfMonth(periodStart) };
    const recent = plan.recent[k];
    const amount = recent?.amountMinor ?? priceFromUsage(persona, sources, periodStart, seed + k);
    const paid = recent ? recent.paidMinor : amount;
    const sequence = 1000 + Math.floor(hashUnit(seed, k + 7) * 900_000);
    const index = plan.months - k;
    invoices.push(
      makeInvoice(`inv-${seq}-${String(index).padStart(5, '0')}`, invoiceNumber(issueDate, sequence), issueDate, dueDate, amount, paid, today, period),
    );
  }
  return invoices.reverse();
}

/**
 * A business customer with ~5 invoices a day over five and a half years. Among the newest 60, every
 * fifth is unpaid and every fifth partly paid; with a 3-day term some of them are overdue.
 */
function archiveInvoices(persona: PersonaSpec, plan: ArchivePlan, today: string): Invoice[] {
  const random = createRandom(seedFrom(`${persona.customer.id}/archive`));
  const seq = Number(persona.customer.id.replace(/\D/g, ''));
  const spanDays = 2000;
  const invoices: Invoice[] = new Array<Invoice>(plan.count);
  const perMonth = new Map<string, number>();
  // Oldest first so that numbers grow within each month.
  for (let i = plan.count - 1; i >= 0; i--) {
    const issueDate = addDays(today, -Math.floor((i * spanDays) / plan.count));
    const dueDate = addDays(issueDate, 3);
    const month = issueDate.slice(0, 7);
    const sequence = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, sequence);
    const amount = randomInt(random, 8_000, 450_000);
    let paid = amount;
    if (i < 60 && i % 5 === 2) paid = 0;
    if (i < 60 && i % 5 === 4) paid = Math.round(amount / 2);
    const periodStart = startOfMonth(addMonths(startOfMonth(issueDate), -1));
    invoices[i] = makeInvoice(
      `inv-${seq}-${String(plan.count - i).padStart(5, '0')}`,
      invoiceNumber(issueDate, sequence),
      issueDate,
      dueDate,
      amount,
      paid,
      today,
      { from: periodStart, to: endOfMonth(periodStart) },
    );
  }
  return invoices;
}

/** All invoices of a persona, newest first. */
export function buildInvoices(persona: PersonaSpec, sources: readonly UsageSource[], today: string): Invoice[] {
  return persona.invoices.kind === 'archive'
    ? archiveInvoices(persona, persona.invoices, today)
    : monthlyInvoices(persona, persona.invoices, sources, today);
}
