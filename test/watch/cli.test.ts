/** `crosscheck watch` as a user runs it: --once over a feed list, and Ctrl-C mid-run followed by a restart. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { TestServer } from './server.js';
import { STORIES, htmlReply, rss, withEtag } from './fixtures.js';

const servers: TestServer[] = [];
after(() => Promise.all(servers.map((s) => s.close())));

function cc(args: string[], onStart?: (kill: (sig: NodeJS.Signals) => void, said: (text: string) => Promise<void>) => void): Promise<{ code: number | null; out: string; err: string }> {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const said = (text: string) => new Promise<void>((resolve) => {
    const look = () => { if (err.includes(text)) { child.stderr.off('data', look); resolve(); } };
    child.stderr.on('data', look);
    look();
  });
  onStart?.((sig) => child.kill(sig), said);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

async function world() {
  const server = await TestServer.start({ '/feed.xml': withEtag(() => rss(server.base, STORIES)) });
  servers.push(server);
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-'));
  const list = join(dir, 'feeds.txt');
  writeFileSync(list, `# test feeds\n${server.url('/feed.xml')}\n`);
  return { server, list, db: join(dir, 'store.db') };
}

const articles = async (db: string) => { const s = SqliteStore.open(db); const n = (await s.counts()).articles; await s.close(); return n; };

test('watch --once reads the list, ingests every new report and prints a summary', async () => {
  const { server, list, db } = await world();
  for (const s of STORIES) server.routes.set(`/news/${s.slug}`, htmlReply(s));
  const r = await cc(['watch', list, '--db', db, '--once', '--delay', '5']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out + r.err, /1 polls \(0 unchanged\), 4 new items: 4 added/);
  assert.equal(await articles(db), STORIES.length);
});

test('Ctrl-C stops after the current item; a restart fetches the rest and nothing twice', async () => {
  const { server, list, db } = await world();
  let interrupt: (() => Promise<void>) | undefined;
  // The third report is answered only once the watcher has acknowledged Ctrl-C, so "the current item" is
  // that one whatever the machine's load.
  for (const s of STORIES) server.routes.set(`/news/${s.slug}`, () => (s === STORIES[2] && interrupt ? { ...htmlReply(s), until: interrupt() } : htmlReply(s)));
  const first = await cc(['watch', list, '--db', db, '--interval', '3600', '--delay', '5'], (kill, said) => {
    interrupt = () => { const acked = said('stopping after the current item'); kill('SIGINT'); return acked; };
  });
  assert.match(first.err, /stopping after the current item/);
  assert.equal(first.code, 0, first.err);
  const kept = await articles(db);
  assert.equal(kept, 2, `kept ${kept}: items go oldest first (the feed lists newest first), so the one before Ctrl-C and the one in hand`);
  const second = await cc(['watch', list, '--db', db, '--once', '--delay', '5']);
  assert.equal(second.code, 0, second.err);
  assert.equal(await articles(db), STORIES.length);
  for (const s of STORIES) assert.equal(server.count(`/news/${s.slug}?utm_source=rss`), 1, s.slug);
});
