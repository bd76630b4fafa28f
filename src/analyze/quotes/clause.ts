/**
 * Boundaries of a reported clause: where it starts after the cue (addressee, time phrase, a late "that"), where
 * it ends (semicolon, single dash, a new clause with its own speaker), its kind (quotation inside → mixed), and
 * "said A, adding that B" split in two. Hand-written token rules, shared by the indirect-speech patterns.
 */
import type { Token } from '../tokenize.js';
import { CUE_VERBS, isCueAt, SKIP_AFTER_CUE, STANCE_VERBS, WEAK_CUES } from './cues.js';
import type { Found } from './direct.js';
import { subjectBefore, type Mention } from './subject.js';

const CLAUSE = {
  /** How far after the cue a ", that" may still open the reported clause (chars). */
  lateThat: 120,
  /** Tokens that open a new clause with its own speaker. */
  clauseBreak: /^(?:,|;|and|but|while|whereas|although|though|however)$/,
  /** Longest addressee before "that" ("told ABC's Good Morning America on Sunday that"). */
  addresseeMax: 10,
  objectPronoun: /^(?:him|her|them|us|me|reporters|journalists|lawmakers|supporters|voters|listeners|viewers|readers)$/,
  /** After a comma these open the writer's comment, not the speaker's words ("…, while others …", "…, which …"). */
  trailing: /^(?:while|whereas|although|though|despite|compared|which)$/,
  /** A second cue continuing the same speaker: "…, adding that …", "…, referring to …" (any cue participle). */
  continuation: /,\s+(?:and\s+)?(\p{Ll}+ing)\b/gu,
};

/** Verbs whose first object is the addressee, not the content or the speaker ("told Reuters that …"). */
export const ADDRESSEE: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'warned', 'urged', 'assured', 'reminded']);

/** Shorter contents are not worth a quote ("he said so"); two words can carry a stance ("support Ana Lenz"). */
export const MIN_CONTENT_WORDS = 2;

export const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The reported clause ends where a new clause brings its own speaker ("…, but 55 percent said …"). */
export function clauseEnd(toks: Token[], from: number, end: number): number {
  const first = toks.findIndex((t) => t.start >= from);
  // A semicolon, or a single dash (no closing one), ends the reported clause.
  const semi = toks.findIndex((t, k) => k > first && t.text === ';');
  const dashes = toks.filter((t, k) => k > first && /^[—–-]$/.test(t.text) && toks[k - 1].end < t.start); // not "30-day"
  if (semi > 0 && (dashes.length !== 1 || dashes[0].start > toks[semi].start)) end = toks[semi].start;
  else if (dashes.length === 1) end = dashes[0].start;
  // "…, according to the poll" names a second source: the clause ends before it.
  const per = toks.findIndex((t, k) => k > first && t.text === 'according' && toks[k + 1]?.text === 'to');
  if (per > 0 && toks[per].start < end) end = toks[per - 1].text === ',' ? toks[per - 1].start : toks[per].start;
  const cut = toks.findIndex((t, k) => k > first + 1 && t.start < end && t.text === ',' && CLAUSE.trailing.test(toks[k + 1]?.text ?? ''));
  if (cut > 0) end = toks[cut].start;
  for (let k = first + 1; k >= 1 && k < toks.length && toks[k].start < end; k++) {
    if (!isCueAt(toks, k) || (WEAK_CUES.has(toks[k].text) && toks[k + 1]?.text !== 'that')) continue;
    // "… but said …": a second cue of the same speaker starts a second content.
    if (/^(?:and|but)$/.test(toks[k - 1].text) && k - 1 > first) return toks[k - 2].text === ',' ? toks[k - 2].start : toks[k - 1].start;
    const m = subjectBefore(toks, k, first);
    const b = m ? toks.findIndex((t) => t.start >= m.start) - 1 : -1;
    if (b > first && CLAUSE.clauseBreak.test(toks[b].text)) return toks[b].text === ',' ? toks[b].start : toks[b - 1]?.text === ',' ? toks[b - 1].start : toks[b].start;
  }
  return end;
}

