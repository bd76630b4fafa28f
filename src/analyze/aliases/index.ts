/**
 * Alias merging: one canonical entity per real-world actor. Within an article, surname-only and titled
 * mentions ("Mr Zelensky", "Zelensky") join the full name ("Volodymyr Zelenskyy"), transliterations merge
 * (Dmitry/Dmytro Kuleba), and short forms of places and organisations map to one name (US → United States).
 * Across articles, `mergeAcross` does the same over canonical names, so a story has one actor per person.
 * Canonical ids are derived from folded names, so they are stable across runs.
 *
 * Example: canonicalise([{text:'Volodymyr Zelensky',type:'PER'},{text:'Mr Zelenskyy',type:'PER'}]) → both 'Volodymyr Zelensky'
 */
import type { Entity, EntityType } from '../../model/analysis.js';
import { firstNamesMatch, nameWords, placeName, slug, wordKey } from './keys.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

interface Person {
  first: string | null;
  last: string;
  full: string;
  count: number;
}

/** Assigns `canonical` and `canonicalId` to every mention of one article. */
export function canonicalise(mentions: Mention[]): Entity[] {
  const people = collectPeople(mentions);
  return mentions.map((m) => {
    if (m.type !== 'PER') {
      const name = m.type === 'LOC' ? unshout(placeName(m.text)) : placeName(m.text);
      return { ...m, canonical: name, canonicalId: `${m.type}:${slug(name, false)}` };
    }
    const p = resolvePerson(m.text, people);
    return { ...m, canonical: p, canonicalId: `PER:${slug(p, true)}` };
  });
}

/**
 * A place name set in capitals by a dateline ("LONDON:", "NEW YORK —") reads as the place: names of five or more
 * capitals in all become title case; shorter ones are kept, as they are usually acronyms (USA, UAE, DPRK).
 * Example: unshout('NEW YORK') → 'New York'; unshout('USA') → 'USA'
 */
export function unshout(name: string): string {
  if (!/^[\p{Lu}\s.'’-]+$/u.test(name) || (name.match(/\p{Lu}/gu)?.length ?? 0) < 5) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase());
}

/** Full-name people of the article, most frequent spelling first. */
function collectPeople(mentions: Mention[]): Person[] {
  const people: Person[] = [];
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const w = nameWords(m.text);
    if (w.length < 2) continue;
    const last = w[w.length - 1];
    const full = w.join(' ');
    const same = people.find((p) => p.full === full);
    if (same) same.count++;
    else people.push({ first: w[0], last, full, count: 1 });
  }
  // Spelling variants of one person (Zelensky/Zelenskyy) share the canonical of the most frequent form.
  people.sort((a, b) => b.count - a.count || b.full.length - a.full.length);
  return people;
}

function resolvePerson(text: string, people: Person[]): string {
  const w = nameWords(text);
  const last = wordKey(w[w.length - 1] ?? text);
  const first = w.length > 1 ? w[0] : null;
  const match = people.find((p) => wordKey(p.last) === last && (!first || !p.first || firstNamesMatch(first, p.first)));
  return match ? match.full : w.join(' ');
}

export interface CanonicalRef {
  canonicalId: string;
  canonical: string;
  type: EntityType;
}

/**
 * Merges canonical names across the articles of a story: a surname-only id joins the one full name with
 * that surname; transliterated full names join; a place or organisation the tagger typed differently in two
 * reports (ORG "United States" / LOC "United States") becomes one actor of its most frequent type.
 * Returns a map old id → kept ref.
 */
export function mergeAcross(refs: (CanonicalRef & { weight: number })[]): Map<string, CanonicalRef> {
  const out = new Map<string, CanonicalRef>();
  const people = refs.filter((r) => r.type === 'PER').map((r) => ({ r, words: nameWords(r.canonical) }))
    .sort((a, b) => b.words.length - a.words.length || b.r.weight - a.r.weight);
  // Kept names by the key of their last word: a name can only join one with the same surname, so each
  // looks at its own bucket (a story's thousands of mentions would otherwise compare every pair).
  const kept = new Map<string, { r: CanonicalRef; words: string[] }[]>();
  for (const p of people) {
    const last = wordKey(p.words[p.words.length - 1] ?? '');
    const bucket = kept.get(last) ?? [];
    const target = bucket.find((k) => sameFirst(k.words, p.words));
    if (target) out.set(p.r.canonicalId, target.r);
    else { bucket.push(p); kept.set(last, bucket); out.set(p.r.canonicalId, p.r); }
  }
  const byName = new Map<string, CanonicalRef>();
  for (const r of refs.filter((x) => x.type !== 'PER').sort((a, b) => b.weight - a.weight)) {
    const key = slug(r.canonical, false);
    const target = byName.get(key) ?? r;
    byName.set(key, target);
    out.set(r.canonicalId, target);
  }
  return out;
}

/** Two names with the same surname key are one person unless both give first names that differ. */
function sameFirst(a: string[], b: string[]): boolean {
  return b.length === 1 || a.length === 1 || firstNamesMatch(a[0], b[0]);
}
