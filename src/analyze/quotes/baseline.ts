/**
 * The naive baseline the quote rules are measured against (same eval run): every text in quotation marks is a
 * quote, and its speaker is the capitalised name right before the nearest "said" in the same or next sentence.
 */
import type { Quote, Sentence } from '../../model/analysis.js';
import { quoteSpans } from './direct.js';

const NAIVE = { name: /((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*)\s+said\b/gu };

/** Example: naiveQuotes('"Yes," Smith said.', sents) → [{text: '"Yes,"', speaker: 'Smith', …}] */
export function naiveQuotes(text: string, sents: Sentence[]): Quote[] {
  return quoteSpans(text).map((q) => {
    const i = sents.findIndex((s) => s.end > q.start);
    const from = i < 0 ? q.start : sents[i].start;
    const to = i < 0 ? q.end : (sents[i + 1] ?? sents[i]).end;
    let best: RegExpExecArray | null = null;
    NAIVE.name.lastIndex = 0;
    const window = text.slice(from, to);
    for (let m = NAIVE.name.exec(window); m; m = NAIVE.name.exec(window)) {
      const at = from + m.index;
      if (at >= q.start && at < q.end) continue;
      if (!best || Math.abs(from + best.index - q.start) > Math.abs(at - q.start)) best = m;
    }
    const s = best ? from + best.index : null;
    const name = best ? best[1] : null;
    return {
      start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: name,
      speakerStart: s, speakerEnd: s === null || !name ? null : s + name.length, cue: best ? 'said' : null, kind: 'direct',
    };
  });
}
