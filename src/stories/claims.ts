/**
 * Claim comparison across the articles of one story: aligns claims about the same quantity and says whether
 * outlets agree (intervals overlap), disagree (they do not: "shot down 337 drones" vs "343 drones launched"),
 * speak of a different scope (one sentence names a place or part the other does not: "Moscow region governor
 * … one person killed" vs "at least three people were killed" overall), or stand alone. Hand-written: claim
 * alignment across outlets is this project's own problem; no library does it.
 *
 * How loose "the same quantity" is: same unit (miles read as km) and same event class, where every attack
 * verb (launched, shot down, targeted, aimed at, destroyed) is one class — outlets count the same wave of
 * drones from either side — while killed, injured and "killed or injured" stay apart. Within a class, claims
 * are linked greedily by sentence overlap + closeness of the stated values + identical subject, at most one
 * claim per article per comparison, and only above MIN_LINK so a far-off figure stays on its own.
 */
import type { Claim } from '../model/analysis.js';
import type { ClaimComparison, ClaimRow } from '../model/story.js';
import { contentWords, jaccard } from './refs.js';

export interface ClaimInput {
  articleId: string;
  outlet: string | null;
  published: string | null;
  claim: Claim;
  /** The sentence that holds the claim: its scope cues ("in the Moscow region", "in total") are read here. */
  sentence: string;
}

const TUNING = {
  valueWeight: 0.5,
  subjectWeight: 0.3,
  minLink: 0.35,
  attack: /^(?:shot down|launched|targeted|aimed at|destroyed)\b/,
  place: /\b(\p{Lu}[\p{L}’'-]+) (?:region|oblast|province|district|county|city|state)\b|\b(?:in|outside|near|across) (?:the )?(\p{Lu}[\p{L}-]+)/gu,
  part: /\b(?:including|among them|of whom)\s*$/i,
  whole: /\b(?:overall|in total|in all|nationwide|across the country|altogether)\b/i,
  notPlace: /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)$/,
  toKm: { miles: 1.609344 } as Record<string, number>,
};
const ORDER: Record<ClaimComparison['verdict'], number> = { disagree: 0, 'different-scope': 1, agree: 2, single: 3 };

/**
 * Groups claims about the same quantity and gives each group a verdict; multi-article groups first.
 * Example: compareClaims([{…337 drones shot down…}, {…343 drones launched…}])[0].verdict → "disagree"
 */
export function compareClaims(items: ClaimInput[]): ClaimComparison[] {
  const byKey = new Map<string, ClaimInput[]>();
  for (const it of items) {
    if (!it.claim.subject && !it.claim.unit) continue;
    const k = key(it.claim);
    byKey.set(k, [...(byKey.get(k) ?? []), it]);
  }
  const out: ClaimComparison[] = [];
  for (const group of byKey.values()) for (const linked of link(group)) out.push(judge(linked));
  return out.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || b.rows.length - a.rows.length || a.subject.localeCompare(b.subject));
}

/** Unit class + event class: "drones|attack", "people|killed", "%|of ukraine's territory". */
function key(c: Claim): string {
  const unit = c.unit && TUNING.toKm[c.unit] ? 'km' : (c.unit ?? '');
  const rest = (c.subject ?? '').startsWith(c.unit ?? '\0') ? (c.subject ?? '').slice((c.unit ?? '').length).trim() : (c.subject ?? '');
  return `${unit}|${TUNING.attack.test(rest) ? 'attack' : rest.toLowerCase()}`;
}

/** Greedy linking of the best pairs first, keeping at most one claim per article in each component. */
function link(group: ClaimInput[]): ClaimInput[][] {
  const comp = group.map((_, k) => k);
  const members = group.map((_, k) => [k]);
  const words = group.map((it) => contentWords(it.sentence));
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < group.length; a++) {
    for (let b = a + 1; b < group.length; b++) {
      if (group[a].articleId === group[b].articleId) continue;
      const s = score(group[a], group[b], jaccard(words[a], words[b]));
      if (s >= TUNING.minLink) pairs.push([s, a, b]);
    }
  }
  for (const [, a, b] of pairs.sort((x, y) => y[0] - x[0])) {
    const [ca, cb] = [comp[a], comp[b]];
    if (ca === cb) continue;
    const articles = new Set(members[ca].map((k) => group[k].articleId));
    if (members[cb].some((k) => articles.has(group[k].articleId))) continue;
    for (const k of members[cb]) comp[k] = ca;
    members[ca].push(...members[cb]);
    members[cb] = [];
  }
  return members.filter((m) => m.length).map((m) => m.map((k) => group[k]));
}

function score(a: ClaimInput, b: ClaimInput, overlap: number): number {
  const [x, y] = [Math.abs(a.claim.value), Math.abs(b.claim.value)];
  const closeness = Math.max(x, y) ? Math.min(x, y) / Math.max(x, y) : 1;
  const same = a.claim.subject === b.claim.subject ? TUNING.subjectWeight : 0;
  return overlap + TUNING.valueWeight * closeness + same;
}

function judge(items: ClaimInput[]): ClaimComparison {
  const rows = items.map(row).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.articleId.localeCompare(b.articleId));
  const subject = mostCommon(items.map((it) => it.claim.subject ?? it.claim.unit ?? ''));
  if (new Set(items.map((it) => it.articleId)).size < 2) return { subject, verdict: 'single', rows };
  const scopes = new Set(items.map((it) => scopeOf(it)));
  if (scopes.size > 1) return { subject, verdict: 'different-scope', rows };
  const iv = items.map(interval);
  const overlap = Math.max(...iv.map((v) => v[0])) <= Math.min(...iv.map((v) => v[1]));
  return { subject, verdict: overlap ? 'agree' : 'disagree', rows };
}

/**
 * The scope a sentence puts on its claim: named places ("Moscow region", "in Ramensky"), the place an attack
 * was aimed at, and whole-count cues ("in total"). Example: "… in the Kherson region" → "kherson".
 */
export function scopeOf(it: ClaimInput): string {
  const places = new Set<string>();
  for (const m of it.sentence.matchAll(TUNING.place)) {
    const p = m[1] ?? m[2];
    if (p && !TUNING.notPlace.test(p)) places.add(p.replace(/['’]s$/, '').toLowerCase());
  }
  const aimed = /\baimed at (.+)$/.exec(it.claim.subject ?? '');
  if (aimed) places.add(aimed[1].toLowerCase());
  if (TUNING.whole.test(it.sentence)) places.add('(total)');
  if (TUNING.part.test(it.sentence.slice(0, Math.max(0, it.sentence.indexOf(it.claim.text))))) places.add('(part)');
  return [...places].sort().join(',');
}

function interval(it: ClaimInput): [number, number] {
  const f = TUNING.toKm[it.claim.unit ?? ''] ?? 1;
  return [it.claim.low * f, it.claim.high * f];
}

function row(it: ClaimInput): ClaimRow {
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
