/**
 * The day a figure was given, for telling a count updated over days from outlets disagreeing at one time
 * (claims-series.ts). A time expression of the claim's sentence dates the figure only when the sentence ties
 * the two: the time follows a reporting verb ("the ministry said on Saturday") or the figure itself with at
 * most a preposition between ("up from some 3,000 on Friday morning"). A time that dates the event instead
 * ("12 people were killed when the dam burst early on Friday") says nothing about when the count was made,
 * so it is left alone and the report's publication date stands. Hand-written: chrono-node and our time
 * tagger resolve the expression; which figure it belongs to is a reading of the sentence no library offers.
 */
import type { Claim, Sentence, TimeExpr } from '../model/analysis.js';
import { sentenceAt } from './refs.js';

const DATE = {
  /** Text before the time ends with a reporting verb and at most "late on", "reporters on": the count's day. */
  reported: /\b(?:said|says|announced|reported|confirmed|told(?: \p{L}+){0,2}|stated|added|updated|wrote(?: \p{L}+){0,2})(?: (?:late|early))?(?: (?:on|by|at))?(?: the)? ?$/iu,
  /** Text between the figure and the time is at most a preposition: "14 as of Sunday", "3,000 on Friday". */
  after: /^,? ?(?:(?:on|by|as of|at|until)(?: the)? ?)?$/i,
  day: /^\d{4}-\d{2}-\d{2}/,
};

/**
 * ISO day (YYYY-MM-DD) the figure is anchored to by its own sentence, or null (then the publication date
 * stands). Times after the publication day or in the future tense never date a figure already given.
 * Example: claimDate(text, analysis, claim of "has risen to 14, the ministry said on Saturday", '2026-10-10T08:15') → '2026-10-10'
 */
export function claimDate(text: string, a: { sentences: Sentence[]; times: TimeExpr[] }, claim: Claim, published: string | null): string | null {
  const s = sentenceAt(a.sentences, claim.start);
  if (!s) return null;
  const latest = published?.slice(0, 10) ?? null;
  for (const t of a.times) {
    if (t.start < s.start || t.end > s.end || t.tense === 'future') continue;
    const day = DATE.day.exec(t.value ?? '')?.[0];
    if (!day || (latest && day > latest)) continue;
    if (t.start >= claim.end && DATE.after.test(text.slice(claim.end, t.start))) return day;
    if (DATE.reported.test(text.slice(s.start, t.start))) return day;
  }
  return null;
}
