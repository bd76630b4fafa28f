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
  // Group indexes by speaker ('' = none yet): a quote is compared with its speaker's groups and the
  // unattributed ones, in order, not with every group of the story (rebuilds of big stories were quadratic).
  const bySpeaker = new Map<string, number[]>();
  const file = (key: string, i: number) => {
    const l = bySpeaker.get(key) ?? [];
    let at = l.length;
    while (at > 0 && l[at - 1] > i) at--;
    l.splice(at, 0, i);
    bySpeaker.set(key, l);
  };
  const speakerOf = speakerResolver(canon);
  for (const m of [...members].sort(byPublished)) {
    for (const q of m.analysis.quotes) {
      const words = contentWords(q.text);
      if (words.size < TUNING.minWords) continue;
      const speaker = speakerOf(m, q.speaker);
      const candidates = speaker ? mergeSorted(bySpeaker.get(speaker) ?? [], bySpeaker.get('') ?? []) : groups.map((_, i) => i);
      const gi = candidates.find((i) => overlap(groups[i].words, words));
      const g = gi === undefined ? undefined : groups[gi];
      if (g) {
        if (!g.speaker && speaker) {
          g.speaker = speaker;
          const none = bySpeaker.get('')!;
          none.splice(none.indexOf(gi!), 1);
          file(speaker, gi!);
        }
        g.echoes.push({ ...ref(m, q.start, q.end), text: q.text });
        continue;
      }
      file(speaker ?? '', groups.length);
      groups.push({ speaker, text: q.text, first: ref(m, q.start, q.end), echoes: [], words });
    }
  }
  return groups
    .sort((a, b) => b.echoes.length - a.echoes.length)
    .map(({ words: _w, ...g }) => g);
}

/** Two ascending index lists as one. Example: mergeSorted([1, 4], [2]) → [1, 2, 4] */
function mergeSorted(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
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
