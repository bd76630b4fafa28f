/**
 * A story centroid: the running sum of its members' unit vectors, trimmed to its heaviest terms (that is what
 * keeps one comparison to a few hundred multiplies), stored as typed arrays in insertion order. Lookups go
 * through one dense scratch array indexed by term id, shared by all centroids (the clusterer is
 * single-threaded): scatter one side, read the other, clear. Sums run in the same order as the Map-based
 * centroid this replaced, so scores are bit-identical to it.
 */
import { grown, TFIDF, type Vec, type Vocab } from './tfidf.js';

export interface SavedVec { ids: number[]; w: number[] }

/** Position + 1 of a term in the centroid being updated (0: absent). */
let slot = new Int32Array(1024);
/** Weight of a term in the centroid being read (0: absent; weights are positive). */
let dense = new Float64Array(1024);

function scratch(size: number): void {
  if (slot.length < size) slot = new Int32Array(Math.max(size, slot.length * 2));
  if (dense.length < size) dense = new Float64Array(Math.max(size, dense.length * 2));
}

/**
 * Σ a·b over the first aLen entries of a, in their order, b's weights looked up by id (b: its first bLen
 * entries; all ids below `range`). Example: dot(v.ids, v.w, n, u.ids, u.w, m, vocab.size)
 */
export function dot(aIds: Int32Array, aW: Float64Array, aLen: number, bIds: Int32Array, bW: Float64Array, bLen: number, range: number): number {
  scratch(range);
  for (let i = 0; i < bLen; i++) dense[bIds[i]] = bW[i];
  let sum = 0;
  for (let i = 0; i < aLen; i++) sum += aW[i] * dense[aIds[i]];
  for (let i = 0; i < bLen; i++) dense[bIds[i]] = 0;
  return sum;
}

/** Running sum of member vectors, trimmed to its heaviest terms. Example: c.add(v); c.cosine(v) → 1 */
export class Centroid {
  private ids = new Int32Array(0);
  private w = new Float64Array(0);
  size = 0;
  private norm = 0;

  /** `counted`: a story's centroid, whose terms count in the vocabulary's story frequencies (Vocab.spread). */
  constructor(private readonly vocab: Vocab, private readonly keep = TFIDF.centroidTerms, private readonly counted = false) {}

  static load(vocab: Vocab, s: SavedVec, counted = false): Centroid {
    const c = new Centroid(vocab, TFIDF.centroidTerms, counted);
    c.ids = Int32Array.from(s.ids);
    c.w = Float64Array.from(s.w);
    c.size = s.ids.length;
    c.count(1);
    c.renorm();
    return c;
  }

  /** Gives up this centroid's story frequencies (its story merged away or was rebuilt); it must not be used after. */
  release(): void {
    this.count(-1);
    this.size = 0;
  }

  add(v: Vec): void {
    this.addEntries(v.ids, v.w, v.ids.length);
  }

  /** Folds another centroid in (a story merge). */
  merge(o: Centroid): void {
    this.addEntries(o.ids, o.w, o.size);
  }

  /** Cosine with a unit vector. */
  cosine(v: Vec): number {
    return this.norm ? this.dot(v.ids, v.w, v.ids.length) / this.norm : 0;
  }

  /** Cosine of a member's unit vector with this centroid minus that member (leave-one-out). */
  cosineWithout(v: Vec): number {
    const dot = this.dot(v.ids, v.w, v.ids.length);
    const norm2 = this.norm * this.norm - 2 * dot + 1;
    return norm2 > 1e-9 ? (dot - 1) / Math.sqrt(norm2) : 0;
  }

  /** Cosine of two centroids. */
  similarity(o: Centroid): number {
    if (!this.norm || !o.norm) return 0;
    const [small, big] = this.size < o.size ? [this, o] : [o, this];
    return big.dot(small.ids, small.w, small.size) / (this.norm * o.norm);
  }

  /** The heaviest term ids, for the candidate index. */
  topTerms(n: number): number[] {
    if (this.size <= n) return Array.from(this.ids.subarray(0, this.size));
    return this.vocab.heaviest(this.ids, this.w, this.size, n).map((i) => this.ids[i]);
  }

  /** The entries as a vector (a view: valid until the next add). */
  view(): Vec {
    return { ids: this.ids.subarray(0, this.size), w: this.w.subarray(0, this.size) };
  }

  toJSON(): SavedVec {
    return { ids: Array.from(this.ids.subarray(0, this.size)), w: Array.from(this.w.subarray(0, this.size)) };
  }

  /** Σ x·w(t) over the given entries, in their order. */
  private dot(ids: Int32Array, xs: Float64Array, len: number): number {
    return dot(ids, xs, len, this.ids, this.w, this.size, this.vocab.size);
  }

  /** Adds entries in their order: known terms in place, new ones at the end (a Map's set order). */
  private addEntries(ids: Int32Array, xs: Float64Array, len: number): void {
    scratch(this.vocab.size);
    let size = this.size, fresh = 0;
    for (let i = 0; i < size; i++) slot[this.ids[i]] = i + 1;
    for (let i = 0; i < len; i++) if (!slot[ids[i]]) fresh++;
    if (size + fresh > this.ids.length) this.reserve(size + fresh + ((size + fresh) >> 2));
    for (let i = 0; i < len; i++) {
      const p = slot[ids[i]];
      if (p) { this.w[p - 1] += xs[i]; continue; }
      this.ids[size] = ids[i];
      this.w[size] = xs[i];
      slot[ids[i]] = ++size;
    }
    for (let i = 0; i < size; i++) slot[this.ids[i]] = 0;
    if (this.counted) {
      for (let i = this.size; i < size; i++) this.vocab.hold(this.ids[i], 1);
      if (!this.size && size) this.vocab.holders++;
    }
    this.size = size;
    if (size > this.keep * 1.5) this.trim();
    this.renorm();
  }

  private trim(): void {
    const kept = this.vocab.heaviest(this.ids, this.w, this.size, this.keep);
    const ids = new Int32Array(kept.length), w = new Float64Array(kept.length);
    kept.forEach((j, i) => { ids[i] = this.ids[j]; w[i] = this.w[j]; });
    if (this.counted) {
      const stays = new Set(ids);
      for (let i = 0; i < this.size; i++) if (!stays.has(this.ids[i])) this.vocab.hold(this.ids[i], -1);
    }
    [this.ids, this.w, this.size] = [ids, w, kept.length];
  }

  private count(by: 1 | -1): void {
    if (!this.counted || !this.size) return;
    for (let i = 0; i < this.size; i++) this.vocab.hold(this.ids[i], by);
    this.vocab.holders += by;
  }

  private reserve(capacity: number): void {
    this.ids = grown(this.ids, capacity);
    this.w = grown(this.w, capacity);
  }

  private renorm(): void {
    let s = 0;
    for (let i = 0; i < this.size; i++) s += this.w[i] * this.w[i];
    this.norm = Math.sqrt(s);
  }
}
