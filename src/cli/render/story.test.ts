import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, quoted } from './story.js';

const cases: [number, number, number, string][] = [
  [14, 14, 14, '14'], [12, 12, Number.MAX_SAFE_INTEGER, '≥12'], [4500, 4501, Number.MAX_SAFE_INTEGER, '>4,500'],
  [3000, 2700, 3300.0000000000005, '~3,000'], [5, 0, 5, '≤5'], [10, 10, 15, '10–15'], [17.5, 17.5, 17.5, '17.5'],
];
for (const [v, lo, hi, want] of cases) {
  test(`shows the claim value ${v} in [${lo}, ${hi}] as ${want}`, () => assert.equal(fmt(v, lo, hi), want));
}

test('shows a direct quote with its own marks and reported speech without "that"', () => {
  assert.equal(quoted('“The meeting has begun very constructively,”'), '“The meeting has begun very constructively,”');
  assert.equal(quoted('"The ball is in their court."'), '"The ball is in their court."');
  assert.equal(quoted('that Vetka is “ready to talk”'), '(reported) Vetka is “ready to talk”');
  assert.equal(quoted('the dam had been inspected in June'), '(reported) the dam had been inspected in June');
});
