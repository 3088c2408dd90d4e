import { http, HttpResponse, type HttpHandler } from 'msw';
import type {
  BalanceDocument,
  Invoice,
  InvoiceSort,
  InvoiceStatus,
  JsonBody,
  JsonResponse,
  Money,
  Payment,
  PaymentInProgress,
  Problem,
} from '../../widgets/core/api/types';
import { coversDocuments, knownStatus } from '../../widgets/core/payment-rules';
import type { CustomerFixture } from '../data';
import { buildInvoicePdf, formatWarsaw, invoicePdfFilename, isValidDay, paymentHistory, transferDetails } from '../data';
import { allowedReturnOrigins, bumpStat, createdPayments, fixtures, gatewayUrlFor, mockNow, nextSequence, paymentStore } from '../state';
import { authenticate, fail, idempotencyKey, ok, readJsonObject, validationFailed, type FieldErrors } from './respond';

/** 1 000 EUR at the gateway, in grosze. */
export const PAYMENT_LIMIT: Money = { minor: 430_000, currency: 'PLN' };

const STATUSES: readonly InvoiceStatus[] = ['paid', 'unpaid', 'overdue', 'partly_paid'];
const SORTS: readonly InvoiceSort[] = ['issueDate', '-issueDate', 'dueDate', '-dueDate', 'amount', '-amount'];

type NoParams = Record<string, never>;

function compareBy(sort: InvoiceSort): (a: Invoice, b: Invoice) => number {
  const desc = sort.startsWith('-');
  const key = (desc ? sort.slice(1) : sort) as 'issueDate' | 'dueDate' | 'amount';
  const direction = desc ? -1 : 1;
  return (a, b) => {
    const primary =
      key === 'amount' ? a.amount.minor - b.amount.minor : a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
    // Ties by number descending keep paging stable.
    return primary !== 0 ? primary * direction : b.number.localeCompare(a.number);
  };
}

function parsePositiveInt(raw: string | null, fallback: number): number | undefined {
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

function balanceDocuments(invoices: readonly Invoice[]): BalanceDocument[] {
  return invoices
    .filter((i) => i.remaining.minor > 0)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number)))
    .map(({ id, number, issueDate, dueDate, amount, remaining, paymentInProgress }) => ({
      id,
      number,
      issueDate,
      dueDate,
      amount,
      remaining,
      ...(paymentInProgress ? { paymentInProgress } : {}),
    }));
}

/**
 * The customer's invoices as the payments started against the mock left them: a posted payment
 * pays its documents, a pending or not yet posted one marks them "w trakcie księgowania" (the
 * newest payment of a document wins).
 */
function invoicesOf(customer: CustomerFixture): Invoice[] {
  const created = createdPayments(customer.customer.id);
  if (created.length === 0) return customer.invoices();
  const marks = new Map<string, PaymentInProgress>();
  const posted = new Set<string>();
  for (const p of [...created].reverse()) {
    for (const id of p.invoiceIds) {
      marks.delete(id);
      if (coversDocuments(p)) marks.set(id, { paymentId: p.id, status: knownStatus(p.status) === 'completed' ? 'completed' : 'pending' });
      else if (p.status === 'completed') posted.add(id);
    }
  }
  return customer.invoices().map((i) => {
    if (posted.has(i.id)) return { ...i, remaining: { ...i.remaining, minor: 0 }, status: 'paid' as const };
    const mark = marks.get(i.id);
    return mark ? { ...i, paymentInProgress: mark } : i;
  });
}

/** Every payment of a customer: started against the mock, then the history; newest first. */
function paymentsOf(customer: CustomerFixture): Payment[] {
  return [...createdPayments(customer.customer.id), ...paymentHistory(customer.invoices(), fixtures().today)];
}

/** The page to return to after the gateway: a valid http(s) URL on an allowed origin. */
function returnUrlProblem(raw: unknown): FieldErrors[string] | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') return 'invalid_format';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'invalid_format';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid_format';
  return allowedReturnOrigins().includes(url.origin) ? undefined : 'not_allowed';
}

