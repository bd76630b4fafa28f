/**
 * Sparse TF-IDF vectors with incremental document frequencies, and truncated centroids. Hand-written: the
 * clusterer sees one article at a time and must never re-vectorise the past, which batch TF-IDF libraries
 * assume; and keeping centroids to their top terms is what keeps one comparison to a few dozen multiplies.
 */

export const TFIDF = {
  /** Words, and numbers of 3+ characters (years, counts, scores tell apart two events of the same kind). */
  word: /\p{L}[\p{L}\p{M}\p{N}'’-]*|\d+(?:[.,:-]\d+)*/gu,
  minLength: 3,
  /** Terms kept per article vector and per story centroid (centroids are trimmed when 50% over). */
  docTerms: 100,
  centroidTerms: 200,
  stopwords: new Set(`about above after again against all also and any are around because been before being
    below between both but can could did does doing down during each few for from further had has have having
    her here hers herself him himself his how into its itself just more most much must not now off once only
    other our ours out over own said same says she should some such than that the their theirs them then there
    these they this those through too under until very was were what when where which while who whom why will
    with would you your yours yet may might one two three new year years last first told like get got make made
    according also another still since even many well back including week day today monday tuesday wednesday
    thursday friday saturday sunday people time reported report reports news`.split(/\s+/)),
};

export type Vec = Map<string, number>;

/** Stemmed, stop-word-free term counts. Example: termCounts("Talks resumed; talks stalled") → talk:2, … */
export function termCounts(text: string, into: Vec = new Map(), weight = 1): Vec {
  for (const m of text.toLowerCase().matchAll(TFIDF.word)) {
    const w = stem(m[0].replace(/['’]s?$/, ''));
    if (w.length < TFIDF.minLength || TFIDF.stopwords.has(w)) continue;
    into.set(w, (into.get(w) ?? 0) + weight);
  }
  return into;
}

/** A plural-only stemmer: enough to meet "talks"/"talk", cheap enough for every article. */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Document frequencies that grow with every article seen. Example: df.add(counts.keys()); df.idf('talk') */
export class DocFreq {
  n = 0;
  readonly df = new Map<string, number>();

  add(keys: Iterable<string>): void {
    this.n++;
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  idf(key: string): number {
    return Math.log((this.n + 1) / ((this.df.get(key) ?? 0) + 1)) + 1;
  }

  toJSON(): { n: number; df: [string, number][] } {
    return { n: this.n, df: [...this.df] };
  }

  static fromJSON(s: { n: number; df: [string, number][] }): DocFreq {
    const d = new DocFreq();
    d.n = s.n;
    for (const [k, v] of s.df) d.df.set(k, v);
    return d;
  }
}

/** Unit-length (1 + log tf)·idf vector of the top `keep` terms. Example: weigh(counts, df).size ≤ 48 */
export function weigh(counts: Vec, df: DocFreq, keep = TFIDF.docTerms): Vec {
  const scored: [string, number][] = [];
  for (const [t, c] of counts) scored.push([t, (1 + Math.log(c)) * df.idf(t)]);
  return unit(top(scored, keep));
}

function top(entries: [string, number][], keep: number): [string, number][] {
  return entries.length <= keep ? entries : entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
}

function unit(entries: [string, number][]): Vec {
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return new Map(entries.map(([t, w]) => [t, w / norm]));
}

/** Running sum of member vectors, trimmed to its heaviest terms. Example: c.add(v); c.cosine(v) → 1 */
export class Centroid {
  readonly w: Vec;
  private norm = 0;

  constructor(entries: Iterable<[string, number]> = [], private readonly keep = TFIDF.centroidTerms) {
    this.w = new Map(entries);
    this.renorm();
  }

  add(v: Vec): void {
    for (const [t, x] of v) this.w.set(t, (this.w.get(t) ?? 0) + x);
    this.trim();
  }

  /** Folds another centroid in (a story merge). */
  merge(o: Centroid): void {
    this.add(o.w);
  }

  private trim(): void {
    if (this.w.size > this.keep * 1.5) {
      const kept = top([...this.w], this.keep);
      this.w.clear();
      for (const [t, x] of kept) this.w.set(t, x);
    }
    this.renorm();
  }

  /** Cosine with a unit vector. */
  cosine(v: Vec): number {
    if (!this.norm) return 0;
    let dot = 0;
    for (const [t, x] of v) dot += x * (this.w.get(t) ?? 0);
    return dot / this.norm;
  }

  /** Cosine of a member's unit vector with this centroid minus that member (leave-one-out). */
  cosineWithout(v: Vec): number {
    let dot = 0;
    for (const [t, x] of v) dot += x * (this.w.get(t) ?? 0);
    const norm2 = this.norm * this.norm - 2 * dot + 1;
    return norm2 > 1e-9 ? (dot - 1) / Math.sqrt(norm2) : 0;
  }

  /** Cosine of two centroids. */
  similarity(o: Centroid): number {
    if (!this.norm || !o.norm) return 0;
    const [small, big] = this.w.size < o.w.size ? [this.w, o.w] : [o.w, this.w];
    let dot = 0;
    for (const [t, x] of small) dot += x * (big.get(t) ?? 0);
    return dot / (this.norm * o.norm);
  }

  /** The heaviest terms, for the candidate index. */
  topTerms(n: number): string[] {
    return top([...this.w], n).map(([t]) => t);
  }

  private renorm(): void {
    let s = 0;
    for (const x of this.w.values()) s += x * x;
    this.norm = Math.sqrt(s);
  }
}
