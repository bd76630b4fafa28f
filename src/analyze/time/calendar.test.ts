import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, compareToAnchor, easter, fmtDay, isoWeek, parseAnchor, weekday } from './calendar.js';
import { clauseTense } from './tense.js';

const day = (s: string) => parseAnchor(s)!;

// ISO 8601 weeks across year boundaries: the week belongs to the year of its Thursday.
const WEEKS: [string, string][] = [
  ['2025-04-16', '2025-W16'], ['2020-12-31', '2020-W53'], ['2021-01-03', '2020-W53'], ['2024-12-30', '2025-W01'],
  ['2025-01-01', '2025-W01'], ['2023-01-01', '2022-W52'],
];
for (const [d, w] of WEEKS) test(`puts ${d} in ISO week ${w}`, () => assert.equal(isoWeek(day(d)), w));

test('reads the date part of a date-time anchor and numbers weekdays from Monday', () => {
  assert.deepEqual(parseAnchor('2025-03-11T23:30:00+02:00'), { y: 2025, m: 3, d: 11 });
  assert.equal(parseAnchor(null), null);
  assert.deepEqual([weekday(day('2025-03-10')), weekday(day('2025-03-16'))], [1, 7]);
  assert.deepEqual(addMonths(day('2025-01-15'), -1), { y: 2024, m: 12, d: 15 });
});

const COMPARE: [string, string, string][] = [
  ['2025-W11', '2025-03-11', 'present'], ['2025-W10', '2025-03-11', 'past'], ['2025-Q2', '2025-03-11', 'future'],
  ['2024', '2025-03-11', 'past'], ['2025-03-11TAF', '2025-03-11', 'present'], ['FUTURE_REF', '2025-03-11', 'future'],
];
for (const [v, a, t] of COMPARE) test(`places ${v} in the ${t} of ${a}`, () => assert.equal(compareToAnchor(v, day(a)), t));

// [sentence, expression, tense of its clause]
const TENSES: [string, string, string | null][] = [
  ['The envoy will fly to Cairo on Friday.', 'Friday', 'future'],
  ['The envoy flew to Cairo on Friday.', 'Friday', 'past'],
  ['The envoy is flying to Cairo on Friday.', 'Friday', 'present'],
  ['The deal had been due to expire on Friday.', 'Friday', 'either'],
  ['The union has called a strike for Saturday.', 'Saturday', 'present'],
  ['Envoys will talk behind closed doors on Thursday.', 'Thursday', 'future'],
  ['The envoys meet separately on Monday.', 'Monday', 'future'],
  ['Talks are set to resume Monday.', 'Monday', 'future'],
  ['On Friday, the ministers will sign the pact.', 'Friday', 'future'],
  ['Rain on Friday.', 'Friday', null],
  ['Prisoners would be exchanged on Saturday as planned.', 'Saturday', 'future'],
  ['The port authority announced the plan Aug. 21.', 'Aug. 21', 'past'],
  ['The pilot will be named commander for a mission in December.', 'December', 'future'],
  ['The new chief will succeed the founder Feb. 1.', 'Feb. 1', 'future'],
  ['The ferry line will add sailings by August in its search for markets untouched so far.', 'August', 'future'],
];
for (const [s, expr, tense] of TENSES) {
  test(`reads the clause tense around '${expr}' in "${s}" as ${tense}`, () => {
    const start = s.indexOf(expr);
    assert.equal(clauseTense(s, start, start + expr.length, 0, s.length), tense);
  });
}

test('computes Western Easter Sunday', () => {
  assert.deepEqual([2000, 2024, 2025, 2026].map((y) => fmtDay(easter(y))), ['2000-04-23', '2024-03-31', '2025-04-20', '2026-04-05']);
});
