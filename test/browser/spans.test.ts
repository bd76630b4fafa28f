/** The UI's pure helpers, run in Node: cutting text into runs under overlapping marks, and figure formatting. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runs, termSpans, type Mark } from '../../ui/src/spans.js';
import { fmtDate, fmtValue, plural } from '../../ui/src/format.js';

const m = (start: number, end: number, kind: Mark['kind']): Mark => ({ start, end, kind, label: kind });

test('cuts text into runs where the covering marks change', () => {
  const cases: [string, number, Mark[], [number, number, string][]][] = [
    ['no marks', 5, [], [[0, 5, '']]],
    ['one mark inside', 10, [m(2, 5, 'time')], [[0, 2, ''], [2, 5, 'time'], [5, 10, '']]],
    ['nested entity in a quote', 10, [m(0, 10, 'quote'), m(3, 6, 'entity')], [[0, 3, 'quote'], [3, 6, 'quote+entity'], [6, 10, 'quote']]],
    ['overlapping focus', 8, [m(0, 4, 'claim'), m(2, 8, 'focus')], [[0, 2, 'claim'], [2, 4, 'claim+focus'], [4, 8, 'focus']]],
    ['out-of-range and empty marks ignored', 4, [m(2, 9, 'time'), m(3, 3, 'claim'), m(-1, 2, 'entity')], [[0, 4, '']]],
  ];
  for (const [name, length, marks, want] of cases) {
    assert.deepEqual(runs(length, marks).map((r) => [r.start, r.end, r.marks.map((x) => x.kind).join('+')]), want, name);
  }
});

test('formats figures, dates and counts as a reader expects', () => {
  const cases: [string, string][] = [
    [fmtValue(337, 337, 337), '337'],
    [fmtValue(12, 12, Number.MAX_SAFE_INTEGER), '≥ 12'],
    [fmtValue(10, 10, 20), '10–20'],
    [fmtValue(4500, 4501, Number.MAX_SAFE_INTEGER), '> 4,500'],
    [fmtValue(3000, 2700, 3300), '~3,000'],
    [fmtValue(6500, 6500, 6500), '6,500'],
    [fmtDate('2026-10-07T18:40'), '7 Oct 2026, 18:40'],
    [fmtDate('2026-10-07T18:40', false), '7 Oct 2026'],
    [fmtDate('2026-09'), 'Sep 2026'],
    [fmtDate(null), 'undated'],
    [plural(1, 'story'), '1 story'],
    [plural(3, 'story'), '3 stories'],
    [plural(2, 'day'), '2 days'],
  ];
  for (const [got, want] of cases) assert.equal(got, want);
});

test('finds search words at word starts, case-insensitively, without regex injection', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Dam burst. The dam held', 'dam', [[0, 3], [15, 18]]],
    ['Strikes spread as the strike went on', 'strike', [[0, 6], [22, 28]]],
    ['the Amsterdam office', 'dam', []],
    ['a (b) c', '(b', [[3, 4]]],
    ['price rose 4.5% today', '4.5%', [[11, 12], [13, 14]]],
    ['nothing here', '   ', []],
  ];
  for (const [text, q, want] of cases) assert.deepEqual(termSpans(text, q).map((s) => [s.start, s.end]), want, `${q} in ${text}`);
});
