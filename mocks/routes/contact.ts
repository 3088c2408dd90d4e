import { http, type HttpHandler } from 'msw';
import type { JsonResponse, Problem, Ticket } from '../../widgets/core/api/types';
import { CONTACT_OPTIONS, formatWarsaw } from '../data';
import { bumpStat, createdTickets, mockNow, nextSequence, ticketStore, touchSession } from '../state';
import { authenticate, fail, idempotencyKey, isEmail, isPhone, ok, validationFailed, type FieldErrors } from './respond';

type NoParams = Record<string, never>;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Attachments may arrive as "files" (the contract) or "files[]" (PHP-style forms). */
function attachments(form: FormData): File[] {
  return [...form.getAll('files'), ...form.getAll('files[]')].filter((f): f is File => typeof f !== 'string');
}

export function contactRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/contact/topics', 'get'>>(url('/contact/topics'), () => {
      touchSession();
      return ok<'/contact/topics', 'get'>(structuredClone(CONTACT_OPTIONS));
    }),

    http.post<NoParams, never, JsonResponse<'/contact/tickets', 'post', 201> | Problem>(url('/contact/tickets'), async ({ request }) => {
      const customer = touchSession();
      const idem = idempotencyKey(request);
      if (idem.error) return idem.error;

      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return validationFailed({ topicId: 'required', subject: 'required', message: 'required', email: 'required' });
      }
      const topicId = text(form, 'topicId');
      const subject = text(form, 'subject');
      const message = text(form, 'message');
      const email = text(form, 'email');
      const phone = text(form, 'phone');
      const name = text(form, 'name');
      const files = attachments(form);

      const fingerprint = JSON.stringify({
        topicId,
        subject,
        message,
        email,
        phone,
        name,
        files: files.map((f) => [f.name, f.size, f.type]),
      });
      const storeKey = `${customer?.customer.id ?? 'anonymous'}:${idem.key}`;
      const stored = ticketStore().get(storeKey);
      if (stored) {
        if (stored.fingerprint !== fingerprint) return fail(409, 'idempotency_conflict');
        return ok<'/contact/tickets', 'post'>(stored.result);
      }

      const rules = CONTACT_OPTIONS;
      const fields: FieldErrors = {};
      if (!topicId) fields.topicId = 'required';
      else if (!rules.topics.some((t) => t.id === topicId)) fields.topicId = 'unknown_topic';
      if (!subject) fields.subject = 'required';
      else if (subject.length > rules.subjectMaxLength) fields.subject = 'too_long';
      if (!message) fields.message = 'required';
      else if (message.length > rules.messageMaxLength) fields.message = 'too_long';
      if (!email) fields.email = 'required';
      else if (!isEmail(email)) fields.email = 'invalid_email';
      if (phone && !isPhone(phone)) fields.phone = 'invalid_phone';
      if (!customer && !name) fields.name = 'required';
      if (files.length > rules.attachments.maxFiles) fields.files = 'too_many_files';
      else if (files.some((f) => !rules.attachments.allowedTypes.includes(f.type))) fields.files = 'unsupported_type';
      if (Object.keys(fields).length > 0) return validationFailed(fields);
      if (files.some((f) => f.size > rules.attachments.maxFileBytes)) return validationFailed({ files: 'file_too_large' }, 413);
      const total = files.reduce((sum, f) => sum + f.size, 0);
      if (total > rules.attachments.maxTotalBytes) return validationFailed({ files: 'total_too_large' }, 413);

      const n = nextSequence();
      const now = mockNow();
      const createdAt = formatWarsaw(now);
      const ticket: Ticket = {
        id: `t-new-${n}`,
        number: `ZG/${createdAt.slice(0, 4)}/${String(4600 + n).padStart(6, '0')}`,
        topicId,
        subject,
        createdAt,
        status: 'new',
      };
      ticketStore().set(storeKey, { fingerprint, result: ticket });
      if (customer) createdTickets(customer.customer.id).unshift(ticket);
      bumpStat('ticketsCreated');
      return ok<'/contact/tickets', 'post', 201>(ticket, 201);
    }),

    http.get<NoParams, never, JsonResponse<'/contact/tickets', 'get'> | Problem>(url('/contact/tickets'), () => {
      const { customer, error } = authenticate();
      if (error) return error;
      return ok<'/contact/tickets', 'get'>({
        items: [...createdTickets(customer.customer.id), ...customer.tickets].map((t) => ({ ...t })),
      });
    }),
  ];
}
