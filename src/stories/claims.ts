/**
 * Claim comparison across the articles of one story: aligns claims about the same quantity and says whether
 * outlets agree (intervals overlap), disagree (they do not: "shot down 337 drones" vs "343 drones launched"),
 * speak of a different scope (one names a smaller area or a part: "Moscow region governor … one person
 * killed" vs "at least three people were killed" overall), or stand alone. Hand-written: aligning figures
 * across outlets is this project's own problem; no library does it.
 *
 * How loose "the same quantity" is: same unit (miles read as km, houses as homes, residents as people) and
 * same event class, where every attack verb (launched, shot down, targeted, aimed at, destroyed) is one class
 * — outlets count the same wave of drones from either side — while killed, injured and "killed or injured"
 * stay apart. Within a class, claims are linked greedily by sentence overlap + closeness of the stated
 * values + identical subject, at most one claim per article and source in a comparison, and only above
 * minLink; a bare unit ("marks", "people") also needs real sentence overlap. Figures are first bucketed by
 * scope (claims-scope.ts); a narrower figure is set against the wide figures it links to. "At least 12" is read as 12 to
 * 13 when compared (news tallies state their best count), so it disagrees with another outlet's 14.
 */
import type { Claim } from '../model/analysis.js';
import type { ClaimComparison, ClaimRow } from '../model/story.js';
import { sameScope, scopeIn, type Scope } from './claims-scope.js';
import { contentWords, jaccard } from './refs.js';

export interface ClaimInput {
  articleId: string;
  outlet: string | null;
  published: string | null;
  claim: Claim;
  /** The sentence that holds the claim: its scope cues ("in the Moscow region", "in total") are read here. */
  sentence: string;
}

interface Item extends ClaimInput { words: Set<string>; scope: Scope; who: string }

const TUNING = {
  valueWeight: 0.5,
  subjectWeight: 0.3,
  minLink: 0.35,
  /** Sentence overlap a bare unit ("marks") needs before two figures are taken to count the same thing. */
  bareOverlap: 0.3,
  /** Open bounds ("at least", "up to") reach this far past the value when compared: 10%, at least 1. */
  openSlack: 0.1,
  attack: /^(?:shot down|launched|targeted|aimed at|destroyed)\b/,
  units: { miles: 'km', houses: 'homes', residents: 'people', inhabitants: 'people', persons: 'people' } as Record<string, string>,
  toKm: { miles: 1.609344 } as Record<string, number>,
};
const ORDER: Record<ClaimComparison['verdict'], number> = { disagree: 0, 'different-scope': 1, agree: 2, single: 3 };

/**
 * Groups claims about the same quantity and gives each group a verdict; multi-article groups first.
 * Example: compareClaims([{…337 drones shot down…}, {…343 drones launched…}])[0].verdict → "disagree"
 */
export function compareClaims(inputs: ClaimInput[]): ClaimComparison[] {
  const byKey = new Map<string, Item[]>();
  for (const it of inputs) {
    if (!it.claim.unit) continue;
    const aimed = /\baimed at (.+)$/.exec(it.claim.subject ?? '')?.[1] ?? null;
    const item = { ...it, words: contentWords(it.sentence), scope: scopeIn(it.sentence, it.claim.text, aimed), who: `${it.articleId}\u0000${it.claim.source ?? ''}` };
    byKey.set(key(it.claim), [...(byKey.get(key(it.claim)) ?? []), item]);
  }
  const out: ClaimComparison[] = [];
  for (const group of byKey.values()) out.push(...compareGroup(group));
  return out.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || b.rows.length - a.rows.length || a.subject.localeCompare(b.subject));
}

/** Unit class + event class: "drones|attack", "people|killed", "%|of ukraine's territory". */
function key(c: Claim): string {
  const unit = TUNING.units[c.unit ?? ''] ?? c.unit ?? '';
  const subject = subjectOf(c);
  const rest = subject.startsWith(unit) ? subject.slice(unit.length).trim() : subject;
  return `${unit}|${TUNING.attack.test(rest) ? 'attack' : rest.toLowerCase()}`;
}

/**
 * Greedy linking of the best pairs first, keeping at most one claim per article and source in a component.
 * The same figure with the same source from many outlets starts as one seed, so a story of hundreds of
 * articles scores pairs of distinct figures, not of articles.
 */
