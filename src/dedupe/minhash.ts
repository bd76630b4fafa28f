/**
 * MinHash signatures of shingle sets and their LSH band keys. Hand-written: the npm MinHash packages are
 * unmaintained, slow (per-value BigInt or modulo-prime arithmetic) or seed from Math.random, and stored
 * signatures must be reproducible bit for bit across runs and machines. Here every permutation is
 * x → a·x + b mod 2³² over already well-mixed shingle hashes, with a, b drawn from a fixed-seed generator.
 */
import { fmix32, shingles } from './shingles.js';

export const MINHASH = {
  /** Signature length; the standard error of a Jaccard estimate is about sqrt(J(1-J)/128) ≈ 0.035 at 0.8. */
  perms: 128,
  /** LSH banding: 42 bands × 3 rows catch pairs at J = 0.3 with p ≈ 0.68, J = 0.5 with p ≈ 0.99. */
  bands: 42,
  rows: 3,
  seed: 0x9e3779b9,
};

const [A, B] = permutations(MINHASH.perms, MINHASH.seed);

function permutations(n: number, seed: number): [Uint32Array, Uint32Array] {
  const a = new Uint32Array(n), b = new Uint32Array(n);
  let s = seed;
  const next = () => (s = fmix32((s + 0x6d2b79f5) >>> 0));
  for (let i = 0; i < n; i++) {
    a[i] = next() | 1; // odd multipliers make each map a permutation of the 32-bit integers
    b[i] = next();
  }
  return [a, b];
}

/** MinHash of a shingle set. Example: minhash(shingles("a b c d e")).length → 128 */
export function minhash(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(MINHASH.perms).fill(0xffffffff);
  for (let i = 0; i < MINHASH.perms; i++) {
    const a = A[i], b = B[i];
    let m = 0xffffffff;
    for (let j = 0; j < set.length; j++) {
      const v = (Math.imul(set[j], a) + b) >>> 0;
      if (v < m) m = v;
    }
    sig[i] = m;
  }
  return sig;
}

/** Signature of a cleaned text (5-word shingles). Example: signature("Talks resume in Geneva today") */
export function signature(text: string): Uint32Array {
  return minhash(shingles(text));
}

/** Estimated Jaccard: the share of equal positions. Example: estimate(sig, sig) → 1 */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return a.length ? eq / a.length : 0;
}

/** One hash per LSH band (band number mixed in). Example: bandKeys(sig).length → 42 */
export function bandKeys(sig: Uint32Array, bands = MINHASH.bands, rows = MINHASH.rows): Uint32Array {
  const out = new Uint32Array(bands);
  for (let band = 0; band < bands; band++) {
    let h = fmix32(band + 1);
    for (let r = 0; r < rows; r++) h = fmix32((h ^ sig[band * rows + r]) >>> 0);
    out[band] = h;
  }
  return out;
}

/** Signature as base64 (little-endian bytes) for JSON state. Example: toBase64(sig).length → 684 */
export function toBase64(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

/** Inverse of toBase64. Example: fromBase64(toBase64(sig)) equals sig */
export function fromBase64(s: string): Uint32Array {
  const buf = Buffer.from(s, 'base64');
  const out = new Uint32Array(buf.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}
