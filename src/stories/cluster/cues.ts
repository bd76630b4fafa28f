/**
 * Episode cues: what a report's headline and lead say about *which* occurrence of a recurring event it tells,
 * beyond its words and names. Two cues, both read from the headline and the first sentences only (the lead
 * names the report's own event; later paragraphs recall earlier rounds and announce the next one):
 *  - the round of talks it announces ("a second round of talks", "round three of negotiations"): a report
 *    that opens round N belongs to no story of another round, even days after round one with the same people;
 *  - where the gathering it reports takes place ("meet in London", "talks in Saudi Arabia"): talks in one city
 *    are not a meeting in another, even when undated and told with the same names. The pattern also catches
 *    what the talks are about ("talks on fishing rights in the Grey Sound"), so a place only counts as another
 *    venue when the other side's lead does not name it at all.
 * A clash makes a report a new episode of the story rather than a member of it. A third cue tells events apart,
 * not episodes: the site of the report's event, from its dateline ("KYIV, Ukraine (AP) —", "LONDON:") and the
 * first "in X" of its headline or first sentence ("Floods in Orvella kill 4"). Two floods on the same day in
 * two towns are told in the same stock sentences; which town is what tells them apart, and it is there before
 * word statistics are (a new stream's IDFs are young). Hand-written: no library reads these cues, and the
 * patterns are a few words of English news style.
 */
import { sentences } from '../../analyze/tokenize.js';

