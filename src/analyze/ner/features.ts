/**
 * Feature extraction for the NER perceptron: the classic CoNLL-2003 feature set (word, affixes, shape,
 * ±2 context, gazetteers) plus document-level case and first-pass votes. Each feature is a 32-bit hash written
 * into a caller-owned buffer; the tag-history features are added by the decoder (perceptron.ts).
 */
import { fmix, hashInt, hashStr, seed } from './hash.js';
import type { Prepared } from './prepare.js';
import type { DocContext } from './doc.js';
import { CUE, CUE_BITS } from './cues.js';

const CUE_LOC = CUE.locPrep | CUE.locDir | CUE.locHead | CUE.locPoss | CUE.locBased | CUE.demStem | CUE.capital;
const CUE_ORG = CUE.orgHead | CUE.orgAppos | CUE.orgPoss;
const CUE_PER = CUE.perTitle | CUE.perAge;

/** Feature templates, seeded by position: append new ones at the end, never reorder (the weights' keys). */
const T = Object.fromEntries(
  ['bias', 'lower', 'word', 'shape', 'pre', 'suf', 'lowP1', 'lowN1', 'lowP2', 'lowN2', 'shpP1', 'shpN1',
    'bigP', 'bigN', 'shp3', 'first', 'caps', 'gaz', 'gazP', 'gazN', 'docCase', 'docTitle', 'lowP1Shp',
    'shpLowN1', 'vote', 'voteTop', 'hist1', 'hist2', 'histWord', 'histShape', 'len', 'runLen', 'runFirst',
    'runLast', 'runPrev', 'runNext', 'histGaz', 'firstLow', 'cl1', 'cl2', 'cl3', 'clP', 'clN', 'capPrior',
    'clBig', 'voteNext', 'votePrev', 'cue', 'docCue', 'cueRun', 'lgaz', 'lgazP', 'lgazN', 'lgazSet']
    .map((name, i) => [name, seed(i + 1)]),
) as Record<string, number>;

const FEAT = { affixMax: 4, voteMin: 1 } as const;
const EDGE = { before: 0x5eed0001, after: 0x5eed0002 } as const;
/** Upper bound on static features per token, for sizing buffers. */
export const MAX_FEATS = 128;

const mix = (t: number, a: number, b = 0, c = 0) => fmix(hashInt(hashInt(hashInt(t, a), b), c));

/**
 * Features of the word alone (same for every occurrence of it), written first so a scorer can cache their
 * summed weights per word. Example: wordFeatures(s, 0, buf, 0)
 */
export function wordFeatures(s: Prepared, i: number, out: Uint32Array, at: number): number {
  const low = s.lower[i];
  const v = s.lex[i];
  out[at++] = T.bias;
  out[at++] = mix(T.lower, s.hLower[i]);
  out[at++] = mix(T.word, s.hWord[i]);
  out[at++] = mix(T.shape, s.hShape[i]);
  for (let k = 1; k <= FEAT.affixMax && k < low.length; k++) {
    out[at++] = fmix(hashStr(hashInt(T.pre, k), low, 0, k));
    out[at++] = fmix(hashStr(hashInt(T.suf, k), low, low.length - k));
  }
  out[at++] = mix(T.len, Math.min(low.length, 8), s.cap[i] ? 1 : 0);
  out[at++] = mix(T.cl1, v & 0x7f);
  out[at++] = mix(T.cl2, (v >>> 7) & 0x1ff);
  out[at++] = mix(T.cl3, (v >>> 16) & 0x7ff);
  return at;
}

