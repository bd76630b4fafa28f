/**
 * Gazetteer lookup over a token sequence: longest match of our own name lists (gazetteer-data.ts), by hashed
 * lower-case token sequences so matching allocates nothing. The result is one small code per token that the
 * feature extractor turns into "inside a country name", "after a title" and the like.
 */
import { hashStr, seed } from './hash.js';
import { COUNTRIES, DEMONYMS, FIRST_NAMES, ORGS, PLACES, TITLES } from './gazetteer-data.js';

/** Gazetteer kinds, in bit order. */
export const GAZ_KINDS = ['COUNTRY', 'PLACE', 'ORG', 'DEMONYM', 'TITLE', 'FIRST'] as const;
const LISTS = [COUNTRIES, PLACES, ORGS, DEMONYMS, TITLES, FIRST_NAMES];
const GAZ = { maxLen: 5, seed: seed(9999) } as const;

let table: Map<number, number> | null = null;

function build(): Map<number, number> {
  const m = new Map<number, number>();
  LISTS.forEach((list, kind) => {
    for (const entry of list.split(/[|\n]/)) {
      const words = entry.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length || words.length > GAZ.maxLen) continue;
      let h = GAZ.seed;
      for (const w of words) h = hashStr(h, w);
      m.set(h, (m.get(h) ?? 0) | (1 << kind));
    }
  });
  return m;
}

/**
 * Per token: bit (2k) = starts a kind-k match, bit (2k+1) = inside one (every match, only from a
 * capitalised token). Example: gazetteerCodes(['in','new','york'], [false,true,true])[1] has PLACE's begin bit.
 */
export function gazetteerCodes(lower: string[], capitalised: boolean[]): Uint16Array {
  table ??= build();
  const n = lower.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    if (!capitalised[i]) continue;
    let h = GAZ.seed;
    for (let j = i; j < n && j < i + GAZ.maxLen; j++) {
      h = hashStr(h, lower[j]);
      const kinds = table.get(h);
      if (kinds === undefined) continue;
      for (let k = 0; k < GAZ_KINDS.length; k++) {
        if (!(kinds & (1 << k))) continue;
        out[i] |= 1 << (2 * k);
        for (let t = i + 1; t <= j; t++) out[t] |= 1 << (2 * k + 1);
      }
    }
  }
  return out;
}
