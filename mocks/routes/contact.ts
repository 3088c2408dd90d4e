import { http, type HttpHandler } from 'msw';
import type { JsonResponse, Problem, Ticket, TicketConversation, TicketEntry } from '../../widgets/core/api/types';
import { checkFailureReport, FAILURE_TOPIC } from '../../widgets/contact/contact-failure-rules';
import { normalizePhone } from '../../widgets/core/validators';
import { CONTACT_OPTIONS, formatWarsaw, type CustomerFixture } from '../data';
import { buildThread, type BuiltThread } from '../data/messages';
import { bumpStat, createdTickets, mockNow, nextSequence, replyStore, ticketStore, ticketThreads, touchSession } from '../state';
import { authenticate, fail, idempotencyKey, isEmail, isPhone, ok, validationFailed, type FieldErrors } from './respond';

type NoParams = Record<string, never>;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function fileList(files: readonly File[]): { name: string; size: number; type: string }[] {
  return files.map((f) => ({ name: f.name, size: f.size, type: f.type }));
}

/** Attachments may arrive as "files" (the contract) or "files[]" (PHP-style forms). */
function attachments(form: FormData): File[] {
  return [...form.getAll('files'), ...form.getAll('files[]')].filter((f): f is File => typeof f !== 'string');
}

/** The attachment limits of ContactOptions, for a new ticket and a reply alike: [fields, status]. */
function attachmentErrors(files: readonly File[]): [FieldErrors, number] {
  const rules = CONTACT_OPTIONS.attachments;
  if (files.length > rules.maxFiles) return [{ files: 'too_many_files' }, 400];
  if (files.some((f) => !rules.allowedTypes.includes(f.type))) return [{ files: 'unsupported_type' }, 400];
  if (files.some((f) => f.size > rules.maxFileBytes)) return [{ files: 'file_too_large' }, 413];
  if (files.reduce((sum, f) => sum + f.size, 0) > rules.maxTotalBytes) return [{ files: 'total_too_large' }, 413];
  return [{}, 200];
}

function customerTickets(customer: CustomerFixture): Ticket[] {
  return [...createdTickets(customer.customer.id), ...customer.tickets];
}

/** The conversation of one of the customer's tickets (copied from the fixture on first use). */
function threadOf(ticket: Ticket): BuiltThread {
  const threads = ticketThreads();
  let thread = threads.get(ticket.id);
  if (!thread) threads.set(ticket.id, (thread = buildThread(ticket.id, ticket.createdAt, ticket.subject, ticket.status)));
  return thread;
}

export function contactRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/contact/topics', 'get'>>(url('/contact/topics'), () => {
      touchSession();
      return ok<'/contact/topics', 'get'>(structuredClone(CONTACT_OPTIONS));
    }),

    http.post<NoParams, never, JsonResponse<'/contact/tickets', 'post', 201> | Problem>(url('/contact/tickets'), async ({ request }) => {
      // Anonymous tickets are allowed; signed in, the ticket is the account's, and a view_only
      // account may not send one (403 account_read_only) — nor a failure report, which is a ticket.
      let customer: CustomerFixture | undefined;
      if (touchSession()) {
        const a = authenticate(request, 'change');
        if (a.error) return a.error;
        customer = a.customer;
      }
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
      const failure = { pointId: text(form, 'pointId'), address: text(form, 'address'), since: text(form, 'since'), phone };

      const fingerprint = JSON.stringify({
        topicId,
        subject,
        message,
        email,
        phone,
        name,
        ...(topicId === FAILURE_TOPIC ? failure : {}),
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
      // A failure report: the same rule as the widget's (contact-failure-rules.ts).
      if (topicId === FAILURE_TOPIC) {
        Object.assign(fields, checkFailureReport(failure, { pointIds: customer?.points.map((p) => p.id) ?? [], now: mockNow() }));
      }
      const [fileFields, fileStatus] = attachmentErrors(files);
      if (fileStatus === 400) Object.assign(fields, fileFields);
      if (Object.keys(fields).length > 0) return validationFailed(fields);
      if (fileStatus === 413) return validationFailed(fileFields, 413);

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
      const point = customer?.points.find((p) => p.id === failure.pointId);
      ticketThreads().set(ticket.id, {
        replyAllowed: true,
        entries: [{ id: `${ticket.id}-e1`, type: 'message', at: createdAt, author: 'customer', body: message, attachments: fileList(files) }],
        ...(topicId === FAILURE_TOPIC
          ? {
              failure: {
                place: point ? point.address : failure.address,
                since: formatWarsaw(Date.parse(failure.since)),
                phone: normalizePhone(phone) ?? phone,
                ...(point ? { pointId: point.id } : {}),
              },
            }
          : {}),
      });
      bumpStat('ticketsCreated');
      return ok<'/contact/tickets', 'post', 201>(ticket, 201);
    }),

    http.get<NoParams, never, JsonResponse<'/contact/tickets', 'get'> | Problem>(url('/contact/tickets'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      return ok<'/contact/tickets', 'get'>({ items: customerTickets(customer).map((t) => ({ ...t })) });
    }),

    http.get<{ id: string }, never, TicketConversation | Problem>(url('/contact/tickets/:id'), ({ request, params }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const ticket = customerTickets(customer).find((t) => t.id === params.id);
      if (!ticket) return fail(404, 'not_found');
      const thread = threadOf(ticket);
      return ok<'/contact/tickets/{id}', 'get'>(structuredClone({ ticket, ...thread }));
    }),

    http.post<{ id: string }, never, TicketEntry | Problem>(url('/contact/tickets/:id/replies'), async ({ request, params }) => {
      const { customer, error } = authenticate(request, 'change');
      if (error) return error;
      const idem = idempotencyKey(request);
      if (idem.error) return idem.error;
      const ticket = customerTickets(customer).find((t) => t.id === params.id);
      if (!ticket) return fail(404, 'not_found');
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return validationFailed({ message: 'required' });
      }
      const message = text(form, 'message');
      const files = attachments(form);
      const fingerprint = JSON.stringify({ ticket: ticket.id, message, files: files.map((f) => [f.name, f.size, f.type]) });
      const storeKey = `${customer.customer.id}:${idem.key}`;
      const stored = replyStore().get(storeKey);
      if (stored) {
        if (stored.fingerprint !== fingerprint) return fail(409, 'idempotency_conflict');
        return ok<'/contact/tickets/{id}/replies', 'post'>(stored.result);
      }
      const thread = threadOf(ticket);
      if (!thread.replyAllowed) return fail(409, 'ticket_closed');
      const fields: FieldErrors = {};
      if (!message) fields.message = 'required';
      else if ([...message].length > CONTACT_OPTIONS.messageMaxLength) fields.message = 'too_long';
      const [fileFields, fileStatus] = attachmentErrors(files);
      if (fileStatus === 400) Object.assign(fields, fileFields);
      if (Object.keys(fields).length > 0) return validationFailed(fields);
      if (fileStatus === 413) return validationFailed(fileFields, 413);
      const entry: TicketEntry = {
        id: `${ticket.id}-r${nextSequence()}`,
        type: 'message',
        at: formatWarsaw(mockNow()),
        author: 'customer',
        body: message,
        attachments: fileList(files),
      };
      thread.entries.push(entry);
      replyStore().set(storeKey, { fingerprint, result: entry });
      bumpStat('repliesCreated');
      return ok<'/contact/tickets/{id}/replies', 'post', 201>(structuredClone(entry), 201);
    }),
  ];
}
