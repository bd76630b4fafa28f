/**
 * Story-detail latency of the HTTP API under load: N synthetic articles (8 per story) in a SQLite file, the
 * server in this process, and a second process (child_process running a fetch loop; autocannon is not a
 * dependency) hammering GET /api/stories/:id and GET /api/stories?limit=20 with a few concurrent
 * keep-alive connections. The reference, timed in the same process, is the bare store call behind the route
 * (store.story + coverage) — the ratio is what HTTP, JSON, ETag hashing, gzip and headers cost.
 *
 * Run alone: BENCH_ONLY=api npm run bench     (API_BENCH_N=10000 by default)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { startServer } from '../src/server/start.js';
import { coverage } from '../src/server/coverage.js';
import { fixtureArticle, fixtureStory } from '../test/browser/fixtures.js';

const BENCH = {
  articles: Number(process.env.API_BENCH_N ?? 10_000),
  perStory: 8,
  seconds: 5,
  connections: 4,
  directCalls: 2_000,
};

/** The load generator, run in a child process: prints {n, p50, p95, p99, rps} for each path pattern. */
const LOAD = `
const [base, idsJson, seconds, conns] = process.argv.slice(1);
const ids = JSON.parse(idsJson);
const lat = { detail: [], list: [] };
const end = Date.now() + Number(seconds) * 1000;
async function worker(k) {
  for (let i = k; Date.now() < end; i++) {
    const kind = i % 5 === 0 ? 'list' : 'detail';
    const url = kind === 'list' ? base + 'api/stories?limit=20&offset=' + ((i * 20) % 2000) : base + 'api/stories/' + ids[(i * 7919) % ids.length];
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

async function fill(store: SqliteStore): Promise<string[]> {
  const ids: string[] = [];
  let n = 0;
  for (let s = 0; n < BENCH.articles; s++) {
    const id = `s${String(s).padStart(6, '0')}`;
    const members: ReturnType<typeof fixtureArticle>[] = [];
    for (let k = 0; k < BENCH.perStory && n < BENCH.articles; k++) {
      const m = fixtureArticle(n++);
      members.push(m);
      await store.add({ ...m, dup: { articleId: m.article.id, kind: 'original', of: null, similarity: 0 }, storyId: id }, [fixtureStory(id, members)]);
    }
    ids.push(id);
  }
  return ids;
}

function load(url: string, ids: string[]): Promise<Record<string, { n: number; p50: number; p95: number; p99: number; rps: number }>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', LOAD, url, JSON.stringify(ids), String(BENCH.seconds), String(BENCH.connections)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load process exited ${code}`))));
  });
}

async function direct(store: SqliteStore, ids: string[]): Promise<{ p50: number; p95: number }> {
  const lat: number[] = [];
  for (let i = 0; i < BENCH.directCalls; i++) {
    const t = performance.now();
    const s = await store.story(ids[(i * 7919) % ids.length]);
    JSON.stringify({ ...s, coverage: coverage(s!.members) });
    lat.push(performance.now() - t);
  }
  lat.sort((a, b) => a - b);
  return { p50: +lat[Math.floor(lat.length / 2)].toFixed(3), p95: +lat[Math.floor(lat.length * 0.95)].toFixed(3) };
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-api-bench-'));
  const store = SqliteStore.open(join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    const ids = await fill(store);
    const fillSeconds = (performance.now() - t0) / 1000;
    const server = await startServer({ store, port: 0, uiDir: null });
    try {
      const http = await load(server.url, ids);
      const bare = await direct(store, ids);
      return {
        articles: BENCH.articles, stories: ids.length, fillSeconds: +fillSeconds.toFixed(1), seconds: BENCH.seconds, connections: BENCH.connections,
        http, storeCall: bare, p50Ratio: +(http.detail.p50 / bare.p50).toFixed(1),
        note: 'http = GET over keep-alive from a second process (gzip, ETag, CSP headers); storeCall = store.story()+coverage+JSON in-process',
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
