import { buildUrl, networkError, request, type Query, type RequestOptions } from './client';
import type { UploadOptions } from './upload';

/** Multipart uploads come in their own chunk, fetched at the first one; a failed fetch reads as no connection. */
const upload = <T>(path: string, form: FormData, options: UploadOptions): Promise<T> =>
  import('./upload').then(
    (m) => m.upload<T>(path, form, options),
    (cause: unknown) => Promise.reject(networkError(buildUrl(path), cause)),
  );
import type { JsonBody, JsonResponse, ListInvoicesQuery, ListMessagesQuery, ListPaymentsQuery, UsageSeriesQuery } from './types';

/**
 * One function per operation of docs/api/openapi.yaml, typed from the generated schema: a change
 * in the contract that a widget does not follow fails the type check here or at the call site.
 */
type Opts = Pick<RequestOptions, 'signal' | 'timeoutMs' | 'endSessionOn401' | 'account'>;

// Sign-in steps answer 401 for wrong credentials: that must not end a session elsewhere.
const SIGN_IN = { endSessionOn401: false, dedupe: false } as const;

export const login = (body: JsonBody<'/session', 'post'>, o: Opts = {}) =>
  request<JsonResponse<'/session', 'post'>>('/session', { ...o, ...SIGN_IN, method: 'POST', json: body });

export const verifyChallenge = (body: JsonBody<'/session/challenge', 'post'>, o: Opts = {}) =>
  request<JsonResponse<'/session/challenge', 'post'>>('/session/challenge', { ...o, ...SIGN_IN, method: 'POST', json: body });

export const resendChallenge = (body: JsonBody<'/session/challenge/resend', 'post'>, o: Opts = {}) =>
  request<JsonResponse<'/session/challenge/resend', 'post'>>('/session/challenge/resend', {
    ...o,
    ...SIGN_IN,
    method: 'POST',
    json: body,
  });

/** The session, or undefined when the API says nobody is signed in (204: no cookie sent). */
export const getSession = (o: Opts = {}) => request<JsonResponse<'/session', 'get'> | undefined>('/session', o);

export const logout = (o: Opts = {}) =>
  request<void>('/session', { ...o, method: 'DELETE', responseType: 'none', endSessionOn401: false });

/** Remember the chosen account in the server's session (a reload starts with it). */
export const selectAccount = (body: JsonBody<'/session/account', 'put'>, o: Opts = {}) =>
  request<JsonResponse<'/session/account', 'put'>>('/session/account', { ...o, method: 'PUT', json: body, dedupe: false });

export const requestPasswordReset = (body: JsonBody<'/password-reset', 'post'>, o: Opts = {}) =>
  request<JsonResponse<'/password-reset', 'post', 202>>('/password-reset', { ...o, ...SIGN_IN, method: 'POST', json: body });

export const getBalance = (o: Opts = {}) => request<JsonResponse<'/balance', 'get'>>('/balance', o);

export const listInvoices = (query: ListInvoicesQuery = {}, o: Opts = {}) =>
  request<JsonResponse<'/invoices', 'get'>>('/invoices', { ...o, query: query as Query });

export const getInvoicePdf = (id: string, o: Opts = {}) =>
  request<Blob>(`/invoices/${encodeURIComponent(id)}/pdf`, { ...o, responseType: 'blob' });

/** The payment history, newest first. */
export const listPayments = (query: ListPaymentsQuery = {}, o: Opts = {}) =>
  request<JsonResponse<'/payments', 'get'>>('/payments', { ...o, query: query as Query });

/** One payment's status, e.g. after the return from the gateway. */
export const getPayment = (id: string, o: Opts = {}) => request<JsonResponse<'/payments/{id}', 'get'>>(`/payments/${encodeURIComponent(id)}`, o);

export const getTransferDetails = (o: Opts = {}) => request<JsonResponse<'/transfer-details', 'get'>>('/transfer-details', o);

