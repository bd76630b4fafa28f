/**
 * Claim comparisons as a reader sees them: one block per quantity. The story builder gives each view of a
 * quantity its own comparison — the same "people killed" figures can be a same-day disagreement, a count
 * updated over days, a different-scope comparison and an agreement all at once — and a list of four tables
 * that repeat the same rows reads as four stories. Comparisons with the same subject that share a figure are
 * merged here into one block: every figure once, the verdicts as labels, the figures that break the
 * consensus of a disagreement flagged, and the figures of a narrower scope marked. Pure; used by the CLI and
 * the web UI. Comparisons that share no figure stay apart even with the same subject (two incidents of one
 * story can both count "people killed").
 *
 * Example: claimBlocks([{subject:'people killed',verdict:'disagree',rows:[a,b]},{subject:'people killed',verdict:'updated',rows:[c,a,b]}])
 *   → [{ subject:'people killed', verdicts:['disagree','updated'], rows:[c,a,b] (+ flags), series:[c,a,b] }]
 */
import type { ClaimComparison, ClaimRow } from './story.js';

export type Verdict = ClaimComparison['verdict'];

export interface BlockRow extends ClaimRow {
  /** Differs from the figure most outlets give in a disagreement of this block. */
  differs: boolean;
  /** Counts a narrower scope than the other figures (a region's toll against the national one). */
  narrower: boolean;
}

export interface ClaimBlock {
  subject: string;
  /** The block's verdicts, most telling first (disagree, updated, different-scope, agree). */
  verdicts: Verdict[];
  rows: BlockRow[];
  /** The rows of the "updated over time" comparison, oldest first; null when the block has none. */
  series: ClaimRow[] | null;
}

const ORDER: Record<Verdict, number> = { disagree: 0, updated: 1, 'different-scope': 2, agree: 3, single: 4 };

const rowKey = (r: ClaimRow) => `${r.articleId}:${r.start}:${r.end}`;

/** Merges comparisons into blocks, in the order their first comparison arrives; single-source ones are left out. */
export function claimBlocks(comparisons: readonly ClaimComparison[]): ClaimBlock[] {
  const groups: ClaimComparison[][] = [];
  for (const c of comparisons) {
    if (c.verdict === 'single') continue;
    const keys = new Set(c.rows.map(rowKey));
    const joined = groups.filter((g) => g[0].subject === c.subject && g.some((x) => x.rows.some((r) => keys.has(rowKey(r)))));
    if (!joined.length) { groups.push([c]); continue; }
    const [into, ...rest] = joined;
    into.push(...rest.flat(), c);
    for (const r of rest) groups.splice(groups.indexOf(r), 1);
  }
  return groups.map(block);
}

function block(cs: ClaimComparison[]): ClaimBlock {
  const rows = new Map<string, BlockRow>();
  const inWide = new Set<string>();
  for (const c of cs) {
    const common = c.verdict === 'disagree' ? consensus(c.rows) : null;
    for (const r of c.rows) {
      const k = rowKey(r);
      const b = rows.get(k) ?? { ...r, differs: false, narrower: false };
      if (c.verdict === 'disagree' && (common === null || r.value !== common)) b.differs = true;
      if (c.verdict !== 'different-scope') inWide.add(k);
      rows.set(k, b);
    }
  }
  // A different-scope comparison sets a narrower figure against wide ones: the figures that appear in no other
  // comparison of the block are the narrower ones (when the block has no other comparison, none can be told).
  if (inWide.size) for (const [k, b] of rows) b.narrower = !inWide.has(k);
  const verdicts = [...new Set(cs.map((c) => c.verdict))].sort((a, b) => ORDER[a] - ORDER[b]);
  const ordered = [...rows.values()].sort((a, b) => (a.date ?? a.published?.slice(0, 10) ?? '\uffff').localeCompare(b.date ?? b.published?.slice(0, 10) ?? '\uffff')
    || (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.articleId.localeCompare(b.articleId) || a.start - b.start);
  return { subject: cs[0].subject, verdicts, rows: ordered, series: cs.find((c) => c.verdict === 'updated')?.rows ?? null };
}

/** The figure most rows give, when one does; rows that differ from it are the disagreement to look at. */
export function consensus(rows: readonly ClaimRow[]): number | null {
  const n = new Map<number, number>();
  for (const r of rows) n.set(r.value, (n.get(r.value) ?? 0) + 1);
  const best = [...n].sort((a, b) => b[1] - a[1]);
  return best.length > 1 && best[0][1] > best[1][1] ? best[0][0] : null;
}

/**
 * A figure with its qualifier as a symbol, as the claim extractor stores it: exact (low = high = value), open
 * above ("at least 12": high unbounded; "more than 4,500": low above the value), open below ("up to 5"), an
 * approximation around the value ("some 3,000") or a range from low to high ("10 to 15": value = low).
 * Example: figure(14, 14, 14) → '14'; figure(12, 12, Number.MAX_SAFE_INTEGER) → '≥12'; figure(3000, 2700, 3300) → '~3,000'
 */
export function figure(v: number, lo: number, hi: number): string {
  const n = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (lo === hi) return n(v);
  if (hi >= 1e12 || (hi === 100 && v < 100 && lo >= v)) return `${lo > v ? '>' : '≥'}${n(v)}`;
  if (lo <= 0 && hi <= v) return `≤${n(v)}`;
  if (lo < v && hi > v) return `~${n(v)}`;
  return `${n(lo)}–${n(hi)}`;
}

