/**
 * The PostgreSQL store, for when one machine is not enough: several ingest workers and API servers share one
 * database. Same Store interface and the same shared test suite as SQLite; each article is one transaction.
 * Connection: a URL (`postgres://user@host/db`), optionally with `?schema=name` to keep crosscheck's tables in
 * their own schema.
 */
import pg from 'pg';
import { CrosscheckError } from '../../model/error.js';
import type { StoryDetail } from '../../model/story.js';
import { SEARCH, type NewArticle, type SearchHit, type Store, type StoredArticle, type StoryQuery } from '../types.js';
import { LIST_COLS, prefixRange, rowToListItem, rowToStored, storyRow, type ArticleRow } from '../rows.js';
import { textHash } from '../../clean/hash.js';
import { insertParts, PG_MIGRATIONS } from './schema.js';
import { firstPage, joinStory, listPage, nestedPage, NESTED, PARTS, type NestedName, type PartName, type PartRow } from '../parts.js';

/** The id a story is read under: its own, or the story it was merged into ($1 = the asked id). */
const CURRENT = 'COALESCE((SELECT to_id FROM story_redirects WHERE from_id = $1), $1)';
const COLS = 'seq AS rowid, id, source, outlet, url, title, author, published, text, removed, meta_sources, analysis, story_id, dup_kind, dup_of, dup_sim';