/** The context features that do not depend on a previous pass; they follow wordFeatures' in out. */
export function contextFeatures(s: Prepared, ctx: DocContext, i: number, out: Uint32Array, at: number): number {
  const hl = s.hLower, hs = s.hShape;
  const lp1 = i > 0 ? hl[i - 1] : EDGE.before, ln1 = i + 1 < s.n ? hl[i + 1] : EDGE.after;
  const lp2 = i > 1 ? hl[i - 2] : EDGE.before, ln2 = i + 2 < s.n ? hl[i + 2] : EDGE.after;
  const sp1 = i > 0 ? hs[i - 1] : EDGE.before, sn1 = i + 1 < s.n ? hs[i + 1] : EDGE.after;
  out[at++] = mix(T.lowP1, lp1);
  out[at++] = mix(T.lowN1, ln1);
  out[at++] = mix(T.lowP2, lp2);
  out[at++] = mix(T.lowN2, ln2);
  out[at++] = mix(T.shpP1, sp1);
  out[at++] = mix(T.shpN1, sn1);
  out[at++] = mix(T.bigP, lp1, hl[i]);
  out[at++] = mix(T.bigN, hl[i], ln1);
  out[at++] = mix(T.shp3, sp1, hs[i], sn1);
  out[at++] = mix(T.lowP1Shp, lp1, hs[i]);
  out[at++] = mix(T.shpLowN1, hs[i], ln1);
  if (i === 0) out[at++] = mix(T.first, hs[i]);
  if (i === 0) out[at++] = mix(T.firstLow, hl[i]);
  if (s.cap[i] && !s.allCaps) at = runFeatures(s, i, out, at);
  if (s.allCaps) out[at++] = mix(T.caps, hs[i]);
  at = gazFeatures(T.gaz, s.gaz[i], out, at);
  if (i > 0) at = gazFeatures(T.gazP, s.gaz[i - 1], out, at);
  if (i + 1 < s.n) at = gazFeatures(T.gazN, s.gaz[i + 1], out, at);
  at = largeFeatures(s, i, out, at);
  at = lexFeatures(s, i, out, at);
  at = cueFeatures(s, ctx, i, out, at);
  return docFeatures(s, ctx, i, out, at);
}

/**
 * Large-gazetteer matches (gazetteer-large.ts): kind × BILU position for the token, the same for its
 * neighbours, and the set of kinds covering it ("Jordan": first name, surname and city at once).
 */
function largeFeatures(s: Prepared, i: number, out: Uint32Array, at: number): number {
  const code = s.large[i];
  at = largeKinds(T.lgaz, code, out, at);
  if (i > 0) at = largeKinds(T.lgazP, s.large[i - 1], out, at);
  if (i + 1 < s.n) at = largeKinds(T.lgazN, s.large[i + 1], out, at);
  if (code) out[at++] = mix(T.lgazSet, kindSet(code));
  return at;
}

/** Bit k set when kind k covers the token. */
function kindSet(code: number): number {
  let set = 0;
  for (let k = 0; code; k++, code >>>= 3) if (code & 7) set |= 1 << k;
  return set;
}

function largeKinds(t: number, code: number, out: Uint32Array, at: number): number {
  for (let k = 0; code; k++, code >>>= 3) if (code & 7) out[at++] = mix(t, k, code & 7);
  return at;
}

/** Word classes of the neighbours and the token's corpus capitalisation prior in context (lexicon.ts). */
function lexFeatures(s: Prepared, i: number, out: Uint32Array, at: number): number {
  const v = s.lex[i];
  const ambiguous = i === 0 || s.allCaps ? 1 : 0;
  out[at++] = mix(T.capPrior, v >>> 27, ambiguous, s.cap[i] ? 1 : 0);
  out[at++] = mix(T.clP, i > 0 ? (s.lex[i - 1] >>> 7) & 0x1ff : 0x3ff);
  out[at++] = mix(T.clN, i + 1 < s.n ? (s.lex[i + 1] >>> 7) & 0x1ff : 0x3ff);
  out[at++] = mix(T.clBig, i > 0 ? (s.lex[i - 1] >>> 7) & 0x1ff : 0x3ff, (v >>> 7) & 0x1ff);
  return at;
}

