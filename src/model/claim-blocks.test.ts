import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimBlocks, figure } from './claim-blocks.js';
import type { ClaimComparison, ClaimRow } from './story.js';

const cases: [number, number, number, string][] = [
  [14, 14, 14, '14'], [12, 12, Number.MAX_SAFE_INTEGER, '≥12'], [4500, 4501, Number.MAX_SAFE_INTEGER, '>4,500'],
  [3000, 2700, 3300.0000000000005, '~3,000'], [5, 0, 5, '≤5'], [10, 10, 15, '10–15'], [17.5, 17.5, 17.5, '17.5'],
];
for (const [v, lo, hi, want] of cases) {
  test(`shows the claim value ${v} in [${lo}, ${hi}] as ${want}`, () => assert.equal(figure(v, lo, hi), want));
}

const row = (articleId: string, value: number, date: string | null, start = 0): ClaimRow => ({
  articleId, outlet: articleId, published: date, date, text: String(value), value, low: value, high: value, source: null, start, end: start + 2,
});
const cmp = (subject: string, verdict: ClaimComparison['verdict'], rows: ClaimRow[]): ClaimComparison => ({ subject, verdict, rows });

test('merges the views of one quantity into one block: every figure once, verdicts as labels, outliers and narrower figures flagged', () => {
  const a = row('a', 7, '2026-10-09'); const b = row('b', 14, '2026-10-10'); const c = row('c', 14, '2026-10-10');
  const d = row('d', 12, '2026-10-10'); const e = row('e', 17, '2026-10-15'); const f = row('f', 9, null);
  const blocks = claimBlocks([
    cmp('people killed', 'disagree', [b, c, d]),
    cmp('people killed', 'updated', [a, b, c, d, e]),
    cmp('people killed', 'different-scope', [a, b, c, d, e, f]),
    cmp('people killed', 'agree', [b, c]),
    cmp('homes destroyed', 'single', [row('a', 200, '2026-10-09', 50)]),
  ]);
  assert.equal(blocks.length, 1);
  const [k] = blocks;
  assert.deepEqual(k.verdicts, ['disagree', 'updated', 'different-scope', 'agree']);
  assert.deepEqual(k.rows.map((r) => r.articleId), ['a', 'b', 'c', 'd', 'e', 'f']);
  assert.deepEqual(k.rows.filter((r) => r.differs).map((r) => r.articleId), ['d']);
  assert.deepEqual(k.rows.filter((r) => r.narrower).map((r) => r.articleId), ['f']);
  assert.deepEqual(k.series?.map((r) => r.value), [7, 14, 14, 12, 17]);
});

test('keeps apart comparisons of the same subject that share no figure, and joins them when a later one bridges them', () => {
  const x = [row('a', 3, '2026-01-01'), row('b', 5, '2026-01-01')];
  const y = [row('c', 40, '2026-02-01'), row('d', 41, '2026-02-01')];
  assert.equal(claimBlocks([cmp('people killed', 'disagree', x), cmp('people killed', 'agree', y)]).length, 2);
  const bridged = claimBlocks([cmp('people killed', 'disagree', x), cmp('people killed', 'agree', y), cmp('people killed', 'updated', [x[0], y[0]])]);
  assert.equal(bridged.length, 1);
  assert.equal(bridged[0].rows.length, 4);
  assert.deepEqual(claimBlocks([cmp('people killed', 'disagree', x), cmp('people injured', 'disagree', x)]).map((b) => b.subject), ['people killed', 'people injured']);
});
