import type { Customer, Invoice, MeteringPoint, Ticket } from '../../widgets/core/api/types';
import { addDays, addMonths, startOfMonth, todayInWarsaw, warsawMidnightUtc, formatWarsaw } from './dates';
import { buildInvoices } from './invoices';
import { PERSONAS, type PersonaSpec, type TicketSpec } from './personas';
import { DATA_PERSONAS } from './accounts';
import { buildMeters, type MeterFixture } from './readings';
import type { UsageSource } from './usage';

export * from './personas';
export { accountsOf, contractOf, PROPERTY_COUNT, type AccountLink } from './accounts';
export { CONTACT_OPTIONS } from './contact';
export { buildDocumentPdf, buildInvoicePdf, invoicePdfFilename } from './pdf';
export { summedReadings, dailyUsage, type UsageSource } from './usage';
export { invoiceStatus } from './invoices';
export * from './dates';
export { READING_PHOTO_RULES, type MeterFixture } from './readings';
export { individualAccountNumber, paymentHistory, transferDetails, RECIPIENT } from './payments';

export interface CustomerFixture {
  persona: PersonaSpec;
  customer: Customer;
  points: MeteringPoint[];
  /** Usage sources, index-aligned with `points`. */
  sources: UsageSource[];
  /** Newest first; built on first use because the archive persona has 10 000 of them. */
  invoices(): Invoice[];
  creditMinor: number;
  tickets: Ticket[];
  /** The meters of the points with their reading histories; built on first use. */
  meters(): MeterFixture[];
}

export interface Fixtures {
  today: string;
  customers: CustomerFixture[];
}

function usageSource(persona: PersonaSpec, index: number, today: string): UsageSource {
  const spec = persona.points[index];
  if (!spec) throw new RangeError(`No point ${index} for ${persona.key}`);
  const firstDay =
    spec.historyDays !== undefined
      ? addDays(today, -spec.historyDays)
      : startOfMonth(addMonths(today, -(spec.historyMonths ?? 24)));
  // Meter data arrives the next day, so the newest reading is yesterday's.
  return { id: spec.point.id, profile: spec.profile, firstDay, lastDay: addDays(today, -1) };
}

function buildTicket(spec: TicketSpec, persona: PersonaSpec, today: string, index: number): Ticket {
  const day = addDays(today, -spec.daysAgo);
  const [h = 0, m = 0, s = 0] = spec.time.split(':').map(Number);
  const createdAt = formatWarsaw(warsawMidnightUtc(day) + ((h * 60 + m) * 60 + s) * 1000);
  return {
    id: `t-${persona.customer.id.replace(/\D/g, '')}-${index + 1}`,
    number: spec.number.replace('{year}', day.slice(0, 4)),
    topicId: spec.topicId,
    subject: spec.subject,
    createdAt,
    status: spec.status,
  };
}

function buildCustomer(persona: PersonaSpec, today: string): CustomerFixture {
  const sources = persona.points.map((_, i) => usageSource(persona, i, today));
  let invoices: Invoice[] | undefined;
  let meters: MeterFixture[] | undefined;
  const points = persona.points.map((p) => p.point);
  return {
    persona,
    customer: { ...persona.customer },
    points: persona.points.map((p) => ({ ...p.point, granularities: [...p.point.granularities] })),
    sources,
    invoices: () => (invoices ??= buildInvoices(persona, sources, today)),
    creditMinor: persona.creditMinor,
    meters: () => (meters ??= buildMeters(points, sources, today)),
    tickets: persona.tickets
      .map((t, i) => buildTicket(t, persona, today, i))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
}

/**
 * Every persona's data relative to `today` (a Warsaw calendar day). Cheap: invoices are built on
 * first use and usage readings are computed per request.
 */
export function buildFixtures(today: string = todayInWarsaw()): Fixtures {
  return { today, customers: [...PERSONAS, ...DATA_PERSONAS].map((p) => buildCustomer(p, today)) };
}
export { DEMO_ACTIVATION_TOKENS, MOCK_POW_DIFFICULTY, REGISTRATION_CANDIDATES, REGISTRATION_OPTIONS, REGISTRATION_RESEND_SECONDS } from './registration';
export type { RegistrationCandidate } from './registration';
