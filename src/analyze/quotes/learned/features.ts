/**
 * Features of the two learned steps, as 32-bit hashes written into a caller-owned buffer (the NER tagger's
 * scheme, ner/hash.ts): the cue tagger looks at the word, its neighbours, its cue-table class and whether it
 * stands in a quotation; the source and content pointers have their own (pointers.ts).
 */
import { fmix, hashInt, seed } from '../../ner/hash.js';
import type { QDoc } from './prepare.js';

/** Feature templates, seeded by position: append new ones at the end, never reorder (the weights' keys). */
const T = Object.fromEntries(
  ['bias', 'low', 'shape', 'suf', 'lex', 'lowP1', 'lowN1', 'lowP2', 'lowN2', 'bigP', 'bigN', 'shpP1', 'shpN1',
    'lexP1', 'lexN1', 'quote', 'first', 'hist', 'histLow', 'histLowP1', 'cueKey', 'cl1', 'cl2', 'cl3', 'clP1', 'clN1']
    .map((name, i) => [name, seed(i + 1001)]),
) as Record<string, number>;

export const MAX_FEATS = 32;
const EDGE = { before: 0x5eed0101, after: 0x5eed0102 } as const;
const mix = (t: number, a: number, b = 0, c = 0) => fmix(hashInt(hashInt(hashInt(t, a), b), c));

/** Static cue-tagger features of token i in sentence [a, b); returns the end in out. Example: cueFeatures(d, i, 0, n, buf, 0) */
export function cueFeatures(d: QDoc, i: number, a: number, b: number, out: Uint32Array, at: number): number {
  const low = d.hLower[i];
  const lp1 = i > a ? d.hLower[i - 1] : EDGE.before, ln1 = i + 1 < b ? d.hLower[i + 1] : EDGE.after;
  const lp2 = i > a + 1 ? d.hLower[i - 2] : EDGE.before, ln2 = i + 2 < b ? d.hLower[i + 2] : EDGE.after;
  out[at++] = T.bias;
  out[at++] = mix(T.low, low);
  out[at++] = mix(T.shape, d.hShape[i]);
  out[at++] = mix(T.suf, d.hSuffix[i]);
  out[at++] = mix(T.lex, d.lex[i], d.cap[i]);
  out[at++] = mix(T.lowP1, lp1);
  out[at++] = mix(T.lowN1, ln1);
  out[at++] = mix(T.lowP2, lp2);
  out[at++] = mix(T.lowN2, ln2);
  out[at++] = mix(T.bigP, lp1, low);
  out[at++] = mix(T.bigN, low, ln1);
  out[at++] = mix(T.shpP1, i > a ? d.hShape[i - 1] : EDGE.before, d.hShape[i]);
  out[at++] = mix(T.shpN1, d.hShape[i], i + 1 < b ? d.hShape[i + 1] : EDGE.after);
  out[at++] = mix(T.lexP1, i > a ? d.lex[i - 1] : 9, d.lex[i]);
  out[at++] = mix(T.lexN1, d.lex[i], i + 1 < b ? d.lex[i + 1] : 9);
  out[at++] = mix(T.quote, d.quote[i], low);
  out[at++] = mix(T.first, i === a ? 1 : 0, d.cap[i]);
  const v = d.cls[i];
  out[at++] = mix(T.cl1, v & 0x7f);
  out[at++] = mix(T.cl2, (v >>> 7) & 0x1ff);
  out[at++] = mix(T.cl3, (v >>> 16) & 0x7ff);
  out[at++] = mix(T.clP1, i > a ? (d.cls[i - 1] >>> 7) & 0x1ff : 0x7fff, (v >>> 7) & 0x1ff);
  out[at++] = mix(T.clN1, (v >>> 7) & 0x1ff, i + 1 < b ? (d.cls[i + 1] >>> 7) & 0x1ff : 0x7fff);
  return at;
}

/** The cue tagger's history features (previous tag). */
export function cueHistory(d: QDoc, i: number, a: number, prev: number, out: Uint32Array, at: number): number {
  out[at++] = mix(T.hist, prev);
  out[at++] = mix(T.histLow, prev, d.hLower[i]);
  out[at++] = mix(T.histLowP1, prev, i > a ? d.hLower[i - 1] : EDGE.before);
  return at;
}

/** A cue: its token span, the hash of its words, its strongest cue-table class and that word (else its last). */
export interface Cue { a: number; b: number; key: number; lex: number; head: number }

/** The cue over tokens [a, b). Example: cueOf(doc, 4, 6) for "according to" */
export function cueOf(d: QDoc, a: number, b: number): Cue {
  let key = T.cueKey, lex = 0, head = d.hLower[b - 1];
  for (let i = a; i < b; i++) {
    key = hashInt(key, d.hLower[i]);
    if (d.lex[i] > lex) [lex, head] = [d.lex[i], d.hLower[i]];
  }
  return { a, b, key: fmix(key), lex, head };
}