/** Features of the capitalised run the token sits in: "European Central Bank", "Andriy Yermak". */
function runFeatures(s: Prepared, i: number, out: Uint32Array, at: number): number {
  let a = i, b = i + 1;
  while (a > 0 && s.cap[a - 1]) a--;
  while (b < s.n && s.cap[b]) b++;
  const hl = s.hLower;
  out[at++] = mix(T.runLen, Math.min(b - a, 5), i - a);
  out[at++] = mix(T.runFirst, hl[a], i === a ? 1 : 0);
  out[at++] = mix(T.runLast, hl[b - 1], i === b - 1 ? 1 : 0);
  out[at++] = mix(T.runPrev, a > 0 ? hl[a - 1] : EDGE.before);
  out[at++] = mix(T.runNext, b < s.n ? hl[b] : EDGE.after);
  return at;
}

function gazFeatures(t: number, code: number, out: Uint32Array, at: number): number {
  for (let b = 0; code >> b; b++) if (code & (1 << b)) out[at++] = mix(t, b);
  return at;
}

/** The token's own context cues and those pooled over the document for its word (cues.ts). */
function cueFeatures(s: Prepared, ctx: DocContext, i: number, out: Uint32Array, at: number): number {
  const own = s.cue[i];
  const doc = ctx.cues.get(s.cueKey[i]) ?? 0;
  for (let b = 0; b < CUE_BITS; b++) {
    if (own & (1 << b)) out[at++] = mix(T.cue, b);
    if (doc & (1 << b)) out[at++] = mix(T.docCue, b, own & (1 << b) ? 1 : 0);
  }
  if (doc) out[at++] = mix(T.cueRun, doc & CUE_LOC ? 1 : 0, doc & CUE_ORG ? 1 : 0, doc & CUE_PER ? 1 : 0);
  return at;
}

function docFeatures(s: Prepared, ctx: DocContext, i: number, out: Uint32Array, at: number): number {
  const f = ctx.flags.get(s.hDoc[i]) ?? 0;
  const ambiguous = i === 0 || s.allCaps ? 1 : 0;
  out[at++] = mix(T.docCase, f & 3, ambiguous, s.cap[i] ? 1 : 0);
  if (f & 4) out[at++] = mix(T.docTitle, 1);
  return at;
}

/** Most-voted type (0-3) of a word in the first pass, 4 when it was never inside an entity. */
function topVote(ctx: DocContext, h: number): number {
  const v = ctx.votes.get(h);
  if (!v) return 4;
  let best = 0;
  for (let k = 1; k < 4; k++) if (v[k] > v[best]) best = k;
  return best;
}

/**
 * Second-pass features: the first pass's votes, across the document, for the token's word and its neighbours'
 * words. Nothing when prior (the first pass's tags, set between passes) is null, i.e. in the first pass.
 */
export function voteFeatures(s: Prepared, ctx: DocContext, i: number, prior: Uint8Array | null, out: Uint32Array, at: number): number {
  if (!prior) return at;
  const ambiguous = i === 0 || s.allCaps ? 1 : 0;
  const v = ctx.votes.get(s.hDoc[i]);
  if (v) for (let k = 0; k < 4; k++) if (v[k] >= FEAT.voteMin) out[at++] = mix(T.vote, k);
  out[at++] = mix(T.voteTop, topVote(ctx, s.hDoc[i]), ambiguous);
  out[at++] = mix(T.voteNext, i + 1 < s.n ? topVote(ctx, s.hDoc[i + 1]) : 5);
  out[at++] = mix(T.votePrev, i > 0 ? topVote(ctx, s.hDoc[i - 1]) : 5);
  return at;
}

/** Tag-history features for token i given the two previous tags. Example: historyFeatures(s, i, 1, 0, buf, n) */
export function historyFeatures(s: Prepared, i: number, p1: number, p2: number, out: Uint32Array, at: number): number {
  out[at++] = mix(T.hist1, p1);
  out[at++] = mix(T.hist2, p1, p2);
  out[at++] = mix(T.histWord, p1, s.hLower[i]);
  out[at++] = mix(T.histShape, p1, s.hShape[i]);
  out[at++] = mix(T.histGaz, p1, s.gaz[i]);
  return at;
}
