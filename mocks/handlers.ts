import { http, type HttpHandler } from 'msw';
import { createFaultHandler } from './faults';
import { accountRoutes } from './routes/account';
import { contactRoutes } from './routes/contact';
import { financeRoutes } from './routes/finance';
import { readingsRoutes } from './routes/readings';
import { messagesRoutes } from './routes/messages';
import { fail } from './routes/respond';
import { registrationRoutes } from './routes/registration';
import { sessionRoutes } from './routes/session';
import { usageRoutes } from './routes/usage';
import { contractRoutes } from './routes/contract';
import { countRequest } from './state';

/**
 * The whole API contract (docs/api/openapi.yaml) as msw handlers under `base`, e.g. "/api" or
 * "https://ebok.operator.pl/api". Faults and request counting run first; unknown paths under the
 * base answer 404 so nothing leaks to the real network.
 */
export function createHandlers(base: string): HttpHandler[] {
  const root = base.replace(/\/+$/, '');
  const url = (path: string): string => `${root}${path}`;
  const basePath = new URL(root || '/', globalThis.location?.href ?? 'http://localhost/').pathname.replace(/\/+$/, '');

  const onRequest = (request: Request): void => {
    const pathname = new URL(request.url).pathname;
    const relative = pathname.startsWith(basePath) ? pathname.slice(basePath.length) || '/' : pathname;
    countRequest(`${request.method} ${relative}`);
  };

  return [
    createFaultHandler(root, onRequest),
    ...sessionRoutes(url),
    ...financeRoutes(url),
    ...usageRoutes(url),
    ...contactRoutes(url),
    ...contractRoutes(url),
    ...readingsRoutes(url),
    ...accountRoutes(url),
    ...messagesRoutes(url),
    ...registrationRoutes(url),
    http.all(url('/*'), () => fail(404, 'not_found')),
  ];
}
