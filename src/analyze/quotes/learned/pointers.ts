/**
 * Source and content of one cue as four pointer choices (start and end of each), each an argmax over the
 * candidate tokens of the cue's sentence (content: and the next) plus "none", scored by one ranking perceptron
 * whose features say where a token lies relative to the cue (side, distance, commas, quotation marks and other
 * cues in between) and, for an end, relative to the chosen start. Chosen over token-by-token BIO tagging, which
 * on PolNeAR train broke spans into fragments (greedy history errors), while an argmax always yields one span.
 */
import type { Learner, Scorer } from '../../ner/perceptron.js';
import { fmix, hashInt, seed } from '../../ner/hash.js';
import type { Cue } from './features.js';
import type { QDoc } from './prepare.js';

/** Ranking weights use two classes: class 0 is the score, class 1 its mirror (the perceptron's update shape). */
export const POINTER_CLASSES = 2;
export const HEAD = { contentStart: 0, contentEnd: 1, sourceStart: 2, sourceEnd: 3 } as const;
type Head = (typeof HEAD)[keyof typeof HEAD];
export const NONE = -1;
/** Sentences after the cue's own that its content may reach; longest source in tokens. */
export const WINDOW = { next: 1, source: 14 } as const;
const MAX = 40;

const T = Object.fromEntries(
  ['none', 'dir', 'bucket', 'low', 'shape', 'cue', 'head', 'headBucket', 'commas', 'marks', 'sent', 'cueN1',
    'cueP1', 'quote', 'lex', 'nested', 'lowP1', 'lowN1', 'bigP', 'bigN', 'edge', 'len', 'span', 'cross', 'cap',
    'shpP1', 'shpN1', 'quoteTrans', 'lenHead', 'cls', 'headCls']
    .map((name, i) => [name, seed(i + 2001)]),
) as Record<string, number>;
const EDGE = { before: 0x5eed0201, after: 0x5eed0202 } as const;
const mix = (h: number, t: number, a: number, b = 0, c = 0) => fmix(hashInt(hashInt(hashInt(hashInt(t, h), a), b), c));
const bucket = (x: number) => (x === 0 ? 0 : Math.sign(x) * (Math.abs(x) <= 4 ? Math.abs(x) : Math.abs(x) <= 8 ? 5 : Math.abs(x) <= 16 ? 6 : 7));
const clip = (x: number, m: number) => (x > m ? m : x);
const between = (p: Int32Array, i: number, c: Cue) => (i < c.a ? p[c.a] - p[i + 1] : i >= c.b ? p[i] - p[c.b] : 0);

/** Features of candidate i for head h (start: i = first token; end: i = last token, s = the chosen start). */
function features(d: QDoc, c: Cue, h: Head, i: number, s: number, out: Uint32Array): number {
  let at = 0;
  if (i === NONE) {
    out[at++] = mix(h, T.none, 0);
    out[at++] = mix(h, T.none, c.key);
    out[at++] = mix(h, T.none, c.head, c.lex);
    return at;
  }
  const n = d.toks.length;
  const dist = i < c.a ? i - c.a : i >= c.b ? i - c.b + 1 : 0;
  const dir = Math.sign(dist) + 1;
  const bk = bucket(dist);
  const low = d.hLower[i];
  const lp1 = i > 0 ? d.hLower[i - 1] : EDGE.before, ln1 = i + 1 < n ? d.hLower[i + 1] : EDGE.after;
  const first = d.sentFirst[d.sent[i]] === i ? 1 : 0, last = d.sentFirst[d.sent[i] + 1] === i + 1 ? 1 : 0;
  out[at++] = mix(h, T.dir, dir);
  out[at++] = mix(h, T.bucket, bk);
  out[at++] = mix(h, T.low, dir, low);
  out[at++] = mix(h, T.shape, dir, d.hShape[i]);
  out[at++] = mix(h, T.cue, c.key, dir);
  out[at++] = mix(h, T.head, c.head, bk);
  out[at++] = mix(h, T.headBucket, c.lex, bk);
  out[at++] = mix(h, T.commas, dir, clip(between(d.commas, i, c), 3), clip(Math.abs(bk), 3));
  out[at++] = mix(h, T.marks, dir, clip(between(d.marks, i, c), 3), d.quote[i]);
  out[at++] = mix(h, T.nested, dir, clip(between(d.cues, i, c), 2));
  out[at++] = mix(h, T.sent, d.sent[i] - d.sent[c.a], dir, first * 2 + last);
  out[at++] = mix(h, T.cueN1, dir, c.b < n ? d.hLower[c.b] : EDGE.after);
  out[at++] = mix(h, T.cueP1, dir, c.a > 0 ? d.hLower[c.a - 1] : EDGE.before);
  out[at++] = mix(h, T.lex, dir, d.lex[i], d.cap[i]);
  out[at++] = mix(h, T.lowP1, dir, lp1);
  out[at++] = mix(h, T.lowN1, dir, ln1);
  out[at++] = mix(h, T.bigP, lp1, low);
  out[at++] = mix(h, T.bigN, low, ln1);
  out[at++] = mix(h, T.shpP1, i > 0 ? d.hShape[i - 1] : EDGE.before, d.hShape[i]);
  out[at++] = mix(h, T.shpN1, d.hShape[i], i + 1 < n ? d.hShape[i + 1] : EDGE.after);
  out[at++] = mix(h, T.quoteTrans, i > 0 ? d.quote[i - 1] : 3, d.quote[i], i + 1 < n ? d.quote[i + 1] : 3);
  out[at++] = mix(h, T.cap, d.cap[i], i > 0 ? d.cap[i - 1] : 2, i + 1 < n ? d.cap[i + 1] : 2);
  out[at++] = mix(h, T.cls, dir, (d.cls[i] >>> 7) & 0x1ff);
  out[at++] = mix(h, T.headCls, (d.cls[c.a] >>> 7) & 0x1ff, bk);
  if (s !== NONE) {
    const len = i - s + 1;
    const marks = d.marks[i + 1] - d.marks[s];
    out[at++] = mix(h, T.len, clip(len, 6) + (len > 12 ? 3 : 0) + (len > 25 ? 3 : 0), dir);
    out[at++] = mix(h, T.span, marks & 1, clip(marks, 3), d.sent[i] - d.sent[s]);
    out[at++] = mix(h, T.cross, s < c.a && i >= c.b ? 1 : 0, dir);
    out[at++] = mix(h, T.lenHead, c.head, clip(len, 8));
  }
  return at;
}