/** Create a payment. Reuse the same `idempotencyKey` for every retry of one intent. */
export const createPayment = (body: JsonBody<'/payments', 'post'>, idempotencyKey: string, o: Opts = {}) =>
  request<JsonResponse<'/payments', 'post', 201>>('/payments', {
    ...o,
    method: 'POST',
    json: body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

export const listMeteringPoints = (o: Opts = {}) => request<JsonResponse<'/usage/points', 'get'>>('/usage/points', o);

export const getUsageSeries = (query: UsageSeriesQuery, o: Opts = {}) =>
  request<JsonResponse<'/usage/series', 'get'>>('/usage/series', { ...o, query: query as Query });

export const getContactOptions = (o: Opts = {}) =>
  request<JsonResponse<'/contact/topics', 'get'>>('/contact/topics', { ...o, endSessionOn401: false });

export const listTickets = (o: Opts = {}) => request<JsonResponse<'/contact/tickets', 'get'>>('/contact/tickets', o);

/** Create a ticket (multipart, with upload progress). Reuse the same `idempotencyKey` for retries. */
export const createTicket = (
  form: FormData,
  idempotencyKey: string,
  o: Pick<RequestOptions, 'signal' | 'timeoutMs'> & { onProgress?: (loaded: number, total: number) => void } = {},
) =>
  upload<JsonResponse<'/contact/tickets', 'post', 201>>('/contact/tickets', form, {
    ...o,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

// Registration (issue #18): anonymous calls; a 401 here must not end anybody's session.
const REGISTRATION = { endSessionOn401: false, dedupe: false } as const;

export const getRegistrationOptions = (o: Opts = {}) =>
  request<JsonResponse<'/registration/options', 'get'>>('/registration/options', { ...o, endSessionOn401: false });

export const getRegistrationChallenge = (o: Opts = {}) =>
  request<JsonResponse<'/registration/challenge', 'get'>>('/registration/challenge', { ...o, ...REGISTRATION });

/** Start a registration. Reuse the same `idempotencyKey` for every retry of one intent. */
export const startRegistration = (body: JsonBody<'/registration', 'post'>, idempotencyKey: string, o: Opts = {}) =>
  request<JsonResponse<'/registration', 'post', 202>>('/registration', {
    ...o,
    ...REGISTRATION,
    method: 'POST',
    json: body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

export const resendRegistration = (body: JsonBody<'/registration/resend', 'post'>, o: Opts = {}) =>
  request<JsonResponse<'/registration/resend', 'post', 202>>('/registration/resend', { ...o, ...REGISTRATION, method: 'POST', json: body });

export const checkActivationToken = (body: JsonBody<'/registration/token', 'post'>, o: Opts = {}) =>
  request<JsonResponse<'/registration/token', 'post'>>('/registration/token', { ...o, ...REGISTRATION, method: 'POST', json: body });

export const activateAccount = (body: JsonBody<'/registration/activate', 'post'>, o: Opts = {}) =>
  request<JsonResponse<'/registration/activate', 'post'>>('/registration/activate', { ...o, ...REGISTRATION, method: 'POST', json: body });
/** The contract and services of the account. */
export const getContract = (o: Opts = {}) => request<JsonResponse<'/contract', 'get'>>('/contract', o);

export const getContractDocument = (id: string, o: Opts = {}) =>
  request<Blob>(`/contract/documents/${encodeURIComponent(id)}`, { ...o, responseType: 'blob' });
/** The meters of one metering point, each with its registers and last reading. */
export const listMeters = (point: string, o: Opts = {}) => request<JsonResponse<'/meters', 'get'>>('/meters', { ...o, query: { point } });

/** A meter's reading history, newest first (a replaced meter's readings follow the new one's). */
export const listMeterReadings = (meterId: string, o: Opts = {}) =>
  request<JsonResponse<'/meters/{id}/readings', 'get'>>(`/meters/${encodeURIComponent(meterId)}/readings`, o);

/** Submit a self-reading (multipart: `reading` JSON text and an optional `photo`). Reuse the key for retries. */
export const submitMeterReading = (meterId: string, form: FormData, idempotencyKey: string, o: Pick<RequestOptions, 'signal' | 'timeoutMs' | 'lang'> = {}) =>
  upload<JsonResponse<'/meters/{id}/readings', 'post', 201>>(`/meters/${encodeURIComponent(meterId)}/readings`, form, {
    ...o,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
/** One ticket with its conversation. */
export const getTicketConversation = (id: string, o: Opts = {}) =>
  request<JsonResponse<'/contact/tickets/{id}', 'get'>>(`/contact/tickets/${encodeURIComponent(id)}`, o);

/** Reply to a ticket (multipart, with upload progress). Reuse the same `idempotencyKey` for retries. */
export const replyToTicket = (
  id: string,
  form: FormData,
  idempotencyKey: string,
  o: Pick<RequestOptions, 'signal' | 'timeoutMs'> & { onProgress?: (loaded: number, total: number) => void } = {},
) =>
  upload<JsonResponse<'/contact/tickets/{id}/replies', 'post', 201>>(`/contact/tickets/${encodeURIComponent(id)}/replies`, form, {
    ...o,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** The operator's messages, newest first. */
export const listMessages = (query: ListMessagesQuery = {}, o: Opts = {}) =>
  request<JsonResponse<'/messages', 'get'>>('/messages', { ...o, query: query as Query });

/** The unread count only (a badge without the inbox). */
export const getUnreadCount = (o: Opts = {}) => request<JsonResponse<'/messages/unread-count', 'get'>>('/messages/unread-count', o);

export const markMessageRead = (id: string, o: Opts = {}) =>
  request<JsonResponse<'/messages/{id}/read', 'post'>>(`/messages/${encodeURIComponent(id)}/read`, { ...o, method: 'POST' });
