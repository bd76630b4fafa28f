/**
 * Tense of the clause around a time expression, to resolve "on Wednesday" to the past or the coming
 * Wednesday. Hand-written because chrono-node always picks one direction: news reports use bare weekdays
 * for both ("declared a truce on Saturday" vs "will meet in London on Wednesday"). The nearest tense cue
 * (modal, auxiliary, reporting verb or regular past form) in the same sentence decides; no cue → past,
 * the common case in news.
 */
import { tokenize } from '../tokenize.js';
import { TENSE } from './patterns.js';

export type Tense = 'past' | 'present' | 'future';

function cue(word: string, next?: string): Tense | null {
  if (TENSE.future.test(word) || (/^set$/i.test(word) && next === 'to')) return 'future';
  if (TENSE.past.test(word)) return 'past';
  if (TENSE.present.test(word)) return 'present';
  const w = word.toLowerCase();
  if (TENSE.pastSuffix.test(w) && !TENSE.notPast.test(w)) return 'past';
  return null;
}

/**
 * Tense of the clause holding text[start, end) inside the sentence text[sStart, sEnd).
 * Example: clauseTense('He will meet them on Wednesday.', 21, 30, 0, 31) → 'future'
 */
export function clauseTense(text: string, start: number, end: number, sStart: number, sEnd: number): Tense | null {
  const before = tokenize(text, Math.max(sStart, start - 240), start).reverse();
  const after = tokenize(text, end, Math.min(sEnd, end + 80));
  for (let i = 0; i < TENSE.window; i++) {
    const b = before[i] && cue(before[i].text, before[i - 1]?.text.toLowerCase());
    // "had been due to expire Friday": a past auxiliary just before a future cue makes it past.
    if (b === 'future' && before.slice(i + 1, i + 4).some((t) => TENSE.perfect.test(t.text))) return 'past';
    if (b) return b;
    // Cues after the expression count only when close ("On Saturday, Kyiv will…").
    const a = i < TENSE.window / 2 && after[i] ? cue(after[i].text) : null;
    if (a) return a;
  }
  return null;
}
