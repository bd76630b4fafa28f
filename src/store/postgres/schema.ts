/**
 * PostgreSQL schema, as ordered migrations recorded in `crosscheck_meta`. The same tables as the SQLite store;
 * search uses a generated tsvector (English stemming, title weighted above text) with a GIN index. A migration
 * is SQL, or a function when rows must be recomputed with the same code the store writes them with.
 */
import type pg from 'pg';
import { listFields } from '../days.js';
import { splitStory, type PartRow } from '../parts.js';

export type PgMigration = string | ((c: pg.PoolClient) => Promise<void>);

export const PG_MIGRATIONS: PgMigration[] = [
  `CREATE TABLE articles (
     seq BIGSERIAL PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     text_hash TEXT NOT NULL,
     source TEXT NOT NULL,
     outlet TEXT, url TEXT, title TEXT, author TEXT, published TEXT,
     text TEXT NOT NULL,
     removed TEXT NOT NULL,
     meta_sources TEXT NOT NULL,
     analysis TEXT NOT NULL,
     story_id TEXT,
     dup_kind TEXT NOT NULL,
     dup_of TEXT,
     dup_sim DOUBLE PRECISION NOT NULL,
     ingested_at TEXT NOT NULL,
     tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED
   );
   CREATE INDEX articles_story ON articles(story_id);
   CREATE INDEX articles_text_hash ON articles(text_hash);
   CREATE INDEX articles_tsv ON articles USING GIN (tsv);
   CREATE TABLE entities (
     article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
     type TEXT NOT NULL, canonical_id TEXT NOT NULL, canonical TEXT NOT NULL
   );
   CREATE INDEX entities_canonical ON entities(canonical_id);
   CREATE TABLE stories (
     id TEXT PRIMARY KEY, title TEXT NOT NULL, previous TEXT, first TEXT, last TEXT,
     articles INTEGER NOT NULL, outlets TEXT NOT NULL, detail TEXT NOT NULL, updated_at TEXT NOT NULL
   );
   CREATE INDEX stories_last ON stories(last);
   CREATE TABLE story_outlets (story_id TEXT NOT NULL, outlet TEXT NOT NULL, PRIMARY KEY (story_id, outlet));
   CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE dirty_stories (story_id TEXT PRIMARY KEY);
   CREATE TABLE story_redirects (from_id TEXT PRIMARY KEY, to_id TEXT NOT NULL);`,
  // 2: every read path indexed (issue 7), as SQLite's migration 3: list columns beside the detail, one index
  // per sort order, outlet and entity filters by index, and a C-collation id index for prefix lookups (a
  // range in byte order whatever the database's collation).
  async (c) => {
    await c.query(`ALTER TABLE stories ADD COLUMN days TEXT NOT NULL DEFAULT '[]', ADD COLUMN disagreements INTEGER NOT NULL DEFAULT 0`);
    for (let after = ''; ;) {
      const rows = (await c.query('SELECT id, detail FROM stories WHERE id > $1 ORDER BY id LIMIT 500', [after])).rows as { id: string; detail: string }[];
      if (!rows.length) break;
      for (const r of rows) {
        const f = listFields(JSON.parse(r.detail));
        await c.query('UPDATE stories SET days = $2, disagreements = $3 WHERE id = $1', [r.id, f.days, f.disagreements]);
      }
      after = rows[rows.length - 1].id;
    }
    await c.query(`DROP INDEX stories_last;
      CREATE INDEX stories_recent ON stories (last DESC NULLS LAST, articles DESC, id);
      CREATE INDEX stories_size ON stories (articles DESC, last DESC NULLS LAST, id);
      CREATE INDEX stories_id_c ON stories (id COLLATE "C");
      CREATE INDEX story_outlets_outlet ON story_outlets (outlet, story_id);
      CREATE INDEX entities_article ON entities (article_id);
      CREATE TABLE story_entities (canonical_id TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (canonical_id, story_id));
      CREATE INDEX story_entities_story ON story_entities (story_id);
      INSERT INTO story_entities (canonical_id, story_id)
        SELECT DISTINCT e.canonical_id, a.story_id FROM entities e JOIN articles a ON a.id = e.article_id JOIN stories s ON s.id = a.story_id;`);
  },
  // 3: the list's `until` filter (first <= $n) by index, as SQLite's migration 4.
  'CREATE INDEX stories_first ON stories (first);',
  // 4: a story's detail as a head and page-sized chunks of its lists (src/store/parts.ts), as SQLite's migration 5.
  async (c) => {
    await c.query(`ALTER TABLE stories RENAME COLUMN detail TO head;
      CREATE TABLE story_parts (story_id TEXT NOT NULL, part TEXT NOT NULL, chunk INTEGER NOT NULL, total INTEGER NOT NULL, items TEXT NOT NULL,
        PRIMARY KEY (story_id, part, chunk));`);
    for (let after = ''; ;) {
      const rows = (await c.query('SELECT id, updated_at, head FROM stories WHERE id > $1 ORDER BY id LIMIT 100', [after])).rows as { id: string; updated_at: string; head: string }[];
      if (!rows.length) break;
      for (const r of rows) {
        const split = splitStory(JSON.parse(r.head), r.updated_at);
        await c.query('UPDATE stories SET head = $2 WHERE id = $1', [r.id, split.head]);
        await insertParts(c, r.id, split.parts);
      }
      after = rows[rows.length - 1].id;
    }
  },
  // 5: chunks keyed by their first item's index, as SQLite's migration 6. Negated first: the key is checked row by row.
  `UPDATE story_parts SET chunk = -chunk * CASE part WHEN 'members' THEN 50 WHEN 'claims' THEN 10 ELSE 20 END
     WHERE chunk > 0 AND part IN ('members', 'timeline', 'actors', 'quotes', 'claims')
       AND story_id IN (SELECT story_id FROM story_parts WHERE chunk = 1 AND part IN ('members', 'timeline', 'actors', 'quotes', 'claims'));
   UPDATE story_parts SET chunk = -chunk WHERE chunk < 0;`,
];

/** A story's part rows in one statement. */
export async function insertParts(c: pg.PoolClient, storyId: string, parts: PartRow[]) {
  await c.query(`INSERT INTO story_parts (story_id, part, chunk, total, items) SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::text[])`,
    [storyId, parts.map((p) => p.part), parts.map((p) => p.chunk), parts.map((p) => p.total), parts.map((p) => p.items)]);
}
