import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chains, episodes } from './episodes.js';

test('lays out episodes that arrived out of order as one chain in date order', () => {
  const got = chains([
    { id: 'a', first: '2023-11-04', previous: null },
    { id: 'b', first: '2025-04-23', previous: 'a' },
    { id: 'c', first: '2025-03-11', previous: 'a' },
    { id: 'd', first: '2025-01-01', previous: null },
  ]);
  assert.deepEqual(Object.fromEntries(got), { a: null, c: 'a', b: 'c', d: null });
});

test('links undated episodes as related, order unknown, on both ends, and keeps them in the chain\'s group', () => {
  const got = episodes([
    { id: 'a', first: '2023-11-04', previous: null },
    { id: 'b', first: null, previous: 'a' },
    { id: 'c', first: null, previous: 'b' },
    { id: 'd', first: '2025-03-11', previous: 'a' },
    { id: 'e', first: null, previous: null },
  ]);
  assert.deepEqual(Object.fromEntries(got.previous), { a: null, b: null, c: null, d: 'a', e: null });
  assert.deepEqual(Object.fromEntries(got.related), { a: ['b'], b: ['a', 'c'], c: ['b'] });
  assert.deepEqual(['b', 'c', 'd'].map((x) => got.group.get(x)), ['a', 'a', 'a'].map(() => got.group.get('a')));
  assert.notEqual(got.group.get('e'), got.group.get('a'));
});
