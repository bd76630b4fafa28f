/**
 * Compact inference weights: pruned, quantised to int16 (one shared scale, so the argmax is unchanged) and
 * looked up by feature hash in an open-addressing table. pack()/unpack() give the binary that models/ner/
 * stores gzipped (header: magic, rows, tags; then uint32 keys; then int16 rows).
 */
import { NT, type Scorer } from './perceptron.js';

// A slot is the key's low and high halves, then the nt weights (int16s, padded), so a lookup touches one place.
// nt is the number of classes: the NER tags by default; the quote tagger (analyze/quotes/learned) has its own.
const PACK = { magic: 0x4e455231, header: 16, int16: 32767, load: 0.6, wordCache: 50_000 } as const;

/** Offset of key's slot in an open-addressing table (key halves first, then the row), -1 when absent. */
function slotOf(table: Int16Array, mask: number, stride: number, key: number): number {
  for (let j = key & mask; ; j = (j + 1) & mask) {
    const o = j * stride;
    const k = (table[o] & 0xffff) | (table[o + 1] << 16);
    if (k === key) return o;
    if (k === 0) return -1;
  }
}

export class HashedWeights implements Scorer {
  private table: Int16Array;
  private mask: number;
  private stride: number;
  /** Summed word-only weights per word hash: most tokens of a text are words seen before. */
  private words = new Map<number, Float64Array>();

  constructor(keys: Uint32Array, weights: Int16Array, private readonly nt: number = NT) {
    this.stride = (nt + 2 + 3) & ~3;
    let cap = 1;
    while (cap * PACK.load < keys.length) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int16Array(cap * this.stride);
    const used = new Uint8Array(cap);
    for (let r = 0; r < keys.length; r++) {
      let j = keys[r] & this.mask;
      while (used[j]) j = (j + 1) & this.mask;
      used[j] = 1;
      const o = j * this.stride;
      this.table[o] = keys[r] & 0xffff;
      this.table[o + 1] = keys[r] >>> 16;
      this.table.set(weights.subarray(r * nt, r * nt + nt), o + 2);
    }
  }

  /** Example: w.score(feats, 0, n, scores) */
  score(feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const { table, mask, stride, nt } = this;
    for (let f = from; f < to; f++) {
      const o = slotOf(table, mask, stride, feats[f] | 0);
      if (o >= 0) for (let t = 0; t < nt; t++) scores[t] += table[o + 2 + t];
    }
  }

  /** Example: w.scoreWord(s.hWord[i], feats, 0, wordEnd, scores) */
  scoreWord(key: number, feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
    let v = this.words.get(key);
    if (!v) {
      if (this.words.size >= PACK.wordCache) this.words.clear();
      v = new Float64Array(this.nt);
      this.score(feats, from, to, v);
      this.words.set(key, v);
    }
    for (let t = 0; t < this.nt; t++) scores[t] += v[t];
  }

  /** Calls fn with every stored row: its key, and where its nt weights start in table. */
  eachRow(fn: (key: number, table: Int16Array, at: number) => void): void {
    const { table, stride } = this;
    for (let o = 0; o < table.length; o += stride) {
      const k = ((table[o] & 0xffff) | (table[o + 1] << 16)) >>> 0;
      if (k !== 0) fn(k, table, o + 2);
    }
  }

  get classes(): number { return this.nt; }
}

/**
 * Two models' rows under one key, for the NER passes: their static features (context, wordFeatures aside) are
 * the same keys in both passes, so one probe can sum both passes' rows and the second pass reuses the sums.
 * Each slot holds the two int16 weights of a class packed in one double, a·2²⁴ + b, so one add serves both
 * passes (the adds, not the probes, were most of the time). Sums of up to LANE.maxFeats packed values stay
 * exact integers (|Σb| < 2²³, |Σa·2²⁴| < 2⁵³) and unpack exactly; a key missing from one model has a zero
 * there. So the scores equal two HashedWeights.score calls bit for bit, at ~18 MB instead of two 5 MB tables.
 */
const LANE = { shift: 2 ** 24, maxFeats: 256 } as const;

export class PairedWeights {
  private keys: Int32Array;
  private rows: Float64Array;
  private mask: number;
  private sum: Float64Array;
  readonly nt: number;

