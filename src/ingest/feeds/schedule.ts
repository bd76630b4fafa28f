/**
 * When to poll a source next: the watch interval, stretched by what the publisher asks (RSS <ttl>,
 * Cache-Control max-age), and after errors an exponential backoff (or the server's Retry-After).
 */
import type { RawFeed } from './types.js';

export const SCHEDULE = {
  maxAge: /(?:^|,)\s*(?:s-)?max-age\s*=\s*(\d+)/i,
  /** Never wait longer than this between polls, whatever the feed says. */
  maxIntervalMs: 24 * 3600_000,
  maxBackoffMs: 6 * 3600_000,
};

/** What is kept per source under `watch:feed:<url>`. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastPoll?: string;
  /** Epoch ms. */
  nextPoll: number;
  errors: number;
  lastError?: string;
}

/** Example: nextAfterSuccess(now, 300_000, { ttlMinutes: 60 }) === now + 3_600_000 */
export function nextAfterSuccess(now: number, intervalMs: number, feed?: Pick<RawFeed, 'ttlMinutes'>, cacheControl?: string | null): number {
  const ttl = (feed?.ttlMinutes ?? 0) * 60_000;
  const m = SCHEDULE.maxAge.exec(cacheControl ?? '');
  const maxAge = m ? Number(m[1]) * 1000 : 0;
  return now + Math.min(Math.max(intervalMs, ttl, maxAge), Math.max(intervalMs, SCHEDULE.maxIntervalMs));
}

/** Example: nextAfterError(now, 1000, 3) === now + 8000 */
export function nextAfterError(now: number, intervalMs: number, errors: number, retryAfterMs?: number): number {
  const backoff = Math.min(intervalMs * 2 ** Math.min(errors, 20), Math.max(intervalMs, SCHEDULE.maxBackoffMs));
  return now + Math.max(backoff, retryAfterMs ?? 0);
}
