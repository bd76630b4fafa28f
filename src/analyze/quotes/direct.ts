/**
 * Direct quotes: pairs quotation marks (straight and curly, multi-paragraph quotes that reopen each paragraph),
 * then looks for the attribution frame around each quote — `"…," X said`, `"…" said X`, `X said: "…"`,
 * `"A," he said. "B."` (same speaker), and a short "Mr Rubio said." sentence next to a stand-alone quote.
 * Quotes inside reported speech are left to indirect.ts (they become `mixed`). Hand-written: no library does it.
 */
import type { Sentence } from '../../model/analysis.js';
import { tokenize } from '../tokenize.js';
import { WEAK_CUES } from './cues.js';
import { content } from './clause.js';
import { build, colonFrame, cuePhrase, frame, standalone } from './frames.js';
import type { Mention } from './subject.js';

export interface Found {
  start: number;
  end: number;
  mention: Mention | null;
  cue: string | null;
  cueStart: number;
  kind: 'direct' | 'indirect' | 'mixed';
  /** The quote continues the previous quote's speaker ("A," he said. "B."). */
  inherit?: boolean;
  /** End of an attribution frame that lies outside the quote's sentence ("Who knows?" Trump told ITV.). */
  frameEnd?: number;
  /** A stand-alone quote with no frame of its own: kept only if it follows another attribution (index.ts). */
  orphan?: boolean;
  /** Set by the learned tagger (learned/): speech or belief by its cue; the rules' finds are speech. */
  act?: 'speech' | 'belief';
}

const TUNING = {
  /** Quotes shorter than this many words without a frame are scare quotes, not speech. */
  minStandaloneWords: 4,
  /** A quote this close (chars) after a framed one is its second half, however short ("…," he said. "Yes."). */
  splitGap: 40,
  marks: /\n|“|”|''|"/g,
  sentenceBreak: /[.!?]["”']*\s+/,
  adding: /^\s*,\s+(?:and\s+)?(adding|saying|noting|arguing|warning|insisting|explaining|claiming|suggesting|stressing)\b\s*/,
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
      // Sloppy copy mixes marks ("… ” or “… "): a curly close also ends a straight-opened quote, and back.
      if (open >= 0 && straight !== "''") out.push({ start: open, end: i + 1 });
      if (straight !== "''") open = -1;
    } else if (open < 0) [open, straight] = [i, c];
    else if (c === straight || (!straight && c === '"')) {
      out.push({ start: open, end: i + c.length });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out.filter((q) => q.end - q.start > 4);
}

/** "…," Twitter said in a statement, adding that it "condemns …": the participle's clause, same speaker. */
function adding(text: string, from: number, to: number, m: Mention): Found | null {
  const cue = text.slice(from, to).match(TUNING.adding);
  if (!cue) return null;
  const c = content(text, from + cue[0].length, to, { cue: cue[1], cueStart: from + cue.index! + cue[0].indexOf(cue[1]), mention: m });
  return c && { ...c, frameEnd: to };
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

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
    // "Cruz continued:" closing the previous paragraph frames a quote that opens the next one.
    const prevSent = sents[sents.indexOf(s0) - 1];
    const colonAbove = prevEnd === s0.start && prevSent && !text.slice(s0.start, q.start).trim() && /:\s*$/.test(text.slice(prevSent.start, prevSent.end));
    const before = tokenize(text, colonAbove ? prevSent.start : prevEnd, q.start);
    const after = tokenize(text, q.end, nextStart);
    // Sentences the splitter did not cut (it does not know the '' mark) still end at ". ''".
    const lead = text.slice(prevEnd, q.start).split(TUNING.sentenceBreak).pop() ?? '';
    const quoteOnly = words(lead) === 0 || /:\s*$/.test(lead); // "His verdict: “…,” he said.
    const f = frame(after, 0, after.length, false, true);
    const fb = frame(before, 0, before.length, true, true);
    // "Said Comey, “…”": with the speaker after an opening cue, the gap to the quote starts after the speaker.
    const gap = fb ? text.slice(Math.max(cuePhrase(text, before[fb.cue]).end, fb.cue === 0 ? fb.m.end : 0), q.start) : '';
    const beforeOk = fb && (WEAK_CUES.has(before[fb.cue].text) ? /^\s*[,:]\s*$/ : /^[\s,:—–-]*$/).test(gap);
    const afterOk = f && quoteOnly;
    const colon = !afterOk && !beforeOk ? colonFrame(text, before) : null;
    if (afterOk) {
      out.push(build(text, q, f.m, after[f.cue]));
      const more = adding(text, cuePhrase(text, after[f.cue]).end, s1.end, f.m); // "…," X said, adding that …
      if (more) out.push(more);
    }
    else if (beforeOk) out.push(build(text, q, fb.m, before[fb.cue]));
    else if (colon) out.push({ ...build(text, q, colon, null), cue: ':' });
    else if (quoteOnly && (words(text.slice(q.start, q.end)) >= TUNING.minStandaloneWords || q.start - (out[out.length - 1]?.end ?? -1e9) < TUNING.splitGap)) {
      out.push(standalone(text, q, sents, s1, out));
    }
  });
  return out;
}
