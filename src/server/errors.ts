/**
 * Errors of the HTTP surface, always sent as JSON `{error:{code,message}}` with a matching status, so a client
 * can switch on `code` and never has to parse an HTML error page.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CrosscheckError } from '../model/error.js';

/** Status for each CrosscheckError code the pipeline can raise while serving a request. */
const STATUS_BY_CODE: Partial<Record<string, ContentfulStatusCode>> = {
  NOT_FOUND: 404, EMPTY: 400, BINARY: 400, BAD_ENCODING: 400, BAD_GZIP: 400, TOO_LARGE: 413,
  BAD_JSON: 400, BAD_RECORD: 400, NO_TEXT: 422, USAGE: 400, STORE: 500, INTERNAL: 500,
};

export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Example: return jsonError(c, 404, 'NOT_FOUND', 'no story with this id') */
export function jsonError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json({ error: { code, message } }, status);
}

/** The app-wide onError handler: known errors keep their status, the rest are a 500 without internals. */
export function onError(err: Error, c: Context) {
  if (err instanceof ApiError) return jsonError(c, err.status, err.code, err.message);
  if (err instanceof CrosscheckError) return jsonError(c, STATUS_BY_CODE[err.code] ?? 500, err.code, err.message);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return jsonError(c, status, status === 401 ? 'UNAUTHORIZED' : 'HTTP_ERROR', err.message || 'request refused');
  }
  console.error('crosscheck serve:', err);
  return jsonError(c, 500, 'INTERNAL', 'internal error');
}
