import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeSuite } from '../store.case.js';
import { SqliteStore } from './store.js';
import { MIGRATIONS } from './schema.js';

storeSuite('sqlite', async () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'x.db')));

test('sqlite: refuses a database written by a newer crosscheck instead of misreading it', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'new.db');
  const db = new Database(path);
  db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  db.close();
  assert.throws(() => SqliteStore.open(path), /newer than this crosscheck/);
});

test('sqlite: reopening a database runs no migration twice and keeps the data', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'again.db');
  const s = SqliteStore.open(path);
  await s.setState('x', 1);
  await s.close();
  const t = SqliteStore.open(path);
  assert.equal(await t.getState('x'), 1);
  assert.equal(t.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.equal(t.db.pragma('journal_mode', { simple: true }), 'wal');
  await t.close();
});
