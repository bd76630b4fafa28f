/**
 * Reads one number at a token position: digits with separators and decimals ("1,000", "17.5%", "$1.2bn"),
 * spelled-out cardinals ("eighteen", "twenty-five", "a dozen", "three hundred"), vague plurals ("hundreds
 * of thousands") and fractions ("two-thirds of", read as a percentage). Hand-written because news numerals
 * mix all four in one sentence and we need token-exact spans; compromise's number parser drops the vague
 * plurals (it reads "thousands" as 0) and says nothing about spans.
 */
import type { Token } from '../tokenize.js';
import { CURRENCY, FRACTION, SCALE, SMALL, VAGUE } from './table.js';

export interface NumberMatch {
  /** Token range [start, end) of the number itself (currency sign, scale word and % included). */
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  /** "hundreds of", "dozens": a range by nature. */
  vague: boolean;
  percent: boolean;
  currency: string | null;
  /** Spelled out rather than digits. */
  word: boolean;
}

const RE = {
  digits: /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/,
  glued: /^(?:bn|mn|m|k|tn)$/i,
};

/** Words a number can start with; every other token is passed over at once (most tokens are not numbers). */
const STARTERS = new Set([
  ...Object.keys(SMALL), ...Object.keys(VAGUE), ...Object.keys(FRACTION).map((k) => k.split(' ')[0]),
  ...Object.keys(SCALE), 'a', 'an', 'tens', 'several', 'few', 'dozen',
]);

/**
 * ASCII first characters a number token can have (digits, a starter word's first letter in either case, a
 * currency key's); any other ASCII first character rules the token out before it is lower-cased.
 */
const FIRST = new Uint8Array(128);
for (const ch of ['0123456789', ...[...STARTERS, ...Object.keys(CURRENCY)].map((k) => k[0] + k[0].toUpperCase())].join('')) {
  if (ch.charCodeAt(0) < 128) FIRST[ch.charCodeAt(0)] = 1;
}

/** Reads the number starting at toks[i], or null. Example: tokens of "$1.2bn" → value 1.2e9, currency "$". */
export function readNumber(toks: Token[], i: number): NumberMatch | null {
  const t = toks[i].text;
  const c = t.charCodeAt(0);
  if (c < 128 && !FIRST[c]) return null;
  const w = c >= 48 && c <= 57 ? '' : t.toLowerCase();
  if (w && !CURRENCY[t] && !STARTERS.has(w) && !(w.includes('-') && STARTERS.has(w.slice(0, w.indexOf('-'))))) return null;
  return readDigits(toks, i) ?? readFraction(toks, i) ?? readVague(toks, i) ?? readWords(toks, i);
}

/** Parses a whole phrase (its words) as a number. Example: parseNumber(["twenty-five"]) → 25; parseNumber(["1,000"]) → 1000 */
export function parseNumber(words: string[]): number | null {
  const toks = words.map((text, k) => ({ text, start: k * 100, end: k * 100 + text.length }));
  const m = readNumber(toks, 0);
  return m && m.end === toks.length ? m.value : null;
}

function lower(toks: Token[], i: number): string {
  return i >= 0 && i < toks.length ? toks[i].text.toLowerCase() : '';
}

function readDigits(toks: Token[], i: number): NumberMatch | null {
  let start = i;
  let currency: string | null = null;
  const sign = toks[i]?.text;
  if (sign && CURRENCY[sign] && sign.length === 1 && toks[i + 1] && toks[i + 1].start === toks[i].end) {
    currency = CURRENCY[sign];
    i++;
  }
  const t = toks[i]?.text;
  if (!t || !RE.digits.test(t)) return null;
  let value = Number(t.replace(/[,%]/g, ''));
  let percent = t.endsWith('%');
  let end = i + 1;
  const next = toks[end];
  if (next && next.start === toks[i].end && RE.glued.test(next.text) && (currency || next.text.toLowerCase() !== 'm')) {
    value *= SCALE[next.text.toLowerCase()];
    end++;
  } else if (next && SCALE[lower(toks, end)] && lower(toks, end).length > 2) {
    value *= SCALE[lower(toks, end)];
    end++;
  }
  if (!percent && lower(toks, end) === '%') { percent = true; end++; }
  else if (!percent && lower(toks, end) === 'percent') { percent = true; end++; }
  else if (!percent && lower(toks, end) === 'per' && lower(toks, end + 1) === 'cent') { percent = true; end += 2; }
  return { start, end, value, low: value, high: value, vague: false, percent, currency, word: false };
}

