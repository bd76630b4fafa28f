/**
 * Greedy left-to-right tagging with an averaged perceptron over BILOU tags (tags.ts) (Collins 2002; the greedy variant
 * used by fast taggers since it needs one pass and no lattice). One decoder serves training (weights in a Map
 * that grows) and inference (compact hashed weights, weights.ts): both implement Scorer.
 */
import { MAX_FEATS, contextFeatures, historyFeatures, voteFeatures, wordFeatures } from './features.js';
import type { Prepared } from './prepare.js';
import type { DocContext } from './doc.js';
import { NT, allowed } from './tags.js';

export { NT, TAGS, spans, typeOf } from './tags.js';

export interface Scorer {
  /** Adds the weight rows of feats[from, to) to scores (length NT). */
  score(feats: Uint32Array, from: number, to: number, scores: Float64Array): void;
  /** Like score, for the word-only features of the word with hash key, which the scorer may memoise. */
  scoreWord?(key: number, feats: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

export interface Learner extends Scorer {
  update(feats: Uint32Array, from: number, to: number, gold: number, pred: number): void;
}

const scratch = { feats: new Uint32Array(MAX_FEATS + 16), scores: new Float64Array(NT) };

/**
 * Every token's local features, computed once for both passes: token i's at [i·MAX_FEATS, ends[i]), of which
 * [i·MAX_FEATS, wordEnds[i]) depend on the word alone.
 */
export interface Local {
  feats: Uint32Array;
  wordEnds: Uint32Array;
  ends: Uint32Array;
  /** The first pass's tags, once it has run (second-pass features). */
  prior: Uint8Array | null;
}

/** Example: localOf(prepare(['Mr','Rubio']), ctx).ends[1] */
export function localOf(s: Prepared, ctx: DocContext): Local {
  const feats = new Uint32Array(s.n * MAX_FEATS);
  const ends = new Uint32Array(s.n);
  const wordEnds = new Uint32Array(s.n);
  for (let i = 0; i < s.n; i++) {
    wordEnds[i] = wordFeatures(s, i, feats, i * MAX_FEATS);
    ends[i] = contextFeatures(s, ctx, i, feats, wordEnds[i]);
  }
  return { feats, wordEnds, ends, prior: null };
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
    let at = voteFeatures(s, ctx, i, local.prior, feats, local.ends[i] - from);
    at = historyFeatures(s, i, p1, p2, feats, at);
    scores.fill(0);
    const wordEnd = local.wordEnds[i] - from;
    if (w.scoreWord && !learner) w.scoreWord(s.hWord[i], feats, 0, wordEnd, scores);
    else w.score(feats, 0, wordEnd, scores);
    w.score(feats, wordEnd, at, scores);
    let best = 0;
    for (let t = 1; t < NT; t++) if (allowed(t, p1) && scores[t] > scores[best]) best = t;
    if (gold && learner && gold[i] !== best) learner.update(feats, 0, at, gold[i], best);
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}