function link(group: Item[]): Item[][] {
  const members = seeds(group);
  const comp = members.map((_, k) => k);
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const [x, y] = [group[members[a][0]], group[members[b][0]]];
      const s = x.articleId === y.articleId ? 0 : score(x, y);
      if (s >= TUNING.minLink) pairs.push([s, a, b]);
    }
  }
  for (const [, a, b] of pairs.sort((x, y) => y[0] - x[0])) {
    const [ca, cb] = [comp[a], comp[b]];
    if (ca === cb) continue;
    const who = new Set(members[ca].map((k) => group[k].who));
    if (members[cb].some((k) => who.has(group[k].who))) continue;
    comp.forEach((c, k) => { if (c === cb) comp[k] = ca; });
    members[ca].push(...members[cb]);
    members[cb] = [];
  }
  return members.filter((m) => m.length).map((m) => m.map((k) => group[k]));
}

/** Identical figures (value, qualifier, subject, source, scope) from different articles, grouped up front. */
function seeds(group: Item[]): number[][] {
  const bySig = new Map<string, number[][]>();
  group.forEach((it, k) => {
    const c = it.claim;
    const sig = [c.value, c.qualifier, subjectOf(c), c.source ?? '', it.scope.rank, it.scope.names.join()].join('|');
    const list = bySig.get(sig) ?? [];
    const free = list.find((m) => !m.some((j) => group[j].who === it.who));
    if (free) free.push(k); else list.push([k]);
    bySig.set(sig, list);
  });
  return [...bySig.values()].flat();
}

function score(a: Item, b: Item): number {
  const overlap = jaccard(a.words, b.words);
  const bare = [a, b].some((x) => x.claim.subject === x.claim.unit && !x.claim.unit?.includes('/'));
  if (bare && overlap < TUNING.bareOverlap) return 0;
  const [x, y] = [Math.abs(a.claim.value), Math.abs(b.claim.value)];
  const closeness = Math.max(x, y) ? Math.min(x, y) / Math.max(x, y) : 1;
  const same = subjectOf(a.claim) === subjectOf(b.claim) ? TUNING.subjectWeight : 0;
  return overlap + TUNING.valueWeight * closeness + same;
}

/**
 * Verdicts for one key group: figures are bucketed by scope; within the widest bucket (the most figures)
 * linked figures agree or disagree; a figure of another scope is set against the wide figures it links to
 * as a different-scope comparison (or stands on its own when it links to none).
 */
function compareGroup(group: Item[]): ClaimComparison[] {
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
    const wider = main.filter((m) => m.some((a) => part.some((b) => a.articleId !== b.articleId && score(a, b) >= TUNING.minLink)));
    if (!wider.length || articles(part) > 1) out.push(verdictOf(part));
    if (!wider.length) continue;
    wider.forEach((w) => covered.add(w));
    out.push(comparison([...part, ...wider.flat()], 'different-scope'));
  }
  for (const m of main) if (!covered.has(m) || articles(m) > 1) out.push(verdictOf(m));
  return out;
}

function verdictOf(items: Item[]): ClaimComparison {
  return comparison(items, articles(items) < 2 ? 'single' : overlaps(items) ? 'agree' : 'disagree');
}

/** The subject with its unit read through the synonym table: "residents evacuated" → "people evacuated". */
function subjectOf(c: Claim): string {
  const unit = c.unit ?? '';
  const subject = c.subject ?? unit;
  return subject.startsWith(unit) ? (TUNING.units[unit] ?? unit) + subject.slice(unit.length) : subject;
}

function articles(items: Item[]): number {
  return new Set(items.map((it) => it.articleId)).size;
}

function overlaps(items: Item[]): boolean {
  const iv = items.map(interval);
  return Math.max(...iv.map((v) => v[0])) <= Math.min(...iv.map((v) => v[1]));
}

/** The compared interval: open bounds closed at value + slack, miles as km. */
function interval(it: Item): [number, number] {
  const c = it.claim;
  const f = TUNING.toKm[c.unit ?? ''] ?? 1;
  const slack = Math.max(1, c.value * TUNING.openSlack);
  if (c.qualifier === 'at least' || c.qualifier === 'more than') return [c.low * f, Math.max(c.low, c.value + slack) * f];
  if (c.qualifier === 'at most' || c.qualifier === 'less than') return [Math.min(c.high, c.value - slack) * f, c.high * f];
  return [c.low * f, c.high * f];
}

function comparison(items: Item[], verdict: ClaimComparison['verdict']): ClaimComparison {
  const rows = items.map(row).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.articleId.localeCompare(b.articleId));
  return { subject: mostCommon(items.map((it) => it.claim.subject ?? it.claim.unit ?? '')), verdict, rows };
}

function row(it: Item): ClaimRow {
  const c = it.claim;
  return {
    articleId: it.articleId, outlet: it.outlet, published: it.published, text: c.text, value: c.value,
    low: c.low, high: c.high, source: c.source ?? null, start: c.start, end: c.end,
  };
}

function mostCommon(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}
