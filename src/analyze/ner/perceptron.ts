/**
 * Greedy left-to-right tagging with an averaged perceptron over BILOU tags (tags.ts) (Collins 2002; the greedy variant
 * used by fast taggers since it needs one pass and no lattice). One decoder serves training (weights in a Map
 * that grows) and inference (compact hashed weights, weights.ts): both implement Scorer.
 */
import { MAX_FEATS, contextFeatures, historyFeatures, voteFeatures, wordFeatures } from './features.js';
import type { Prepared } from './prepare.js';
import type { DocContext } from './doc.js';
import { NT, allowed } from './tags.js';

/** allowed(t, prev) as a table, prev · NT + t (prev = NT at a sentence start). */
const ALLOWED = Uint8Array.from({ length: (NT + 1) * NT }, (_, k) => (allowed(k % NT, Math.floor(k / NT)) ? 1 : 0));

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
  /**
   * For inference: the summed weights of each token's context features [wordEnds[i], ends[i]) under the model
   * of the pass about to run, NT per token (tagger.ts computes both passes' at once), or null to look them up.
   */
  context: Float64Array | null;
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
  return { feats, wordEnds, ends, prior: null, context: null };
}

/**
 * Tags one prepared sentence; with gold and a learner, updates on every mistake (training).
 * Example: decode(s, ctx, model, localOf(s, ctx)) → Uint8Array [0, 1] for "Mr Rubio"
 */
export function decode(s: Prepared, ctx: DocContext, w: Scorer, local: Local, gold?: ArrayLike<number>, learner?: Learner): Uint8Array {
  const out = new Uint8Array(s.n);
  const { feats, scores } = scratch;
  let p1: number = NT, p2: number = NT; // NT = sentence start
  const fast = local.context && !learner;
  for (let i = 0; i < s.n; i++) {
    const from = i * MAX_FEATS;
    if (fast) {
      // Same sums as below without copying the static features: word (memoised) + context (precomputed) + the
      // features that depend on the previous pass and tags. Integer-valued weights, so the order is immaterial.
      const at = historyFeatures(s, i, p1, p2, feats, voteFeatures(s, ctx, i, local.prior, feats, 0));
      scores.fill(0);
      if (w.scoreWord) w.scoreWord(s.hWord[i], local.feats, from, local.wordEnds[i], scores);
      else w.score(local.feats, from, local.wordEnds[i], scores);
      const c = local.context!;
      for (let t = 0, o = i * NT; t < NT; t++) scores[t] += c[o + t];
      w.score(feats, 0, at, scores);
      const best = argmax(scores, p1);
      out[i] = best;
      p2 = p1;
      p1 = best;
      continue;
    }
    feats.set(local.feats.subarray(from, local.ends[i]));
    let at = voteFeatures(s, ctx, i, local.prior, feats, local.ends[i] - from);
    at = historyFeatures(s, i, p1, p2, feats, at);
    scores.fill(0);
    const wordEnd = local.wordEnds[i] - from;
    if (w.scoreWord && !learner) w.scoreWord(s.hWord[i], feats, 0, wordEnd, scores);
    else w.score(feats, 0, wordEnd, scores);
    w.score(feats, wordEnd, at, scores);
    const best = argmax(scores, p1);
    if (gold && learner && gold[i] !== best) learner.update(feats, 0, at, gold[i], best);
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

/** The first best-scoring tag that may follow prev (0 when none beats O). */
function argmax(scores: Float64Array, prev: number): number {
  let best = 0;
  for (let t = 1, o = prev * NT; t < NT; t++) if (ALLOWED[o + t] && scores[t] > scores[best]) best = t;
  return best;
}
