/**
 * The counted noun or unit after a number: "337 drones", "seven apartment buildings", "1,000-kilometre",
 * "$1.2bn", "17.5%". Also tells when the number is a duration ("six hours", "30-day", "10-minute") or an
 * age ("45-year-old"), which are time expressions, not claims. Hand-written: no POS tagger is at hand that
 * keeps offsets and runs at the analysis budget, and news noun phrases after numerals are short.
 */
import type { Token } from '../tokenize.js';
import { readNumber, type NumberMatch } from './numbers.js';
import { CURRENCY, DURATION, EVENTS, MAX_NOUN_WORDS, MEASURE, NOUN_SKIP, PLURAL, SCALE, SMALL, STOP } from './table.js';

export interface CountedNoun {
  /** Normalised unit or plural counted noun ("people", "drones", "%", "km", "$"); null when left out. */
  unit: string | null;
  /** Token index just after the noun phrase (== the number's end when there is none). */
  end: number;
  /** The number counts time ("six hours", "30-day"): not a claim. */
  duration: boolean;
  /** "four of them": a part of something counted before; the unit comes from that claim. */
  partitive?: boolean;
  /** The noun phrase after a percentage ("pay rise" in "a 12% pay rise"). */
  what?: string | null;
}

const PER = new Set(['a', 'an', 'per', 'each', 'every']);
const POSSESSOR = new Set(['the', 'our', 'their', 'his', 'her', 'its', 'my', 'your']);

const PARTITIVE_PRONOUNS = new Set(['them', 'whom', 'those', 'these', 'us']);

