/**
 * Baseline for the clustering evaluation: batch TF-IDF (IDF over the whole collection, untruncated vectors)
 * and single-link agglomerative clustering at a cosine threshold — connected components of the "cosine ≥ t"
 * graph. Hand-written because it is twenty lines with a union-find; it needs every pair, so it is a yardstick,
 * not something to run on a live stream.
 */
import { termCounts, Vocab, weigh, type Vec } from './tfidf.js';
import { dot } from './centroid.js';

/** Unit TF-IDF vectors over a fixed collection. Example: batchVectors(['a text', 'another']).length → 2 */
export function batchVectors(texts: string[]): Vec[] {
  const vocab = new Vocab();
  const raw = texts.map((t) => vocab.add(termCounts(t)));
  return raw.map((r) => weigh(r, vocab, Infinity));
}

/** All pairwise cosines above `floor`, for re-thresholding without recomputing. */
export function similarPairs(vecs: Vec[], floor = 0): [number, number, number][] {
  const out: [number, number, number][] = [];
  let range = 0;
  for (const v of vecs) for (const t of v.ids) range = Math.max(range, t + 1);
  for (let i = 0; i < vecs.length; i++) {
    for (let j = i + 1; j < vecs.length; j++) {
      const [small, big] = vecs[i].ids.length < vecs[j].ids.length ? [vecs[i], vecs[j]] : [vecs[j], vecs[i]];
      const sim = dot(small.ids, small.w, small.ids.length, big.ids, big.w, big.ids.length, range);
      if (sim >= floor) out.push([i, j, sim]);
    }
  }
  return out;
}

/** Cluster label per document. Example: singleLink(3, [[0, 1, .5]], .4) → [0, 0, 2] */
export function singleLink(n: number, pairs: [number, number, number][], threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [i, j, s] of pairs) {
    if (s < threshold) continue;
    const a = find(i), b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  return parent.map((_, i) => find(i));
}
