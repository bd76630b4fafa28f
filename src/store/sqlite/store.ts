/**
 * The embedded store: better-sqlite3 in WAL mode, FTS5 (porter stemming) for search. Each article is written
 * in one transaction together with its entities, its search row and its story's refreshed detail, so a crash
 * mid-ingest leaves either the whole article or none of it. Every read is O(what it returns), not O(store): a
 * story by key, a page of the list in index order, ids by a key range, search scored over a bounded window
 * with snippets for the returned page only (plans checked in store.test.ts); a story's page is its head and
 * its lists' first chunks (src/store/parts.ts), whatever the story's size.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CrosscheckError } from '../../model/error.js';
import type { StoryDetail } from '../../model/story.js';
import { SEARCH, type NewArticle, type SearchHit, type Store, type StoredArticle, type StoryQuery } from '../types.js';
import { MIGRATIONS } from './schema.js';
import { textHash } from '../../clean/hash.js';
import { LIST_COLS, prefixRange, rowToListItem, rowToStored, storyRow, type ArticleRow } from '../rows.js';
import { firstPage, joinStory, listPage, nestedPage, NESTED, PARTS, type NestedName, type PartName, type PartRow } from '../parts.js';

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmt: ReturnType<typeof prepare>;
  private readonly statements = new Map<string, Database.Statement>();

  /** Example: const store = SqliteStore.open('crosscheck.db') */
  static open(path: string): SqliteStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (cause) {
      throw new CrosscheckError('STORE', 'store', `cannot open database (${(cause as Error).message})`, { source: path, cause });
    }
    return new SqliteStore(db, path);
  }

  private constructor(db: Database.Database, path: string) {
    this.db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, path);
    this.stmt = prepare(db);
  }

  async has(id: string) { return this.stmt.has.get(id) !== undefined; }

  async add(item: NewArticle, stories: StoryDetail[]) {
    this.db.transaction(() => {
      this.insert(item);
      for (const story of stories) this.writeStory(story);
    })();
  }

  async addMany(items: NewArticle[]) {
    this.db.transaction(() => { for (const item of items) this.insert(item); })();
  }

  private insert({ article: a, analysis, dup, storyId }: NewArticle) {
    const info = this.stmt.insertArticle.run({
      id: a.id, text_hash: textHash(a.text), source: a.source, outlet: a.outlet, url: a.url, title: a.title,
      author: a.author, published: a.published, text: a.text, removed: JSON.stringify(a.removed),
      meta_sources: JSON.stringify(a.metaSources), analysis: JSON.stringify(analysis), story_id: storyId,
      dup_kind: dup.kind, dup_of: dup.of, dup_sim: dup.similarity, ingested_at: new Date().toISOString(),
    });
    this.stmt.insertFts.run(info.lastInsertRowid, a.title ?? '', a.text);
    for (const e of analysis.entities) {
      this.stmt.insertEntity.run(a.id, e.start, e.end, e.type, e.canonicalId ?? `${e.type}:${e.canonical}`, e.canonical);
    }
    this.stmt.markDirty.run(storyId);
  }

  async putStory(story: StoryDetail) { this.db.transaction(() => this.writeStory(story))(); }

  async dirtyStories(limit = 1_000_000) {
    return (this.stmt.dirty.all(limit) as { story_id: string }[]).map((r) => r.story_id);
  }

  private writeStory(story: StoryDetail) {
    const { parts, ...row } = storyRow(story);
    this.stmt.clearDirty.run(story.id);
    this.stmt.upsertStory.run(row);
    this.stmt.deleteParts.run(story.id);
    for (const p of parts) this.stmt.insertPart.run(story.id, p.part, p.chunk, p.total, p.items);
    this.stmt.deleteOutlets.run(story.id);
    for (const o of story.outlets) this.stmt.insertOutlet.run(story.id, o);
    this.stmt.deleteEntities.run(story.id);
    this.stmt.insertEntities.run(story.id);
  }

  async article(id: string) {
    const row = this.stmt.article.get(id) as ArticleRow | undefined;
    return row ? rowToStored(row) : null;
  }

  async articles(ids: string[]) {
    const out: StoredArticle[] = [];
    for (const id of ids) { const a = await this.article(id); if (a) out.push(a); }
    return out;
  }

  async articlesSince(afterSeq: number, limit: number) {
    return (this.stmt.since.all(afterSeq, limit) as ArticleRow[]).map(rowToStored);
  }

  async storyMembers(storyId: string) {
    return (this.stmt.members.all(storyId) as ArticleRow[]).map(rowToStored);
  }

  async mergeStory(from: string, to: string) {
    this.db.transaction(() => {
      this.stmt.moveArticles.run(to, from);
      this.stmt.deleteStory.run(from);
      this.stmt.deleteParts.run(from);
      this.stmt.deleteOutlets.run(from);
      this.stmt.deleteEntities.run(from);
      this.stmt.clearDirty.run(from);
      this.stmt.retarget.run(to, from);
      this.stmt.redirect.run(from, to);
      this.stmt.markDirty.run(to);
    })();
  }

  async moveArticles(ids: string[], from: string, to: string) {
    this.db.transaction(() => {
      for (const id of ids) this.stmt.moveOne.run(to, id);
      this.stmt.markDirty.run(from);
      this.stmt.markDirty.run(to);
      this.stmt.unredirect.run(to);
    })();
  }

  /** The id a story is read under: its own, or the story it was merged into. */
  private current(id: string): string {
    return (this.stmt.redirected.get(id) as { to_id: string } | undefined)?.to_id ?? id;
  }

  // Each read of a story's rows runs in one transaction: one snapshot, even while another process rewrites it.
  async story(id: string) {
    return this.db.transaction(() => {
      const sid = this.current(id);
      const row = this.stmt.story.get(sid) as { head: string } | undefined;
      return row ? joinStory(row.head, this.stmt.allParts.all(sid) as PartRow[]) : null;
    })();
  }

  async storyPage(id: string) {
    return this.db.transaction(() => {
      const sid = this.current(id);
      const row = this.stmt.story.get(sid) as { head: string } | undefined;
      return row ? firstPage(row.head, this.stmt.firstChunks.all(sid) as PartRow[]) : null;
    })();
  }

  async storyPart(id: string, part: PartName | NestedName, offset: number, limit: number, item = 0) {
    return this.db.transaction(() => {
      const sid = this.current(id);
      const version = (this.stmt.version.get(sid) as { updated_at: string } | undefined)?.updated_at;
      if (version === undefined) return null;
      if (part in NESTED) {
        const own = this.stmt.chunk.get(sid, part, item) as PartRow | undefined;
        const parent = own ? undefined : this.stmt.chunks.get({ sid, part: NESTED[part as NestedName][0], offset: item, end: item + 1 }) as PartRow | undefined;
        return nestedPage(part as NestedName, item, offset, limit, own ?? null, parent ?? null, version);
      }
      return listPage(offset, limit, this.stmt.chunks.all({ sid, part, offset, end: offset + limit }) as PartRow[], version);
    })();
  }

  async stories(q: StoryQuery = {}) {
    const { count, page, args } = listQuery(q);
    const total = (this.cached(count).get(args) as { n: number }).n;
    return { total, items: (this.cached(page).all(args) as Record<string, unknown>[]).map(rowToListItem) };
  }

  async storyIds(prefix: string, limit: number) {
    const [lo, hi] = prefixRange(prefix);
    return (this.stmt.idRange.all(lo, hi, limit) as { id: string }[]).map((r) => r.id);
  }

  /** Statements of the few SQL shapes listQuery builds (one per set of filters), prepared once each. */
  private cached(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (!match) return [];
    // Ranking reads only the index; the article row and its snippet are read for the returned page alone.
    return this.db.transaction(() => (this.stmt.searchRank.all(match, SEARCH.rankWindow, limit, offset) as { rowid: number; score: number }[]).map((h) => {
      const r = this.stmt.searchHit.get(match, h.rowid) as Record<string, unknown>;
      return {
        articleId: r.id as string, storyId: (r.story_id as string) ?? null, title: (r.title as string) ?? null,
        outlet: (r.outlet as string) ?? null, published: (r.published as string) ?? null, snippet: r.snippet as string, score: -h.score,
      };
    }))();
  }

  async getState<T>(key: string) {
    const row = this.stmt.getState.get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : null;
  }

  async setState(key: string, value: unknown) { this.stmt.setState.run(key, JSON.stringify(value)); }

  async counts() {
    const a = (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const s = (this.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    return { articles: a, stories: s };
  }

  async close() { this.db.close(); }
}

/**
 * The story list's SQL for a query: its total and one page. The orders match the indexes stories_recent and
 * stories_size, so a page is read in index order and stops at its limit (NULL sorts lowest in SQLite, so
 * undated stories come last). Example: listQuery({limit: 20}).page → 'SELECT … ORDER BY last DESC, … LIMIT @limit …'
 */
export function listQuery(q: StoryQuery) {
  const where: string[] = [];
  const args: Record<string, unknown> = { limit: q.limit ?? 50, offset: q.offset ?? 0 };
  if (q.outlet) { where.push('id IN (SELECT story_id FROM story_outlets WHERE outlet = @outlet)'); args.outlet = q.outlet; }
  if (q.entity) { where.push('id IN (SELECT story_id FROM story_entities WHERE canonical_id = @entity)'); args.entity = q.entity; }
  if (q.since) { where.push('last >= @since'); args.since = q.since; }
  if (q.until) { where.push('first <= @until'); args.until = q.until; }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = q.sort === 'size' ? 'articles DESC, last DESC, id' : 'last DESC, articles DESC, id';
  return { count: `SELECT count(*) AS n FROM stories ${w}`, page: `SELECT ${LIST_COLS} FROM stories ${w} ORDER BY ${order} LIMIT @limit OFFSET @offset`, args };
}

/** Words of a user's query as an FTS5 query: each term quoted (no FTS syntax injection), all required. */
export function toFtsQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.slice(0, 32).map((t) => `"${t}"`).join(' ');
}

