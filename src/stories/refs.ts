/** Small helpers shared by the story builders: source references, sentence lookup, word sets. */
import type { Sentence } from '../model/analysis.js';
import type { SourceRef } from '../model/story.js';
import type { StoredArticle } from '../store/types.js';

export function ref(m: StoredArticle, start: number, end: number): SourceRef {
  return { articleId: m.article.id, outlet: m.article.outlet, published: m.article.published, start, end };
}

/** The sentence that contains offset `at`, or null. Binary search over sorted sentences. */
export function sentenceAt(sents: Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].end <= at) lo = mid + 1;
    else if (sents[mid].start > at) hi = mid - 1;
    else return sents[mid];
  }
  return null;
}

const STOP = new Set('the a an of to in on at for and or but is are was were be been has have had that this with as by from it its he she they his her their will would said says say not'.split(' '));

/**
 * Content words of a text, lowercased; callers must not change the set (it may be shared, see withWordMemo).
 * Example: contentWords('The talks began') → Set{'talks','began'}
 */
export function contentWords(s: string): Set<string> {
  const known = memo?.get(s);
  if (known) return known;
  const words = new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)));
  if (memo && memo.size < MEMO_MAX) memo.set(s, words);
  return words;
}

/**
 * Runs fn with contentWords remembering each text's words: one story rebuild asks for the same sentence from
 * the claims, the quotes, the timeline and the summary, and rewrites repeat their source's sentences (44% of
 * the calls of the 5k engine bench were repeats within one rebuild). Bounded, and dropped when fn returns.
 */
export function withWordMemo<T>(fn: () => T): T {
  const outer = memo;
  memo ??= new Map();
  try { return fn(); } finally { if (!outer) memo = null; }
}

let memo: Map<string, Set<string>> | null = null;
const MEMO_MAX = 100_000;

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Orders articles oldest first; undated ones after dated ones, then by insertion order. */
export function byPublished(a: StoredArticle, b: StoredArticle): number {
  const pa = a.article.published;
  const pb = b.article.published;
  if (pa && pb && pa !== pb) return pa < pb ? -1 : 1;
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  return a.seq - b.seq;
}

/** Copies and exact duplicates repeat another report; they never count twice. */
export const counts = (m: StoredArticle) => m.dup.kind !== 'exact' && m.dup.kind !== 'copy';
