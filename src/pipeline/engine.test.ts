import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/store.js';
import { ingestPaths } from './ingest.js';
import { Engine } from './engine.js';
import { synthReports } from '../../bench/synth.js';
import { ingestDocuments } from './ingest.js';

test('after a batch with merges and splits, every stored article sits in the story the index assigns it', async () => {
  const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'cc-engine-')), 'e.db'));
  await ingestDocuments([...synthReports({ n: 160, seed: 7 })], store);
  await ingestPaths(['demo/corpus'], store, {}, { workers: 0 });
  const engine = await Engine.open(store);
  let n = 0;
  for (let seq = 0; ; ) {
    const batch = await store.articlesSince(seq, 500);
    if (!batch.length) break;
    for (const a of batch) { assert.equal(a.storyId, engine.storyOf(a.article.id), a.article.id); n++; }
    seq = batch[batch.length - 1].seq;
  }
  assert.ok(n > 150);
  assert.deepEqual(await store.dirtyStories(), [], 'every story rebuilt');
  const { items } = await store.stories({ limit: 1000 });
  for (const s of items) assert.equal((await store.story(s.id))!.articles <= (await store.storyMembers(s.id)).length, true);
  await store.close();
});
