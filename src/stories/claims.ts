/**
 * Claim comparison across the articles of one story: aligns claims about the same quantity and says whether
 * outlets agree (intervals overlap), disagree (they do not: "shot down 337 drones" vs "343 drones launched"),
 * speak of a different scope (one names a smaller area or a part: "Moscow region governor … one person
 * killed" vs "at least three people were killed" overall), or stand alone. Hand-written: aligning figures
 * across outlets is this project's own problem; no library does it.
 *
 * A cumulative count that rises from day to day ("at least seven" dead on Friday, 14 on Saturday, 17 on
 * Thursday) is "updated": one series in time order, with any same-day conflict inside it still a
 * disagreement of its own (claims-series.ts, dates from claims-date.ts).
 *
 * Which figures count the same quantity is decided in claims-link.ts; figures are bucketed by scope
 * (claims-scope.ts) and a narrower figure is set against the wide figures it links to. "At least 12" is read
 * as 12 to 13 when compared (claims-interval.ts), so it disagrees with another outlet's 14.
 */
import type { ClaimComparison, ClaimRow } from '../model/story.js';
import { key, link, LINK, score, toItem, type ClaimInput, type Item } from './claims-link.js';
import { interval, overlaps } from './claims-interval.js';
import { sameScope } from './claims-scope.js';
import { cumulative, series } from './claims-series.js';

export type { ClaimInput } from './claims-link.js';
export { claimDate } from './claims-date.js';

const ORDER: Record<ClaimComparison['verdict'], number> = { disagree: 0, updated: 1, 'different-scope': 2, agree: 3, single: 4 };

/**
 * Groups claims about the same quantity and gives each group a verdict; multi-article groups first.
 * Example: compareClaims([{…337 drones shot down…}, {…343 drones launched…}])[0].verdict → "disagree"
 */
export function compareClaims(inputs: ClaimInput[]): ClaimComparison[] {
  const byKey = new Map<string, ClaimInput[]>();
  for (const it of inputs) {
    if (!it.claim.unit) continue;
    const k = key(it.claim);
    const group = byKey.get(k);
    if (group) group.push(it); else byKey.set(k, [it]);
  }
  const out: ClaimComparison[] = [];
  // Sentence words and scope (toItem) only for the figures a capped group keeps: a big story has thousands.
  for (const [k, group] of byKey) out.push(...compareGroup(capped(group).map(toItem), cumulative(k.slice(k.indexOf('|') + 1))));
  return out.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || b.rows.length - a.rows.length || a.subject.localeCompare(b.subject));
}

/**
 * Linking is quadratic in a group's size, and a table of hundreds of rows helps nobody: a group holds at most
 * `maxGroup` figures — the earliest reports (who said it first) and the latest (where the count stands now).
 */
function capped(group: ClaimInput[]): ClaimInput[] {
  if (group.length <= MAX_GROUP) return group;
  const byTime = [...group].sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'));
  return [...byTime.slice(0, MAX_GROUP / 2), ...byTime.slice(-MAX_GROUP / 2)];
}

const MAX_GROUP = 60;

/**
 * Verdicts for one key group: figures are bucketed by scope; within the widest bucket (the most figures)
 * linked figures agree or disagree; a figure of another scope is set against the wide figures it links to
 * as a different-scope comparison (or stands on its own when it links to none).
 */
function compareGroup(group: Item[], isCumulative: boolean): ClaimComparison[] {
  const buckets: Item[][] = [];
  for (const it of group) {
    const b = buckets.find((x) => sameScope(x[0].scope, it.scope));
    if (b) b.push(it); else buckets.push([it]);
  }
  buckets.sort((a, b) => articles(b) - articles(a) || b.length - a.length || b[0].scope.rank - a[0].scope.rank);
  const [main, ...others] = buckets.map(link);
  const out: ClaimComparison[] = [];
  const covered = new Set<Item[]>();
  for (const part of others.flat()) {
    const wider = main.filter((m) => m.some((a) => part.some((b) => a.articleId !== b.articleId && score(a, b) >= LINK.minLink)));
    if (!wider.length || articles(part) > 1) out.push(...verdictsOf(part, isCumulative));
    if (!wider.length) continue;
    wider.forEach((w) => covered.add(w));
    out.push(comparison([...part, ...wider.flat()], 'different-scope'));
  }
  for (const m of main) if (!covered.has(m) || articles(m) > 1) out.push(...verdictsOf(m, isCumulative));
  return out;
}

/**
 * Verdicts for linked figures of one scope: single, agree, updated (a count changing over days, plus each
 * day's own conflict), or disagree.
 */
function verdictsOf(items: Item[], isCumulative: boolean): ClaimComparison[] {
  if (articles(items) < 2) return [comparison(items, 'single')];
  if (overlaps(items)) return [comparison(items, 'agree')];
  const days = series(items, isCumulative);
  if (!days) return conflict(items);
  // Two sources of one report that differ on the same day ("at least 12, a lower toll than the 14 announced
  // by the ministry") are a same-time conflict too.
  const sameDay = days.filter((d) => d[0].day && d.length > 1 && !overlaps(d));
  return [comparison(days.flat(), 'updated'), ...sameDay.flatMap(conflict)];
}

/** A disagreement, and then each set of outlets that agree among themselves ("18 million a day" from three outlets against one "25 million"). */
function conflict(items: Item[]): ClaimComparison[] {
  const sorted = [...items].sort((a, b) => interval(a)[0] - interval(b)[0]);
  const sets: Item[][] = [];
  for (const it of sorted) {
    const last = sets[sets.length - 1];
    if (last && overlaps([...last, it])) last.push(it); else sets.push([it]);
  }
  return [comparison(items, 'disagree'), ...sets.filter((x) => articles(x) > 1).map((x) => comparison(x, 'agree'))];
}

function articles(items: Item[]): number {
  return new Set(items.map((it) => it.articleId)).size;
}

function comparison(items: Item[], verdict: ClaimComparison['verdict']): ClaimComparison {
  const rows = items.map(row).sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.published ?? '').localeCompare(b.published ?? '') || a.articleId.localeCompare(b.articleId));
  return { subject: mostCommon(items.map((it) => it.claim.subject ?? it.claim.unit ?? '')), verdict, rows };
}

function row(it: Item): ClaimRow {
  const c = it.claim;
  return {
    articleId: it.articleId, outlet: it.outlet, published: it.published, date: it.day, text: c.text, value: c.value,
    low: c.low, high: c.high, source: c.source ?? null, start: c.start, end: c.end,
  };
}

function mostCommon(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}
