/**
 * Sparse TF-IDF vectors over interned terms, with incremental document frequencies. Hand-written: the
 * clusterer sees one article at a time and must never re-vectorise the past, which batch TF-IDF libraries
 * assume. Terms are interned to integer ids once per vocabulary (one for words, one for entities), and a
 * vector is two typed arrays (ids, weights): at a million reports, Map<string, number> vectors cost ~45 bytes
 * an entry and a copy of the term string in every story and member, typed arrays 12 bytes (issue 7).
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

/**
 * A sparse vector over one vocabulary's term ids, in the order its terms came (a document's reading order,
 * a centroid's insertion order): equal weights are ranked by that order downstream, as a Map's were.
 */
export interface Vec { ids: Int32Array; w: Float64Array }

/** Stemmed, stop-word-free term counts. Example: termCounts("Talks resumed; talks stalled") → talk:2, … */
export function termCounts(text: string, into = new Map<string, number>(), weight = 1): Map<string, number> {
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

export interface VocabState { n: number; terms: string[]; df: number[] }

/**
 * Interned terms and their document frequencies, growing with every article seen. It is not bounded: every
 * new word or figure ("1,250", "12:30") stays (see docs/PERFORMANCE.md, clusterer memory).
 * Example: const raw = vocab.add(termCounts(text)); vocab.idf(raw.ids[0])
 */
export class Vocab {
  /** Documents counted. */
  n = 0;
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private df = new Int32Array(256);
  /** Per term: story centroids that hold it (Centroid keeps it up to date for the clusterer's stories). */
  private sf = new Int32Array(256);
  /** Story centroids counted in sf that hold any term. */
  holders = 0;

  get size(): number {
    return this.names.length;
  }

  name(id: number): string {
    return this.names[id];
  }

  /** The id of a term, interning it (document frequency 0) when new. */
  id(term: string): number {
    let id = this.index.get(term);
    if (id !== undefined) return id;
    id = this.names.length;
    // A copy: a term cut from an article by a regex match is a V8 slice that keeps the whole article alive.
    const own = (' ' + term).slice(1);
    this.index.set(own, id);
    this.names.push(own);
    if (id === this.df.length) { this.df = grown(this.df, id * 2); this.sf = grown(this.sf, id * 2); }
    return id;
  }

  /** Counts one document's terms once each; returns its raw counts as a vector in the document's order. */
  add(counts: Map<string, number>): Vec {
    this.n++;
    const ids = new Int32Array(counts.size), w = new Float64Array(counts.size);
    let i = 0;
    for (const [t, c] of counts) {
      const id = this.id(t);
      this.df[id]++;
      ids[i] = id;
      w[i++] = c;
    }
    return { ids, w };
  }

  idf(id: number): number {
    return Math.log((this.n + 1) / (this.df[id] + 1)) + 1;
  }

  /** A story centroid took up (+1) or dropped (-1) a term. */
  hold(id: number, by: 1 | -1): void {
    this.sf[id] += by;
  }

  /**
   * The story-level IDF of a term: log of stories over the stories that hold it, +1 (as idf). A story's own
   * names are in many of its reports (a low document IDF in a big story) but in few stories; boilerplate
   * ("officials said", "emergency services") is in every story of its kind. A term held by fewer than `floor`
   * stories counts as held by `floor` (and as many pseudo-stories are added, so the log stays positive): the
   * share of stories holding a term says nothing while few hold it, so until some term is in `floor` stories
   * every term gets the same factor and the weights are those of document IDF alone (a small corpus, the demo).
   */
  spread(id: number, floor = 0): number {
    return Math.log((this.holders + 1 + floor) / (Math.max(this.sf[id], floor) + 1)) + 1;
  }

  /**
   * Indexes (into ids/w, the first `len`) of the `keep` heaviest entries, heaviest first; equal weights in
   * code-unit order of their terms, so the choice does not depend on arrival order.
   */
  heaviest(ids: Int32Array, w: Float64Array, len: number, keep: number): number[] {
    const names = this.names;
    const before = (a: number, b: number) => w[a] > w[b] || (w[a] === w[b] && names[ids[a]] < names[ids[b]]);
    if (keep * 8 >= len) return Array.from({ length: len }, (_, i) => i).sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, keep);
    // A few of many (the index keys of a centroid): insertion into a short sorted list, not a full sort.
    const top: number[] = [];
    for (let i = 0; i < len; i++) {
      if (top.length === keep && !before(i, top[keep - 1])) continue;
      let j = Math.min(top.length, keep - 1);
      for (; j > 0 && before(i, top[j - 1]); j--) top[j] = top[j - 1];
      top[j] = i;
    }
    return top;
  }

  toJSON(): VocabState {
    return { n: this.n, terms: [...this.names], df: Array.from(this.df.subarray(0, this.size)) };
  }

  static fromJSON(s: VocabState): Vocab {
    const v = new Vocab();
    v.n = s.n;
    s.terms.forEach((t, i) => { v.df[v.id(t)] = s.df[i]; });
    return v;
  }
}

/**
 * Unit-length (1 + log tf)·idf·spread^s vector of the top `keep` terms (spread: story-level IDF, Vocab.spread,
 * with its `floor`; s = 0: off).
 * Example: weigh(vocab.add(counts), vocab).ids.length ≤ 100
 */
export function weigh(raw: Vec, vocab: Vocab, keep = TFIDF.docTerms, s = 0, floor = 0): Vec {
  const n = raw.ids.length, scored = new Float64Array(n);
  for (let i = 0; i < n; i++) scored[i] = (1 + Math.log(raw.w[i])) * vocab.idf(raw.ids[i]);
  const order = n <= keep ? null : vocab.heaviest(raw.ids, scored, n, keep);
  const m = order ? order.length : n, { ids, w } = vec(m);
  let norm = 0;
  for (let i = 0; i < m; i++) {
    const j = order ? order[i] : i;
    ids[i] = raw.ids[j];
    // The spread scales the terms kept, it does not choose them: while document IDFs are young and flat, a
    // small lift to terms no story holds yet would fill the vector with them and crowd out the shared ones.
    w[i] = s ? scored[j] * vocab.spread(ids[i], floor) ** s : scored[j];
    norm += w[i] * w[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < m; i++) w[i] /= norm;
  return { ids, w };
}

/** An empty vector of n entries, both arrays on one buffer (a member keeps two: each buffer costs ~100 bytes). */
export function vec(n: number): Vec {
  const buf = new ArrayBuffer(n * 12);
  return { w: new Float64Array(buf, 0, n), ids: new Int32Array(buf, n * 8, n) };
}

/** A copy of a typed array with room for `size` entries. */
export function grown<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a.subarray(0, Math.min(a.length, size)));
  return b;
}
