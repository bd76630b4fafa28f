/**
 * The scale run (issue 7): ingests a folder of JSONL shards written by bench/scale-gen.ts into a fresh
 * SQLite store through the real pipeline (worker pool, engine, batched writes, story rebuilds), logging
 * progress, then measures what a user waits for afterwards — story page, story list and search through the
 * HTTP API served by a second process — and writes the figures to bench/results/scale-<n>.json.
 *
 *   node --import tsx bench/scale-gen.ts /tmp/scale/c1m 1000000
 *   node --import tsx bench/scale.ts /tmp/scale/c1m /tmp/scale/1m.db [--workers 1] [--latency-only]
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { ingestPaths, type IngestReport } from '../src/pipeline/ingest.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LAT = { storyPages: 500, listPages: 100, searches: 300, seed: 99 };
const args = process.argv.slice(2);
const [corpus, db] = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const workersArg = args.indexOf('--workers');
const workers = workersArg >= 0 ? Number(args[workersArg + 1]) : undefined;
const latencyOnly = args.includes('--latency-only');
if (!corpus || !db) throw new Error('usage: scale.ts <corpus dir> <db> [--workers n] [--latency-only]');

const mb = (b: number) => Math.round(b / 2 ** 20);
const log = (...xs: unknown[]) => console.log(new Date().toISOString().slice(11, 19), ...xs);
const result: Record<string, unknown> = { corpus, db, started: new Date().toISOString(), node: process.version };

if (!latencyOnly) {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) rmSync(f);
  mkdirSync(dirname(db), { recursive: true });
  const store = SqliteStore.open(db);
  const t0 = performance.now();
  let peakRss = 0, last = 0, lastT = t0;
  const sample = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 1000);
  const report: IngestReport = await ingestPaths([corpus], store, {
    onItem: (r) => {
      if (r.read % 5_000 !== 0 || r.read === last) return;
      const now = performance.now();
      log(`${r.read} read, ${r.added} added, ${r.rejected.length} rejected | ${Math.round(((r.read - last) * 1000) / (now - lastT))}/s now, ${Math.round((r.read * 1000) / (now - t0))}/s overall | rss ${mb(process.memoryUsage().rss)} MB`);
      last = r.read;
      lastT = now;
    },
  }, { workers });
  const wall = (performance.now() - t0) / 1000;
  clearInterval(sample);
  await store.close();
  const size = [db, `${db}-wal`].reduce((s, f) => s + (existsSync(f) ? statSync(f).size : 0), 0);
  Object.assign(result, {
    read: report.read, added: report.added, unchanged: report.unchanged, rejected: report.rejected.length, workers: workers ?? 'default',
    wallSeconds: Math.round(wall), articlesPerSecond: Math.round(report.read / wall),
    peakRssMb: Math.max(mb(peakRss), Math.round(process.resourceUsage().maxRSS / 1024)), dbMb: mb(size),
    joinMs: report.timings?.join, addMs: report.timings?.add,
  });
  log('ingest done', result);
}

// Latency afterwards, through the API of a second process (the way the UI reads it).
const probe = new Database(db, { readonly: true });
const stories = probe.prepare('SELECT id FROM stories ORDER BY id').pluck().all() as string[];
const titles = probe.prepare('SELECT title FROM articles WHERE rowid % 97 = 0 LIMIT 2000').pluck().all() as (string | null)[];
Object.assign(result, { stories: stories.length, articlesStored: probe.prepare('SELECT count(*) FROM articles').pluck().get() });
probe.close();
let s = LAT.seed;
const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const words = titles.flatMap((t) => (t ?? '').split(/\W+/).filter((w) => w.length > 4));
const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((ok, fail) => {
  server.stdout.on('data', (d: Buffer) => { const m = /https?:\/\/[^\s]+/.exec(d.toString()); if (m) ok(m[0].replace(/\/$/, '')); });
  server.on('exit', (code) => fail(new Error(`server exited ${code}`)));
});
async function timeAll(label: string, urls: string[]) {
  const ms: number[] = [];
  for (const u of urls) {
    const t = performance.now();
    const res = await fetch(base + u);
    if (!res.ok) throw new Error(`${u}: HTTP ${res.status}`);
    await res.arrayBuffer();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] * 10) / 10;
  const out = { n: ms.length, p50: q(0.5), p95: q(0.95), max: q(1) };
  log(label, out);
  return out;
}
await timeAll('warm-up', Array.from({ length: 20 }, () => `/api/stories/${stories[Math.floor(rnd() * stories.length)]}`));
result.latencyMs = {
  storyPage: await timeAll('story page', Array.from({ length: LAT.storyPages }, () => `/api/stories/${stories[Math.floor(rnd() * stories.length)]}`)),
  storyList: await timeAll('story list', Array.from({ length: LAT.listPages }, (_, i) => `/api/stories?limit=50&offset=${(i * 50) % Math.max(1, stories.length - 50)}`)),
  search: await timeAll('search', Array.from({ length: LAT.searches }, () => `/api/search?q=${encodeURIComponent(words[Math.floor(rnd() * words.length)] ?? 'talks')}`)),
};
server.kill('SIGTERM');
const out = join(ROOT, 'bench/results', `scale-${result.read ?? result.articlesStored}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
log('written', out);
