/**
 * The large gazetteers (scripts/ner-gazetteer.ts builds them at training time from GeoNames cities and
 * faker's name lists in 77 locales): ~150k names as hashed lower-case token sequences with their kinds, read
 * once from models/ner/gazetteer.0.gz.part into an open-addressing table — the repo holds no list of names.
 * Per token, the classic Ratinov–Roth form: for each kind, the BILU position of the longest match covering
 * it. Sequences that are a proper prefix of a longer entry carry a prefix bit, so a scan stops at the first
 * miss. Without the file (an older model) every code is 0 and the features are simply absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fmix, hashStr, seed } from './hash.js';
import { MODEL_DIR } from './lexicon.js';

/** Kinds in bit order; the city kinds are population buckets of the largest place with that name. */
export const LARGE_KINDS = ['FIRST', 'LAST', 'REGION', 'CITY1K', 'CITY10K', 'CITY100K', 'CITY1M'] as const;
export type LargeKind = (typeof LARGE_KINDS)[number];
export const LARGE_FILE = 'gazetteer.0.gz.part';
/** Position codes per kind (3 bits each in a token's code). */
export const POS = { U: 1, B: 2, I: 3, L: 4 } as const;
const G = { maxLen: 5, seed: seed(7777), prefix: 0x80, load: 0.5, bits: 3 } as const;

let keys = new Uint32Array(1);
let codes = new Uint8Array(1);
let mask = 0;
let loaded = false;

/** Hash of a lower-case token sequence, as the table stores it. Example: phraseKey(['new', 'york']) */
export function phraseKey(words: string[]): number {
  let h = G.seed;
  for (const w of words) h = hashStr(h, w);
  return h >>> 0;
}

/**
 * Serialises lower-case token sequences and their kinds (bit k = LARGE_KINDS[k]), adding prefix entries.
 * Example: packLarge([[['new', 'york'], 1 << 6]])
 */
export function packLarge(entries: Iterable<[string[], number]>): Buffer {
  const m = new Map<number, number>();
  for (const [words, kinds] of entries) {
    if (!words.length || words.length > G.maxLen) continue;
    for (let j = 1; j < words.length; j++) { const k = phraseKey(words.slice(0, j)); m.set(k, (m.get(k) ?? 0) | G.prefix); }
    const k = phraseKey(words);
    m.set(k, (m.get(k) ?? 0) | kinds);
  }
  const n = m.size;
  const buf = Buffer.alloc(4 + 5 * n);
  buf.writeUInt32LE(n, 0);
  let i = 0;
  for (const [k, v] of m) { buf.writeUInt32LE(k, 4 + 4 * i); buf[4 + 4 * n + i] = v; i++; }
  return buf;
}

/** Installs packLarge()'s output (training, or the lazy load). Example: setLarge(packLarge(entries)) */
export function setLarge(buf: Buffer | null): void {
  loaded = true;
  const n = buf ? buf.readUInt32LE(0) : 0;
  let cap = 2;
  while (cap * G.load < n) cap <<= 1;
  keys = new Uint32Array(cap);
  codes = new Uint8Array(cap);
  mask = cap - 1;
  if (!buf) return;
  const ks = new Uint32Array(buf.buffer.slice(buf.byteOffset + 4, buf.byteOffset + 4 + 4 * n)); // aligned copy
  for (let i = 0; i < n; i++) {
    let j = fmix(ks[i]) & mask;
    while (codes[j]) j = (j + 1) & mask;
    keys[j] = ks[i];
    codes[j] = buf[4 + 4 * n + i];
  }
}

function load(): void {
  const url = new URL(LARGE_FILE, MODEL_DIR);
  setLarge(existsSync(url) ? gunzipSync(readFileSync(url)) : null);
}

function lookup(h: number): number {
  for (let j = fmix(h) & mask; codes[j]; j = (j + 1) & mask) if (keys[j] === h) return codes[j];
  return 0;
}

const scratch = { len: new Uint8Array(64 * LARGE_KINDS.length) };

/**
 * Per token, 3 bits per kind: the POS code of the longest match of that kind covering it (matches start at a
 * capitalised token). Example: largeCodes(['in', 'new', 'york'], [false, true, true])[1] >> 18 & 7 === POS.B
 */
export function largeCodes(lower: string[], capitalised: boolean[]): Uint32Array {
  if (!loaded) load();
  const n = lower.length, nk = LARGE_KINDS.length;
  const out = new Uint32Array(n);
  if (scratch.len.length < n * nk) scratch.len = new Uint8Array(n * nk * 2);
  const len = scratch.len;
  len.fill(0, 0, n * nk);
  for (let i = 0; i < n; i++) {
    if (!capitalised[i]) continue;
    let h = G.seed;
    for (let j = i; j < n && j < i + G.maxLen; j++) {
      h = hashStr(h, lower[j]);
      const c = lookup(h >>> 0);
      if (!c) break;
      const span = j - i + 1;
      for (let k = 0; k < nk; k++) {
        if (!(c & (1 << k))) continue;
        for (let t = i; t <= j; t++) {
          if (len[t * nk + k] >= span) continue;
          len[t * nk + k] = span;
          const pos = span === 1 ? POS.U : t === i ? POS.B : t === j ? POS.L : POS.I;
          out[t] = (out[t] & ~(7 << (G.bits * k))) | (pos << (G.bits * k));
        }
      }
    }
  }
  return out;
}
