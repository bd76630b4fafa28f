/**
 * The polite fetcher: one request at a time per host with a pause between, robots.txt read once per host and
 * obeyed, connect and total timeouts, retries with exponential backoff on network errors and on 429/503
 * (honouring Retry-After), redirects followed by hand (each hop checked against robots, at most 5, loops
 * caught), bodies streamed under a size bound, conditional GET, and a User-Agent that names crosscheck.
 * Built on node's fetch; written here because politeness and robots are policy no HTTP client provides.
 */
import { readBounded } from './body.js';
import { FetchError, retryAfterMs } from './errors.js';
import { HostQueue } from './host-queue.js';
import { RobotsCache } from './robots-cache.js';
import { hostKey } from './url.js';

export const FETCH_DEFAULTS = {
  userAgent: 'crosscheck/0.1 (+https://github.com/crosscheck/crosscheck; news research)',
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8',
  /** The robots.txt product token. */
  product: 'crosscheck',
  delayMs: 1000,
  /** Until response headers arrive. */
  connectTimeoutMs: 10_000,
  /** Whole request including the body. */
  totalTimeoutMs: 30_000,
  retries: 2,
  backoffMs: 500,
  /** A Retry-After longer than this is not waited for in-line: the error carries it to the caller. */
  maxRetryAfterMs: 60_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
  robots: true,
  /** How long robots.txt is trusted, and how long an unreachable one (treated as "disallow all") stands. */
  robotsTtlMs: 24 * 3600_000,
  robotsRetryMs: 5 * 60_000,
};
export type FetcherOptions = typeof FETCH_DEFAULTS;

export interface Validators { etag?: string; lastModified?: string }

export interface FetchResult extends Validators {
  /** The URL asked for, and where redirects ended. */
  url: string;
  finalUrl: string;
  status: number;
  /** A 304 answer to a conditional GET: body is empty, the caller's copy is current. */
  notModified: boolean;
  body: Uint8Array;
  headers: Headers;
}

interface Answer { status: number; headers: Headers; body: Uint8Array }

export class Fetcher {
  readonly opts: FetcherOptions;
  readonly stats = { requests: 0, notModified: 0, retries: 0, robotsRefused: 0 };
  private readonly queue: HostQueue;
  private readonly robots: RobotsCache;

  constructor(opts: Partial<FetcherOptions> = {}) {
    this.opts = { ...FETCH_DEFAULTS, ...opts };
    this.queue = new HostQueue(this.opts.delayMs);
    this.robots = new RobotsCache(this.opts, (url) => this.request(url, {}, false), this.queue);
  }

  /** GETs a URL politely. Example: const r = await new Fetcher().get('https://a.example/feed', { etag }) */
  async get(url: string, validators: Validators = {}): Promise<FetchResult> {
    const seen = new Set<string>();
    let current = checkUrl(url);
    for (let hop = 0; hop <= this.opts.maxRedirects; hop++) {
      if (seen.has(current)) throw new FetchError('redirects', `redirect loop back to ${current}`, url);
      seen.add(current);
      const robots = this.opts.robots ? await this.robots.allowed(current) : 'yes';
      if (robots === 'unreachable') throw new FetchError('network', 'robots.txt unreachable: the host is not fetched for now', current);
      if (robots === 'no') {
        this.stats.robotsRefused++;
        throw new FetchError('robots', `robots.txt disallows ${new URL(current).pathname}`, current);
      }
      const a = await this.withRetries(current, validators);
      const location = a.headers.get('location');
      if (a.status >= 300 && a.status < 400 && a.status !== 304 && location) {
        current = checkUrl(new URL(location, current).toString());
        continue;
      }
      if (a.status === 304) this.stats.notModified++;
      else if (a.status < 200 || a.status >= 300) throw new FetchError('http', `HTTP ${a.status}`, current, a.status, retryAfterMs(a.headers.get('retry-after')));
      return {
        url, finalUrl: current, status: a.status, notModified: a.status === 304, body: a.body, headers: a.headers,
        etag: a.headers.get('etag') ?? undefined, lastModified: a.headers.get('last-modified') ?? undefined,
      };
    }
    throw new FetchError('redirects', `more than ${this.opts.maxRedirects} redirects`, url);
  }

  private async withRetries(url: string, validators: Validators): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      let wait: number;
      try {
        const a = await this.request(url, validators, true);
        if (a.status !== 429 && a.status !== 503) return a;
        wait = retryAfterMs(a.headers.get('retry-after')) ?? this.backoff(attempt);
        if (attempt >= this.opts.retries || wait > this.opts.maxRetryAfterMs) return a;
      } catch (e) {
        const fe = e instanceof FetchError ? e : new FetchError('network', (e as Error).message, url);
        if (fe.kind === 'too-large' || attempt >= this.opts.retries) throw fe;
        wait = this.backoff(attempt);
      }
      this.stats.retries++;
      await sleep(wait);
    }
  }

  private backoff(attempt: number): number {
    return this.opts.backoffMs * 2 ** attempt;
  }

  /** One request through the host queue; the body is read (bounded) only for 2xx answers. */
  private request(url: string, v: Validators, conditional: boolean): Promise<Answer> {
    return this.queue.run(hostKey(url), () => this.once(url, conditional ? v : {}));
  }

  private async once(url: string, v: Validators): Promise<Answer> {
    this.stats.requests++;
    const ctrl = new AbortController();
    const signal = AbortSignal.any([ctrl.signal, AbortSignal.timeout(this.opts.totalTimeoutMs)]);
    const connect = setTimeout(() => ctrl.abort(new FetchError('timeout', `no response within ${this.opts.connectTimeoutMs} ms`, url)), this.opts.connectTimeoutMs);
    const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, accept: this.opts.accept };
    if (v.etag) headers['if-none-match'] = v.etag;
    if (v.lastModified) headers['if-modified-since'] = v.lastModified;
    try {
      const res = await fetch(url, { headers, redirect: 'manual', signal });
      clearTimeout(connect);
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        return { status: res.status, headers: res.headers, body: new Uint8Array() };
      }
      return { status: res.status, headers: res.headers, body: await readBounded(res, this.opts.maxBytes, url, ctrl) };
    } catch (e) {
      throw asFetchError(e, url, this.opts.totalTimeoutMs);
    } finally {
      clearTimeout(connect);
    }
  }
}

function asFetchError(e: unknown, url: string, totalMs: number): FetchError {
  if (e instanceof FetchError) return e;
  const err = e as Error & { cause?: Error };
  if (err?.name === 'TimeoutError') return new FetchError('timeout', `not complete within ${totalMs} ms`, url);
  if (err?.name === 'AbortError' && err.cause instanceof FetchError) return err.cause;
  return new FetchError('network', err?.cause?.message ?? err?.message ?? String(e), url, undefined, undefined, e);
}

function checkUrl(url: string): string {
  let u: URL;
  try { u = new URL(url); } catch { throw new FetchError('bad-url', `not a URL: ${url}`, url); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError('bad-url', `only http(s) URLs are fetched: ${url}`, url);
  return u.toString();
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
