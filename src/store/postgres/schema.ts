/**
 * PostgreSQL schema, as ordered migrations recorded in `crosscheck_meta`. The same tables as the SQLite store;
 * search uses a generated tsvector (English stemming, title weighted above text) with a GIN index.
 */
export const PG_MIGRATIONS: string[] = [
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
];
