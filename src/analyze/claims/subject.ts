/**
 * What a number counts: the counted noun plus the event verb that governs it, as a short normalised phrase
 * ("drones shot down", "people injured", "drones aimed at Moscow", "% of Ukraine's territory"). The verb is
 * found as an active verb just before the number ("shot down 337 drones", "killed or wounded hundreds") or
 * as a participle after the noun ("three people were killed", "343 drones launched against Russia").
 */
import type { Token } from '../tokenize.js';
import { phraseEnd, plural } from './noun.js';
import { AUX, EVENT_LOOKAHEAD, EVENT_LOOKBACK, EVENTS, PP_START, STOP, TOLL } from './table.js';

export interface Event {
  /** Normalised participle ("killed", "shot down", "killed or injured"). */
  verb: string;
  /** A named target after an attack verb ("Moscow" in "aimed at the capital Moscow"). */
  target: string | null;
}

/** Adjectives that only follow the noun ("three people dead"); never an active verb before a number. */
const AFTER_ONLY = new Set(['dead', 'died', 'die', 'dying', 'missing', 'hurt']);
const TARGET_PREP = new Set(['at', 'against', 'towards', 'toward']);
/** Only attack verbs name a target; "killed at Kyiv station" is a place (a scope), not a target. */
const TARGETED = new Set(['launched', 'aimed at', 'targeted']);
const BOUNDARY = new Set([',', ';', ':', '.', 'and', 'but', '(', ')', '—', '–']);
/** How many words an "of" phrase after a percentage may have. */
const OF_WORDS = 6;
/** Verbs that state a level: "inflation rose to 3.8%". */
const LEVEL_VERBS = /^(?:was|is|stood|stands|rose|rises|fell|falls|reached|reaches|hit|hits|climbed|dropped|jumped|grew|increased|decreased|declined|slowed|eased)$/;
/** How long a phrase between a noun and its verb may be. */
const PP_WORDS = 4;
const RE = { capital: /^\p{Lu}/u, lowerWord: /^\p{Ll}+$/u };

/** The event around a claim: before `start` (its first token) or after `end` (just past its noun). */
export function findEvent(toks: Token[], start: number, end: number): Event | null {
  return eventBefore(toks, start) ?? eventAfter(toks, end);
}

/** Active verb before the number, skipping "had", "it", "also": "it had shot down 337" → "shot down". */
function eventBefore(toks: Token[], start: number): Event | null {
  let k = start - 1;
  for (let n = 0; k >= 0 && n < EVENT_LOOKBACK && AUX.has(low(toks, k)) && low(toks, k) !== 'to'; n++) k--;
  const hit = verbEndingAt(toks, k);
  if (!hit || AFTER_ONLY.has(low(toks, k))) return null;
  // "killed or wounded hundreds of thousands" → both events.
  if (low(toks, hit.from - 1) === 'or') {
    const other = verbEndingAt(toks, hit.from - 2);
    if (other && other.verb !== hit.verb) return { verb: `${other.verb} or ${hit.verb}`, target: null };
  }
  return { verb: hit.verb, target: null };
}

/** Participle after the noun, skipping "were", "had been", "reportedly": "people were killed". */
function eventAfter(toks: Token[], end: number): Event | null {
  let k = skipPhrase(toks, end);
  for (let n = 0; k < toks.length && n < EVENT_LOOKAHEAD && AUX.has(low(toks, k)); n++) k++;
  const two = `${low(toks, k)} ${low(toks, k + 1)}`;
  const [verb, next] = EVENTS[two] ? [EVENTS[two], k + 2] : EVENTS[low(toks, k)] ? [EVENTS[low(toks, k)], k + 1] : [null, k];
  if (!verb) return null;
  const target = TARGETED.has(verb) ? readTarget(toks, verb === 'aimed at' ? next - 1 : next) : null;
  return { verb, target };
}

/** Skips a short phrase before the verb: "120 houses [in the district] were destroyed". */
function skipPhrase(toks: Token[], k: number): number {
  if (!PP_START.has(low(toks, k))) return k;
  for (let j = k + 1; j < toks.length && j <= k + PP_WORDS; j++) {
    if (BOUNDARY.has(low(toks, j))) return k;
    if (AUX.has(low(toks, j)) && low(toks, j) !== 'to') return j;
  }
  return k;
}

