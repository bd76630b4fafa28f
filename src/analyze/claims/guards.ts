/**
 * Numbers that are not claims: dates ("November 3", "04 November"), years ("in 2014", "the 1962 crisis"),
 * clock times ("10am"), references to things already counted ("the two sides"), partitives ("one of the
 * proposals") and numbers inside names ("Article 5", "Boeing 737"). Durations and ages are told by the
 * counted noun (noun.ts). Ordinals ("21st") and codes ("G7", "Su-34") never read as numbers at all.
 */
import type { Token } from '../tokenize.js';
import type { NumberMatch } from './numbers.js';
import { DETERMINERS, MONTHS, TIME_AFTER } from './table.js';

const RE = {
  year: /^\d{4}$/,
  capital: /^\p{Lu}/u,
  plural: /^\p{Ll}+[^s]s$/u,
  partAdjective: /^(?:the|a|lower|upper|first|second|other|bottom|top|\p{Ll}+ern|\p{Ll}+er)$/u,
};
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'of', 'from', 'until', 'till', 'before', 'after', 'during', 'early', 'late', 'mid']);
const YEAR_MIN = 1000;
const YEAR_MAX = 2100;

/**
 * Why the number at [start, num.end) is not a claim, or null when it may be one (the noun decides the rest).
 * `measured`: the number has a unit (%, km, $), not a counted noun. Example: in "annexed in 2014," → "year";
 * in "the two sides" → "reference"; "(620-mile)" right after "1,000-kilometre" → "conversion".
 */
export function notAClaim(toks: Token[], start: number, num: NumberMatch, measured: boolean): string | null {
  const before = toks[start - 1]?.text ?? '';
  const after = toks[num.end]?.text ?? '';
  if (isMonth(before) || isMonth(after)) return 'date';
  if (TIME_AFTER.has(after.toLowerCase())) return 'time';
  if (!num.word && !num.percent && !num.currency && RE.year.test(toks[num.start].text) && isYear(num.value)) {
    // "2,000" would carry a separator; a bare 2000 counts only before a plural noun and after no preposition.
    if (!RE.plural.test(after) || YEAR_BEFORE.has(before.toLowerCase())) return 'year';
  }
  // "the lower half of the town": a fraction after an adjective names a part, not a share.
  if (num.percent && num.word && RE.partAdjective.test(before)) return 'part';
  // "the two sides" refers back; "the roughly 1,000-km front line" still states a measure.
  if (DETERMINERS.has(before.toLowerCase()) && !measured) return 'reference';
  if (before === '(' && measured && toks[start - 2] && /\d/.test(toks[start - 2].text + (toks[start - 4]?.text ?? ''))) return 'conversion';
  if (num.word && num.value === 1 && ['of', 'another', 'by'].includes(after.toLowerCase())) return 'partitive';
  return null;
}

/** A digit number right after a capitalised word mid-sentence (tokens of one sentence): part of a name. */
export function inName(toks: Token[], start: number, num: NumberMatch): boolean {
  if (num.word || num.percent || num.currency || start < 2) return false;
  return RE.capital.test(toks[start - 1].text);
}

function isMonth(t: string): boolean {
  return RE.capital.test(t) && MONTHS.has(t.toLowerCase().replace(/\.$/, ''));
}

function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX;
}
