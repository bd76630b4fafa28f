import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../analyze/claims/index.js';
import { sentences } from '../analyze/tokenize.js';
import { claimDate } from './claims-date.js';

/** The date of the claim with `value` in a fictional report, with the time expressions written out by hand. */
function dateOf(text: string, value: number, times: [string, string, ('past' | 'present' | 'future')?][], published = '2026-03-07T09:00'): string | null {
  const sents = sentences(text);
  const claim = extractClaims(text, sents, []).find((c) => c.value === value)!;
  const exprs = times.map(([t, v, tense]) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, type: 'DATE' as const, value: v, tense }));
  return claimDate(text, { sentences: sents, times: exprs }, claim, published);
}

const CASES: [string, string, number, [string, string, ('past' | 'present' | 'future')?][], string | null][] = [
  ['dates a figure by the day its source gave it', 'The toll has risen to 14, the ministry said on Friday.', 14, [['Friday', '2026-03-06', 'past']], '2026-03-06'],
  ['dates a figure by a day right after it', 'Some 4,500 people have been evacuated, up from 3,000 on Thursday.', 3000, [['Thursday', '2026-03-05', 'past']], '2026-03-05'],
  ['leaves a figure whose sentence dates the event, not the count', 'At least 12 people were killed when the dam burst early on Friday.', 12, [['Friday', '2026-03-06', 'past']], null],
  ['leaves the figure before "up from" to the publication date', 'Some 4,500 people have been evacuated, up from 3,000 on Thursday.', 4500, [['Thursday', '2026-03-05', 'past']], null],
  ['never dates a figure after its report', 'The toll has risen to 14, the ministry said on Friday.', 14, [['Friday', '2026-03-13', 'future']], null],
  ['ignores times of other sentences', 'The ministry said on Friday that rescuers were searching. The toll has risen to 14.', 14, [['Friday', '2026-03-06', 'past']], null],
];

for (const [name, text, value, times, want] of CASES) test(`claimDate ${name}`, () => assert.equal(dateOf(text, value, times), want));