/** "the death toll has risen to 14", "the number of people known to have died … has risen to 17". */
export function runningTotal(toks: Token[], start: number): { unit: string; event: Event | null } | null {
  if (!TOLL.before.has(low(toks, start - 1))) return null;
  for (let k = start - 2; k >= 0 && k >= start - TOLL.lookback; k--) {
    if (TOLL.words.has(low(toks, k))) return { unit: 'people', event: { verb: 'killed', target: null } };
    if (low(toks, k) !== TOLL.numberOf || low(toks, k + 1) !== 'of') continue;
    const end = phraseEnd(toks, k + 2);
    return end > k + 2 ? { unit: plural(low(toks, end - 1)), event: eventAfter(toks, end) } : null;
  }
  return null;
}

/** "Inflation rose to 3.8%", "turnout was 84%": the noun whose level the figure states, or null. */
export function levelOf(toks: Token[], start: number): string | null {
  let k = start - 1;
  if (['to', 'at', 'by'].includes(low(toks, k))) k--;
  if (!LEVEL_VERBS.test(low(toks, k))) return null;
  const w = low(toks, k - 1);
  return /^\p{Ll}{3,}$/u.test(toks[k - 1]?.text ?? '') && !STOP.has(w) && !AUX.has(w) ? w : null;
}

/** The verb (one or two words) whose last token is toks[k]. */
function verbEndingAt(toks: Token[], k: number): { verb: string; from: number } | null {
  if (k < 0 || BOUNDARY.has(low(toks, k))) return null;
  const two = `${low(toks, k - 1)} ${low(toks, k)}`;
  if (EVENTS[two]) return { verb: EVENTS[two], from: k - 1 };
  if (EVENTS[low(toks, k)]) return { verb: EVENTS[low(toks, k)], from: k };
  return null;
}

/** "at the capital Moscow" → "Moscow"; "on Ukrainian cities" → null (the name is not the whole target). */
function readTarget(toks: Token[], k: number): string | null {
  if (!TARGET_PREP.has(low(toks, k))) return null;
  let j = k + 1;
  while (j < k + 4 && j < toks.length && RE.lowerWord.test(toks[j].text)) j++;
  const from = j;
  while (j < toks.length && RE.capital.test(toks[j].text)) j++;
  const next = toks[j]?.text ?? '';
  if (j === from || (RE.lowerWord.test(next) && !STOP.has(next))) return null;
  return toks.slice(from, j).map((t) => t.text).join(' ');
}

/**
 * The subject phrase; `detail` is what a percentage is of. Example: subjectOf("drones", {verb: "aimed at",
 * target: "Moscow"}, null) → "drones aimed at Moscow"; subjectOf("%", null, "of Ukraine's territory") →
 * "% of Ukraine's territory".
 */
export function subjectOf(unit: string, event: Event | null, detail: string | null): string {
  if (detail && (unit === '%' || !event)) return `${unit} ${detail}`;
  if (!event) return unit;
  const prep = event.verb === 'aimed at' ? '' : ' against';
  return event.target ? `${unit} ${event.verb}${prep} ${event.target}` : `${unit} ${event.verb}`;
}

/** "of Ukraine's internationally recognised territory" → "Ukraine's territory" (possessor + head). */
export function ofPhrase(toks: Token[], k: number): string | null {
  if (low(toks, k) !== 'of') return null;
  let j = k + 1;
  while (['the', 'a', 'an', 'its', 'their'].includes(low(toks, j))) j++;
  const end = phraseEnd(toks, j, OF_WORDS);
  if (end === j) return null;
  const words = toks.slice(j, end).map((t) => t.text);
  const owner = words.find((w) => /['’]s$/.test(w));
  const head = words[words.length - 1];
  return owner && owner !== head ? `${owner} ${head}` : head;
}

function low(toks: Token[], i: number): string {
  return i >= 0 && i < toks.length ? toks[i].text.toLowerCase() : '';
}
