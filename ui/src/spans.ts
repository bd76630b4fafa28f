/**
 * Cuts a report's text into runs where the set of covering marks (entities, quotes, dates, claims, the
 * focused span) does not change, so overlapping and nested spans can be shown without nesting elements.
 * Pure and DOM-free, so it is unit-tested in Node.
 */

export type MarkKind = 'entity' | 'quote' | 'time' | 'claim' | 'hit' | 'focus';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Tooltip text ("PER · Sofia Brandt"). */
  label: string;
  /** Extra class (entity type). */
  variant?: string;
}

export interface Run {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * A sweep over the cut points (marks open and close as it passes), so long reports with thousands of marks stay
 * fast. Example: runs(10, [{start:2,end:5,kind:'time',label:'x'}]) → [{0,2,[]},{2,5,[mark]},{5,10,[]}]
 */
export function runs(length: number, marks: Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const opens = new Map<number, Mark[]>();
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
    opens.set(m.start, [...(opens.get(m.start) ?? []), m]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  let active: Mark[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    active = [...active.filter((m) => m.end > start), ...(opens.get(start) ?? [])];
    out.push({ start, end: points[i + 1], marks: active });
  }
  return out;
}

const MAX_HITS = 200;

/**
 * Where the words of a search query occur (case-insensitive, at word starts, so "strike" also marks
 * "strikes" the way the stemming index matched it). Example: termSpans('Dam burst. The dam', 'dam') → [{0,3},{15,18}]
 */
export function termSpans(text: string, query: string): { start: number; end: number }[] {
  const terms = [...new Set((query.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => t.toLowerCase()))].slice(0, 32);
  if (!terms.length) return [];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    if (out.length >= MAX_HITS) break;
  }
  return out;
}
