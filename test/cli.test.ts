/**
 * The CLI end to end, as a user runs it: ingest a batch with bad files in it, re-ingest (idempotent), list
 * stories, show one, search, clean/analyze per the DESIGN.md contracts, exit codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync, truncateSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = 'demo/corpus';

function cc(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function batch(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
  for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).slice(0, 4)) copyFileSync(join(CORPUS, f), join(dir, f));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 3, 255, 254]));
  writeFileSync(join(dir, 'bad.jsonl'), '{"title":"x"\n');
  const big = join(dir, 'huge.txt');
  closeSync(openSync(big, 'w'));
  truncateSync(big, 50 * 1024 * 1024); // a sparse 50 MB file: rejected by size, never read
  return { dir, db: join(dir, 'store.db') };
}

test('ingests the good files of a batch, names each bad one on stderr and exits 1', () => {
  const { dir, db } = batch();
  const r = cc('ingest', dir, '--db', db, '--json');
  assert.equal(r.code, 1, r.err);
  const rep = JSON.parse(r.out);
  assert.equal(rep.added, 4);
  assert.deepEqual(rep.rejected.map((x: { code: string }) => x.code).sort(), ['BAD_JSON', 'BINARY', 'EMPTY', 'TOO_LARGE']);
  for (const name of ['empty.txt', 'junk.txt', 'bad.jsonl:1', 'huge.txt']) assert.match(r.err, new RegExp(`${name.replace('.', '\\.')}: `));
});

test('re-ingesting the same files changes nothing', () => {
  const { dir, db } = batch();
  cc('ingest', dir, '--db', db);
  const before = cc('stories', '--db', db, '--json').out;
  const again = JSON.parse(cc('ingest', dir, '--db', db, '--json').out);
  assert.equal(again.added, 0);
  assert.equal(again.unchanged, 4);
  assert.equal(cc('stories', '--db', db, '--json').out, before);
});

test('lists stories, shows one as text, JSON and Markdown, and searches', () => {
  const { dir, db } = batch();
  cc('ingest', dir, '--db', db);
  const list = JSON.parse(cc('stories', '--db', db, '--json').out);
  assert.ok(list.total >= 1 && list.items[0].id);
  const id = list.items[0].id;
  const json = JSON.parse(cc('story', id, '--db', db, '--json').out);
  assert.equal(json.id, id);
  for (const k of ['timeline', 'actors', 'quotes', 'claims', 'summary', 'members']) assert.ok(Array.isArray(json[k]), k);
  assert.match(cc('story', id.slice(0, 6), '--db', db).out, /REPORTS/);
  assert.match(cc('story', id, '--db', db, '--md').out, /^# /);
  const word = json.title.split(/\s+/).find((w: string) => w.length > 5) ?? json.title.split(/\s+/)[0];
  const hits = JSON.parse(cc('search', word, '--db', db, '--json').out);
  assert.ok(hits.length >= 1 && hits[0].snippet.includes('[['));
  assert.equal(cc('story', 'no-such-story', '--db', db).code, 2);
});

test('clean --jsonl prints the DESIGN.md contract fields for each document', () => {
  const { dir } = batch();
  const r = cc('clean', dir, '--jsonl');
  const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 4);
  for (const row of rows) assert.deepEqual(Object.keys(row), ['source', 'outlet', 'url', 'title', 'author', 'published', 'text']);
  assert.equal(r.code, 1);
});

test('analyze --jsonl gives spans that index the cleaned text exactly', () => {
  const file = join(CORPUS, readdirSync(CORPUS).find((f) => f.endsWith('.txt'))!);
  const [doc] = cc('analyze', file, '--jsonl').out.trim().split('\n').map((l) => JSON.parse(l));
  for (const key of ['entities', 'quotes', 'times', 'claims']) {
    assert.ok(doc[key].length > 0, `${key} found`);
    for (const x of doc[key]) assert.equal(doc.text.slice(x.start, x.end), x.text, `${key} span`);
  }
});

test('a usage error exits 2', () => {
  assert.equal(cc('no-such-command').code, 2);
  assert.equal(cc('ingest').code, 2);
});
