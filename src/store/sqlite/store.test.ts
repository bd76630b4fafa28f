import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bigStory, storeSuite, story } from '../store.case.js';
import { splitStory, STORY_PAGE } from '../parts.js';
import { ID_RANGE, listQuery, SqliteStore } from './store.js';
import { MIGRATIONS } from './schema.js';

storeSuite('sqlite', async () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'x.db')));

test('sqlite: refuses a database written by a newer crosscheck instead of misreading it', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'new.db');
  const db = new Database(path);
  db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  db.close();
  assert.throws(() => SqliteStore.open(path), /newer than this crosscheck/);
});

test('sqlite: reopening a database runs no migration twice and keeps the data', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'again.db');
  const s = SqliteStore.open(path);
  await s.setState('x', 1);
  await s.close();
  const t = SqliteStore.open(path);
  assert.equal(await t.getState('x'), 1);
  assert.equal(t.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.equal(t.db.pragma('journal_mode', { simple: true }), 'wal');
  await t.close();
});

test('sqlite: upgrading a v2 database fills the story list columns and the story entities from what it holds', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'v2.db');
  const db = new Database(path);
  for (const m of MIGRATIONS.slice(0, 2)) db.exec(m as string);
  db.pragma('user_version = 2');
  const members = ['2026-10-08', '2026-10-08T20:00', '2026-10-10', null].map((published, i) => ({ articleId: `v${i}`, title: null, outlet: 'Meridian Wire', published, dup: { articleId: `v${i}`, kind: 'original' as const, of: null, similarity: 0 } }));
  const detail = story('old', ['v0'], { members, claims: [{ subject: 'drones', verdict: 'disagree', rows: [] }] });
  db.prepare(`INSERT INTO stories (id, title, previous, first, last, articles, outlets, detail, updated_at) VALUES ('old', 'Old story', NULL, '2026-10-08', '2026-10-10', 4, '[]', ?, '2026-10-11')`).run(JSON.stringify(detail));
  db.prepare(`INSERT INTO articles (id, text_hash, source, text, removed, meta_sources, analysis, story_id, dup_kind, dup_sim, ingested_at) VALUES ('v0', 'h', 's', 't', '[]', '{}', '{}', 'old', 'original', 0, '2026-10-11')`).run();
  db.prepare(`INSERT INTO entities VALUES ('v0', 0, 5, 'LOC', 'LOC:keld', 'Keld')`).run();
  db.close();
  const s = SqliteStore.open(path);
  const [item] = (await s.stories()).items;
  assert.deepEqual([item.id, item.days, item.disagreements], ['old', [{ day: '2026-10-08', count: 2 }, { day: '2026-10-10', count: 1 }], 1]);
  assert.deepEqual((await s.stories({ entity: 'LOC:keld' })).items.map((x) => x.id), ['old']);
  assert.equal((await s.story('old'))?.claims.length, 1);
  assert.deepEqual(JSON.parse((await s.storyPage('old'))!).parts.members, { total: 4, limit: 50, next: null });
  await s.close();
});

test('sqlite: upgrading from the first story_parts layout (chunks numbered 0, 1, 2…) keys each chunk by its first item', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'v5.db');
  const s = SqliteStore.open(path);
  const big = bigStory('big', 120);
  await s.putStory(big);
  // Rewrite the story's rows as version 5 first wrote them: 50 reports, 10 claim groups, 20 of the rest per chunk.
  const sizes = { ...STORY_PAGE.chunk };
  Object.assign(STORY_PAGE.chunk, { members: 50, timeline: 20, actors: 20, quotes: 20, claims: 10 });
  try {
    const old = splitStory(big, 'v5');
    s.db.prepare('DELETE FROM story_parts').run();
    for (const p of old.parts) {
      const size = (STORY_PAGE.chunk as Record<string, number>)[p.part];
      s.db.prepare('INSERT INTO story_parts (story_id, part, chunk, total, items) VALUES (?, ?, ?, ?, ?)').run('big', p.part, size ? p.chunk / size : p.chunk, p.total, p.items);
    }
    s.db.prepare('UPDATE stories SET head = ?').run(old.head);
  } finally {
    Object.assign(STORY_PAGE.chunk, sizes);
  }
  s.db.pragma('user_version = 5');
  await s.close();
  const t = SqliteStore.open(path);
  assert.deepEqual(await t.story('big'), big);
  assert.deepEqual((await t.storyPart('big', 'members', 45, 10))?.items.map((m) => (m as { articleId: string }).articleId), Array.from({ length: 10 }, (_, i) => `r${45 + i}`));
  assert.deepEqual((await t.storyPart('big', 'quotes', 19, 3))?.items.map((q) => (q as { text: string }).text), ['Quote 19', 'Quote 20', 'Quote 21']);
  assert.equal((await t.storyPart('big', 'timeline.sources', 0, 50, 3))?.total, 12);
  assert.deepEqual(JSON.parse((await t.storyPage('big'))!).parts.quotes, { total: 55, limit: 20, next: 20 });
  await t.close();
});

test('sqlite: a page of the story list and a prefix lookup read indexes in order, never the whole table', () => {
  const s = SqliteStore.open(':memory:');
  const plan = (sql: string, args: unknown) => (s.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(args) as { detail: string }[]).map((r) => r.detail).join('; ');
  for (const q of [{}, { sort: 'size' as const }, { since: '2026-10-01' }, { until: '2026-10-01' }]) {
    const { page, args } = listQuery(q);
    const p = plan(page, args);
    assert.match(p, /USING INDEX stories_(recent|size)/, JSON.stringify(q));
    assert.doesNotMatch(p, /TEMP B-TREE/, JSON.stringify(q));
  }
  assert.match(plan(ID_RANGE, ['a', 'b', 3]), /SEARCH stories USING COVERING INDEX \S+ \(id>\? AND id<\?\)/);
  for (const filter of [{ outlet: 'X' }, { entity: 'LOC:x' }]) assert.match(plan(listQuery(filter).count, listQuery(filter).args), /SEARCH story_(outlets|entities) USING (COVERING INDEX|PRIMARY KEY)/);
  assert.match(plan(listQuery({ until: '2026-10-01' }).count, listQuery({ until: '2026-10-01' }).args), /SEARCH stories USING COVERING INDEX stories_first/);
  for (const [sql, args] of [['SELECT part, items FROM story_parts WHERE story_id = ? AND chunk = 0 AND part IN (\'members\', \'claims\')', ['s']], ['SELECT chunk, total, items FROM story_parts WHERE story_id = ? AND part = ? AND chunk < ? AND chunk >= (SELECT max(chunk) FROM story_parts WHERE story_id = ? AND part = ? AND chunk <= ?) ORDER BY chunk', ['s', 'members', 60, 's', 'members', 50]]] as const) {
    assert.match(plan(sql, args), /SEARCH story_parts USING INDEX story_parts_key \(story_id=\? AND part=\? AND chunk/);
  }
  s.close();
});
