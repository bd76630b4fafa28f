/**
 * Qualifiers and ranges around a number, and the interval they give: "at least three" → [3, open),
 * "around 18" → [16.2, 19.8], "between 5 and 7" → [5, 7], "more than 90" → [91, open). The interval is what
 * claim comparison overlaps across outlets, so its width decides what counts as agreement.
 */
import type { Token } from '../tokenize.js';
import { readNumber, type NumberMatch } from './numbers.js';
import { ABOUT_TOLERANCE, OPEN_HIGH, QUALIFIERS, type Qualifier } from './table.js';

export interface Qualified {
  qualifier: Qualifier;
  /** Token index where the qualifier starts (== the number's start when there is none). */
  start: number;
  /** The qualifier words as written, lower-cased ("more than"). */
  words: string;
}

/** Words that make "about" one-sided: "nearly 100" is below 100. */
const BELOW = new Set(['nearly', 'almost', 'just under', 'close to']);
const RANGE_JOIN = new Set(['to', '-', '–', 'or']);

/** QUALIFIERS split once, words listed last first (matched backwards from the number). */
const PHRASES = QUALIFIERS.map(([phrase, qualifier]) => ({ phrase, qualifier, back: phrase.split(' ').reverse() }));
const LONGEST = Math.max(...PHRASES.map((p) => p.back.length));

/** The qualifier ending just before toks[i]. Example: "at least three" → {qualifier: "at least"} */
export function readQualifier(toks: Token[], i: number): Qualified {
  const before: string[] = []; // before[k]: the (k+1)-th token before i, lower-cased
  for (let k = 1; k <= LONGEST && i - k >= 0; k++) before.push(toks[i - k].text.toLowerCase());
  for (const { phrase, qualifier, back } of PHRASES) {
    if (back.length > before.length) continue;
    let k = 0;
    while (k < back.length && back[k] === before[k]) k++;
    if (k === back.length) return { qualifier, start: i - back.length, words: phrase };
  }
  return { qualifier: 'exact', start: i, words: '' };
}

/**
 * Extends a number into a range when another follows: "10 to 15", "10-15", "two or three", and
 * "between 5 and 7" / "from 5 to 7" (then the range's start moves back to "between"/"from").
 */
export function readRange(toks: Token[], num: NumberMatch): { num: NumberMatch; start: number } | null {
  const join = toks[num.end]?.text.toLowerCase();
  const before = toks[num.start - 1]?.text.toLowerCase();
  const ok = RANGE_JOIN.has(join ?? '') || (join === 'and' && before === 'between');
  if (!ok) return null;
  if (join === '-' && toks[num.end].start !== toks[num.end - 1].end) return null;
  const second = readNumber(toks, num.end + 1);
  if (!second || second.vague || second.value < num.value) return null;
  const start = before === 'between' || before === 'from' ? num.start - 1 : num.start;
  const merged: NumberMatch = {
    ...num, end: second.end, high: second.high, percent: num.percent || second.percent,
    currency: num.currency ?? second.currency,
  };
  return { num: merged, start };
}

/** Interval for a qualified value. Example: bounds("about", 18, false) → [16.2, 19.8] */
export function bounds(q: Qualified, num: NumberMatch, count: boolean): [number, number] {
  const v = num.value;
  const cap = num.percent ? Math.max(100, v) : OPEN_HIGH;
  const step = count && Number.isInteger(v) ? 1 : 0;
  switch (q.qualifier) {
    case 'about':
      return BELOW.has(q.words) ? [v * (1 - ABOUT_TOLERANCE), v] : [v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)];
    case 'at least': return [v, cap];
    case 'more than': return [v + step, cap];
    case 'at most': return [0, v];
    case 'less than': return [0, Math.max(0, v - step)];
    default: return [num.low, num.high];
  }
}