export const CUES = {
  /** Sentences of the body read as the lead, besides the headline, within its first characters (the rest of a
   * long report is not split into sentences for nothing). */
  leadSentences: 2,
  leadChars: 1500,
  /** "second round of (peace) talks", "round two of negotiations". */
  round: /\b(?:(\w+)(?:-|\s+)round\s+of\s+(?:[\w-]+\s+){0,2}?|round\s+(\w+)\s+of\s+(?:[\w-]+\s+){0,2}?)(?:talks|negotiations|discussions|consultations|meetings|voting|elections?)\b/giu,
  ordinals: new Map(Object.entries({
    second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
  })),
  /** A round that is only announced ("will return next week for a second round") is not this report's event. */
  future: /\b(?:will|would|shall|next|plans?|planned|due|expected|scheduled|hopes?)\b/iu,
  /** A gathering, then up to three words, then in/at and up to four words naming the place (to punctuation). */
  place: /\b(?:[Tt]alks|[Mm]eet|[Mm]eets|[Mm]eeting|[Mm]et|[Ss]ummit|[Nn]egotiations|[Cc]onference|[Ss]it\s+down|[Ss]at\s+down|[Gg]ather(?:s|ed)?|[Cc]onvene[sd]?)\b(?:\s+[\p{Ll}\d’'-]+){0,3}?\s+(?:in|at)\s+((?:[\p{L}\p{M}’'-]+\s*){1,4})/gu,
  capitalised: /^\p{Lu}/u,
  /** An upper-case dateline opening the text, then ", Country", "(Agency)" and a colon or dash. */
  dateline: /^\s*(\p{Lu}[\p{Lu}\p{M}’' .-]{1,40}?)\s*(?:,[^\n:—–]{0,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?::|\s[—–-])\s/u,
  /** "in" and a capitalised run of up to three words: the event's place in a headline or first sentence. */
  site: /\bin\s+((?:\p{Lu}[\p{L}\p{M}’'-]+\s?){1,3})/gu,
  /** A story whose leads name more words than this stops telling venues apart (it has seen too many, and the
   * list would grow with every report). */
  maxNamed: 200,
  /** Capitalised words after "in/at" that are not places. */
  notPlace: new Set(`the a an monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december`.split(/\s+/)),
};

export interface Cues {
  /** Rounds of talks the lead says the report is about (empty: none said). */
  rounds: number[];
  /** Lower-case words naming where the lead's gathering takes place (empty: none said). */
  places: string[];
  /** Every capitalised word of the lead, lower-cased: what it names at all. */
  named: string[];
  /** Lower-case words naming where the event is (dateline, first "in X"); absent in states saved before. */
  sites?: string[];
  /** Set once a story's leads named more than CUES.maxNamed words: places and names are no longer kept. */
  crowded?: true;
}

export const NO_CUES: Cues = { rounds: [], places: [], named: [], sites: [] };

/** Cues of a report. Example: episodeCues('Talks open in Lissane', 'A second round of talks opened.') → {rounds:[2], places:['lissane'], named:['a','lissane','talks']} */
export function episodeCues(title: string | null, text: string): Cues {
  const head = text.slice(0, CUES.leadChars);
  const lead = [title ?? '', ...sentences(head).slice(0, CUES.leadSentences).map((s) => head.slice(s.start, s.end))];
  const rounds = new Set<number>(), places = new Set<string>(), named = new Set<string>();
  for (const s of lead) {
    for (const w of s.split(/[^\p{L}\p{M}’'-]+/u)) if (CUES.capitalised.test(w)) named.add(w.toLowerCase());
    for (const m of s.matchAll(CUES.round)) {
      const n = CUES.ordinals.get((m[1] ?? m[2]).toLowerCase()) ?? Number(m[1] ?? m[2]);
      if (n >= 2 && !CUES.future.test(s.slice(0, m.index))) rounds.add(n);
    }
    for (const m of s.matchAll(CUES.place)) {
      for (const w of m[1].split(/\s+/)) if (CUES.capitalised.test(w) && !CUES.notPlace.has(w.toLowerCase())) places.add(w.toLowerCase());
    }
  }
  const sites = new Set<string>();
  const words = (run: string) => run.split(/[\s.-]+/).map((w) => w.toLowerCase()).filter((w) => w.length > 1 && !CUES.notPlace.has(w));
  const dateline = CUES.dateline.exec(head)?.[1];
  if (dateline) for (const w of words(dateline)) { sites.add(w); named.add(w); }
  const site = lead.slice(0, 2).flatMap((s) => [...s.matchAll(CUES.site)].map((m) => words(m[1]))).find((ws) => ws.length);
  for (const w of site ?? []) sites.add(w);
  return { rounds: [...rounds].sort((a, b) => a - b), places: [...places].sort(), named: [...named].sort(), sites: [...sites].sort() };
}

/** Cues of a story: those of its members together. Example: joinCues([a, b]).rounds → [2] */
export function joinCues(cues: Cues[]): Cues {
  const words = (k: 'places' | 'named' | 'sites') => [...new Set(cues.flatMap((c) => c[k] ?? []))].sort();
  const rounds = [...new Set(cues.flatMap((c) => c.rounds))].sort((x, y) => x - y), named = words('named');
  if (named.length > CUES.maxNamed || cues.some((c) => c.crowded)) return { rounds, places: [], named: [], sites: [], crowded: true };
  return { rounds, places: words('places'), named, sites: words('sites') };
}

/**
 * Whether a report and a story say their events are in different places: both name a site and neither's lead
 * names any of the other's sites at all (a Geneva-datelined report on floods in Kerrow names Kerrow).
 * Example: elsewhere({…sites:['kerrow'], named:['kerrow']}, {…sites:['orvella'], named:['orvella']}) → true
 */
export function elsewhere(a: Cues, b: Cues): boolean {
  const as = a.sites ?? [], bs = b.sites ?? [];
  return as.length > 0 && bs.length > 0 && !as.some((p) => b.named.includes(p)) && !bs.some((p) => a.named.includes(p));
}

/**
 * Whether a newcomer (a report, or a story about to merge) with cues `a` tells another occurrence than the story
 * with cues `b`: it opens a round the story is not about (a story that never named a round is about the first),
 * or both name where their gathering is and neither lead names the other's venue. A newcomer that names no
 * round may be about any.
 * Example: clash({rounds:[2],places:[]}, NO_CUES) → true; clash(NO_CUES, {rounds:[2],places:[]}) → false
 */
export function clash(a: Cues, b: Cues): boolean {
  if (a.rounds.length && !a.rounds.some((n) => b.rounds.includes(n))) return true;
  return a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.named.includes(p)) && !b.places.some((p) => a.named.includes(p));
}
