/**
 * The driver: paths → read → clean → analyse → engine (dedupe, stories, store). A failing item is reported
 * with its source and reason and skipped; the batch goes on (miniflux's processor pattern). Re-running on the
 * same inputs adds nothing.
 */
import type { Store } from '../store/types.js';
import type { RawDocument } from '../model/document.js';
import { CrosscheckError } from '../model/error.js';
import { readPaths } from '../ingest/files.js';
import { cleanDocument } from '../clean/index.js';
import { analyzeArticle } from '../analyze/index.js';
import { Engine } from './engine.js';

export interface IngestReport {
  read: number;
  added: number;
  unchanged: number;
  rejected: { source: string; reason: string; code: string }[];
  stories: Set<string>;
}

export interface IngestHooks {
  onRejected?(e: CrosscheckError): void;
  onItem?(report: IngestReport): void;
}

/** Example: const r = await ingestPaths(['../shared/seeds'], store); r.added */
export async function ingestPaths(paths: string[], store: Store, hooks: IngestHooks = {}): Promise<IngestReport> {
  return ingestItems(readPaths(paths), store, hooks);
}

/** Documents already in memory (the HTTP API's POST /api/ingest). Example: await ingestDocuments([{source:'api:0', format:'text', text, hints:{}}], store) */
export async function ingestDocuments(docs: RawDocument[], store: Store, hooks: IngestHooks = {}): Promise<IngestReport> {
  return ingestItems(docs.map((doc) => ({ doc })), store, hooks);
}

type Item = { doc: RawDocument } | { error: CrosscheckError };

async function ingestItems(items: AsyncIterable<Item> | Iterable<Item>, store: Store, hooks: IngestHooks): Promise<IngestReport> {
  const engine = await Engine.open(store);
  const report: IngestReport = { read: 0, added: 0, unchanged: 0, rejected: [], stories: new Set() };
  const reject = (e: CrosscheckError) => {
    report.rejected.push({ source: e.source ?? '(input)', reason: e.message, code: e.code });
    hooks.onRejected?.(e);
  };
  for await (const item of items) {
    report.read++;
    if ('error' in item) { reject(item.error); hooks.onItem?.(report); continue; }
    try {
      const article = cleanDocument(item.doc);
      const added = await engine.add(article, analyzeArticle(article));
      if (added) { report.added++; report.stories.add(added.storyId); } else report.unchanged++;
    } catch (e) {
      reject(e instanceof CrosscheckError ? e : new CrosscheckError('INTERNAL', 'pipeline', (e as Error).message, { source: item.doc.source, cause: e }));
    }
    hooks.onItem?.(report);
  }
  await engine.flush();
  return report;
}
