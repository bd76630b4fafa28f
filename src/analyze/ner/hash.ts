/**
 * 32-bit feature hashing for the NER tagger. Features are never built as strings: each one is a template
 * seed folded with the characters it looks at, so training and inference share exactly the same keys and
 * the hot path allocates nothing per feature (FNV-1a + a murmur finaliser to spread bits for the table).
 */

const K = { prime: 16777619, basis: 2166136261, sep: 0x1f } as const;

/** Seed for a feature template. Example: seed(3) !== seed(4) */
export function seed(template: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ K.basis);
}

/** Folds s[from, to) into h. Example: hashStr(seed(1), 'paris') */
export function hashStr(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), K.prime);
  return Math.imul(h ^ K.sep, K.prime);
}

/** Folds a small integer into h. Example: hashInt(seed(2), tagIndex) */
export function hashInt(h: number, x: number): number {
  return Math.imul(Math.imul(h ^ (x & 0xffff), K.prime) ^ (x >>> 16), K.prime);
}

/** Final avalanche, giving an unsigned key. Example: fmix(hashStr(seed(1), 'x')) */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
