/**
 * A crash mid-ingest never leaves a half-written article: the ingest process is killed (SIGKILL) while it
 * writes, then the store is checked and the same ingest re-run completes it without duplicates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const CORPUS = 'demo/corpus';
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8' });

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n; } finally { d.close(); }
  } catch { return 0; }
}

test('a killed ingest leaves whole articles only, and a re-run finishes the batch without duplicates', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'cc-crash-')), 'crash.db');
  const full = join(mkdtempSync(join(tmpdir(), 'cc-crash-')), 'full.db');
  // One article per transaction, so the kill lands between whole articles mid-batch.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', CORPUS, '--db', db, '-q'], { stdio: 'ignore', env: { ...process.env, CROSSCHECK_WRITE_BATCH: '1' } });
  let done = false;
  const exited = new Promise((r) => child.on('exit', () => { done = true; r(undefined); }));
  // Wait for the first articles however slow start-up is on a loaded machine (killing before the schema
  // exists would test nothing); the cap only guards against a hung child.
  for (let i = 0; i < 4800 && !done && count(db) < 3; i++) await new Promise((r) => setTimeout(r, 25));
  child.kill('SIGKILL');
  await exited;
  const partial = count(db);

  const d = new Database(db);
  assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
  const orphans = d.prepare(`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.rowid = a.rowid)`).get() as { n: number };
  assert.equal(orphans.n, 0, 'every stored article is searchable');
  const unstoried = d.prepare('SELECT count(*) AS n FROM articles WHERE story_id IS NULL').get() as { n: number };
  assert.equal(unstoried.n, 0);
  d.close();

  assert.ok(partial >= 3 && partial < 18, `killed mid-batch (${partial} stored)`);
  const rerun = JSON.parse(cli('ingest', CORPUS, '--db', db, '--json').stdout);
  assert.equal(rerun.added + rerun.unchanged, 18);
  assert.equal(rerun.unchanged, partial);
  cli('ingest', CORPUS, '--db', full);
  const stories = (p: string) => JSON.parse(cli('stories', '--db', p, '--json').stdout).items.map((s: { id: string; articles: number }) => `${s.id}:${s.articles}`).sort();
  assert.deepEqual(stories(db), stories(full), 'the resumed store groups stories as an uninterrupted run does');
});