/** Where the reported clause starts: after the cue, its addressee ("told Reuters"), time phrases and ",:". */
export function rightStart(text: string, toks: Token[], i: number, from: number): number {
  let k = toks.findIndex((t) => t.start >= from);
  if (k < 0) return text.length;
  if (ADDRESSEE.has(toks[i].text) && from === toks[i].end) {
    // "told ABC's “Good Morning America” that …": an addressee of any shape ends at an early "that".
    const that = toks.findIndex((t, n) => n > k && n - k <= CLAUSE.addresseeMax && t.text === 'that');
    if (that > 0 && !toks.slice(k, that).some((t) => /^[,.;:]$/.test(t.text) || isCueAt(toks, toks.indexOf(t)))) k = that;
    else if (CLAUSE.objectPronoun.test(toks[k].text)) k++;
    else if (/^\p{Lu}/u.test(toks[k].text)) while (k < toks.length && /^\p{Lu}/u.test(toks[k].text)) k++;
    else if (/^(?:the|a|an|local|state)$/i.test(toks[k].text)) {
      const det = k++;
      if (/^\p{Lu}/u.test(toks[k]?.text ?? '')) while (k < toks.length && /^\p{Lu}/u.test(toks[k].text)) k++;
      else while (k < toks.length && k - det <= 2 && /^\p{Ll}/u.test(toks[k].text) && toks[k].text !== 'that') k++;
    }
  }
  let pos = k < toks.length ? toks[k].start : text.length;
  const skip = text.slice(pos).match(SKIP_AFTER_CUE);
  if (skip) pos += skip[0].length;
  while (/[\s,:]/.test(text[pos] ?? '')) pos++;
  // "said during a town hall in Buffalo, that …", "stating on NBC's “Meet the Press” that …": a late "that".
  const window = text.slice(pos, pos + CLAUSE.lateThat);
  const late = window.match(/^(?!that\b)[^.;:"“”]*?, that\b/) ?? window.match(/^(?:on|in|at|during|before|to)\b[^.;:]*?\bthat\b/);
  if (late) pos += late[0].length - 4;
  return pos;
}

/** A Found for text[start, end) trimmed, or null when too short. */
export function content(text: string, start: number, end: number, c: { cue: string; cueStart: number; mention: Mention }): Found | null {
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  if (words(text.slice(start, end)) < MIN_CONTENT_WORDS) return null;
  const body = text.slice(start, end);
  const quoted = /["“”]|''/.test(body);
  const whole = /^(?:that\s+)?(?:["“]|'')[^"“”]*(?:["”]|'')[.,!?]?$/.test(body);
  return { start, end, mention: c.mention, cue: c.cue, cueStart: c.cueStart, kind: whole ? 'direct' : quoted ? 'mixed' : 'indirect' };
}

/** "X said A, adding that B" → two contents with the same speaker. */
export function splitContinuation(text: string, f: Found): Found[] {
  if (f.start < f.cueStart) return [f];
  const body = text.slice(f.start, f.end);
  CLAUSE.continuation.lastIndex = 0;
  let m = CLAUSE.continuation.exec(body);
  while (m && !CUE_VERBS.has(m[1]) && !STANCE_VERBS.has(m[1])) m = CLAUSE.continuation.exec(body);
  if (!m) return [f];
  const cut = f.start + m.index;
  const cueStart = cut + m[0].length - m[0].trimStart().replace(/^,\s+(?:and\s+)?/, '').length;
  const second = content(text, f.start + m.index + m[0].length, f.end, { cue: text.slice(cueStart, f.start + m.index + m[0].length), cueStart, mention: f.mention as Mention });
  const first = content(text, f.start, cut, { cue: f.cue ?? '', cueStart: f.cueStart, mention: f.mention as Mention });
  return [first, second].filter((x): x is Found => x !== null);
}
