import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BandTable } from './bands.js';
import { DUP, DupIndex } from './index.js';

const hits = (t: BandTable, k: number, minDoc = 0) => { const out: number[] = []; t.lookup(k, minDoc, (d) => out.push(d)); return out; };

test('finds every article that shares a band key, newest first, and only those', () => {
  const t = new BandTable(10, 2);
  t.add(0, Uint32Array.of(5, 6));
  t.add(1, Uint32Array.of(5, 7));
  t.add(2, Uint32Array.of(8, 6));
  assert.deepEqual(hits(t, 5), [1, 0]);
  assert.deepEqual(hits(t, 6), [2, 0]);
  assert.deepEqual(hits(t, 9), []);
  assert.deepEqual(hits(t, 5, 1), [1], 'articles before minDoc are out of the window');
});

test('when the ring wraps, overwritten entries are neither returned nor followed into other chains', () => {
  const t = new BandTable(3, 1); // holds 3 entries; a tiny head table makes every key share a bucket
  for (let d = 0; d < 8; d++) t.add(d, Uint32Array.of(d % 2 ? 1 : 5)); // 1 and 5 share bucket 1
  assert.deepEqual(hits(t, 1), [7, 5]);
  assert.deepEqual(hits(t, 5), [6]);
});

test('a syndicated copy is found inside the window and not beyond it; exact repeats always are', () => {
  const saved = DUP.window;
  DUP.window = 40;
  try {
    const idx = new DupIndex();
    const story = (i: number) => `Report ${i}: ` + Array.from({ length: 60 }, (_, k) => `word${(i * 7919 + k * 31) % 5000}`).join(' ');
    const original = story(0);
    idx.add('a0', original);
    for (let i = 1; i < 30; i++) idx.add(`a${i}`, story(i));
    assert.equal(idx.add('copy1', `Wire report\n\n${original}\n\nSyndicated.`).kind, 'copy');
    for (let i = 30; i < 100; i++) idx.add(`a${i}`, story(i));
    assert.equal(idx.add('copy2', `Other wire\n\n${original}\n\nSyndicated again.`).kind, 'original', 'beyond the window');
    assert.deepEqual([idx.add('again', original).kind, idx.get('again')?.of], ['exact', 'a0']);
  } finally {
    DUP.window = saved;
  }
});
