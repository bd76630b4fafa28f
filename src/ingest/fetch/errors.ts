/**
 * Fetch failures as crosscheck errors with a `kind` the watcher can act on (back off, skip, give up) and the
 * HTTP status when there was one. The shared ErrorCode set has no network code, so kinds map onto it.
 */
import { CrosscheckError, type ErrorCode } from '../../model/error.js';

export type FetchErrorKind = 'timeout' | 'network' | 'http' | 'too-large' | 'redirects' | 'robots' | 'bad-url';

const CODE: Record<FetchErrorKind, ErrorCode> = {
  timeout: 'BAD_RECORD', network: 'BAD_RECORD', http: 'BAD_RECORD', 'too-large': 'TOO_LARGE',
  redirects: 'BAD_RECORD', robots: 'BAD_RECORD', 'bad-url': 'USAGE',
};

export class FetchError extends CrosscheckError {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    url: string,
    readonly status?: number,
    /** For 429/503: when the server said to come back (ms from now). */
    readonly retryAfterMs?: number,
    cause?: unknown,
  ) {
    super(status === 404 || status === 410 ? 'NOT_FOUND' : CODE[kind], 'fetch', `${kind}: ${message}`, { source: url, cause });
    this.name = 'FetchError';
  }

  /** Worth trying again later (the watcher backs off); robots refusals and 4xx are not. */
  get transient(): boolean {
    return this.kind === 'timeout' || this.kind === 'network' || (this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500));
  }
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date. Example: retryAfterMs('2') === 2000 */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
