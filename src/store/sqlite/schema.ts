/**
 * SQLite schema as an ordered list of migrations; `user_version` records how many have run, so opening an
 * older database upgrades it in place and a newer one is refused rather than misread.
 */
export const MIGRATIONS: string[] = [
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
];
