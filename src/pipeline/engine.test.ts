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

test('during a long ingest a built story is rebuilt only once it has grown by half; the final flush rebuilds the rest', async () => {
  const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'cc-engine-')), 'g.db'));
  const { process: processDoc } = await import('./process.js');
  const docs = [...synthReports({ n: 400, seed: 11 })].map((d) => processDoc(d)).filter((p) => p.ok);
  const engine = await Engine.open(store);
  for (const p of docs.slice(0, 200)) await engine.add(p.article, p.analysis);
  await engine.flush(false);
  assert.deepEqual(await store.dirtyStories(), [], 'stories never built are built');
  const sizes = new Map((await store.stories({ limit: 1000 })).items.map((s) => [s.id, s.articles]));
  // Add reports until a story built with 3 or more reports has one more than it had, but has not grown by half.
  let big: [string, number] | undefined;
  for (const p of docs.slice(200)) {
    const r = await engine.add(p.article, p.analysis);
    const size = r?.dupKind === 'original' ? sizes.get(r.storyId) : undefined;
    if (size !== undefined && size >= 3) { big = [r!.storyId, size]; break; }
  }
  assert.ok(big, 'a story built with 3 or more reports got one more');
  await engine.flush(false);
  assert.ok((await store.dirtyStories()).includes(big[0]), 'grown by less than half: left marked, not rebuilt');
  assert.equal((await store.story(big[0]))!.articles, big[1]);
  await engine.flush();
  assert.deepEqual(await store.dirtyStories(), []);
  assert.equal((await store.story(big[0]))!.articles, big[1] + 1);
  await store.close();
});
