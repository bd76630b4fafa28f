/**
 * Which claims of a story count the same quantity, for claim comparison (claims.ts). A key (unit class +
 * event class) says what may be compared at all; within a key, claims are linked greedily by sentence
 * overlap + closeness of the stated values + identical subject, at most one claim per article and source in
 * a component (two when its text dates them to different days), and only above minLink; a bare unit
 * ("marks", "people") also needs real sentence overlap.
 *
 * How loose "the same quantity" is: same unit (miles read as km, houses as homes, residents as people) and
 * same event class, where every attack verb (launched, shot down, targeted, aimed at, destroyed) is one class
 * — outlets count the same wave of drones from either side — while killed, injured and "killed or injured"
 * stay apart.
 */
import type { Claim } from '../model/analysis.js';
import { scopeIn, type Scope } from './claims-scope.js';
import { contentWords, jaccard } from './refs.js';

export interface ClaimInput {
  articleId: string;
  outlet: string | null;
  published: string | null;
  claim: Claim;
  /** The sentence that holds the claim: its scope cues ("in the Moscow region", "in total") are read here. */
  sentence: string;
  /** The day the sentence says the figure was given (claimDate); else the publication day is used. */
  date?: string | null;
}

/**
 * A claim with what comparing needs; `day` is the figure's own date or its report's publication day; `subject`
 * its subject with the unit read through the synonym table, `bare` when that subject is the unit alone.
 */
export interface Item extends ClaimInput { words: Set<string>; scope: Scope; who: string; day: string | null; subject: string; bare: boolean }

export const LINK = {
  valueWeight: 0.5,
  subjectWeight: 0.3,
  minLink: 0.35,
  /** Sentence overlap a bare unit ("marks") needs before two figures are taken to count the same thing. */
  bareOverlap: 0.3,
  attack: /^(?:shot down|launched|targeted|aimed at|destroyed)\b/,
  units: { miles: 'km', houses: 'homes', residents: 'people', inhabitants: 'people', persons: 'people' } as Record<string, string>,
};

/** A claim with what linking needs: its sentence's words, its scope, and who says it where. */
export function toItem(it: ClaimInput): Item {
  const aimed = /\baimed at (.+)$/.exec(it.claim.subject ?? '')?.[1] ?? null;
  return {
    ...it, words: contentWords(it.sentence), scope: scopeIn(it.sentence, it.claim.text, aimed),
    who: `${it.articleId}\u0000${it.claim.source ?? ''}`, day: it.date ?? it.published?.slice(0, 10) ?? null,
    subject: subjectOf(it.claim), bare: it.claim.subject === it.claim.unit && !it.claim.unit?.includes('/'),
  };
}

/** Unit class + event class: "drones|attack", "people|killed", "%|of ukraine's territory". */
export function key(c: Claim): string {
  const unit = LINK.units[c.unit ?? ''] ?? c.unit ?? '';
  const subject = subjectOf(c);
  const rest = subject.startsWith(unit) ? subject.slice(unit.length).trim() : subject;
  return `${unit}|${LINK.attack.test(rest) ? 'attack' : rest.toLowerCase()}`;
}

/**
 * Greedy linking of the best pairs first, keeping at most one claim per article and source and day in a component.
 * The same figure with the same source from many outlets starts as one seed, so a story of hundreds of
 * articles scores pairs of distinct figures, not of articles.
 */
export function link(group: Item[]): Item[][] {
  const members = seeds(group);
  const comp = members.map((_, k) => k);
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const [x, y] = [group[members[a][0]], group[members[b][0]]];
      const s = x.articleId === y.articleId ? 0 : score(x, y);
      if (s >= LINK.minLink) pairs.push([s, a, b]);
    }
  }
  for (const [, a, b] of pairs.sort((x, y) => y[0] - x[0])) {
    const [ca, cb] = [comp[a], comp[b]];
    if (ca === cb) continue;
    if (members[cb].some((k) => members[ca].some((j) => clash(group[k], group[j])))) continue;
    comp.forEach((c, k) => { if (c === cb) comp[k] = ca; });
    members[ca].push(...members[cb]);
    members[cb] = [];
  }
  return members.filter((m) => m.length).map((m) => m.map((k) => group[k]));
}

/**
 * Two figures one article gives from one source are not compared — unless its text dates them to different
 * days ("4,500 now, up from some 3,000 on Friday morning"): that is a count updated over time.
 */
function clash(a: Item, b: Item): boolean {
  return a.who === b.who && (a.day === b.day || !a.day || !b.day);
}

/** Identical figures (value, qualifier, subject, source, scope) from different articles, grouped up front. */
function seeds(group: Item[]): number[][] {
  const bySig = new Map<string, number[][]>();
  group.forEach((it, k) => {
    const c = it.claim;
    const sig = [c.value, c.qualifier, it.subject, c.source ?? '', it.scope.rank, it.scope.names.join()].join('|');
    const list = bySig.get(sig) ?? [];
    const free = list.find((m) => !m.some((j) => group[j].who === it.who));
    if (free) free.push(k); else list.push([k]);
    bySig.set(sig, list);
  });
  return [...bySig.values()].flat();
}

/** How well two figures from different articles fit together; 0 when a bare unit has too little in common. */
export function score(a: Item, b: Item): number {
  const overlap = jaccard(a.words, b.words);
  if ((a.bare || b.bare) && overlap < LINK.bareOverlap) return 0;
  const x = Math.abs(a.claim.value), y = Math.abs(b.claim.value);
  const closeness = Math.max(x, y) ? Math.min(x, y) / Math.max(x, y) : 1;
  const same = a.subject === b.subject ? LINK.subjectWeight : 0;
  return overlap + LINK.valueWeight * closeness + same;
}

/** The subject with its unit read through the synonym table: "residents evacuated" → "people evacuated". */
function subjectOf(c: Claim): string {
  const unit = c.unit ?? '';
  const subject = c.subject ?? unit;
  return subject.startsWith(unit) ? (LINK.units[unit] ?? unit) + subject.slice(unit.length) : subject;
}
