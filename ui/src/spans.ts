/**
 * Cuts a report's text into runs where the set of covering marks (entities, quotes, dates, claims, the
 * focused span) does not change, so overlapping and nested spans can be shown without nesting elements.
 * Pure and DOM-free, so it is unit-tested in Node.
 */

export type MarkKind = 'entity' | 'quote' | 'time' | 'claim' | 'focus';

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

/** Example: runs(10, [{start:2,end:5,kind:'time',label:'x'}]) → [{0,2,[]},{2,5,[mark]},{5,10,[]}] */
export function runs(length: number, marks: Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
