/**
 * API cost on an existing SQLite database (the scale run's, or the API bench's), as CPU time per request
 * through app.request in this process — story page, story list and search with a rare, a mid and a common
 * word, and two common words. CPU time instead of wall time because the bench machines are shared: under a
 * load average of 15 a nice'd process waits for the CPU far longer than it computes, and its wall times
 * measure the scheduler. Search words are picked from the index's own vocabulary by how many reports hold them.
 *
 *   node --import tsx bench/api-probe.ts /tmp/scale/1m.db
 *   node --import tsx bench/api-probe.ts /tmp/x.db --src /tmp/cc-old/src   # the same probe on another checkout
 */
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';

const PROBE = { stories: 300, pages: 100, searches: 30, limit: 20, maxOffset: 2000 };
const args = process.argv.slice(2);
const db = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--src');
const src = args.includes('--src') ? args[args.indexOf('--src') + 1] : fileURLToPath(new URL('../src', import.meta.url));
if (!db) throw new Error('usage: api-probe.ts <sqlite db> [--src <checkout>/src]');

/** Words held by about `share` of the reports (rare: the smallest count above 1), from FTS5's vocabulary. */
function words(path: string): Record<string, string> {
  const d = new Database(path, { readonly: true });
  const n = (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  d.exec(`CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'articles_fts', 'row')`);
  const near = (docs: number) => (d.prepare(`SELECT term FROM temp.vocab WHERE term GLOB '[a-z][a-z][a-z]*' AND doc >= ? ORDER BY doc LIMIT 1`).get(docs) as { term: string } | undefined)?.term ?? 'the';
  const common = near(Math.round(n / 4));
  const second = (d.prepare(`SELECT term FROM temp.vocab WHERE term GLOB '[a-z][a-z][a-z]*' AND doc >= ? AND term <> ? ORDER BY doc LIMIT 1`).get(Math.round(n / 4), common) as { term: string } | undefined)?.term ?? common;
  const picked = { rare: near(2), mid: near(Math.round(n / 100)), common, two: `${common} ${second}` };
  d.close();
  return picked;
}

async function cpu(n: number, f: (i: number) => Promise<unknown>) {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    await f(i);
    const d = process.cpuUsage(c);
    xs.push((d.user + d.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  return { p50: +xs[Math.floor(n / 2)].toFixed(2), p95: +xs[Math.floor(n * 0.95)].toFixed(2) };
}

const q = words(db);
const { SqliteStore } = await import(`${src}/store/sqlite/store.ts`);
const { createApp } = await import(`${src}/server/app.ts`);
const store = SqliteStore.open(db);
const ids = (store.db.prepare('SELECT id FROM stories').all() as { id: string }[]).map((r) => r.id);
const app = createApp({ store, uiDir: null });
const get = async (path: string) => {
  const r = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
  if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
  await r.arrayBuffer();
};
const search = (words: string) => cpu(PROBE.searches, () => get(`/api/search?q=${encodeURIComponent(words)}&limit=${PROBE.limit}`));
const out = {
  db, src, ...(await store.counts()), words: q, unit: 'ms of CPU per request (p50/p95)',
  storyPage: await cpu(PROBE.stories, (i) => get(`/api/stories/${encodeURIComponent(ids[(i * 7919) % ids.length])}`)),
  storyList: await cpu(PROBE.pages, (i) => get(`/api/stories?limit=${PROBE.limit}&offset=${(i * PROBE.limit) % PROBE.maxOffset}`)),
  searchRare: await search(q.rare), searchMid: await search(q.mid), searchCommon: await search(q.common), searchTwoCommon: await search(q.two),
};
await store.close();
console.log(JSON.stringify(out, null, 2));
