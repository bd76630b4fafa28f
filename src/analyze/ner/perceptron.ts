/**
 * Greedy left-to-right tagging with an averaged perceptron over BIO tags (Collins 2002; the greedy variant
 * used by fast taggers since it needs one pass and no lattice). One decoder serves training (weights in a Map
 * that grows) and inference (compact hashed weights, weights.ts): both implement Scorer.
 */
import { MAX_FEATS, historyFeatures, localFeatures, voteFeatures } from './features.js';
import type { Prepared } from './prepare.js';
import type { DocContext } from './doc.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NT = TAGS.length;
/** Entity type of tag t (0 PER, 1 ORG, 2 LOC, 3 MISC), -1 for O. */
export const typeOf = (t: number) => (t === 0 ? -1 : (t - 1) >> 1);
const isInside = (t: number) => t > 0 && t % 2 === 0;
/** I-X may only follow B-X or I-X. */
const allowed = (t: number, prev: number) => !isInside(t) || prev === t || prev === t - 1;

export interface Scorer {
  /** Adds the weight rows of feats[from, to) to scores (length NT). */
  score(feats: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

export interface Learner extends Scorer {
  update(feats: Uint32Array, from: number, to: number, gold: number, pred: number): void;
}

const scratch = { feats: new Uint32Array(MAX_FEATS + 16), scores: new Float64Array(NT) };

/** Every token's local features (token i's at [i·MAX_FEATS, ends[i])), computed once for both passes. */
export interface Local {
  feats: Uint32Array;
  ends: Uint32Array;
}

/** Example: localOf(prepare(['Mr','Rubio']), ctx).ends[1] */
export function localOf(s: Prepared, ctx: DocContext): Local {
  const feats = new Uint32Array(s.n * MAX_FEATS);
  const ends = new Uint32Array(s.n);
  for (let i = 0; i < s.n; i++) ends[i] = localFeatures(s, ctx, i, feats, i * MAX_FEATS);
  return { feats, ends };
}

/**
 * Tags one prepared sentence; with gold and a learner, updates on every mistake (training).
 * Example: decode(s, ctx, model, localOf(s, ctx)) → Uint8Array [0, 1] for "Mr Rubio"
 */
export function decode(s: Prepared, ctx: DocContext, w: Scorer, local: Local, gold?: ArrayLike<number>, learner?: Learner): Uint8Array {
  const out = new Uint8Array(s.n);
  const { feats, scores } = scratch;
  let p1: number = NT, p2: number = NT; // NT = sentence start
  for (let i = 0; i < s.n; i++) {
    const from = i * MAX_FEATS;
    feats.set(local.feats.subarray(from, local.ends[i]));
    let at = voteFeatures(s, ctx, i, feats, local.ends[i] - from);
    at = historyFeatures(s, i, p1, p2, feats, at);
    scores.fill(0);
    w.score(feats, 0, at, scores);
    let best = 0;
    for (let t = 1; t < NT; t++) if (allowed(t, p1) && scores[t] > scores[best]) best = t;
    if (gold && learner && gold[i] !== best) learner.update(feats, 0, at, gold[i], best);
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

/** Entity spans [start, end) token indices with type index from a tag sequence. Example: spans([1,2,0]) → [[0,2,0]] */
export function spans(tags: ArrayLike<number>): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 0) continue;
    const type = typeOf(tags[i]);
    let j = i + 1;
    while (j < tags.length && isInside(tags[j]) && typeOf(tags[j]) === type) j++;
    out.push([i, j, type]);
    i = j - 1;
  }
  return out;
}