export class PgStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /**
   * A store usable at once; the connection and migrations happen on first use (for synchronous callers such
   * as the CLI's option handling). Example: const store = PgStore.connect('postgres://localhost/news')
   */
  static connect(url: string): PgStore {
    const opened = PgStore.open(url);
    opened.catch(() => undefined); // reported by the first call instead
    return new Proxy({} as PgStore, {
      get: (_t, prop) => async (...args: unknown[]) => {
        const real = await opened;
        return (real[prop as keyof PgStore] as (...a: unknown[]) => unknown).apply(real, args);
      },
    });
  }

  /** Example: const store = await PgStore.open('postgres://localhost/crosscheck?schema=news') */
  static async open(url: string): Promise<PgStore> {
    const u = new URL(url);
    const schema = u.searchParams.get('schema');
    u.searchParams.delete('schema');
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new CrosscheckError('USAGE', 'store', `bad schema name "${schema}"`);
    const pool = new pg.Pool({ connectionString: u.toString(), max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    pool.on('error', () => { /* idle client errors surface on the next query */ });
    try {
      if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migrate(pool);
    } catch (cause) {
      await pool.end();
      throw new CrosscheckError('STORE', 'store', `cannot open PostgreSQL store (${(cause as Error).message})`, { source: url.replace(/:[^:@/]*@/, ':***@'), cause });
    }
    return new PgStore(pool);
  }


  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  async has(id: string) { return (await this.pool.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount! > 0; }

  async add(item: NewArticle, stories: StoryDetail[]) {
    const rows = stories.map(storyRow); // serialise first: a record that cannot be stored fails before BEGIN
    await this.tx(async (c) => {
      await insert(c, item);
      for (const r of rows) await writeStory(c, r);
    });
  }

  async addMany(items: NewArticle[]) {
    await this.tx(async (c) => { for (const item of items) await insert(c, item); });
  }

  async dirtyStories(limit = 1_000_000) {
    return (await this.pool.query('SELECT story_id FROM dirty_stories LIMIT $1', [limit])).rows.map((r) => r.story_id as string);
  }

  async mergeStory(from: string, to: string) {
    await this.tx(async (c) => {
      await c.query('UPDATE articles SET story_id = $1 WHERE story_id = $2', [to, from]);
      await c.query('DELETE FROM stories WHERE id = $1', [from]);
      await c.query('DELETE FROM story_parts WHERE story_id = $1', [from]);
      await c.query('DELETE FROM story_outlets WHERE story_id = $1', [from]);
      await c.query('DELETE FROM story_entities WHERE story_id = $1', [from]);
      await c.query('DELETE FROM dirty_stories WHERE story_id = $1', [from]);
      await c.query('UPDATE story_redirects SET to_id = $1 WHERE to_id = $2', [to, from]);
      await c.query('INSERT INTO story_redirects (from_id, to_id) VALUES ($1, $2) ON CONFLICT (from_id) DO UPDATE SET to_id = EXCLUDED.to_id', [from, to]);
      await c.query('INSERT INTO dirty_stories (story_id) VALUES ($1) ON CONFLICT DO NOTHING', [to]);
    });
  }

  async moveArticles(ids: string[], from: string, to: string) {
    await this.tx(async (c) => {
      await c.query('UPDATE articles SET story_id = $1 WHERE id = ANY($2::text[])', [to, ids]);
      await c.query('INSERT INTO dirty_stories (story_id) VALUES ($1), ($2) ON CONFLICT DO NOTHING', [from, to]);
      await c.query('DELETE FROM story_redirects WHERE from_id = $1', [to]);
    });
  }

  async putStory(story: StoryDetail) {
    const row = storyRow(story);
    await this.tx((c) => writeStory(c, row));
  }

  async article(id: string) {
    const r = await this.pool.query(`SELECT ${COLS} FROM articles WHERE id = $1`, [id]);
    return r.rows[0] ? rowToStored(fix(r.rows[0])) : null;
  }

  async articles(ids: string[]) {
    const r = await this.pool.query(`SELECT ${COLS} FROM articles WHERE id = ANY($1::text[])`, [ids]);
    const byId = new Map(r.rows.map((x) => [x.id as string, rowToStored(fix(x))]));
    return ids.map((id) => byId.get(id)).filter((x): x is StoredArticle => !!x);
  }

  async articlesSince(afterSeq: number, limit: number) {
    return (await this.pool.query(`SELECT ${COLS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, limit])).rows.map((r) => rowToStored(fix(r)));
  }

  async storyMembers(storyId: string) {
    return (await this.pool.query(`SELECT ${COLS} FROM articles WHERE story_id = $1 ORDER BY published IS NULL, published, seq`, [storyId])).rows.map((r) => rowToStored(fix(r)));
  }

  async story(id: string) {
    // One statement (one snapshot): the head row first, then the part rows.
    const r = await this.pool.query(`WITH s AS (SELECT id, head FROM stories WHERE id = ${CURRENT})
      SELECT head, NULL AS part, NULL::int AS chunk, NULL::int AS total, NULL AS items FROM s
      UNION ALL SELECT NULL, p.part, p.chunk, p.total, p.items FROM story_parts p JOIN s ON p.story_id = s.id`, [id]);
    const head = r.rows.find((x) => x.head !== null)?.head as string | undefined;
    return head === undefined ? null : joinStory(head, r.rows.filter((x) => x.part !== null) as PartRow[]);
  }

  async storyPage(id: string) {
    const r = await this.pool.query(`SELECT s.head, p.part, p.items FROM stories s LEFT JOIN story_parts p ON p.story_id = s.id AND p.chunk = 0 AND p.part = ANY($2::text[])
      WHERE s.id = ${CURRENT}`, [id, PARTS]);
    return r.rows[0] ? firstPage(r.rows[0].head, r.rows.filter((x) => x.part) as PartRow[]) : null;
  }

  async storyPart(id: string, part: PartName | NestedName, offset: number, limit: number, item = 0) {
    // One statement, so the version and the chunks come from the same snapshot. The chunks holding items
    // offset..end-1 start from the last one at or before offset; an inner list's own row is keyed by its item.
    const nested = part in NESTED;
    const list = nested ? NESTED[part as NestedName][0] : (part as PartName);
    const [from, end] = nested ? [item, item + 1] : [offset, offset + limit];
    const r = await this.pool.query(`WITH s AS (SELECT id, updated_at FROM stories WHERE id = ${CURRENT})
      SELECT s.updated_at, p.part, p.chunk, p.total, p.items FROM s LEFT JOIN story_parts p ON p.story_id = s.id AND (
        (p.part = $2 AND p.chunk < $4 AND p.chunk >= (SELECT max(chunk) FROM story_parts WHERE story_id = s.id AND part = $2 AND chunk <= $3))
        OR (p.part = $5 AND p.chunk = $6)) ORDER BY p.chunk`, [id, list, from, end, nested ? part : '', item]);
    if (!r.rows[0]) return null;
    const version = r.rows[0].updated_at as string;
    const rows = r.rows.filter((x) => x.part) as PartRow[];
    if (!nested) return listPage(offset, limit, rows, version);
    const own = rows.find((x) => x.part === part) ?? null;
    return nestedPage(part as NestedName, item, offset, limit, own, own ? null : rows.find((x) => x.part === list) ?? null, version);
  }

  async stories(q: StoryQuery = {}) {
    const where: string[] = [];
    const args: unknown[] = [];
    const arg = (v: unknown) => { args.push(v); return `$${args.length}`; };
    if (q.outlet) where.push(`id IN (SELECT story_id FROM story_outlets WHERE outlet = ${arg(q.outlet)})`);
    if (q.entity) where.push(`id IN (SELECT story_id FROM story_entities WHERE canonical_id = ${arg(q.entity)})`);
    if (q.since) where.push(`last >= ${arg(q.since)}`);
    if (q.until) where.push(`first <= ${arg(q.until)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = q.sort === 'size' ? 'articles DESC, last DESC NULLS LAST' : 'last DESC NULLS LAST, articles DESC';
    const total = Number((await this.pool.query(`SELECT count(*) AS n FROM stories ${w}`, args)).rows[0].n);
    const rows = (await this.pool.query(`SELECT ${LIST_COLS} FROM stories ${w} ORDER BY ${order}, id LIMIT ${arg(q.limit ?? 50)} OFFSET ${arg(q.offset ?? 0)}`, args)).rows;
    return { total, items: rows.map(rowToListItem) };
  }

  async storyIds(prefix: string, limit: number) {
    const [lo, hi] = prefixRange(prefix);
    const r = await this.pool.query('SELECT id FROM stories WHERE id COLLATE "C" >= $1 AND id COLLATE "C" < $2 ORDER BY id COLLATE "C" LIMIT $3', [lo, hi, limit]);
    return r.rows.map((x) => x.id as string);
  }

  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const terms = (query.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32).join(' ');
    if (!terms) return [];
    // Ranked first, headlined after: ts_headline re-parses the whole text, so only the returned page pays it.
    const r = await this.pool.query(`WITH q AS (SELECT plainto_tsquery('english', $1) AS q),
        recent AS (SELECT seq FROM articles, q WHERE tsv @@ q ORDER BY seq DESC LIMIT $4),
        top AS (SELECT a.seq, ts_rank(a.tsv, q) AS score FROM recent JOIN articles a USING (seq), q ORDER BY score DESC, seq DESC LIMIT $2 OFFSET $3)
      SELECT a.id, a.story_id, a.title, a.outlet, a.published, top.score,
        ts_headline('english', a.text, q, 'StartSel=[[, StopSel=]], MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=…') AS snippet
      FROM top JOIN articles a ON a.seq = top.seq, q ORDER BY top.score DESC, top.seq DESC`, [terms, limit, offset, SEARCH.rankWindow]);
    return r.rows.map((x) => ({ articleId: x.id, storyId: x.story_id ?? null, title: x.title ?? null, outlet: x.outlet ?? null, published: x.published ?? null, snippet: x.snippet, score: Number(x.score) }));
  }

  async getState<T>(key: string) {
    const r = await this.pool.query('SELECT value FROM state WHERE key = $1', [key]);
    return r.rows[0] ? (JSON.parse(r.rows[0].value) as T) : null;
  }

  async setState(key: string, value: unknown) {
    await this.pool.query('INSERT INTO state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, JSON.stringify(value)]);
  }

  async counts() {
    const r = await this.pool.query('SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM stories) AS s');
    return { articles: Number(r.rows[0].a), stories: Number(r.rows[0].s) };
  }

  async close() { await this.pool.end(); }
}

async function insert(c: pg.PoolClient, { article: a, analysis, dup, storyId }: NewArticle) {
  await c.query(`INSERT INTO articles (id, text_hash, source, outlet, url, title, author, published, text, removed, meta_sources, analysis, story_id, dup_kind, dup_of, dup_sim, ingested_at)
    VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)`,
  [a.id, textHash(a.text), a.source, a.outlet, a.url, a.title, a.author, a.published, a.text, JSON.stringify(a.removed),
    JSON.stringify(a.metaSources), JSON.stringify(analysis), storyId, dup.kind, dup.of, dup.similarity, new Date().toISOString()]);
  const e = analysis.entities;
  if (e.length) {
    await c.query(`INSERT INTO entities (article_id, start, "end", type, canonical_id, canonical)
      SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[])`,
    [a.id, e.map((x) => x.start), e.map((x) => x.end), e.map((x) => x.type), e.map((x) => x.canonicalId ?? `${x.type}:${x.canonical}`), e.map((x) => x.canonical)]);
  }
  await c.query('INSERT INTO dirty_stories (story_id) VALUES ($1) ON CONFLICT DO NOTHING', [storyId]);
}

async function writeStory(c: pg.PoolClient, r: ReturnType<typeof storyRow>) {
  await c.query('DELETE FROM dirty_stories WHERE story_id = $1', [r.id]);
  await c.query(`INSERT INTO stories (id, title, previous, first, last, articles, outlets, days, disagreements, head, updated_at)
    VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, previous = EXCLUDED.previous, first = EXCLUDED.first, last = EXCLUDED.last,
      articles = EXCLUDED.articles, outlets = EXCLUDED.outlets, days = EXCLUDED.days, disagreements = EXCLUDED.disagreements,
      head = EXCLUDED.head, updated_at = EXCLUDED.updated_at`,
  [r.id, r.title, r.previous, r.first, r.last, r.articles, r.outlets, r.days, r.disagreements, r.head, r.updated_at]);
  await c.query('DELETE FROM story_parts WHERE story_id = $1', [r.id]);
  await insertParts(c, r.id, r.parts);
  await c.query('DELETE FROM story_outlets WHERE story_id = $1', [r.id]);
  const outlets: string[] = JSON.parse(r.outlets);
  if (outlets.length) await c.query('INSERT INTO story_outlets (story_id, outlet) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [r.id, outlets]);
  await c.query('DELETE FROM story_entities WHERE story_id = $1', [r.id]);
  await c.query(`INSERT INTO story_entities (canonical_id, story_id) SELECT DISTINCT e.canonical_id, a.story_id
    FROM articles a JOIN entities e ON e.article_id = a.id WHERE a.story_id = $1 ON CONFLICT DO NOTHING`, [r.id]);
}

/** BIGSERIAL comes back as a string; the shared row mapper wants a number. */
function fix(r: Record<string, unknown>): ArticleRow {
  return { ...(r as unknown as ArticleRow), rowid: Number(r.rowid) };
}

async function migrate(pool: pg.Pool) {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock(4242)'); // several workers may open the store at once
    await c.query('CREATE TABLE IF NOT EXISTS crosscheck_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const v = Number((await c.query(`SELECT value FROM crosscheck_meta WHERE key = 'schema_version'`)).rows[0]?.value ?? 0);
    if (v > PG_MIGRATIONS.length) throw new Error(`database schema v${v} is newer than this crosscheck (v${PG_MIGRATIONS.length})`);
    for (let k = v; k < PG_MIGRATIONS.length; k++) {
      await c.query('BEGIN');
      const m = PG_MIGRATIONS[k];
      if (typeof m === 'string') await c.query(m); else await m(c);
      await c.query(`INSERT INTO crosscheck_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [String(k + 1)]);
      await c.query('COMMIT');
    }
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await c.query('SELECT pg_advisory_unlock(4242)').catch(() => undefined);
    c.release();
  }
}
