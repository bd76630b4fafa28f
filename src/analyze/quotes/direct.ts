/**
 * Direct quotes: pairs quotation marks (straight and curly, multi-paragraph quotes that reopen each paragraph),
 * then looks for the attribution frame around each quote — `"…," X said`, `"…" said X`, `X said: "…"`,
 * `"A," he said. "B."` (same speaker), and a short "Mr Rubio said." sentence next to a stand-alone quote.
 * Quotes inside reported speech are left to indirect.ts (they become `mixed`). Hand-written: no library does it.
 */
import type { Sentence } from '../../model/analysis.js';
import { tokenize, type Token } from '../tokenize.js';
import { CUE_TRAILERS, CUE_VERBS, WEAK_CUES } from './cues.js';
import { subjectAfter, subjectBefore, type Mention } from './speaker.js';

export interface Found {
  start: number;
  end: number;
  mention: Mention | null;
  cue: string | null;
  cueStart: number;
  kind: 'direct' | 'indirect' | 'mixed';
  /** The quote continues the previous quote's speaker ("A," he said. "B."). */
  inherit?: boolean;
}

const TUNING = {
  /** Tokens allowed in a frame before its cue ("…," Kremlin spokesman Dmitry Peskov told reporters). */
  maxFrameLead: 25,
  /** A short following sentence is a speaker-only sentence ("Mr Rubio said."). */
  maxTagSentence: 10,
  /** Quotes shorter than this many words without a frame are scare quotes, not speech. */
  minStandaloneWords: 4,
  /** How far (chars) a continuation quote may be from the last attributed one. */
  continuationGap: 400,
  /** A quote this close (chars) after a framed one is its second half, however short ("…," he said. "Yes."). */
  splitGap: 40,
  marks: /\n|“|”|''|"/g,
  sentenceBreak: /[.!?]["”']*\s+/,
};

/**
 * Quote spans including their marks. Straight marks ('"' or the typewriter pair "''" some wires use) alternate;
 * a paragraph that reopens with a mark continues a multi-paragraph quote.
 * Example: 'He said "yes" twice' → [{start: 8, end: 13}].
 */
export function quoteSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let straight = '';
  let reopen = -1;
  for (const m of text.matchAll(TUNING.marks)) {
    const [c, i] = [m[0], m.index!];
    if (i === reopen) continue;
    if (c === '\n') {
      if (open < 0) continue;
      const next = text.slice(i).match(/^\n\s*(“|"|'')/);
      if (next && (next[1] === '“' || next[1] === straight)) {
        reopen = i + next[0].length - next[1].length;
        continue;
      }
      out.push({ start: open, end: i });
      open = -1;
    } else if (c === '“') {
      if (open >= 0 && straight) continue;
      if (open >= 0) out.push({ start: open, end: i });
      [open, straight] = [i, ''];
    } else if (c === '”') {
      if (open >= 0 && !straight) out.push({ start: open, end: i + 1 });
      if (!straight) open = -1;
    } else if (open < 0) [open, straight] = [i, c];
    else if (c === straight) {
      out.push({ start: open, end: i + c.length });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out.filter((q) => q.end - q.start > 4);
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Cue + speaker found in a token window: the cue index and its subject (before or after it). */
function frame(toks: Token[], lo: number, hi: number, atEnd: boolean): { cue: number; m: Mention } | null {
  const range = atEnd ? [...Array(hi - lo).keys()].map((k) => hi - 1 - k) : [...Array(hi - lo).keys()].map((k) => lo + k);
  for (const i of range) {
    const w = toks[i].text;
    if (!CUE_VERBS.has(w) || (WEAK_CUES.has(w) && !atEnd)) continue;
    if (!atEnd && i - lo > TUNING.maxFrameLead) return null;
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

/** Direct quotes with their frames. Example: '"We are ready," she said.' → one direct quote, mention "she". */
export function findDirect(text: string, sents: Sentence[]): Found[] {
  const out: Found[] = [];
  const spans = quoteSpans(text);
  const sentOf = (pos: number) => sents.find((s) => s.start <= pos && pos < s.end) ?? { start: pos, end: pos };
  spans.forEach((q, n) => {
    const s0 = sentOf(q.start);
    const s1 = sentOf(Math.max(q.start, q.end - 1));
    const prevEnd = n > 0 && spans[n - 1].end > s0.start ? spans[n - 1].end : s0.start;
    const nextStart = n + 1 < spans.length && spans[n + 1].start < s1.end ? spans[n + 1].start : s1.end;
    const before = tokenize(text, prevEnd, q.start);
    const after = tokenize(text, q.end, nextStart);
    // Sentences the splitter did not cut (it does not know the '' mark) still end at ". ''".
    const lead = text.slice(prevEnd, q.start).split(TUNING.sentenceBreak).pop() ?? '';
    const quoteOnly = words(lead) === 0 || /:\s*$/.test(lead); // "His verdict: “…,” he said.
    const f = frame(after, 0, after.length, false);
    const fb = frame(before, 0, before.length, true);
    const gap = fb ? text.slice(cuePhrase(text, before[fb.cue]).end, q.start) : '';
    const beforeOk = fb && (WEAK_CUES.has(before[fb.cue].text) ? /^\s*[,:]\s*$/ : /^[\s,:—–-]*$/).test(gap);
    const afterOk = f && quoteOnly;
    if (afterOk) out.push(build(text, q, f.m, after[f.cue]));
    else if (beforeOk) out.push(build(text, q, fb.m, before[fb.cue]));
    else if (quoteOnly && (words(text.slice(q.start, q.end)) >= TUNING.minStandaloneWords || q.start - (out[out.length - 1]?.end ?? -1e9) < TUNING.splitGap)) {
      const f = standalone(text, q, sents, s1, out);
      if (f) out.push(f);
    }
  });
  return out;
}

function build(text: string, q: { start: number; end: number }, m: Mention | null, cue: Token | null): Found {
  const c = cue ? cuePhrase(text, cue) : null;
  return { start: q.start, end: q.end, mention: m, cue: c?.text ?? null, cueStart: cue?.start ?? -1, kind: 'direct' };
}

/**
 * A quote that is its own sentence: speaker from a short next sentence, else the previous quote's speaker; with
 * neither it is dropped (on PolNeAR train such quotes were mostly titles, slogans or mis-paired marks).
 */
function standalone(text: string, q: { start: number; end: number }, sents: Sentence[], s1: Sentence, prior: Found[]): Found | null {
  const next = sents.find((s) => s.start >= q.end);
  if (next && /^[\s.]*$/.test(text.slice(q.end, next.start))) {
    const toks = tokenize(text, next.start, next.end);
    if (toks.length <= TUNING.maxTagSentence) {
      const f = frame(toks, 0, toks.length, false);
      if (f) return build(text, q, f.m, toks[f.cue]);
    }
  }
  const last = prior[prior.length - 1];
  if (last && last.mention && q.start - last.end < TUNING.continuationGap && s1.end >= q.end - 2) {
    return { ...build(text, q, last.mention, null), cue: last.cue, inherit: true };
  }
  return null;
}
