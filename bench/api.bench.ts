/**
 * Latency of the HTTP API under load: N synthetic articles (8 per story) in a SQLite file, the server in this
 * process, and a second process (child_process running a fetch loop; autocannon is not a dependency)
 * hammering GET /api/stories/:id (70%), GET /api/stories?limit=20 (20%) and GET /api/search (10%) with a few
 * concurrent keep-alive connections. The reference, timed in the same process, is the bare store call behind
 * each route — the ratio is what HTTP, JSON, ETag hashing, gzip and headers cost.
 *
 * Each story gets a place name of its own and two words of a small topic vocabulary, so searches range from
 * rare (a place: 8 reports) to common (a topic word: about 1 report in 4) instead of all matching every report.
 *
 * Run alone: BENCH_ONLY=api npm run bench     (API_BENCH_N=10000 by default)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { startServer } from '../src/server/start.js';
import { coverage } from '../src/store/coverage.js';
import { fixtureArticle, fixtureStory } from '../test/browser/fixtures.js';
import { rng } from './synth.js';

const BENCH = {
  articles: Number(process.env.API_BENCH_N ?? 10_000),
  perStory: 8,
  /** Stories written per transaction while filling. */
  fillBatch: 64,
  seconds: 5,
  connections: 4,
  directCalls: 2_000,
};
const SYL = ['ka', 'ro', 'vel', 'mar', 'sen', 'dri', 'lo', 'ten', 'vas', 'hol', 'ber', 'nik', 'os', 'tra', 'len', 'dor', 'mi', 'zan', 'pel', 'gor', 'an', 'ul', 'fen', 'rik'];
const TOPIC = ['ceasefire', 'flood', 'dockworkers', 'ballots', 'blackout', 'wildfire', 'pipeline'];

/** The load generator, run in a child process: prints {n, p50, p95, p99, rps} for each kind of request. */
const LOAD = `
const [base, targets, seconds, conns] = process.argv.slice(1);
const { ids, queries } = JSON.parse((await import('node:fs')).readFileSync(targets, 'utf8'));
const lat = { detail: [], list: [], search: [] };
const end = Date.now() + Number(seconds) * 1000;
async function worker(k) {
  for (let i = k; Date.now() < end; i++) {
    const kind = i % 10 === 3 ? 'search' : i % 5 === 0 ? 'list' : 'detail';
    const url = kind === 'list' ? base + 'api/stories?limit=20&offset=' + ((i * 20) % 2000)
      : kind === 'search' ? base + 'api/search?q=' + encodeURIComponent(queries[i % queries.length])
      : base + 'api/stories/' + ids[(i * 7919) % ids.length];
    const t = performance.now();
    const r = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(url + ' ' + r.status);
    lat[kind].push(performance.now() - t);
  }
}
await Promise.all(Array.from({ length: Number(conns) }, (_, k) => worker(k)));
const q = (xs, p) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const out = {};
for (const [k, xs] of Object.entries(lat)) out[k] = { n: xs.length, p50: +q(xs, 0.5).toFixed(2), p95: +q(xs, 0.95).toFixed(2), p99: +q(xs, 0.99).toFixed(2), rps: +(xs.length / Number(seconds)).toFixed(1) };
process.stdout.write(JSON.stringify(out));
`;

/** Place name and topic words of story s (deterministic). */
function storyWords(s: number): { place: string; topics: string[] } {
  const r = rng(1000 + s);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const place = Array.from({ length: 3 }, () => pick(SYL)).join('');
  return { place: place[0].toUpperCase() + place.slice(1) + SYL[s % SYL.length], topics: [pick(TOPIC), pick(TOPIC)] };
}

