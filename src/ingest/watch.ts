/**
 * `watch`: follows feeds and news sitemaps. Each source is polled on its own schedule (interval, the
 * publisher's TTL / max-age, backoff after errors) with a conditional GET; each item whose normalised URL
 * was never seen has its article page fetched politely and goes through the same clean → analyse → Engine
 * path as `ingest`. Feed state and the seen-set live in the store (feeds/state.ts), so a restart refetches
 * nothing already seen. A feed's validators are saved only
 * once all its new items are handled: stopped half-way, the next run reads the feed again and picks up the
 * rest. stop() takes effect after the current item.
 */
import type { Store } from '../store/types.js';
import { CrosscheckError } from '../model/error.js';
import { cleanDocument } from '../clean/index.js';
import { analyzeArticle } from '../analyze/index.js';
import { Engine } from '../pipeline/engine.js';
import { Fetcher, type FetcherOptions } from './fetch/fetcher.js';
import { FetchError } from './fetch/errors.js';
import { normalizeUrl } from './fetch/url.js';
import type { WatchSource } from './feeds/list.js';
import { itemDocument } from './feeds/page.js';
import { nextAfterError, nextAfterSuccess, type FeedState } from './feeds/schedule.js';
import { pollSource } from './feeds/source.js';
import { WatchState, type SeenStatus } from './feeds/state.js';
import type { RawFeed, RawFeedItem } from './feeds/types.js';

export const WATCH = {
  intervalMs: 300_000,
};

export interface WatchCounts { polls: number; notModified: number; newItems: number; added: number; unchanged: number; fallbacks: number; errors: number }
export interface WatchEvent { kind: 'poll' | 'item' | 'error'; source: string; message?: string; counts: WatchCounts }
export interface WatchOptions {
  intervalMs?: number;
  fetcher?: Fetcher;
  fetch?: Partial<FetcherOptions>;
  onEvent?: (e: WatchEvent) => void;
  now?: () => number;
}

export class Watcher {
  readonly counts: WatchCounts = { polls: 0, notModified: 0, newItems: 0, added: 0, unchanged: 0, fallbacks: 0, errors: 0 };
  readonly fetcher: Fetcher;
  private stopping = false;
  private wake: (() => void) | null = null;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly state: WatchState;

  private constructor(store: Store, private readonly engine: Engine, readonly sources: WatchSource[], private readonly opts: WatchOptions) {
    this.fetcher = opts.fetcher ?? new Fetcher(opts.fetch);
    this.intervalMs = opts.intervalMs ?? WATCH.intervalMs;
    this.now = opts.now ?? Date.now;
    this.state = new WatchState(store);
  }

  /** Example: const w = await Watcher.open(store, [{ url, kind: 'feed' }]); await w.run({ once: true }) */
  static async open(store: Store, sources: WatchSource[], opts: WatchOptions = {}): Promise<Watcher> {
    return new Watcher(store, await Engine.open(store), sources, opts);
  }

  /** Asks the watcher to stop after the item in hand. */
  stop(): void {
    this.stopping = true;
    this.wake?.();
  }

  get stopped(): boolean { return this.stopping; }

  /** Polls until stopped; with `once`, one pass over the sources that are due. */
  async run({ once = false } = {}): Promise<void> {
    while (!this.stopping) {
      await this.pollDue();
      if (once || this.stopping) return; // a stop asked for during the poll must not wait out the next interval
      await this.sleepUntil(await this.state.nextDue(this.sources.map((s) => s.url)));
    }
  }

  /** Polls every source whose time has come, in list order. Returns how many were polled. */
  async pollDue(): Promise<number> {
    let n = 0;
    for (const source of this.sources) {
      if (this.stopping) break;
      const state = await this.state.feed(source.url);
      if (state.nextPoll > this.now()) continue;
      await this.pollOne(source, state);
      n++;
    }
    return n;
  }

