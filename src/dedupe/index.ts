/**
 * Near-duplicate index: tells whether a new article is an exact repeat, a copy (syndicated wire text under
 * another headline or footer), a rewrite (an outlet's version with its own paragraphs) or an original.
 * Exact repeats by a hash of the word sequence; the rest by MinHash + LSH candidates, verified on the exact
 * shingle sets of the most recent articles (older ones by the signature estimate). Hand-written for the
 * reasons in minhash.ts; the state is the signatures, so a store can persist and rebuild it.
 */
import type { DupKind, DupLink } from '../model/story.js';
import { intersectionAtLeast, sequenceKey, shinglesOf, wordHashes } from './shingles.js';
import { MINHASH, bandKeys, estimate, fromBase64, minhash, toBase64 } from './minhash.js';
import { BandTable } from './bands.js';

export { signature, estimate, minhash, MINHASH } from './minhash.js';
export { shingles, jaccard } from './shingles.js';

export const DUP = {
  /** Jaccard of 5-word shingles from which a text counts as a copy of an earlier one. */
  copy: 0.8,
  /** ... as a rewrite; or when this share of the shorter text's shingles is shared (containment). */
  rewrite: 0.3,
  rewriteContainment: 0.5,
  /** Texts with fewer shingles than this are only ever exact duplicates (a caption is not a rewrite). */
  minShingles: 15,
  /** Exact shingle sets kept for verification (the most recent ones; older pairs use the estimate). */
  keepShingles: 50_000,
  /** Band-collision candidates verified per new article, most collisions first. */
  maxCandidates: 64,
  /**
   * Near duplicates are looked for among this many most recent articles (about two days of a large news
   * crawl); exact repeats among all. Bounds memory: the signatures and band buckets of older articles are let go.
   */
  window: 200_000,
};

const NO_SIG = new Uint32Array(0);
const KINDS: DupKind[] = ['original', 'exact', 'copy', 'rewrite'];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]));

interface Entry { link: DupLink; sig: Uint32Array; size: number; key: string }

/** Serialisable state: one row per article, signatures in base64. */
export interface DupIndexState {
  version: 1;
  docs: { id: string; kind: DupKind; of: string | null; similarity: number; sig: string; size: number; key: string }[];
}

/**
 * Every article stays indexed (its id, link, size and sequence key: exact repeats are found among all), so
 * what it costs is kept in columns, not an object per article (issue 7: two objects and a boxed similarity,
 * ~130 bytes an article, ~130 MB at 1M reports); signatures only for the window, in a ring.
 */
export class DupIndex {
  private n = 0;
  private ids: string[] = [];
  private ofs: (string | null)[] = [];
  private keys: string[] = [];
  private kinds = new Uint8Array(1024);
  private sims = new Float64Array(1024);
  private sizes = new Int32Array(1024);
  /** Signature of article d at d % DUP.window while d is inside the window. */
  private sigs: Uint32Array[] = [];
  private byId = new Map<string, number>();
  private byKey = new Map<string, number>();
  private buckets: BandTable | null = null;
  /** Articles added to the band table since it was (re)built. */
  private banded = 0;
  private recent = new Map<number, Uint32Array>();

  /** Classifies and indexes an article. Example: idx.add('a2', text) → {kind:'copy', of:'a1', similarity:.93} */
  add(id: string, text: string): DupLink {
    const known = this.byId.get(id);
    if (known !== undefined) return this.link(known);
    const words = wordHashes(text);
    const set = shinglesOf(words);
    const sig = minhash(set);
    const key = sequenceKey(words);
    const link = this.classify(id, set, sig, key);
    this.insert({ link, sig, size: set.length, key }, set);
    return link;
  }

