/**
 * An extractive multi-source summary: the sentences most central to the story (their words recur across
 * its reports), early in their report, carrying names or numbers, chosen without repeating each other
 * (maximal marginal relevance), in the order events were reported. Each keeps its source span.
 * Hand-written: a few dozen lines of centrality scoring beat shipping a summarisation model here.
 */
import type { SummarySentence } from '../model/story.js';
import type { StoredArticle } from '../store/types.js';
import { byPublished, contentWords, counts, jaccard, ref } from './refs.js';

const TUNING = {
  maxSentences: 6,
  /** Sentences considered per article (leads carry the news). */
  perArticle: 12,
  minWords: 8,
  maxChars: 400,
  redundancy: 0.35,
  leadBonus: [0.5, 0.3, 0.15],
};

interface Cand { m: StoredArticle; start: number; end: number; text: string; words: Set<string>; score: number; pos: number }

export function buildSummary(members: StoredArticle[]): SummarySentence[] {
  const live = [...members].filter(counts).sort(byPublished);
  const df = new Map<string, number>();
  const cands: Cand[] = [];
  for (const m of live) {
    const seen = new Set<string>();
    m.analysis.sentences.slice(0, TUNING.perArticle).forEach((s, pos) => {
      const text = m.article.text.slice(s.start, s.end);
      const words = contentWords(text);
      if (words.size < TUNING.minWords || text.length > TUNING.maxChars || /\?$/.test(text)) return;
      for (const w of words) seen.add(w);
      cands.push({ m, start: s.start, end: s.end, text, words, score: 0, pos });
    });
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = Math.max(1, live.length);
  for (const c of cands) {
    let central = 0;
    for (const w of c.words) central += (df.get(w) ?? 0) / n;
    const named = c.m.analysis.entities.filter((e) => e.start >= c.start && e.end <= c.end).length;
    c.score = central / Math.sqrt(c.words.size) + (TUNING.leadBonus[c.pos] ?? 0) + Math.min(named, 4) * 0.05;
  }
  const chosen: Cand[] = [];
  const want = Math.min(TUNING.maxSentences, 2 + live.length);
  for (const c of [...cands].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= want) break;
    if (chosen.some((x) => jaccard(x.words, c.words) > TUNING.redundancy)) continue;
    chosen.push(c);
  }
  const order = new Map(live.map((m, i) => [m.article.id, i]));
  return chosen
    .sort((a, b) => order.get(a.m.article.id)! - order.get(b.m.article.id)! || a.start - b.start)
    .map((c) => ({ text: c.text, source: ref(c.m, c.start, c.end) }));
}