const RE = {
  word: /^\p{L}[\p{L}\p{M}'’.\-]*$/u,
  capital: /^\p{Lu}/u,
  adverb: /ly$/,
  pastTense: /(?:ed|left|fled|went|came|took|gave|fell|rose|met|held|made|said|told|sent|lost|won|saw|began|ran)$/,
  plural: /^\p{Ll}.*(?:[^su'’]s|ies|ses)$/u,
};

/** Reads the unit or counted noun at toks[j]. Example: after "337" in "337 drones that" → {unit: "drones"} */
export function readNoun(toks: Token[], j: number, num: NumberMatch): CountedNoun {
  const n = readUnit(toks, j, num);
  const rate = n.unit ? perPeriod(toks, n.end) : null;
  return rate ? { ...n, unit: `${n.unit}/${rate.period}`, end: rate.end } : n;
}

/** "18 million crowns a day", "$5 per hour", "3% a year": a rate, not a total. */
function perPeriod(toks: Token[], k: number): { period: string; end: number } | null {
  if (!PER.has(low(toks, k)) || !DURATION.has(low(toks, k + 1))) return null;
  return { period: low(toks, k + 1).replace(/s$/, ''), end: k + 2 };
}

function readUnit(toks: Token[], j: number, num: NumberMatch): CountedNoun {
  const none = { unit: null, end: j, duration: false };
  if (num.percent) return { ...none, unit: '%', what: phraseText(toks, j) };
  if (num.currency) return { ...none, unit: num.currency };
  const w = low(toks, j);
  if (w === '-' && toks[j + 1] && toks[j].start === toks[j - 1].end && toks[j + 1].start === toks[j].end) {
    return hyphenUnit(toks, j + 1);
  }
  if (CURRENCY[w]) return { unit: CURRENCY[w], end: j + 1, duration: false };
  if (w === 'of' && num.vague && CURRENCY[low(toks, j + 1)]) return { unit: CURRENCY[low(toks, j + 1)], end: j + 2, duration: false };
  const two = `${w} ${low(toks, j + 1)}`;
  if (MEASURE[two]) return { unit: MEASURE[two], end: j + 2, duration: false };
  if (MEASURE[w]) return { unit: MEASURE[w], end: j + 1, duration: false };
  if (w === 'square' && MEASURE[low(toks, j + 1)]) return { unit: `sq ${MEASURE[low(toks, j + 1)]}`, end: j + 2, duration: false };
  if (w === 'of' && !num.vague) return partitive(toks, j + 1) ?? none;
  const from = (w === 'of' && num.vague) || (NOUN_SKIP.has(w) && isNounWord(toks[j + 1]?.text ?? '')) ? j + 1 : j;
  const run = nounRun(toks, from);
  // Above one, a counted noun is plural: "three barely made", "15,000 strong" have none.
  if (run && num.value > 1 && Number.isInteger(num.value) && !headNoun(low(toks, run.end - 1))) return none;
  return run ?? none;
}

/** "four of them" → part of an earlier count; "five of the (seven) victims", "nine of our neighbours" → the noun. */
function partitive(toks: Token[], k: number): CountedNoun | null {
  if (PARTITIVE_PRONOUNS.has(low(toks, k))) return { unit: null, end: k + 1, duration: false, partitive: true };
  if (!POSSESSOR.has(low(toks, k))) return null;
  const skip = readNumber(toks, k + 1);
  const run = nounRun(toks, skip ? skip.end : k + 1);
  return run && headNoun(low(toks, run.end - 1)) ? { ...run, partitive: true } : null;
}

/** "30-day" → duration; "1,000-kilometre" → km; "18-member" → members. */
function hyphenUnit(toks: Token[], k: number): CountedNoun {
  const w = low(toks, k);
  const first = w.split('-')[0];
  if (DURATION.has(first)) return { unit: null, end: k + 1, duration: true };
  if (MEASURE[w]) return { unit: MEASURE[w], end: k + 1, duration: false };
  if (!RE.word.test(toks[k].text)) return { unit: null, end: k - 1, duration: false };
  return { unit: plural(w), end: k + 1, duration: false };
}

/** Up to MAX_NOUN_WORDS words that are not function words or event verbs; the last one is the head. */
function nounRun(toks: Token[], j: number): CountedNoun | null {
  let k = phraseEnd(toks, j);
  for (let d = j; d < k; d++) if (DURATION.has(low(toks, d))) return { unit: null, end: d + 1, duration: true };
  // A trailing capitalised word is a name after the phrase ("3 officials Reuters"), not its head.
  while (k > j && RE.capital.test(toks[k - 1].text)) k--;
  if (k === j) return null;
  return { unit: plural(low(toks, k - 1)), end: k, duration: false };
}

/**
 * End of a short noun phrase at toks[j]: stops after a plural head ("people fled" → people), before a
 * past-tense verb ("ships left", "voters backed") unless an adverb precedes it ("internationally recognised").
 * Example: "seven apartment buildings in Ramensky" from "apartment" → after "buildings".
 */
export function phraseEnd(toks: Token[], j: number, max = MAX_NOUN_WORDS): number {
  let k = j;
  while (k < toks.length && k - j < max && (isNounWord(toks[k].text) || modifier(toks, k))) {
    const w = low(toks, k);
    const verbish = RE.pastTense.test(w) && (k > j ? !RE.adverb.test(low(toks, k - 1)) : !headNoun(low(toks, k + 1)));
    if (verbish) break;
    k++;
    if (RE.plural.test(w) || PLURAL[w] === w) break;
  }
  return k;
}

/** An adverb inside a noun phrase: "internationally recognised territory". */
function modifier(toks: Token[], k: number): boolean {
  return RE.adverb.test(low(toks, k)) && RE.word.test(toks[k].text) && isNounWord(toks[k + 1]?.text ?? '');
}

function isNounWord(t: string): boolean {
  const w = t.toLowerCase();
  return RE.word.test(t) && !STOP.has(w) && EVENTS[w] === undefined && !RE.adverb.test(w) && SMALL[w] === undefined && SCALE[w] === undefined;
}

/** The words of a short noun phrase at toks[j], lower-cased, or null. */
function phraseText(toks: Token[], j: number): string | null {
  const end = phraseEnd(toks, j);
  return end > j ? toks.slice(j, end).map((t) => t.text.toLowerCase()).join(' ') : null;
}

/** A plural noun that an -ed adjective may qualify: "armed men", "displaced families". */
function headNoun(w: string): boolean {
  return isNounWord(w) && (RE.plural.test(w) || PLURAL[w] === w);
}

/** Plural of a counted noun, so "one person" and "3 people" share a unit. Example: plural("country") → "countries" */
export function plural(w: string): string {
  if (PLURAL[w]) return PLURAL[w];
  if (w.endsWith('s')) return w;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(x|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

function low(toks: Token[], i: number): string {
  return i >= 0 && i < toks.length ? toks[i].text.toLowerCase() : '';
}