  /** The link recorded for an article, if indexed. Example: idx.get('a2')?.kind → 'copy' */
  get(id: string): DupLink | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.link(i);
  }

  get size(): number { return this.n; }

  private link(d: number): DupLink {
    return { articleId: this.ids[d], kind: KINDS[this.kinds[d]], of: this.ofs[d], similarity: this.sims[d] };
  }

  /** The article a copy chain leads back to: copies of copies point at the first original. */
  private root(d: number): string {
    const kind = KINDS[this.kinds[d]];
    return (kind === 'exact' || kind === 'copy') && this.ofs[d] ? this.ofs[d]! : this.ids[d];
  }

  private sigOf(d: number): Uint32Array {
    return d >= this.n - DUP.window ? this.sigs[d % DUP.window] ?? NO_SIG : NO_SIG;
  }

  private classify(id: string, set: Uint32Array, sig: Uint32Array, key: string): DupLink {
    const same = this.byKey.get(key);
    if (same !== undefined) return { articleId: id, kind: 'exact', of: this.root(same), similarity: 1 };
    const original: DupLink = { articleId: id, kind: 'original', of: null, similarity: 0 };
    if (set.length < DUP.minShingles) return original;
    let best = original;
    for (const c of this.candidates(sig)) {
      const kept = this.recent.get(c);
      let j: number, inter: number;
      if (kept) {
        // Most candidates share a few sentences only: the walk stops as soon as too few shingles are left
        // for the pair to be anything but 'original' (exact: same counts, same formulas as a full walk).
        inter = intersectionAtLeast(set, kept, leastShared(set.length, kept.length));
        if (inter < 0) continue;
        const union = set.length + kept.length - inter;
        j = union ? inter / union : 1;
      } else {
        j = estimate(sig, this.sigOf(c));
        inter = (j * (set.length + this.sizes[c])) / (1 + j);
      }
      const kind = kindOf(j, inter, set.length, this.sizes[c]);
      if (kind !== 'original' && (best.kind === 'original' || j > best.similarity)) {
        best = { articleId: id, kind, of: this.root(c), similarity: round3(j) };
      }
    }
    return best;
  }

  private candidates(sig: Uint32Array): number[] {
    const hits = new Map<number, number>();
    if (!this.buckets) return [];
    const count = (d: number) => hits.set(d, (hits.get(d) ?? 0) + 1);
    const minDoc = this.n - DUP.window;
    for (const k of bandKeys(sig)) this.buckets.lookup(k, minDoc, count);
    return [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, DUP.maxCandidates).map(([d]) => d);
  }

  /** Starts the band table small (most runs are small) and doubles it up to the window, re-adding what it held. */
  private grow(): void {
    const window = Math.min(DUP.window, this.buckets ? this.buckets.window * 2 : 1024);
    this.buckets = new BandTable(window, MINHASH.bands);
    this.banded = 0;
    for (let d = Math.max(0, this.n - 1 - window); d < this.n - 1; d++) {
      const sig = this.sigOf(d);
      if (this.sizes[d] >= DUP.minShingles && sig.length === MINHASH.perms) { this.buckets.add(d, bandKeys(sig)); this.banded++; }
    }
  }

  private insert(e: Entry, set?: Uint32Array): void {
    const i = this.n++;
    if (i === this.kinds.length) {
      this.kinds = grown(this.kinds, new Uint8Array(i * 2));
      this.sims = grown(this.sims, new Float64Array(i * 2));
      this.sizes = grown(this.sizes, new Int32Array(i * 2));
    }
    this.ids.push(e.link.articleId);
    this.ofs.push(e.link.of);
    this.keys.push(e.key);
    this.kinds[i] = KIND_CODE.get(e.link.kind)!;
    this.sims[i] = e.link.similarity;
    this.sizes[i] = e.size;
    this.sigs[i % DUP.window] = e.sig;
    this.byId.set(e.link.articleId, i);
    if (!this.byKey.has(e.key)) this.byKey.set(e.key, i);
    if (e.size < DUP.minShingles || e.sig.length !== MINHASH.perms) return;
    if (!this.buckets || (this.buckets.window < DUP.window && this.banded >= this.buckets.window)) this.grow();
    this.buckets!.add(i, bandKeys(e.sig));
    this.banded++;
    if (!set) return;
    this.recent.set(i, set);
    if (this.recent.size > DUP.keepShingles) this.recent.delete(this.recent.keys().next().value as number);
  }

  /** State for a store to persist. Example: DupIndex.fromJSON(JSON.parse(JSON.stringify(idx.toJSON()))) */
  toJSON(): DupIndexState {
    const docs = this.ids.map((id, d) =>
      ({ id, kind: KINDS[this.kinds[d]], of: this.ofs[d], similarity: this.sims[d], sig: toBase64(this.sigOf(d)), size: this.sizes[d], key: this.keys[d] }));
    return { version: 1, docs };
  }

  /** Rebuilds an index from stored signatures (no texts needed). Example: DupIndex.fromJSON(state).size */
  static fromJSON(state: DupIndexState): DupIndex {
    const idx = new DupIndex();
    for (const d of state.docs) {
      const link: DupLink = { articleId: d.id, kind: d.kind, of: d.of, similarity: d.similarity };
      idx.insert({ link, sig: fromBase64(d.sig), size: d.size, key: d.key });
    }
    return idx;
  }
}

/** What a pair with Jaccard j and `inter` shared shingles is (sizes a, b). Example: kindOf(0.9, 90, 100, 100) → 'copy' */
export function kindOf(j: number, inter: number, a: number, b: number): DupKind {
  const contained = inter / Math.min(a, b);
  return j >= DUP.copy ? 'copy' : j >= DUP.rewrite || contained >= DUP.rewriteContainment ? 'rewrite' : 'original';
}

/**
 * The fewest shared shingles that make sets of sizes a and b more than 'original', by binary search over
 * kindOf itself (monotone in the count), so the cut-off can never disagree with the classification.
 * Example: leastShared(100, 100) → 47 (J = 47/153 ≥ 0.3)
 */
export function leastShared(a: number, b: number): number {
  let lo = 0, hi = Math.min(a, b);
  if (!sharedEnough(hi, a, b)) return hi + 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sharedEnough(mid, a, b)) hi = mid; else lo = mid + 1; }
  return lo;
}

function sharedEnough(inter: number, a: number, b: number): boolean {
  const union = a + b - inter;
  return kindOf(union ? inter / union : 1, inter, a, b) !== 'original';
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(old: T, into: T): T {
  into.set(old);
  return into;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
