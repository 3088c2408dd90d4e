import { http, type HttpHandler } from 'msw';
import type { JsonResponse, MeterReading, Problem, ReadingConfirmation, ReadingReceipt } from '../../widgets/core/api/types';
import { checkReading, invoiceUseOf, photoProblem } from '../../widgets/readings/readings-rules';
import { READING_PHOTO_RULES, type CustomerFixture, type MeterFixture } from '../data';
import { bumpStat, createdReadings, fixtures, nextSequence, readingReceiptStore } from '../state';
import { authenticate, fail, idempotencyKey, ok, validationFailed, type FieldErrors } from './respond';

type NoParams = Record<string, never>;

const CONFIRMATIONS: readonly ReadingConfirmation[] = ['replacement', 'rollover', 'implausible'];

/** The meter with the readings recorded in this session in front of its history. */
function withCreated(m: MeterFixture): MeterFixture {
  const history = [...createdReadings(m.meter.id), ...m.history];
  return { meter: { ...m.meter, ...(history[0] ? { lastReading: history[0] } : {}) }, history };
}

function meterOf(customer: CustomerFixture, id: string): MeterFixture | undefined {
  const m = customer.meters().find((f) => f.meter.id === id);
  return m && withCreated(m);
}

/** The `reading` part: a ReadingSubmission as JSON text; undefined when it is not one. */
function submission(value: unknown): { date: string; raw: Record<string, string>; confirm: ReadingConfirmation[] } | undefined {
  if (typeof value !== 'string') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(value);
  } catch {
    return undefined;
  }
  const b = body as { date?: unknown; values?: unknown; confirm?: unknown } | null;
  if (!b || typeof b !== 'object' || !Array.isArray(b.values)) return undefined;
  const raw: Record<string, string> = {};
  for (const v of b.values as { register?: unknown; value?: unknown }[]) {
    if (typeof v?.register === 'string' && typeof v.value === 'string') raw[v.register] = v.value;
  }
  const confirm = Array.isArray(b.confirm) ? (b.confirm as unknown[]).filter((c): c is ReadingConfirmation => CONFIRMATIONS.includes(c as ReadingConfirmation)) : [];
  return { date: typeof b.date === 'string' ? b.date : '', raw, confirm };
}

export function readingsRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/meters', 'get'> | Problem>(url('/meters'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const point = new URL(request.url).searchParams.get('point');
      if (!point) return validationFailed({ point: 'required' });
      if (!customer.points.some((p) => p.id === point)) return fail(404, 'not_found');
      return ok<'/meters', 'get'>({
        meters: customer
          .meters()
          .filter((m) => m.meter.point === point)
          .map((m) => structuredClone(withCreated(m).meter)),
        photo: structuredClone(READING_PHOTO_RULES),
      });
    }),

    http.get<{ id: string }, never, JsonResponse<'/meters/{id}/readings', 'get'> | Problem>(url('/meters/:id/readings'), ({ request, params }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const m = meterOf(customer, params.id);
      if (!m) return fail(404, 'not_found');
      return ok<'/meters/{id}/readings', 'get'>({ readings: structuredClone(m.history) });
    }),

    http.post<{ id: string }, never, JsonResponse<'/meters/{id}/readings', 'post', 201> | Problem>(url('/meters/:id/readings'), async ({ request, params }) => {
      // Recording a reading changes the account: a view_only account may not (403 account_read_only).
      const { customer, error } = authenticate(request, 'change');
      if (error) return error;
      const idem = idempotencyKey(request);
      if (idem.error) return idem.error;
      const m = meterOf(customer, params.id);
      if (!m) return fail(404, 'not_found');

      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return validationFailed({ reading: 'required' });
      }
      const input = submission(form.get('reading'));
      if (!input) return validationFailed({ reading: 'invalid_format' });
      const photo = form.get('photo');
      const file = photo instanceof File ? photo : undefined;

      const fingerprint = JSON.stringify({ meter: params.id, input, photo: file ? [file.name, file.size, file.type] : null });
      const storeKey = `${customer.customer.id}:${idem.key}`;
      const stored = readingReceiptStore().get(storeKey);
      if (stored) {
        if (stored.fingerprint !== fingerprint) return fail(409, 'idempotency_conflict');
        return ok<'/meters/{id}/readings', 'post'>(stored.result);
      }

      // The widget's own rules (readings-rules.ts), on the server's today.
      const verdict = checkReading(m.meter, m.history, input, fixtures().today);
      const fields: FieldErrors = { ...verdict.fields };
      const problem = file && photoProblem(file, READING_PHOTO_RULES);
      if (problem === 'unsupported_type') fields.photo = problem;
      if (Object.keys(fields).length > 0) return validationFailed(fields);
      if (problem) return validationFailed({ photo: 'file_too_large' }, 413);

      const reading: MeterReading = {
        id: `r-new-${nextSequence()}`,
        date: input.date,
        source: 'customer',
        meterNumber: m.meter.number,
        values: verdict.values,
      };
      const receipt: ReadingReceipt = { reading, invoiceUse: invoiceUseOf(input.confirm) };
      createdReadings(m.meter.id).unshift(reading);
      readingReceiptStore().set(storeKey, { fingerprint, result: receipt });
      bumpStat('readingsCreated');
      return ok<'/meters/{id}/readings', 'post', 201>(structuredClone(receipt), 201);
    }),
  ];
}