/** Fills a store with `articles` reports in stories of `perStory`; returns the story ids and a mix of search queries. */
export async function fill(store: SqliteStore, articles = BENCH.articles): Promise<{ ids: string[]; queries: string[] }> {
  const ids: string[] = [];
  const queries: string[] = [];
  let n = 0;
  let batch: { id: string; members: ReturnType<typeof fixtureArticle>[] }[] = [];
  const write = async () => {
    await store.addMany(batch.flatMap(({ id, members }) => members.map((m) => ({ ...m, dup: { articleId: m.article.id, kind: 'original' as const, of: null, similarity: 0 }, storyId: id }))));
    for (const { id, members } of batch) await store.putStory(fixtureStory(id, members));
    batch = [];
  };
  for (let s = 0; n < articles; s++) {
    const id = `s${String(s).padStart(7, '0')}`;
    const { place, topics } = storyWords(s);
    const members: ReturnType<typeof fixtureArticle>[] = [];
    for (let k = 0; k < BENCH.perStory && n < articles; k++) {
      const m = fixtureArticle(n++);
      // Appended after the fixture's text, so its analysis spans stay exact.
      m.article = { ...m.article, title: `${m.article.title} in ${place}`, text: `${m.article.text}\n\nIn ${place}, the ${topics[0]} and the ${topics[1]} dominated the day.` };
      members.push(m);
    }
    ids.push(id);
    batch.push({ id, members });
    if (batch.length >= BENCH.fillBatch) await write();
    if (s % 97 === 0) queries.push(place, topics[0], `${place} ${topics[1]}`, `${topics[0]} ${topics[1]}`);
  }
  if (batch.length) await write();
  return { ids, queries };
}

/** Ids and queries travel in a file: as one argument they pass Linux's 128 KiB limit from ~12k stories on. */
function load(url: string, dir: string, ids: string[], queries: string[]): Promise<Record<string, { n: number; p50: number; p95: number; p99: number; rps: number }>> {
  const targets = join(dir, 'targets.json');
  writeFileSync(targets, JSON.stringify({ ids, queries }));
  return new Promise((resolve, reject) => {
    const args = ['--input-type=module', '-e', LOAD, url, targets, String(BENCH.seconds), String(BENCH.connections)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load process exited ${code}`))));
  });
}

/** p50/p95 of `calls` runs of fn(i), in ms. */
export async function timed(calls: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const lat: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await fn(i);
    lat.push(performance.now() - t);
  }
  lat.sort((a, b) => a - b);
  return { p50: +lat[Math.floor(lat.length / 2)].toFixed(3), p95: +lat[Math.floor(lat.length * 0.95)].toFixed(3) };
}

/** The bare store calls behind the three routes, in this process. */
export async function direct(store: SqliteStore, ids: string[], queries: string[], calls = BENCH.directCalls) {
  return {
    detail: await timed(calls, async (i) => { const s = await store.story(ids[(i * 7919) % ids.length]); JSON.stringify({ ...s, coverage: coverage(s!.members) }); }),
    list: await timed(calls / 4, async (i) => JSON.stringify(await store.stories({ limit: 20, offset: (i * 20) % 2000 }))),
    search: await timed(calls / 4, async (i) => JSON.stringify(await store.search(queries[i % queries.length], 20))),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-api-bench-'));
  const store = SqliteStore.open(join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    const { ids, queries } = await fill(store);
    const fillSeconds = (performance.now() - t0) / 1000;
    const server = await startServer({ store, port: 0, uiDir: null });
    try {
      const http = await load(server.url, dir, ids, queries);
      const bare = await direct(store, ids, queries);
      return {
        articles: BENCH.articles, stories: ids.length, fillSeconds: +fillSeconds.toFixed(1), seconds: BENCH.seconds, connections: BENCH.connections,
        http, storeCall: bare, p50Ratio: +(http.detail.p50 / bare.detail.p50).toFixed(1),
        note: 'http = GET over keep-alive from a second process (gzip, ETag, CSP headers), 70% story detail, 20% list, 10% search; storeCall = the store call + JSON in-process',
      };
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) run().then((r) => console.log(JSON.stringify(r, null, 2)));