function migrate(db: Database.Database, path: string) {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new CrosscheckError('STORE', 'store', `database schema v${version} is newer than this crosscheck (v${MIGRATIONS.length})`, { source: path });
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    const m = MIGRATIONS[v];
    db.transaction(() => { if (typeof m === 'string') db.exec(m); else m(db); db.pragma(`user_version = ${v + 1}`); })();
  }
}

/** Story ids in a range (prefixRange), by the primary key's index. */
export const ID_RANGE = 'SELECT id FROM stories WHERE id >= ? AND id < ? ORDER BY id LIMIT ?';

function prepare(db: Database.Database) {
  const cols = 'rowid, id, source, outlet, url, title, author, published, text, removed, meta_sources, analysis, story_id, dup_kind, dup_of, dup_sim';
  return {
    has: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
    insertArticle: db.prepare(`INSERT INTO articles (id, text_hash, source, outlet, url, title, author, published, text, removed, meta_sources, analysis, story_id, dup_kind, dup_of, dup_sim, ingested_at)
      VALUES (@id, @text_hash, @source, @outlet, @url, @title, @author, @published, @text, @removed, @meta_sources, @analysis, @story_id, @dup_kind, @dup_of, @dup_sim, @ingested_at)`),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    insertEntity: db.prepare('INSERT INTO entities (article_id, start, end, type, canonical_id, canonical) VALUES (?, ?, ?, ?, ?, ?)'),
    upsertStory: db.prepare(`INSERT INTO stories (id, title, previous, first, last, articles, outlets, days, disagreements, head, updated_at)
      VALUES (@id, @title, @previous, @first, @last, @articles, @outlets, @days, @disagreements, @head, @updated_at)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, previous = excluded.previous, first = excluded.first, last = excluded.last,
        articles = excluded.articles, outlets = excluded.outlets, days = excluded.days, disagreements = excluded.disagreements,
        head = excluded.head, updated_at = excluded.updated_at`),
    deleteParts: db.prepare('DELETE FROM story_parts WHERE story_id = ?'),
    insertPart: db.prepare('INSERT INTO story_parts (story_id, part, chunk, total, items) VALUES (?, ?, ?, ?, ?)'),
    allParts: db.prepare('SELECT part, chunk, total, items FROM story_parts WHERE story_id = ?'),
    firstChunks: db.prepare(`SELECT part, items FROM story_parts WHERE story_id = ? AND chunk = 0 AND part IN (${PARTS.map((p) => `'${p}'`).join(', ')})`),
    chunk: db.prepare('SELECT chunk, total, items FROM story_parts WHERE story_id = ? AND part = ? AND chunk = ?'),
    // The chunks holding items offset..end-1: from the last one starting at or before offset (the last chunk
    // when offset is past the end, which still gives the total).
    chunks: db.prepare(`SELECT chunk, total, items FROM story_parts WHERE story_id = @sid AND part = @part AND chunk < @end
      AND chunk >= (SELECT max(chunk) FROM story_parts WHERE story_id = @sid AND part = @part AND chunk <= @offset) ORDER BY chunk`),
    version: db.prepare('SELECT updated_at FROM stories WHERE id = ?'),
    moveArticles: db.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?'),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    retarget: db.prepare('UPDATE story_redirects SET to_id = ? WHERE to_id = ?'),
    redirect: db.prepare('INSERT OR REPLACE INTO story_redirects (from_id, to_id) VALUES (?, ?)'),
    redirected: db.prepare('SELECT to_id FROM story_redirects WHERE from_id = ?'),
    moveOne: db.prepare('UPDATE articles SET story_id = ? WHERE id = ?'),
    unredirect: db.prepare('DELETE FROM story_redirects WHERE from_id = ?'),
    markDirty: db.prepare('INSERT OR IGNORE INTO dirty_stories (story_id) VALUES (?)'),
    clearDirty: db.prepare('DELETE FROM dirty_stories WHERE story_id = ?'),
    dirty: db.prepare('SELECT story_id FROM dirty_stories LIMIT ?'),
    deleteOutlets: db.prepare('DELETE FROM story_outlets WHERE story_id = ?'),
    deleteEntities: db.prepare('DELETE FROM story_entities WHERE story_id = ?'),
    insertEntities: db.prepare(`INSERT OR IGNORE INTO story_entities (canonical_id, story_id)
      SELECT e.canonical_id, a.story_id FROM articles a JOIN entities e ON e.article_id = a.id WHERE a.story_id = ?`),
    idRange: db.prepare(ID_RANGE),
    insertOutlet: db.prepare('INSERT OR IGNORE INTO story_outlets (story_id, outlet) VALUES (?, ?)'),
    article: db.prepare(`SELECT ${cols} FROM articles WHERE id = ?`),
    since: db.prepare(`SELECT ${cols} FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?`),
    members: db.prepare(`SELECT ${cols} FROM articles WHERE story_id = ? ORDER BY published IS NULL, published, rowid`),
    story: db.prepare('SELECT head FROM stories WHERE id = ?'),
    searchRank: db.prepare(`SELECT rowid, score FROM (SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts
      WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score, rowid DESC LIMIT ? OFFSET ?`),
    searchHit: db.prepare(`SELECT a.id, a.story_id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[[', ']]', '…', 24) AS snippet
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid = ?`),
    getState: db.prepare('SELECT value FROM state WHERE key = ?'),
    setState: db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
  };
}