  /** Example: new PairedWeights(model.first, model.second) */
  constructor(a: HashedWeights, b: HashedWeights) {
    const nt = (this.nt = a.classes);
    if (b.classes !== nt) throw new Error('paired weights need the same classes');
    const all = new Set<number>();
    a.eachRow((k) => all.add(k));
    b.eachRow((k) => all.add(k));
    let cap = 1;
    while (cap * PACK.load < all.size) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.rows = new Float64Array(cap * nt);
    this.sum = new Float64Array(nt);
    const slot = new Map<number, number>();
    for (const k of all) {
      let j = k & this.mask;
      while (this.keys[j] !== 0) j = (j + 1) & this.mask;
      this.keys[j] = k | 0;
      slot.set(k, j * nt);
    }
    a.eachRow((k, t, at) => { const o = slot.get(k)!; for (let c = 0; c < nt; c++) this.rows[o + c] += t[at + c] * LANE.shift; });
    b.eachRow((k, t, at) => { const o = slot.get(k)!; for (let c = 0; c < nt; c++) this.rows[o + c] += t[at + c]; });
  }

  /** Adds the rows of feats[from, to) to sa[at, at + nt) (first model) and sb[at, at + nt) (second model). */
  score2(feats: Uint32Array, from: number, to: number, sa: Float64Array, sb: Float64Array, at: number): void {
    const { keys, rows, mask, nt, sum } = this;
    for (let start = from; start < to; start += LANE.maxFeats) {
      sum.fill(0);
      for (let f = start, end = Math.min(to, start + LANE.maxFeats); f < end; f++) {
        const key = feats[f] | 0;
        for (let j = key & mask; ; j = (j + 1) & mask) {
          const k = keys[j];
          if (k === key) {
            for (let t = 0, o = j * nt; t < nt; t++) sum[t] += rows[o + t];
            break;
          }
          if (k === 0) break;
        }
      }
      for (let t = 0; t < nt; t++) {
        const hi = Math.round(sum[t] / LANE.shift);
        sa[at + t] += hi;
        sb[at + t] += sum[t] - hi * LANE.shift;
      }
    }
  }
}

/** Prunes rows whose largest |weight| < minAbs, quantises, serialises. Example: pack(keys, weights, 0.5) */
export function pack(keys: Uint32Array, weights: Float32Array, minAbs: number, nt: number = NT): Buffer {
  const keep: number[] = [];
  let maxAbs = 0;
  for (let r = 0; r < keys.length; r++) {
    let m = 0;
    for (let t = 0; t < nt; t++) m = Math.max(m, Math.abs(weights[r * nt + t]));
    if (m >= minAbs && keys[r] !== 0) keep.push(r);
    maxAbs = Math.max(maxAbs, m);
  }
  const scale = PACK.int16 / (maxAbs || 1);
  const n = keep.length;
  const buf = Buffer.alloc(PACK.header + n * 4 + n * nt * 2);
  buf.writeUInt32LE(PACK.magic, 0);
  buf.writeUInt32LE(n, 4);
  buf.writeUInt32LE(nt, 8);
  keep.forEach((r, i) => {
    buf.writeUInt32LE(keys[r], PACK.header + i * 4);
    for (let t = 0; t < nt; t++) {
      buf.writeInt16LE(Math.round(weights[r * nt + t] * scale), PACK.header + n * 4 + (i * nt + t) * 2);
    }
  });
  return buf;
}

/** Reads pack()'s output. Example: unpack(gunzipSync(bytes)) */
export function unpack(buf: Buffer, nt: number = NT): HashedWeights {
  if (buf.readUInt32LE(0) !== PACK.magic || buf.readUInt32LE(8) !== nt) throw new Error(`not a weight file with ${nt} classes`);
  const n = buf.readUInt32LE(4);
  const keys = new Uint32Array(n);
  const weights = new Int16Array(n * nt);
  for (let i = 0; i < n; i++) keys[i] = buf.readUInt32LE(PACK.header + i * 4);
  for (let i = 0; i < n * nt; i++) weights[i] = buf.readInt16LE(PACK.header + n * 4 + i * 2);
  return new HashedWeights(keys, weights, nt);
}
