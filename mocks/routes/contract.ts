import { http, HttpResponse, type HttpHandler } from 'msw';
import type { JsonResponse, Language, Problem } from '../../widgets/core/api/types';
import { buildDocumentPdf, contractOf, invoicePdfFilename } from '../data';
import { fixtures } from '../state';
import { authenticate, fail, ok } from './respond';

type NoParams = Record<string, never>;

function language(request: Request): Language {
  const lang = request.headers.get('Accept-Language')?.slice(0, 2);
  return lang === 'uk' || lang === 'ru' ? lang : 'pl';
}

/** GET /contract and its documents, for the account the call names (issue #19). */
export function contractRoutes(url: (path: string) => string): HttpHandler[] {
  return [
    http.get<NoParams, never, JsonResponse<'/contract', 'get'> | Problem>(url('/contract'), ({ request }) => {
      const { account, customer, error } = authenticate(request);
      if (error) return error;
      return ok<'/contract', 'get'>(contractOf({ account, data: customer.persona.key }, fixtures().today, language(request)));
    }),

    http.get<{ id: string }, never, ArrayBuffer | Problem>(url('/contract/documents/:id'), ({ request, params }) => {
      const { account, customer, error } = authenticate(request);
      if (error) return error;
      const contract = contractOf({ account, data: customer.persona.key }, fixtures().today, 'pl');
      const doc = contract.documents.find((d) => d.id === params.id);
      if (!doc) return fail(404, 'not_found');
      const bytes = buildDocumentPdf(doc.title, [`Umowa: ${contract.number}`, `Adres: ${account.address}`, `Zawarta: ${contract.signedOn}`]);
      return HttpResponse.arrayBuffer(bytes.buffer, {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${invoicePdfFilename(doc.title)}"`,
          'Content-Length': String(bytes.byteLength),
        },
      });
    }),
  ];
}
