import { http, type HttpHandler } from 'msw';
import type { JsonResponse, Message, MessageKind, Problem } from '../../widgets/core/api/types';
import { MESSAGE_KINDS } from '../../widgets/messages/messages-rules';
import { type CustomerFixture } from '../data';
import { buildMessages, LINK_DOMAINS } from '../data/messages';
import { fixtures, readMessages } from '../state';
import { authenticate, fail, ok, validationFailed, type FieldErrors } from './respond';

type NoParams = Record<string, never>;

/** The customer's messages as they are now (read marks applied), newest first. */
export function customerMessages(customer: CustomerFixture): Message[] {
  const seq = customer.customer.id.replace(/\D/g, '');
  const read = readMessages();
  const labelOf = (kind: 'invoice' | 'ticket', id: string) =>
    (kind === 'invoice' ? customer.invoices().find((i) => i.id === id)?.number : customer.tickets.find((t) => t.id === id)?.number) ?? id;
  return buildMessages(customer.persona.key, seq, fixtures().today, labelOf).map((m) =>
    read.has(`${customer.customer.id}:${m.id}`) ? { ...m, read: true } : m,
  );
}

const unreadOf = (messages: readonly Message[]) => messages.filter((m) => !m.read).length;

function positiveInt(raw: string | null, fallback: number, max: number): number | undefined {
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= max ? n : undefined;
}

export function messagesRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/messages', 'get'> | Problem>(url('/messages'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const query = new URL(request.url).searchParams;
      const kinds = query.getAll('kind');
      const page = positiveInt(query.get('page'), 1, Number.MAX_SAFE_INTEGER);
      const pageSize = positiveInt(query.get('pageSize'), 20, 100);
      const fields: FieldErrors = {};
      if (kinds.some((k) => !(MESSAGE_KINDS as readonly string[]).includes(k))) fields.kind = 'invalid_value';
      if (page === undefined) fields.page = 'invalid_value';
      if (pageSize === undefined) fields.pageSize = 'invalid_value';
      if (Object.keys(fields).length > 0 || page === undefined || pageSize === undefined) return validationFailed(fields);
      const all = customerMessages(customer);
      const matching = kinds.length ? all.filter((m) => kinds.includes(m.kind as MessageKind)) : all;
      return ok<'/messages', 'get'>({
        items: matching.slice((page - 1) * pageSize, page * pageSize),
        page,
        pageSize,
        total: matching.length,
        unread: unreadOf(all),
        linkDomains: [...LINK_DOMAINS],
      });
    }),

    http.get<NoParams, never, JsonResponse<'/messages/unread-count', 'get'> | Problem>(url('/messages/unread-count'), ({ request }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      return ok<'/messages/unread-count', 'get'>({ unread: unreadOf(customerMessages(customer)) });
    }),

    http.post<{ id: string }, never, JsonResponse<'/messages/{id}/read', 'post'> | Problem>(url('/messages/:id/read'), ({ request, params }) => {
      const { customer, error } = authenticate(request);
      if (error) return error;
      const all = customerMessages(customer);
      const message = all.find((m) => m.id === params.id);
      // Another customer's message id is as unknown as a made-up one.
      if (!message) return fail(404, 'not_found');
      readMessages().add(`${customer.customer.id}:${message.id}`);
      const read = { ...message, read: true };
      return ok<'/messages/{id}/read', 'post'>({ message: read, unread: unreadOf(all) - (message.read ? 0 : 1) });
    }),
  ];
}