export function financeRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/payments', 'get'> | Problem>(url('/payments'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const params = new URL(request.url).searchParams;
      const fields: FieldErrors = {};
      const rawYear = params.get('year');
      const year = rawYear === null ? undefined : /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
      if (year !== undefined && !(year >= 2000 && year <= 2100)) fields.year = 'invalid_value';
      const page = parsePositiveInt(params.get('page'), 1);
      const pageSize = parsePositiveInt(params.get('pageSize'), 20);
      if (!page) fields.page = 'invalid_value';
      if (!pageSize || pageSize > 100) fields.pageSize = 'invalid_value';
      const document = params.get('document');
      if (document !== null && (document.length === 0 || document.length > 64)) fields.document = 'invalid_value';
      if (Object.keys(fields).length > 0 || !page || !pageSize) return validationFailed(fields);
      // Another customer's invoice id matches nothing of this customer's: an empty page, nothing leaked.
      const all = paymentsOf(customer).filter(
        (p) => (year === undefined || p.createdAt.startsWith(String(year))) && (document === null || p.invoiceIds.includes(document)),
      );
      return ok<'/payments', 'get'>({ items: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length });
    }),

    http.get<{ id: string }, never, JsonResponse<'/payments/{id}', 'get'> | Problem>(url('/payments/:id'), ({ request, params }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      // Someone else's payment is as unknown as a made-up id: nothing about it leaks.
      const payment = paymentsOf(customer).find((p) => p.id === params.id);
      return payment ? ok<'/payments/{id}', 'get'>(payment) : fail(404, 'not_found');
    }),

    http.get<NoParams, never, JsonResponse<'/transfer-details', 'get'> | Problem>(url('/transfer-details'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      // One operator in the demo does not offer a QR code, so both layouts can be seen.
      return ok<'/transfer-details', 'get'>(transferDetails(customer.customer, customer.persona.key !== 'olena'));
    }),

    http.get<NoParams, never, JsonResponse<'/balance', 'get'> | Problem>(url('/balance'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      return ok<'/balance', 'get'>({
        currency: 'PLN',
        documents: balanceDocuments(invoicesOf(customer)),
        credit: { minor: customer.creditMinor, currency: 'PLN' },
        paymentLimit: { ...PAYMENT_LIMIT },
        asOf: formatWarsaw(mockNow()),
      });
    }),

    http.get<NoParams, never, JsonResponse<'/invoices', 'get'> | Problem>(url('/invoices'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const query = new URL(request.url).searchParams;
      const fields: FieldErrors = {};

      const statuses = query.getAll('status').flatMap((s) => s.split(','));
      if (statuses.some((s) => !STATUSES.includes(s as InvoiceStatus))) fields.status = 'invalid_value';
      const from = query.get('from');
      const to = query.get('to');
      if (from !== null && !isValidDay(from)) fields.from = 'invalid_format';
      if (to !== null && !isValidDay(to)) fields.to = 'invalid_format';
      if (from && to && !fields.from && !fields.to && from > to) fields.from = 'invalid_range';
      const sort = (query.get('sort') ?? '-issueDate') as InvoiceSort;
      if (!SORTS.includes(sort)) fields.sort = 'invalid_value';
      const page = parsePositiveInt(query.get('page'), 1);
      if (page === undefined || page < 1) fields.page = page === undefined ? 'invalid_format' : 'invalid_value';
      const pageSize = parsePositiveInt(query.get('pageSize'), 50);
      if (pageSize === undefined || pageSize < 1 || pageSize > 1000) {
        fields.pageSize = pageSize === undefined ? 'invalid_format' : 'invalid_value';
      }
      if (Object.keys(fields).length > 0 || page === undefined || pageSize === undefined) return validationFailed(fields);

      const wanted = new Set(statuses);
      const matching = invoicesOf(customer)
        .filter(
          (i) =>
            (wanted.size === 0 || wanted.has(i.status)) &&
            (from === null || i.issueDate >= from) &&
            (to === null || i.issueDate <= to),
        )
        .sort(compareBy(sort));
      const start = (page - 1) * pageSize;
      return ok<'/invoices', 'get'>({
        items: matching.slice(start, start + pageSize),
        total: matching.length,
        page,
        pageSize,
      });
    }),

    http.get<{ id: string }, never, ArrayBuffer | Problem>(url('/invoices/:id/pdf'), ({ request, params }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const invoice = customer.invoices().find((i) => i.id === params.id);
      if (!invoice) return fail(404, 'not_found');
      const bytes = buildInvoicePdf(invoice, customer.customer);
      return HttpResponse.arrayBuffer(bytes.buffer, {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${invoicePdfFilename(invoice.number)}"`,
          'Content-Length': String(bytes.byteLength),
        },
      });
    }),

    http.post<NoParams, JsonBody<'/payments', 'post'>, JsonResponse<'/payments', 'post', 201> | Problem>(
      url('/payments'),
      async ({ request }) => {
        const { customer, error } = authenticate(request, 'change');
        if (error) return error;
        const idem = idempotencyKey(request);
        if (idem.error) return idem.error;

        const body = await readJsonObject(request);
        const scope = body?.scope;
        const rawIds = body?.invoiceIds;
        const fields: FieldErrors = {};
        if (scope !== 'balance' && scope !== 'invoices') fields.scope = scope === undefined ? 'required' : 'invalid_value';
        const ids = Array.isArray(rawIds) && rawIds.every((x) => typeof x === 'string') ? (rawIds as string[]) : undefined;
        if (scope === 'invoices') {
          if (rawIds === undefined) fields.invoiceIds = 'required';
          else if (!ids || ids.length === 0 || new Set(ids).size !== ids.length) fields.invoiceIds = 'invalid_value';
        } else if (scope === 'balance' && rawIds !== undefined) {
          fields.invoiceIds = 'invalid_value';
        }
        const returnProblem = returnUrlProblem(body?.returnUrl);
        if (returnProblem) fields.returnUrl = returnProblem;
        if (Object.keys(fields).length > 0) return validationFailed(fields);

        const fingerprint = JSON.stringify({ scope, invoiceIds: ids ? [...ids].sort() : undefined, returnUrl: body?.returnUrl });
        const storeKey = `${customer.customer.id}:${idem.key}`;
        const stored = paymentStore().get(storeKey);
        if (stored) {
          if (stored.fingerprint !== fingerprint) return fail(409, 'idempotency_conflict');
          return ok<'/payments', 'post'>(stored.result);
        }

        const invoices = invoicesOf(customer);
        let amount: number;
        let invoiceIds: string[];
        if (scope === 'balance') {
          // Documents a payment already covers are not paid twice by "pay the balance".
          const documents = balanceDocuments(invoices).filter((d) => !d.paymentInProgress);
          amount = documents.reduce((sum, d) => sum + d.remaining.minor, 0) - customer.creditMinor;
          invoiceIds = documents.map((d) => d.id);
          if (amount <= 0) return validationFailed({ scope: 'nothing_to_pay' });
        } else {
          const chosen = (ids ?? []).map((id) => invoices.find((i) => i.id === id));
          if (chosen.some((i) => !i || i.remaining.minor <= 0)) return validationFailed({ invoiceIds: 'not_payable' });
          amount = chosen.reduce((sum, i) => sum + (i?.remaining.minor ?? 0), 0);
          invoiceIds = ids ?? [];
        }
        if (amount > PAYMENT_LIMIT.minor) return fail(422, 'payment_limit_exceeded', { limit: { ...PAYMENT_LIMIT } });

        const id = `pay-${String(nextSequence()).padStart(6, '0')}`;
        const now = formatWarsaw(mockNow());
        const gateway = gatewayUrlFor(id);
        if (typeof body?.returnUrl === 'string') gateway.searchParams.set('return', body.returnUrl);
        const payment: Payment = {
          id,
          amount: { minor: amount, currency: 'PLN' },
          invoiceIds,
          documents: invoiceIds.map((invoiceId) => ({ id: invoiceId, number: invoices.find((i) => i.id === invoiceId)?.number ?? invoiceId })),
          status: 'pending',
          gatewayUrl: gateway.href,
          createdAt: now,
          updatedAt: now,
        };
        paymentStore().set(storeKey, { fingerprint, result: payment });
        bumpStat('paymentsCreated');
        return ok<'/payments', 'post', 201>(payment, 201);
      },
    ),
  ];
}
