/**
 * Attribution frames around a direct quote: the cue and speaker in the text next to it (`"…," X said`,
 * `X said: "…"`, `Philip Bump: "…"`), in a short next sentence ("Mr Rubio said."), or inherited from the
 * previous quote. Hand-written rules: no maintained library attributes quotes.
 */
import type { Sentence } from '../../model/analysis.js';
import { tokenize, type Token } from '../tokenize.js';
import { CAPS_STOP, CUE_TRAILERS, isCueAt, WEAK_CUES } from './cues.js';
import type { Found } from './direct.js';
import { subjectAfter, subjectBefore, type Mention } from './subject.js';

const FRAME = {
  /** Tokens allowed in a frame before its cue ("…," Kremlin spokesman Dmitry Peskov told reporters). */
  maxFrameLead: 25,
  /** A short following sentence is a speaker-only sentence ("Mr Rubio said."). */
  maxTagSentence: 10,
  /** After a quote ending in "?" or "!" the splitter cuts before the frame; its cue comes this early. */
  maxSplitLead: 4,
  /** How far (chars) a continuation quote may be from the last attributed one. */
  continuationGap: 400,
  /** Longest name before a bare colon ("Pew Research: “…”"). */
  maxColonName: 4,
};

/** Cue + speaker found in a token window: the cue index and its subject (before or after it). */
export function frame(toks: Token[], lo: number, hi: number, atEnd: boolean, weak = false): { cue: number; m: Mention } | null {
  const range = atEnd ? [...Array(hi - lo).keys()].map((k) => hi - 1 - k) : [...Array(hi - lo).keys()].map((k) => lo + k);
  for (const i of range) {
    const w = toks[i].text;
    if (!isCueAt(toks, i) || (WEAK_CUES.has(w) && !weak)) continue;
    if (!atEnd && i - lo > FRAME.maxFrameLead) return null;
    const m = subjectBefore(toks, i, lo) ?? (i === lo || toks[i - 1].text === ',' ? subjectAfter(toks, i, hi) : null);
    if (m) return { cue: i, m };
  }
  return null;
}

/** Cue text: the verb plus a speech-act trailer ("wrote on Telegram", "said in a statement"). */
export function cuePhrase(text: string, tok: Token): { text: string; end: number } {
  const rest = text.slice(tok.end + 1, tok.end + 80);
  for (const re of CUE_TRAILERS) {
    const m = rest.match(re);
    if (m && text[tok.end] === ' ') return { text: `${tok.text} ${m[0]}`, end: tok.end + 1 + m[0].length };
  }
  return { text: tok.text, end: tok.end };
}

/** "Philip Bump: “…”", "From the report: “…”": a name (or "the report") and a bare colon before the quote. */
export function colonFrame(text: string, before: Token[]): Mention | null {
  let n = before.length;
  if (n < 2 || before[n - 1].text !== ':') return null;
  if (before[n - 2].text === ')') { // "Rep. Trey Gowdy (R-S.C.):"
    const open = before.findLastIndex((t) => t.text === '(');
    if (open < 1) return null;
    n = open + 1;
  }
  let k = n - 2;
  if (/^(?:report|statement|study|memo|letter|ruling|complaint)$/.test(before[k].text) && before[k - 1]?.text.toLowerCase() === 'the') k--;
  else while (k > 0 && n - 1 - k < FRAME.maxColonName && /^\p{Lu}/u.test(before[k - 1].text) && !CAPS_STOP.has(before[k - 1].text)) k--;
  if (!/^(?:\p{Lu}|the$)/u.test(before[k].text) || CAPS_STOP.has(before[k].text)) return null;
  const prev = before[k - 1]?.text ?? '';
  return k === 0 || /^(?:[—–.-]|From|from)$/.test(prev) ? { start: before[k].start, end: before[n - 2].end } : null;
}

export function build(text: string, q: { start: number; end: number }, m: Mention | null, cue: Token | null): Found {
  const c = cue ? cuePhrase(text, cue) : null;
  return { start: q.start, end: q.end, mention: m, cue: c?.text ?? null, cueStart: cue?.start ?? -1, kind: 'direct' };
}

/**
 * A quote that is its own sentence: speaker from a short next sentence, else the previous quote's speaker; with
 * neither it is an orphan, which index.ts keeps only right after another attribution (on PolNeAR train the
 * other orphans were mostly titles, slogans or mis-paired marks).
 */
export function standalone(text: string, q: { start: number; end: number }, sents: Sentence[], s1: Sentence, prior: Found[]): Found {
  const next = sents.find((s) => s.start >= q.end);
  if (next && /^[\s.]*$/.test(text.slice(q.end, next.start))) {
    const toks = tokenize(text, next.start, next.end);
    const asked = /[?!]["”']*$/.test(text.slice(q.start, q.end));
    if (toks.length <= FRAME.maxTagSentence || asked) {
      const f = frame(toks, 0, toks.length, false);
      if (f && (toks.length <= FRAME.maxTagSentence || f.cue <= FRAME.maxSplitLead)) return { ...build(text, q, f.m, toks[f.cue]), frameEnd: next.end };
    }
  }
  const last = prior.filter((f) => !f.orphan).pop();
  if (last && last.mention && q.start - last.end < FRAME.continuationGap && s1.end >= q.end - 2) {
    return { ...build(text, q, last.mention, null), cue: last.cue, inherit: true };
  }
  return { ...build(text, q, null, null), orphan: true };
}
