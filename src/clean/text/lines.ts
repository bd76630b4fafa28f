/**
 * Splits a text dump into paragraphs (one per line, or blank-line blocks when the dump is hard-wrapped) and
 * finds repeated ones: the same photo caption twice (with and without its credit), a doubled headline, a
 * paragraph the scraper caught twice.
 */
import { LIMITS } from './rules.js';

export interface Para {
  text: string;
  /** normKey(text), computed once. */
  key?: string;
  /** Set when the paragraph is dropped; the reason goes to Article.removed. */
  drop?: string;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Normalises whitespace and splits into paragraphs. Example: toParas('A\n\nB') → [{text:'A'},{text:'B'}] */
export function toParas(raw: string): Para[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(SPACE, ' ').trim());
  const blocks: string[][] = [[]];
  for (const l of lines) {
    if (l) blocks[blocks.length - 1].push(l);
    else if (blocks[blocks.length - 1].length) blocks.push([]);
  }
  const nonEmpty = blocks.filter((b) => b.length);
  return (hardWrapped(nonEmpty) ? nonEmpty.map((b) => b.join(' ')) : nonEmpty.flat()).map((text) => ({ text }));
}

/**
 * A dump is hard-wrapped when lines inside blocks mostly break mid-sentence: the line before a break has no
 * end punctuation and the next starts in lower case ("the regional\ngovernor said").
 */
function hardWrapped(blocks: string[][]): boolean {
  let joins = 0;
  let continued = 0;
  for (const b of blocks) {
    for (let i = 1; i < b.length; i++) {
      joins++;
      if (!/[.!?:"”’)]$/.test(b[i - 1]) && /^[\p{Ll}\d(“"']/u.test(b[i])) continued++;
    }
  }
  return continued >= 2 && continued / joins >= 0.5;
}

export const normKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Two lines are the same line when one contains the other or their word sets mostly coincide. */
export function sameLine(a: string, b: string): boolean {
  return sameKey(normKey(a), normKey(b));
}

/** sameLine over normalised keys (see normKey). */
export function sameKey(na: string, nb: string): boolean {
  if (!na || !nb) return false;
  if (na.length > 1.5 * nb.length + 12 || nb.length > 1.5 * na.length + 12) return false;
  if (na === nb || (na.length > 30 && nb.startsWith(na)) || (nb.length > 30 && na.startsWith(nb))) return true;
  const wa = new Set(na.split(' '));
  const wb = new Set(nb.split(' '));
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  return inter / (wa.size + wb.size - inter) >= LIMITS.sameLine;
}

export const keyOf = (p: Para): string => (p.key ??= normKey(p.text));

/** Groups of indices of paragraphs that repeat (each group sorted, size ≥ 2). Buckets by first words. */
export function repeats(paras: Para[]): number[][] {
  const buckets = new Map<string, number[]>();
  paras.forEach((p, i) => {
    const key = keyOf(p).split(' ', 4).join(' ');
    if (key) buckets.set(key, [...(buckets.get(key) ?? []), i]);
  });
  const groups: number[][] = [];
  for (const idx of buckets.values()) {
    const seen = new Set<number>();
    for (const i of idx) {
      if (seen.has(i)) continue;
      const g = idx.filter((j) => j === i || (!seen.has(j) && sameKey(keyOf(paras[i]), keyOf(paras[j]))));
      g.forEach((j) => seen.add(j));
      if (g.length > 1) groups.push(g);
    }
  }
  return groups;
}
