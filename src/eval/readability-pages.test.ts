import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalReadabilityPages, tokenOverlap, caseDirs } from './readability-pages.js';

const OVERLAPS: [string, string, string, { tp: number; fp: number; fn: number }][] = [
  ['identical texts overlap fully', 'The port reopened.', 'the port reopened', { tp: 3, fp: 0, fn: 0 }],
  ['missing words are false negatives', 'a b c', 'a b', { tp: 2, fp: 0, fn: 1 }],
  ['extra words are false positives, counted as a multiset', 'a b', 'a a b', { tp: 2, fp: 1, fn: 0 }],
];
for (const [name, truth, pred, want] of OVERLAPS) {
  test(`tokenOverlap: ${name}`, () => assert.deepEqual(tokenOverlap(truth, pred), want));
}

test('evalReadabilityPages finds nested cases and scores text and metadata agreement', async () => {
  const root = mkdtempSync(join(tmpdir(), 'xc-rpages-'));
  const dir = join(root, 'test-pages', 'ferry');
  mkdirSync(dir, { recursive: true });
  const paras = ['The ferry between Port Vell and Marra will sail twice a day from May, the operator said on Monday, after the maritime authority approved two refitted catamarans for the crossing.',
    'Island residents will pay half fare. The mayor of Marra said the faster service would help young people stay on the island and commute to jobs on the mainland.'];
  writeFileSync(join(dir, 'source.html'), `<html><head><title>Ferry to Marra</title><meta name="author" content="Rui Costa"></head><body><article>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  writeFileSync(join(dir, 'expected.html'), `<div>${paras.map((p) => `<p>${p}</p>`).join('')}</div>`);
  writeFileSync(join(dir, 'expected-metadata.json'), JSON.stringify({ title: 'Ferry to Marra', byline: 'Rui Costa' }));
  assert.deepEqual(caseDirs(root), [dir]);
  const r = await evalReadabilityPages(root);
  assert.equal(r.n, 1);
  assert.equal(r.f1, 1);
  assert.equal(r.crashes, 0);
  assert.equal(r['title-agreement'], 1);
  assert.equal(r['byline-agreement'], 1);
});

const REAL = join(process.cwd(), '..', 'shared', 'eval', 'extraction', 'readability-test-pages');
test('never crashes or comes back empty on the readability test pages', { skip: !existsSync(REAL) && 'needs ../shared/eval' }, async () => {
  const r = await evalReadabilityPages(REAL);
  assert.ok(r.n >= 100);
  assert.equal(r.crashes, 0);
  assert.equal(r['empty-where-readability-finds-text'], 0);
  assert.ok(r.f1 > 0.95, `token F1 ${r.f1}`);
});