const buf = { feats: new Uint32Array(MAX), gold: new Uint32Array(MAX), scores: new Float64Array(POINTER_CLASSES) };

/** Argmax of head h over candidates [lo, hi) and NONE (when allowed); with gold and a learner, a ranking update. */
function choose(d: QDoc, c: Cue, h: Head, lo: number, hi: number, s: number, w: Scorer, none: boolean, gold?: number, learner?: Learner): number {
  let best = NONE, bestScore = -Infinity;
  for (let i = none ? NONE : lo; i < hi; i = i === NONE ? lo : i + 1) {
    if (i >= c.a && i < c.b) continue;
    const n = features(d, c, h, i, s, buf.feats);
    buf.scores.fill(0);
    w.score(buf.feats, 0, n, buf.scores);
    if (buf.scores[0] > bestScore) [best, bestScore] = [i, buf.scores[0]];
  }
  if (learner && gold !== undefined && gold !== best) {
    learner.update(buf.gold, 0, features(d, c, h, gold, s, buf.gold), 0, 1);
    learner.update(buf.feats, 0, features(d, c, h, best, s, buf.feats), 1, 0);
  }
  return best;
}

export type TokSpan = [number, number] | null;
export interface Roles { source: TokSpan; content: TokSpan }

/** Content window [lo, hi): the cue's sentence and the next WINDOW.next. Example: contentWindow(d, cue) */
export function contentWindow(d: QDoc, c: Cue): [number, number] {
  const k = d.sent[c.a];
  return [d.sentFirst[k], d.sentFirst[Math.min(k + 1 + WINDOW.next, d.sentFirst.length - 1)]];
}

/**
 * Source and content spans of a cue ([first, end) token indices); with gold and a learner, trains on it.
 * Example: readRoles(doc, cueOf(doc, 1, 2), model) → {source: [0, 1], content: [2, 9]} for "He said the talks failed."
 */
export function readRoles(d: QDoc, c: Cue, w: Scorer, gold?: Roles, learner?: Learner): Roles {
  const [lo, hi] = contentWindow(d, c);
  const k = d.sent[c.a];
  const [slo, shi] = [d.sentFirst[k], d.sentFirst[k + 1]];
  const pick = (hs: Head, he: Head, a: number, b: number, g: TokSpan | undefined, maxLen: number): TokSpan => {
    const s = choose(d, c, hs, a, b, NONE, w, true, g === undefined ? undefined : g?.[0] ?? NONE, learner);
    const from = g ? g[0] : s; // teacher forcing: the end is learnt from the gold start
    if (from === NONE) return null;
    const e = choose(d, c, he, from, Math.min(b, from + maxLen), from, w, false, g ? g[1] - 1 : undefined, learner);
    return s === NONE ? null : [s, Math.max(s, e) + 1];
  };
  return {
    content: pick(HEAD.contentStart, HEAD.contentEnd, lo, hi, gold ? gold.content : undefined, hi - lo),
    source: pick(HEAD.sourceStart, HEAD.sourceEnd, slo, shi, gold ? gold.source : undefined, WINDOW.source),
  };
}
