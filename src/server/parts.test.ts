/** Snippet parts and coverage, the two pure helpers of the API. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetParts } from './snippet.js';
import { coverage } from '../store/coverage.js';

test('splits search markers into marked and plain parts', () => {
  const cases: [string, [string, boolean][]][] = [
    ['the [[dam]] burst', [['the ', false], ['dam', true], [' burst', false]]],
    ['[[two]] [[hits]]', [['two', true], [' ', false], ['hits', true]]],
    ['no hits at all', [['no hits at all', false]]],
    ['an [[unclosed marker', [['an [[unclosed marker', false]]],
    ['<script>[[x]]</script>', [['<script>', false], ['x', true], ['</script>', false]]],
    ['', []],
  ];
  for (const [input, want] of cases) assert.deepEqual(snippetParts(input).map((p) => [p.text, p.mark]), want, input);
});

const member = (outlet: string | null, published: string | null) => ({ articleId: 'x', title: null, outlet, published, dup: { articleId: 'x', kind: 'original' as const, of: null, similarity: 0 } });

test('counts reports per outlet and day, filling the days between', () => {
  const c = coverage([member('A', '2026-01-01T10:00'), member('B', '2026-01-03'), member('A', '2026-01-03T23:00+02:00'), member(null, '2026-01-03'), member('A', null)]);
  assert.deepEqual(c.days.map((d) => [d.day, d.count]), [['2026-01-01', 1], ['2026-01-02', 0], ['2026-01-03', 3]]);
  assert.deepEqual(c.outlets.map((o) => [o.outlet, o.total]), [['A', 2], ['B', 1], ['Unknown outlet', 1]]);
  assert.equal(c.undated, 1);
});

test('lists only the days with reports when a story spans many months', () => {
  const c = coverage([member('A', '2025-01-01'), member('A', '2026-01-01')]);
  assert.deepEqual(c.days.map((d) => d.day), ['2025-01-01', '2026-01-01']);
});
