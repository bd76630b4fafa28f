/**
 * SQLite schema as an ordered list of migrations; `user_version` records how many have run, so opening an
 * older database upgrades it in place and a newer one is refused rather than misread. A migration is SQL, or
 * a function when rows must be recomputed with the same code the store writes them with.
 */
import type Database from 'better-sqlite3';
import { listFields } from '../days.js';
import { splitStory } from '../parts.js';

export type Migration = string | ((db: Database.Database) => void);

export const MIGRATIONS: Migration[] = [
  `CREATE TABLE articles (
     rowid INTEGER PRIMARY KEY,
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
     dup_sim REAL NOT NULL,
     ingested_at TEXT NOT NULL
   );
   CREATE INDEX articles_story ON articles(story_id);
   CREATE INDEX articles_text_hash ON articles(text_hash);
   CREATE INDEX articles_url ON articles(url);
   CREATE TABLE entities (
     article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
     type TEXT NOT NULL, canonical_id TEXT NOT NULL, canonical TEXT NOT NULL
   );
   CREATE INDEX entities_canonical ON entities(canonical_id);
   CREATE INDEX entities_article ON entities(article_id);
   CREATE TABLE stories (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     previous TEXT,
     first TEXT, last TEXT,
     articles INTEGER NOT NULL,
     outlets TEXT NOT NULL,
     detail TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX stories_last ON stories(last);
   CREATE TABLE story_outlets (story_id TEXT NOT NULL, outlet TEXT NOT NULL, PRIMARY KEY (story_id, outlet));
   CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61');`,
  // 2: stories whose detail must be rebuilt (set in the article's transaction, cleared when rebuilt), so a
  // crash between the two leaves a marker instead of a stale story.
  `CREATE TABLE dirty_stories (story_id TEXT PRIMARY KEY);
   CREATE TABLE story_redirects (from_id TEXT PRIMARY KEY, to_id TEXT NOT NULL);`,
  // 3: every read path indexed (issue 7). The story list reads one query: its columns (reports per day,
  // disputed figures) sit beside the detail, which moves last in the row so a list row never walks the
  // detail's overflow pages; one index per sort order; outlet and entity filters by index (story_entities is
  // refreshed with the story's detail).
  (db) => {
    db.exec(`CREATE TABLE stories_v3 (
       id TEXT PRIMARY KEY, title TEXT NOT NULL, previous TEXT, first TEXT, last TEXT, articles INTEGER NOT NULL,
       outlets TEXT NOT NULL, days TEXT NOT NULL, disagreements INTEGER NOT NULL, updated_at TEXT NOT NULL, detail TEXT NOT NULL
     )`);
    const read = db.prepare('SELECT * FROM stories WHERE id > ? ORDER BY id LIMIT 500');
    const write = db.prepare(`INSERT INTO stories_v3 (id, title, previous, first, last, articles, outlets, days, disagreements, updated_at, detail)
      VALUES (@id, @title, @previous, @first, @last, @articles, @outlets, @days, @disagreements, @updated_at, @detail)`);
    for (let rows = read.all('') as { id: string; detail: string }[]; rows.length; rows = read.all(rows[rows.length - 1].id) as typeof rows) {
      for (const r of rows) write.run({ ...r, ...listFields(JSON.parse(r.detail)) });
    }
    db.exec(`DROP TABLE stories;
      ALTER TABLE stories_v3 RENAME TO stories;
      CREATE INDEX stories_recent ON stories(last DESC, articles DESC, id);
      CREATE INDEX stories_size ON stories(articles DESC, last DESC, id);
      CREATE INDEX story_outlets_outlet ON story_outlets(outlet, story_id);
      CREATE TABLE story_entities (canonical_id TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (canonical_id, story_id)) WITHOUT ROWID;
      CREATE INDEX story_entities_story ON story_entities(story_id);
      INSERT OR IGNORE INTO story_entities (canonical_id, story_id)
        SELECT e.canonical_id, a.story_id FROM entities e JOIN articles a ON a.id = e.article_id JOIN stories s ON s.id = a.story_id;`);
  },
  // 4: the list's `until` filter (first <= ?) by index; without it counting its matches scanned every story row.
  'CREATE INDEX stories_first ON stories(first);',
  // 5: a story's detail as a small head and its lists in page-sized chunks (src/store/parts.ts), so the story
  // page reads and sends a bounded first page (issue 7). `detail` becomes `head`; each stored detail is split
  // with the code that writes new ones, its update time standing as its version. A rowid table with a unique
  // key (not WITHOUT ROWID): a cut inner list can hold hundreds of KB.
  (db) => {
    db.exec(`ALTER TABLE stories RENAME COLUMN detail TO head;
      CREATE TABLE story_parts (story_id TEXT NOT NULL, part TEXT NOT NULL, chunk INTEGER NOT NULL, total INTEGER NOT NULL, items TEXT NOT NULL);
      CREATE UNIQUE INDEX story_parts_key ON story_parts (story_id, part, chunk);`);
    const read = db.prepare('SELECT id, updated_at, head FROM stories WHERE id > ? ORDER BY id LIMIT 100');
    const write = db.prepare('UPDATE stories SET head = ? WHERE id = ?');
    const part = db.prepare('INSERT INTO story_parts (story_id, part, chunk, total, items) VALUES (?, ?, ?, ?, ?)');
    for (let rows = read.all('') as { id: string; updated_at: string; head: string }[]; rows.length; rows = read.all(rows[rows.length - 1].id) as typeof rows) {
      for (const r of rows) {
        const split = splitStory(JSON.parse(r.head), r.updated_at);
        write.run(split.head, r.id);
        for (const p of split.parts) part.run(r.id, p.part, p.chunk, p.total, p.items);
      }
    }
  },
  // 6: chunks keyed by their first item's index, not their number, so reads need no chunk size. Stories split
  // by the first version of migration 5 (or written by that version) numbered them 0, 1, 2… with 50 reports,
  // 10 claim groups or 20 of the rest each; only they have a chunk 1 (every chunk size is now 5 or more).
  `UPDATE story_parts SET chunk = -chunk * CASE part WHEN 'members' THEN 50 WHEN 'claims' THEN 10 ELSE 20 END
     WHERE chunk > 0 AND part IN ('members', 'timeline', 'actors', 'quotes', 'claims')
       AND story_id IN (SELECT story_id FROM story_parts WHERE chunk = 1 AND part IN ('members', 'timeline', 'actors', 'quotes', 'claims'));
   UPDATE story_parts SET chunk = -chunk WHERE chunk < 0;`,
];
