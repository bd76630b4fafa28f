/**
 * The main thread's share of an ingest, without the worker and the input: the engine (dedupe, placement,
 * batched writes, story rebuilds) over the analysed reports of a store an earlier ingest filled, in their
 * order, into a fresh store; prints CPU per report for the adds and for the final flush, and peak RSS. With
 * --reopen, every story of <db> is marked for a rebuild and the engine is opened on it (replay, then the
 * flush of every story, as after a long ingest): peak RSS is the final flush's memory.
 *
 *   node --import tsx bench/scale-main.ts <source db> <fresh db>
 *   node --import tsx bench/scale-main.ts --reopen <db copy>
 */
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { Engine } from '../src/pipeline/engine.js';

const args = process.argv.slice(2);
const reopen = args.includes('--reopen');
const [src, out] = args.filter((a) => !a.startsWith('--'));
if (!src || (!reopen && !out)) throw new Error('usage: scale-main.ts <source db> <fresh db> | --reopen <db>');
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (reopen) {
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
