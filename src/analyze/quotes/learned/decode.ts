/**
 * The cue tagger: BILOU over each sentence, greedy left to right like the NER tagger (ner/perceptron.ts, whose
 * Scorer/Learner interfaces, averaged perceptron and packed weights it shares). Each cue's source and content
 * are then read by pointers.ts; a token may be content of one cue and source of another, so nested
 * attributions ("X said Y wants Z") come out whole.
 */
import type { Learner, Scorer } from '../../ner/perceptron.js';
import { MAX_FEATS, cueFeatures, cueHistory } from './features.js';
import type { QDoc } from './prepare.js';

/** Cue tags: O, B, I, L, U. */
export const CUE_TAGS = 5;
const START = 5;

const scratch = { feats: new Uint32Array(MAX_FEATS), scores: new Float64Array(8) };

const cueAllowed = (t: number, prev: number) => (prev === 1 || prev === 2 ? t === 2 || t === 3 : t === 0 || t === 1 || t === 4);

function best(scores: Float64Array, nt: number, prev: number, allowed: (t: number, p: number) => boolean): number {
  let b = -1;
  for (let t = 0; t < nt; t++) if (allowed(t, prev) && (b < 0 || scores[t] > scores[b])) b = t;
  return b;
}

/**
 * Cue tags for the tokens of sentence k; with gold and a learner, updates on every mistake (training).
 * Example: tagCues(doc, 0, model) → Uint8Array [0, 0, 4, 0] for "He said it."
 */
export function tagCues(d: QDoc, k: number, w: Scorer, gold?: ArrayLike<number>, learner?: Learner): Uint8Array {
  const a = d.sentFirst[k], b = d.sentFirst[k + 1];
  const out = new Uint8Array(b - a);
  const { feats, scores } = scratch;
  let prev = START;
  for (let i = a; i < b; i++) {
    const at = cueHistory(d, i, a, prev, feats, cueFeatures(d, i, a, b, feats, 0));
    scores.fill(0);
    w.score(feats, 0, at, scores);
    const t = best(scores, CUE_TAGS, prev, cueAllowed);
    if (gold && learner && gold[i - a] !== t) learner.update(feats, 0, at, gold[i - a], t);
    out[i - a] = t;
    prev = t;
  }
  return out;
}

/** Cue spans [a, b) (document token indices) from a sentence's tags. Example: cueSpans([0, 4, 0], 10) → [[11, 12]] */
export function cueSpans(tags: ArrayLike<number>, offset: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 4) out.push([offset + i, offset + i + 1]);
    else if (tags[i] === 1) {
      let j = i + 1;
      while (j < tags.length && (tags[j] === 2 || tags[j] === 3)) if (tags[j++] === 3) break;
      out.push([offset + i, offset + j]);
      i = j - 1;
    }
  }
  return out;
}
