/**
 * Story splitting: a one-pass clusterer cannot undo a wrong join, and once a story holds two events of the
 * same kind (two heavyweight fights, two rehab check-ins) its centroid attracts reports of both. So small
 * stories keep their members' vectors, and now and then a 2-means split is tried; when members are much
 * closer to their own half than to the other, the story is cut in two. Hand-written: 2-means over at most a few dozen sparse
 * vectors is twenty lines.
 */
import { Centroid } from './centroid.js';
import type { Vec, Vocab } from './tfidf.js';
import type { Cues } from './cues.js';

export const SPLIT = {
  iterations: 6,
  /** Each half must hold at least this many articles. */
  minHalf: 2,
};

export interface Member { id: string; day: number | null; v: Vec; e: Vec; cues: Cues }

export interface Weights { textWeight: number; entityWeight: number }

/** The vocabularies member vectors are over: words and entities. */
export interface Vocabs { terms: Vocab; entities: Vocab }

/**
 * Text and entity centroids of members (`counted`: a story's own, counted in story frequencies).
 * Example: centroids(ms, vocabs)[0].cosine(ms[0].v)
 */
export function centroids(members: Member[], vocabs: Vocabs, counted = false): [Centroid, Centroid] {
  const t = new Centroid(vocabs.terms, undefined, counted), e = new Centroid(vocabs.entities, undefined, counted);
  for (const m of members) { t.add(m.v); e.add(m.e); }
  return [t, e];
}

function toMember(c: [Centroid, Centroid], m: Member, w: Weights, without = false): number {
  const text = without ? c[0].cosineWithout(m.v) : c[0].cosine(m.v);
  if (!m.e.ids.length || !c[1].size) return text;
  return w.textWeight * text + w.entityWeight * (without ? c[1].cosineWithout(m.e) : c[1].cosine(m.e));
}

/** Weighted similarity of two stories' centroids. Example: between(a, b, CLUSTER) → 0.42 */
export function between(a: [Centroid, Centroid], b: [Centroid, Centroid], w: Weights): number {
  const text = a[0].similarity(b[0]);
  return !a[1].size || !b[1].size ? text : w.textWeight * text + w.entityWeight * a[1].similarity(b[1]);
}

/**
 * The best 2-way split of a story's members and its separation — the mean, over members, of similarity to
 * their own half (leaving themselves out) minus similarity to the other half: near 0 for an arbitrary cut
 * of one event, 0.3 for two events. Null when a half would be too small. Seeds: the member least like the
 * whole, then the member least like that one. Example: twoMeans(members, CLUSTER, vocabs)?.separation → 0.31
 */
export function twoMeans(members: Member[], w: Weights, vocabs: Vocabs): { halves: [Member[], Member[]]; separation: number } | null {
  if (members.length < 2 * SPLIT.minHalf) return null;
  const whole = centroids(members, vocabs);
  const a = argmin(members, (m) => toMember(whole, m, w));
  const b = argmin(members, (m) => toMember(centroids([a], vocabs), m, w));
  let cs: [Centroid, Centroid][] = [centroids([a], vocabs), centroids([b], vocabs)];
  let halves: [Member[], Member[]] = [[], []];
  for (let i = 0; i < SPLIT.iterations; i++) {
    const next: [Member[], Member[]] = [[], []];
    for (const m of members) next[toMember(cs[0], m, w) >= toMember(cs[1], m, w) ? 0 : 1].push(m);
    if (next[0].length === halves[0].length && next[0].every((m, j) => m === halves[0][j])) break;
    halves = next;
    cs = [centroids(halves[0], vocabs), centroids(halves[1], vocabs)];
  }
  if (Math.min(halves[0].length, halves[1].length) < SPLIT.minHalf) return null;
  let separation = 0;
  for (const i of [0, 1]) for (const m of halves[i]) separation += toMember(cs[i], m, w, true) - toMember(cs[1 - i], m, w);
  return { halves, separation: separation / members.length };
}

function argmin<T>(xs: T[], f: (x: T) => number): T {
  let best = xs[0], score = Infinity;
  for (const x of xs) { const s = f(x); if (s < score) { best = x; score = s; } }
  return best;
}
