/**
 * Word classes for the tagger, learnt from unlabelled news text (training side only). Each lower-case word
 * seen often enough gets a cluster id at three granularities from spherical k-means over its left/right
 * neighbour counts (a cheap stand-in for Brown clusters, which need far more text and time), plus a
 * capitalisation prior: how often it is capitalised mid-sentence. Written as models/ner/lexicon by pack().
 */
import { hashStr, seed } from './hash.js';

const CL = { minFreq: 3, contextWords: 400, sizes: [64, 256, 1024], iterations: 12, seed: 7 } as const;
export const LEX_SIZES = CL.sizes;
const SEED_LOWER = seed(1002); // must match prepare.ts's lower-case hash

interface Counts { freq: number; capMid: number; mid: number; ctx: Map<number, number> }

/** Collects counts from tokenised sentences. Example: const c = new CorpusCounts(); c.add(['The','talks']) */
export class CorpusCounts {
  words = new Map<string, Counts>();
  add(tokens: string[]): void {
    const lower = tokens.map((t) => t.toLowerCase());
    const caps = !tokens.some((t) => /\p{Ll}/u.test(t));
    lower.forEach((w, i) => {
      let c = this.words.get(w);
      if (!c) this.words.set(w, (c = { freq: 0, capMid: 0, mid: 0, ctx: new Map() }));
      c.freq++;
      if (i > 0 && !caps && /\p{L}/u.test(w)) { c.mid++; if (/^\p{Lu}/u.test(tokens[i])) c.capMid++; }
    });
    const key = (w: string | undefined, side: number) => `${side}${w ?? '<edge>'}`;
    lower.forEach((w, i) => {
      const ctx = this.words.get(w)!.ctx;
      for (const k of [key(lower[i - 1], 0), key(lower[i + 1], 1)]) {
        const h = hashStr(0, k);
        ctx.set(h, (ctx.get(h) ?? 0) + 1);
      }
    });
  }
}

/** Cap-prior bucket 1-5 (0 = never seen mid-sentence). */
function capBucket(c: Counts): number {
  if (c.mid < 2) return 0;
  const r = c.capMid / c.mid;
  return r < 0.05 ? 1 : r < 0.5 ? 2 : r < 0.95 ? 3 : r < 1 ? 4 : 5;
}

/** Clusters the vocabulary; returns hLower keys and packed values (3 cluster ids + cap bucket). */
export function buildLexicon(counts: CorpusCounts): { keys: Uint32Array; values: Uint32Array } {
  const vocab = [...counts.words].filter(([, c]) => c.freq >= CL.minFreq || c.mid >= 2);
  const clustered = vocab.filter(([, c]) => c.freq >= CL.minFreq);
  const vectors = contextVectors(counts, clustered.map(([, c]) => c));
  const ids = CL.sizes.map((k, g) => kmeans(vectors, k, CL.seed + g));
  const clusterOf = new Map(clustered.map(([w], i) => [w, ids.map((a) => a[i] + 1)]));
  const keys = new Uint32Array(vocab.length);
  const values = new Uint32Array(vocab.length);
  vocab.forEach(([w, c], i) => {
    const [a, b, d] = clusterOf.get(w) ?? [0, 0, 0];
    keys[i] = hashStr(SEED_LOWER, w) >>> 0;
    values[i] = a | (b << 7) | (d << 16) | (capBucket(c) << 27);
  });
  return { keys, values };
}

type Sparse = { dims: Int32Array; vals: Float32Array };

function contextVectors(counts: CorpusCounts, words: Counts[]): Sparse[] {
  const total = new Map<number, number>();
  for (const c of counts.words.values()) for (const [h, n] of c.ctx) total.set(h, (total.get(h) ?? 0) + n);
  const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, CL.contextWords);
  const dim = new Map(top.map(([h], i) => [h, i]));
  return words.map((c) => {
    const pairs = [...c.ctx].filter(([h]) => dim.has(h)).map(([h, n]) => [dim.get(h)!, Math.log1p(n)] as const);
    const norm = Math.hypot(...pairs.map((p) => p[1])) || 1;
    return { dims: Int32Array.from(pairs.map((p) => p[0])), vals: Float32Array.from(pairs.map((p) => p[1] / norm)) };
  });
}

/** Spherical k-means (cosine). Example: kmeans(vectors, 64, 1) → cluster index per vector */
function kmeans(xs: Sparse[], k: number, rngSeed: number): Uint16Array {
  const D = CL.contextWords;
  let cent = new Float32Array(D * k); // dim-major: cent[d * k + c]
  let x = rngSeed;
  for (let c = 0; c < k; c++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const v = xs[x % xs.length];
    v.dims.forEach((d, j) => { cent[d * k + c] = v.vals[j]; });
  }
  const assign = new Uint16Array(xs.length);
  const score = new Float32Array(k);
  for (let it = 0; it < CL.iterations; it++) {
    xs.forEach((v, i) => {
      score.fill(0);
      for (let j = 0; j < v.dims.length; j++) {
        const o = v.dims[j] * k, w = v.vals[j];
        for (let c = 0; c < k; c++) score[c] += w * cent[o + c];
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (score[c] > score[best]) best = c;
      assign[i] = best;
    });
    const next = new Float32Array(D * k);
    xs.forEach((v, i) => v.dims.forEach((d, j) => { next[d * k + assign[i]] += v.vals[j]; }));
    for (let c = 0; c < k; c++) {
      let n = 0;
      for (let d = 0; d < D; d++) n += next[d * k + c] ** 2;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < D; d++) next[d * k + c] /= n;
    }
    cent = next;
  }
  return assign;
}
