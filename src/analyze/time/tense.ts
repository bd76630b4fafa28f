/**
 * Tense of the clause around a time expression, to resolve "on Wednesday" to the past or the coming
 * Wednesday. Hand-written because chrono-node always picks one direction: news reports use bare weekdays
 * for both ("declared a truce on Saturday" vs "will meet in London on Wednesday"). The nearest tense cue
 * (modal, auxiliary, reporting verb or regular past form) in the same sentence decides; no cue → past,
 * the common case in news. A passive participle ("would be exchanged") defers to its auxiliary.
 */
import { tokenize } from '../tokenize.js';
import { TENSE } from './patterns.js';

/** 'either': a plan the clause reports as superseded ("had been due to end on Friday"), on whichever side of
 * the publication date it fell: the nearest occurrence is read. */
export type Tense = 'past' | 'present' | 'future' | 'either';

/** The cue a word gives, `next` being the word after it and `prev` the word before it (both lower case). */
function cue(word: string, next?: string, prev?: string): Exclude<Tense, 'either'> | null {
  if (TENSE.future.test(word) || (TENSE.futureTo.test(word) && next === 'to')) return 'future';
  if (TENSE.futureBase.test(word) && !(prev && TENSE.futureBaseNot.test(prev))) return 'future';
  const w = word.toLowerCase();
  const regular = TENSE.pastSuffix.test(w) && !TENSE.notPast.test(w) && !(prev && TENSE.adjectiveBefore.test(prev));
  const past = TENSE.past.test(word) || regular;
  if (past && prev && TENSE.be.test(prev)) return null;
  if (past) return 'past';
  if (TENSE.present.test(word) || TENSE.presentPerfect.test(word)) return 'present';
  return null;
}

/**
 * Tense of the clause holding text[start, end) inside the sentence text[sStart, sEnd).
 * Example: clauseTense('He will meet them on Wednesday.', 21, 30, 0, 31) → 'future'
 */
export function clauseTense(text: string, start: number, end: number, sStart: number, sEnd: number): Tense | null {
  const before = tokenize(text, Math.max(sStart, start - 240), start).reverse();
  const after = tokenize(text, end, Math.min(sEnd, end + 80));
  const low = (t?: { text: string }) => t?.text.toLowerCase();
  // "before Christmas": a deadline ahead, but only as the expression's own preposition and not before a
  // possessive ("7% before Friday's purchases", "Before his Sunday night address, Castro played…").
  if (low(before[0]) === 'before' && !/^['’]/.test(after[0]?.text ?? '')) return 'future';
  for (let i = 0; i < TENSE.window; i++) {
    const b = before[i] && cue(before[i].text, low(before[i - 1]), low(before[i + 1]));
    // "had been due to expire Friday": a past auxiliary just before a future cue, a plan then, either side now.
    if (b === 'future' && before.slice(i + 1, i + 4).some((t) => TENSE.perfect.test(t.text))) return 'either';
    if (b) return b;
  }
  // Cues after the expression count only when none precedes it, and only close ("On Saturday, Kyiv will…").
  for (let i = 0; i < TENSE.window / 2 && i < after.length; i++) {
    const a = cue(after[i].text, low(after[i + 1]), low(after[i - 1]));
    if (a) return a;
  }
  return null;
}
