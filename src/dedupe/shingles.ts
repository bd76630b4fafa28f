/**
 * Word shingles of cleaned text, hashed to 32-bit integers: the sets MinHash estimates and the exact check
 * compares. Hand-written: the whole job is a lower-case + rolling-hash loop, and a general NLP package would
 * be slower and change its hashing between versions (stored signatures must stay comparable forever).
 */

export const SHINGLE = {
  /** Words per shingle: 5 separates shared sentences from shared phrases ("the war in Ukraine"). */
  size: 5,
  /** Word characters: letters, digits, marks. Anything else separates words; case and punctuation go. */
  wordChar: /[\p{L}\p{N}\p{M}]/u,
  fnvOffset: 0x811c9dc5,
  fnvPrime: 0x01000193,
};

const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[a-z0-9]/i.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * FNV-1a hashes of the lower-cased words, in one pass over the text (a regex split costs 3× more, and
 * signature speed is a requirement). Example: wordHashes("Talks, talks").length → 2 (equal values)
 */
export function wordHashes(text: string): Uint32Array {
  const out: number[] = [];
  let h = SHINGLE.fnvOffset, inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const word = c < 128 ? ASCII_WORD[c] === 1 : SHINGLE.wordChar.test(text[i]) || (c >= 0xd800 && c < 0xe000);
    if (word) {
      if (c < 128) { if (c >= 65 && c <= 90) c |= 0x20; } else c = text[i].toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, SHINGLE.fnvPrime);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = SHINGLE.fnvOffset;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return Uint32Array.from(out);
}

/** Murmur3's finaliser: spreads every input bit over the output. Example: fmix32(1) → 0x514e28b7 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Sorted, distinct hashes of the k-word shingles of a text; a text shorter than k words is one shingle.
 * Example: shingles("a b c d e f").length → 2
 */
export function shingles(text: string, k = SHINGLE.size): Uint32Array {
  return shinglesOf(wordHashes(text), k);
}

/** Shingles from word hashes (see wordHashes). Example: shinglesOf(wordHashes("a b c d e"))[0] */
export function shinglesOf(wh: Uint32Array, k = SHINGLE.size): Uint32Array {
  if (!wh.length) return new Uint32Array(0);
  const n = Math.max(1, wh.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = SHINGLE.fnvOffset;
    for (let j = i; j < Math.min(i + k, wh.length); j++) h = Math.imul(h ^ wh[j], SHINGLE.fnvPrime);
    out[i] = fmix32(h);
  }
  out.sort();
  return dedupeSorted(out);
}

function dedupeSorted(a: Uint32Array): Uint32Array {
  let w = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
  return a.subarray(0, w);
}

/** Exact Jaccard of two sorted shingle sets. Example: jaccard([1,2,3], [2,3,4]) → 0.5 */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const inter = intersection(a, b);
  const union = a.length + b.length - inter;
  return union ? inter / union : 1;
}

/** Size of the intersection of two sorted sets (a merge walk). Example: intersection([1,2], [2]) → 1 */
export function intersection(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

/**
 * Size of the intersection of two sorted sets, or -1 as soon as it cannot reach `need` (the walk stops once
 * too few elements are left). Example: intersectionAtLeast([1,2,3], [2,3,4], 3) → -1; (…, 2) → 2
 */
export function intersectionAtLeast(a: Uint32Array, b: Uint32Array, need: number): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; continue; }
    if (a[i] < b[j]) i++; else j++;
    if (n + Math.min(a.length - i, b.length - j) < need) return -1;
  }
  return n < need ? -1 : n;
}

/** 64-bit key (hex) of the word sequence: equal keys mean the same words up to case, punctuation and spacing. */
export function sequenceKey(wh: Uint32Array): string {
  let h1 = SHINGLE.fnvOffset, h2 = 0x2545f491;
  for (let i = 0; i < wh.length; i++) {
    h1 = Math.imul(h1 ^ wh[i], SHINGLE.fnvPrime);
    h2 = Math.imul(h2 ^ fmix32(wh[i]), 0x5bd1e995);
  }
  return fmix32(h1 >>> 0).toString(16).padStart(8, '0') + fmix32((h2 ^ wh.length) >>> 0).toString(16).padStart(8, '0');
}