function readFraction(toks: Token[], i: number): NumberMatch | null {
  const one = lower(toks, i);
  const two = `${one} ${lower(toks, i + 1)}`;
  const [key, end] = FRACTION[two] !== undefined ? [two, i + 2] : FRACTION[one] !== undefined ? [one, i + 1] : ['', i];
  if (!key || !['of', 'the'].includes(lower(toks, end))) return null;
  const v = FRACTION[key];
  return { start: i, end, value: v, low: v, high: v, vague: false, percent: true, currency: null, word: true };
}

/** "hundreds", "dozens of", "tens of thousands", "hundreds of millions", "several hundred". */
function readVague(toks: Token[], i: number): NumberMatch | null {
  let base = VAGUE[lower(toks, i)];
  let end = i + 1;
  if (['several', 'few'].includes(lower(toks, i)) && SCALE[lower(toks, i + 1)] >= 100 && lower(toks, i + 1).length > 2) {
    base = SCALE[lower(toks, i + 1)]; // "several hundred" reads like "hundreds"
    end = i + 2;
  } else if (lower(toks, i) === 'tens' && lower(toks, i + 1) === 'of' && VAGUE[lower(toks, i + 2)] >= 1e3) base = 10;
  else if (base === undefined) return null;
  if (lower(toks, end) === 'of' && VAGUE[lower(toks, end + 1)] >= 1e3 && base >= 10) {
    base *= VAGUE[lower(toks, end + 1)];
    end += 2;
  }
  const low = 2 * base;
  return { start: i, end, value: low, low, high: 10 * base - 1, vague: true, percent: false, currency: null, word: true };
}

/** Spelled-out cardinals: "eighteen", "twenty-five", "a dozen", "two hundred and fifty", "1.2 million" is digits. */
function readWords(toks: Token[], i: number): NumberMatch | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let end = i;
  if (['a', 'an'].includes(lower(toks, i)) && (SCALE[lower(toks, i + 1)] >= 100 || lower(toks, i + 1) === 'dozen')) {
    current = 1;
    end = i + 1;
  }
  for (; end < toks.length; end++) {
    const w = lower(toks, end);
    const small = smallValue(w);
    if (small !== null) { current += small; seen = true; continue; }
    if (w === 'dozen') { current = (current || 1) * 12; seen = true; continue; }
    if (w === 'hundred') { current = (current || 1) * 100; seen = true; continue; }
    if (SCALE[w] >= 1e3 && w.length > 2) { total += (current || 1) * SCALE[w]; current = 0; seen = true; continue; }
    if (w === 'and' && seen && smallValue(lower(toks, end + 1)) !== null && /hundred|thousand/.test(lower(toks, end - 1))) continue;
    break;
  }
  if (!seen) return null;
  const value = total + current;
  return { start: i, end, value, low: value, high: value, vague: false, percent: false, currency: null, word: true };
}

/** "seven" → 7, "twenty-five" → 25, else null. */
function smallValue(w: string): number | null {
  if (SMALL[w] !== undefined) return SMALL[w];
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && SMALL[m[1]] >= 20 && SMALL[m[1]] % 10 === 0 && SMALL[m[2]] > 0 && SMALL[m[2]] < 10) return SMALL[m[1]] + SMALL[m[2]];
  return null;
}
