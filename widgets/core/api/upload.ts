import { getConfig } from '../config';
import { baseHeaders, buildUrl, networkError, refused, sessionCallSettled, sessionEpoch, type RequestOptions } from './client';
import { ApiError, errorFromResponse, parseRetryAfter } from './errors';

// Its own chunk, loaded at the first upload (endpoints.ts): most pages never send a file.

export interface UploadOptions extends Pick<RequestOptions, 'headers' | 'signal' | 'timeoutMs' | 'endSessionOn401' | 'lang' | 'account'> {
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * multipart/form-data upload with progress. fetch() cannot report upload progress, so this one
 * call uses XMLHttpRequest, with the same cookie, timeout, abort and error mapping as request().
 */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const url = buildUrl(path);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.timeout = options.timeoutMs ?? Math.max(getConfig().timeoutMs, 60_000);
    const headers = baseHeaders(options);
    const sentIn = sessionEpoch();
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => options.onProgress?.(e.loaded, e.lengthComputable ? e.total : 0);
    const onAbort = () => xhr.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', onAbort);
    xhr.onload = () => {
      done();
      // The same session rules as request(): a 401 ends the session unless the caller said not to.
      sessionCallSettled(xhr.status, options.endSessionOn401, sentIn);
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        if (body && typeof body === 'object') resolve(body as T);
        else reject(new ApiError({ kind: 'malformed', status: xhr.status }));
        return;
      }
      const answer = new Headers();
      const ra = xhr.getResponseHeader('Retry-After');
      if (ra && parseRetryAfter(ra) !== undefined) answer.set('Retry-After', ra);
      reject(refused(errorFromResponse(xhr.status, answer, body), headers['Ebok-Account']));
    };
    xhr.onerror = () => {
      done();
      reject(networkError(url));
    };
    xhr.ontimeout = () => {
      done();
      reject(new ApiError({ kind: 'timeout' }));
    };
    xhr.onabort = () => {
      done();
      reject(new ApiError({ kind: 'aborted' }));
    };
    xhr.send(form);
  });
}
