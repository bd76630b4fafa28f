/**
 * The main thread's share of an ingest, without the worker and the input: the engine (dedupe, placement,
 * batched writes, story rebuilds) over the analysed reports of a store an earlier ingest filled, in their
 * order, into a fresh store; prints CPU per report for the adds and for the final flush, and peak RSS. With
 * --reopen, every story of <db> is marked for a rebuild and the engine is opened on it (replay, then the
 * flush of every story, as after a long ingest): peak RSS is the final flush's memory.
 *
 * With --memory, the reports of <db> (read only) are replayed into the engine's in-memory state (duplicate
 * index and story clusterer, as Engine.open does): every <every> reports, heap and array buffers after gc and
 * the sizes of the main structures; at the end, what each structure holds (the memory freed when it is dropped).
 *
 *   node --import tsx bench/scale-main.ts <source db> <fresh db>
 *   node --import tsx bench/scale-main.ts --reopen <db copy>
 *   node --expose-gc --import tsx bench/scale-main.ts --memory <db> [every]
 */
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { clusterDoc, Engine } from '../src/pipeline/engine.js';
import { DupIndex } from '../src/dedupe/index.js';
import { StoryClusterer } from '../src/stories/cluster/clusterer.js';

const args = process.argv.slice(2);
const reopen = args.includes('--reopen');
const memory = args.includes('--memory');
const [src, out] = args.filter((a) => !a.startsWith('--'));
if (!src || (!reopen && !memory && !out)) throw new Error('usage: scale-main.ts <source db> <fresh db> | --reopen <db>');
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (memory) {
  await replayMemory(src, Number(out ?? 20_000));
} else if (reopen) {
  const db = new Database(src);
  db.exec('INSERT OR IGNORE INTO dirty_stories SELECT id FROM stories');
  db.close();
  const store = SqliteStore.open(src);
  const c0 = cpuMs();
  await Engine.open(store);
  console.log(JSON.stringify({ reopened: src, cpuS: Math.round((cpuMs() - c0) / 1000), peakRssMb: rssMb() }));
  await store.close();
} else {
  const source = SqliteStore.open(src);
  const docs: { article: Parameters<Engine['add']>[0]; analysis: Parameters<Engine['add']>[1] }[] = [];
  for (let seq = 0; ;) {
    const batch = await source.articlesSince(seq, 2000);
    if (!batch.length) break;
    for (const s of batch) docs.push({ article: s.article, analysis: s.analysis });
    seq = batch[batch.length - 1].seq;
  }
  await source.close();
  for (const f of [out, `${out}-wal`, `${out}-shm`]) if (existsSync(f)) rmSync(f);
  const store = SqliteStore.open(out);
  const engine = await Engine.open(store);
  const c0 = cpuMs();
  for (const d of docs) await engine.add(d.article, d.analysis);
  const c1 = cpuMs();
  await engine.flush();
  const c2 = cpuMs();
  await store.close();
  const per = (ms: number) => +(ms / docs.length).toFixed(2);
  console.log(JSON.stringify({ reports: docs.length, addMsPerReport: per(c1 - c0), finalFlushMsPerReport: per(c2 - c1), mainMsPerReport: per(c2 - c0), peakRssMb: rssMb() }));
}

// The engine's private state, reached for measuring only.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function replayMemory(path: string, every: number) {
  const gc = (globalThis as Loose).gc as (() => void) | undefined;
  if (!gc) throw new Error('run with node --expose-gc');
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT rowid, id, title, text, published, dup_kind, dup_of, dup_sim FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 2000');
  const dups = new DupIndex() as unknown as Loose, cl = new StoryClusterer() as unknown as Loose;
  const mem = () => { gc(); gc(); const m = process.memoryUsage(); return { heapMb: +(m.heapUsed / 2 ** 20).toFixed(1), abMb: +(m.arrayBuffers / 2 ** 20).toFixed(1) }; };
  const sizes = () => {
    let postings = 0;
    for (const l of cl.postings.lists.values()) postings += l.length;
    return { stories: cl.byId.size, terms: cl.vocabs.terms.size, entities: cl.vocabs.entities.size, postingKeys: cl.postings.lists.size, postings, redirects: cl.redirects.size, splitLog: cl.splits.length };
  };
  let n = 0;
  for (let seq = 0; ;) {
    const batch = rows.all(seq) as Loose[];
    if (!batch.length) break;
    for (const r of batch) {
      (dups as unknown as DupIndex).add(r.id, r.text);
      const dup = { articleId: r.id, kind: r.dup_kind, of: r.dup_of, similarity: r.dup_sim };
      (cl as unknown as StoryClusterer).add(clusterDoc({ id: r.id, title: r.title, text: r.text, published: r.published } as Loose as Parameters<typeof clusterDoc>[0], undefined as never, dup));
      cl.splits.length = 0; // as the engine does once it has applied them
      if (++n % every === 0) console.log(JSON.stringify({ n, ...mem(), ...sizes() }));
    }
    seq = batch[batch.length - 1].rowid;
  }
  db.close();
  let prev = mem();
  console.log(JSON.stringify({ n, final: true, ...prev, ...sizes() }));
  const drops: [string, () => void][] = [
    ['dedupe band table', () => { dups.buckets = null; }],
    ['dedupe recent shingle sets', () => { dups.recent = new Map(); }],
    ['dedupe per-report columns, signatures, id and key maps', () => { for (const k of ['ids', 'ofs', 'keys', 'sigs']) dups[k] = []; dups.kinds = dups.sims = dups.sizes = null; dups.byId = new Map(); dups.byKey = new Map(); }],
    ['clusterer posting lists', () => { cl.postings.lists = new Map(); }],
    ['clusterer article -> story map', () => { cl.articleStory = new Map(); }],
    ['clusterer member vectors', () => { for (const s of cl.byId.values()) s.members = null; }],
    ['clusterer stories (centroids, article lists, cues)', () => { cl.byId = new Map(); }],
    ['clusterer vocabularies', () => { cl.vocabs = null; }],
  ];
  for (const [part, drop] of drops) {
    drop();
    const m = mem();
    console.log(JSON.stringify({ part, mb: +(prev.heapMb + prev.abMb - m.heapMb - m.abMb).toFixed(1) }));
    prev = m;
  }
}
