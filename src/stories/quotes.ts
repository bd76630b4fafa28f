/**
 * Quote provenance: the same quote across the reports of a story grouped (same speaker, mostly the same
 * words), the first report that carried it, and every echo with its own wording, so a reader sees who said
 * it, who reported it first and how others changed it.
 */
import type { QuoteGroup } from '../model/story.js';
import type { StoredArticle } from '../store/types.js';
import type { CanonicalRef } from '../analyze/aliases/index.js';
import { byPublished, contentWords, jaccard, ref } from './refs.js';

const TUNING = { sameQuote: 0.5, minWords: 3 };

export function buildQuotes(members: StoredArticle[], canon: Map<string, CanonicalRef>): QuoteGroup[] {
  const groups: (QuoteGroup & { words: Set<string> })[] = [];
  const speakerOf = speakerResolver(canon);
  for (const m of [...members].sort(byPublished)) {
    for (const q of m.analysis.quotes) {
      const words = contentWords(q.text);
      if (words.size < TUNING.minWords) continue;
      const speaker = speakerOf(m, q.speaker);
      const g = groups.find((x) => (x.speaker === speaker || !x.speaker || !speaker) && overlap(x.words, words));
      if (g) {
        if (!g.speaker && speaker) g.speaker = speaker;
        g.echoes.push({ ...ref(m, q.start, q.end), text: q.text });
        continue;
      }
      groups.push({ speaker, text: q.text, first: ref(m, q.start, q.end), echoes: [], words });
    }
  }
  return groups
    .sort((a, b) => b.echoes.length - a.echoes.length)
    .map(({ words: _w, ...g }) => g);
}

/** Quotes often repeat only a part ("ready to do everything to achieve peace" inside a longer quote). */
function overlap(a: Set<string>, b: Set<string>): boolean {
  if (jaccard(a, b) >= TUNING.sameQuote) return true;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let inside = 0;
  for (const w of small) if (big.has(w)) inside++;
  return small.size >= 4 && inside / small.size >= 0.8;
}

/** Speaker names mapped to the story-level canonical name where the article's entities know them. */
function speakerResolver(canon: Map<string, CanonicalRef>) {
  return (m: StoredArticle, speaker: string | null): string | null => {
    if (!speaker) return null;
    const e = m.analysis.entities.find((x) => x.canonical === speaker);
    const c = e && canon.get(e.canonicalId ?? `${e.type}:${e.canonical}`);
    return c ? c.canonical : speaker;
  };
}
