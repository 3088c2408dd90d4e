/**
 * The account calls of docs/api/openapi.yaml ("Twoje dane", issue #16), typed from the generated
 * schema like widgets/core/api/endpoints.ts. They live beside the widget, not in endpoints.ts,
 * because that module is in the core chunk (budget 30 KB, nearly full) and only this widget uses them.
 */
import { request, type RequestOptions } from '../core/api/client';
import type { AccountChannel, JsonBody, JsonResponse } from '../core/api/types';
import { ifMatch } from './account-rules';

type Opts = Pick<RequestOptions, 'signal' | 'lang'>;

const save = <P extends '/account/contact' | '/account/consents' | '/account/e-invoice' | '/account/notifications'>(
  path: P,
  body: JsonBody<P, 'put'>,
  version: string,
  o: Opts = {},
) => request<JsonResponse<P, 'put'>>(path, { ...o, method: 'PUT', json: body, headers: { 'If-Match': ifMatch(version) } });

const post = <P extends '/account/contact/confirm' | '/account/contact/resend' | '/account/contact/cancel'>(path: P, body: JsonBody<P, 'post'>, o: Opts = {}) =>
  request<JsonResponse<P, 'post'>>(path, { ...o, method: 'POST', json: body, dedupe: false });

export const getContact = (o: Opts = {}) => request<JsonResponse<'/account/contact', 'get'>>('/account/contact', o);
export const getConsents = (o: Opts = {}) => request<JsonResponse<'/account/consents', 'get'>>('/account/consents', o);
export const getEInvoice = (o: Opts = {}) => request<JsonResponse<'/account/e-invoice', 'get'>>('/account/e-invoice', o);
export const getNotifications = (o: Opts = {}) => request<JsonResponse<'/account/notifications', 'get'>>('/account/notifications', o);

export const saveContact = (b: JsonBody<'/account/contact', 'put'>, v: string, o?: Opts) => save('/account/contact', b, v, o);
export const saveConsents = (b: JsonBody<'/account/consents', 'put'>, v: string, o?: Opts) => save('/account/consents', b, v, o);
export const saveEInvoice = (b: JsonBody<'/account/e-invoice', 'put'>, v: string, o?: Opts) => save('/account/e-invoice', b, v, o);
export const saveNotifications = (b: JsonBody<'/account/notifications', 'put'>, v: string, o?: Opts) => save('/account/notifications', b, v, o);

export const confirmCode = (channel: AccountChannel, code: string, o?: Opts) => post('/account/contact/confirm', { channel, code }, o);
export const resendCode = (channel: AccountChannel, o?: Opts) => post('/account/contact/resend', { channel }, o);
export const cancelChange = (channel: AccountChannel, o?: Opts) => post('/account/contact/cancel', { channel }, o);

export const changePassword = (body: JsonBody<'/account/password', 'post'>, o: Opts = {}) =>
  request<void>('/account/password', { ...o, method: 'POST', json: body, responseType: 'none', dedupe: false });
