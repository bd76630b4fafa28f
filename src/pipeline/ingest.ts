/**
 * The driver: paths → read → clean → analyse → engine (dedupe, stories, store). Clean and analyse run in a
 * worker pool once a batch is large enough to pay for starting it; results are applied in input order. A
 * failing item is reported with its source and reason and skipped; the batch goes on (miniflux's processor
 * pattern). Re-running on the same inputs adds nothing.
 */
import { availableParallelism } from 'node:os';
import type { RawDocument } from '../model/document.js';
import type { Store } from '../store/types.js';
import { CrosscheckError } from '../model/error.js';
import { readPaths, type Item } from '../ingest/files.js';
import { Engine } from './engine.js';
import { Pool } from './pool.js';
import { process as processDoc, toError, type Processed } from './process.js';

const TUNING = {
  /** Documents processed on the main thread before a pool is started (small runs never pay for workers). */
  inlineFirst: 48,
};

export interface IngestReport {
  read: number;
  added: number;
  unchanged: number;
  rejected: { source: string; reason: string; code: string }[];
  stories: Set<string>;
  /** Latency of the last adds in ms: placing an article (duplicate check + story join) and the whole add. */
  timings?: { join: ReturnType<Engine['timings']['join']['stats']>; add: ReturnType<Engine['timings']['add']['stats']> };
}

export interface IngestHooks {
  onRejected?(e: CrosscheckError): void;
  onItem?(report: IngestReport): void;
}

export interface IngestOptions {
  /** Worker threads for clean + analyse; 0 = all on the main thread. Default: cores − 1, at least 1. */
  workers?: number;
}

/** Example: const r = await ingestPaths(['../shared/seeds'], store); r.added */
export async function ingestPaths(paths: string[], store: Store, hooks: IngestHooks = {}, opts: IngestOptions = {}): Promise<IngestReport> {
  return ingestItems(readPaths(paths), store, hooks, opts);
}

/** Ingests documents that arrive from any source (files, feeds, the HTTP API). */
export async function ingestDocuments(docs: RawDocument[], store: Store, hooks: IngestHooks = {}): Promise<IngestReport> {
  return ingestItems((async function* () { for (const doc of docs) yield { doc } as Item; })(), store, hooks, { workers: 0 });
}

/** Lets pending worker messages in (they arrive as macrotasks). */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function ingestItems(items: AsyncIterable<Item>, store: Store, hooks: IngestHooks, opts: IngestOptions): Promise<IngestReport> {
  const engine = await Engine.open(store);
  const report: IngestReport = { read: 0, added: 0, unchanged: 0, rejected: [], stories: new Set() };
  const workers = opts.workers ?? Math.max(1, availableParallelism() - 1);
  let pool: Pool | null = null;
  const queue: { source: string; result: Promise<Processed> | Processed; ready: boolean }[] = [];

  const reject = (e: CrosscheckError) => {
    report.rejected.push({ source: e.source ?? '(input)', reason: e.message, code: e.code });
    hooks.onRejected?.(e);
  };
  const apply = async () => {
    const next = queue.shift()!;
    // Rather than wait for a worker, the main thread takes a document no worker has started (pool.ts).
    while (pool && !next.ready && pool.steal()) await tick();
    const p = await next.result;
    if (!p.ok) reject(toError(p));
    else {
      try {
        const added = await engine.add(p.article, p.analysis, p.standIn);
        if (added) { report.added++; report.stories.add(added.storyId); } else report.unchanged++;
      } catch (e) {
        reject(e instanceof CrosscheckError ? e : new CrosscheckError('STORE', 'store', (e as Error).message, { source: next.source, cause: e }));
      }
    }
    hooks.onItem?.(report);
  };

  try {
    for await (const item of items) {
      report.read++;
      if ('error' in item) { while (queue.length) await apply(); reject(item.error); hooks.onItem?.(report); continue; }
      if (!pool && workers > 0 && report.read > TUNING.inlineFirst) pool = new Pool(workers);
      const entry = { source: item.doc.source, result: pool ? pool.run(item.doc) : processDoc(item.doc), ready: !pool };
      if (pool) void (entry.result as Promise<Processed>).then(() => { entry.ready = true; });
      queue.push(entry);
      while (queue.length > (pool ? pool.window : 0)) await apply();
    }
    while (queue.length) await apply();
  } finally {
    await pool?.close();
  }
  await engine.flush();
  report.timings = { join: engine.timings.join.stats(), add: engine.timings.add.stats() };
  return report;
}
