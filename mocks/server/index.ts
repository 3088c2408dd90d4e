/** What Node scripts (npm run api, the conformance checker) take from the mocks. */
export { startApiServer, SESSION_COOKIE, type ApiServer, type ApiServerOptions } from './http';
export { faultsFromQuery } from '../faults';