  private async pollOne(source: WatchSource, state: FeedState): Promise<void> {
    this.counts.polls++;
    let polled;
    try {
      polled = await pollSource(this.fetcher, source, { etag: state.etag, lastModified: state.lastModified });
    } catch (e) {
      return this.failPoll(source, state, e);
    }
    const cacheControl = polled.result.headers.get('cache-control');
    if (polled.notModified) {
      this.counts.notModified++;
      await this.save({ ...state, errors: 0, lastError: undefined, lastPoll: iso(this.now()), nextPoll: nextAfterSuccess(this.now(), this.intervalMs, undefined, cacheControl) });
      return this.emit('poll', source.url);
    }
    const { complete, retryLater } = await this.ingestFeed(polled.feed);
    if (!complete) return;
    const validators = retryLater ? {} : { etag: polled.result.etag, lastModified: polled.result.lastModified };
    await this.save({ ...state, ...validators, errors: 0, lastError: undefined, lastPoll: iso(this.now()), nextPoll: nextAfterSuccess(this.now(), this.intervalMs, polled.feed, cacheControl) });
    this.emit('poll', source.url);
  }

  private async failPoll(source: WatchSource, state: FeedState, e: unknown): Promise<void> {
    this.counts.errors++;
    const errors = state.errors + 1;
    const message = e instanceof CrosscheckError ? e.message : String(e);
    const retryAfter = e instanceof FetchError ? e.retryAfterMs : undefined;
    await this.save({ ...state, errors, lastError: message, lastPoll: iso(this.now()), nextPoll: nextAfterError(this.now(), this.intervalMs, errors, retryAfter) });
    this.emit('error', source.url, message);
  }

  /** New items, oldest first. `complete` is false when stopped half-way. */
  private async ingestFeed(feed: RawFeed): Promise<{ complete: boolean; retryLater: boolean }> {
    let retryLater = false;
    const inPoll = new Set<string>();
    for (const item of [...feed.items].reverse()) {
      if (this.stopping) return { complete: false, retryLater };
      const key = itemKey(feed, item);
      if (inPoll.has(key) || (await this.state.seen(key))) continue;
      inPoll.add(key);
      this.counts.newItems++;
      if (!(await this.ingestItem(feed, item, key))) retryLater = true;
    }
    if (inPoll.size) await this.engine.flush();
    return { complete: true, retryLater };
  }

  /** Returns false when the item should be tried again at the next poll (not marked seen). */
  private async ingestItem(feed: RawFeed, item: RawFeedItem, key: string): Promise<boolean> {
    const r = await itemDocument(this.fetcher, feed, item);
    if ('error' in r) {
      this.counts.errors++;
      this.emit('error', r.error.source ?? key, r.error.message);
      if (r.retry) return false;
      await this.markSeen(key, 'failed');
      return true;
    }
    if (r.fallback) this.counts.fallbacks++;
    try {
      const article = cleanDocument(r.doc);
      const added = await this.engine.add(article, analyzeArticle(article));
      await this.engine.commit(); // stored before it is marked seen: a kill between the two refetches, never loses
      if (added) this.counts.added++; else this.counts.unchanged++;
      await this.markSeen(key, added ? 'added' : 'unchanged');
      this.emit('item', r.doc.source);
    } catch (e) {
      this.counts.errors++;
      await this.markSeen(key, 'rejected');
      this.emit('error', r.doc.source, (e as Error).message);
    }
    return true;
  }

  private save(state: FeedState): Promise<void> {
    return this.state.saveFeed(state);
  }

  private markSeen(key: string, status: SeenStatus): Promise<void> {
    return this.state.markSeen(key, status, iso(this.now()));
  }

  private sleepUntil(when: number): Promise<void> {
    const ms = Math.max(0, Math.min(when - this.now(), 2 ** 31 - 1));
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() { clearTimeout(t); resolve(); }
      this.wake = () => { this.wake = null; done(); };
    });
  }

  private emit(kind: WatchEvent['kind'], source: string, message?: string): void {
    this.opts.onEvent?.({ kind, source, message, counts: this.counts });
  }
}

/** The seen-set key of an item: its normalised link, else its id within the feed. */
function itemKey(feed: RawFeed, item: RawFeedItem): string {
  if (item.link) return normalizeUrl(item.link);
  return `${feed.link ?? feed.title ?? ''}#${item.id ?? item.title ?? ''}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
