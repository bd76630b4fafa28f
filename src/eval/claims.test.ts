import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalClaims } from './claims.js';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

test('evalClaims scores the five seeds against the hand-written gold, with the compromise baseline beside it', { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, async () => {
  const r = await evalClaims(SEEDS);
  assert.equal(r.suite, 'claims');
  assert.equal(r.n, 5);
  assert.equal((r.tp ?? 0) + (r.fn ?? 0), 18);
  assert.ok(r.f1 > 0.9, `f1 ${r.f1}`);
  const base = r['baseline:compromise'] as { f1: number };
  assert.ok(base.f1 < r.f1);
});

test('evalClaims scores nothing in a folder without seeds', async () => {
  const r = await evalClaims(join(import.meta.dirname, 'no-such-folder'));
  assert.deepEqual([r.n, r.tp, r.fp, r.fn], [0, 0, 0, 0]);
});
