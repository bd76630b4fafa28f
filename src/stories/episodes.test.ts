import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chains } from './episodes.js';

test('lays out episodes that arrived out of order as one chain in date order', () => {
  const got = chains([
    { id: 'a', first: '2023-11-04', previous: null },
    { id: 'b', first: '2025-04-23', previous: 'a' },
    { id: 'c', first: '2025-03-11', previous: 'a' },
    { id: 'd', first: '2025-01-01', previous: null },
  ]);
  assert.deepEqual(Object.fromEntries(got), { a: null, c: 'a', b: 'c', d: null });
});
