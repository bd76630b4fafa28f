/**
 * A story as the clusterer keeps it (centroids, day span, member vectors while small) and as it saves it,
 * plus the day arithmetic for time proximity and episodes. Days are whole UTC days since the epoch.
 */
import { Centroid, type SavedVec } from './centroid.js';
import type { Member, Vocabs } from './split.js';
import { vec, type Vec } from './tfidf.js';
import type { Cues } from './cues.js';

const DAY_MS = 86_400_000;

export interface StoryInfo {
  id: string;
  articles: string[];
  title: string | null;
  first: string | null;
  last: string | null;
  previous: string | null;
}

export interface Story {
  id: string;
  articles: string[];
  title: string | null;
  text: Centroid;
  ents: Centroid;
  first: number | null;
  last: number | null;
  previous: string | null;
  /** What its reports' leads say about which occurrence it is (cues.ts). */
  cues: Cues;
  seq: number;
  born: number;
  /** Member vectors while the story is small enough to be split; null afterwards. */
  members: Member[] | null;
}

type SavedMember = Omit<Member, 'v' | 'e'> & { v: SavedVec; e: SavedVec };

/** Vectors are saved as term ids of the clusterer's saved vocabularies, with their weights. */
export type SavedStory = Omit<Story, 'text' | 'ents' | 'members'> & {
  text: SavedVec;
  ents: SavedVec;
  members: SavedMember[] | null;
};

const saveVec = (v: Vec): SavedVec => ({ ids: Array.from(v.ids), w: Array.from(v.w) });
function loadVec(saved: SavedVec): Vec {
  const v = vec(saved.ids.length);
  v.ids.set(saved.ids);
  v.w.set(saved.w);
  return v;
}

/** JSON-ready copy of a story. Example: saveStory(s).text → {ids: [17, 4, …], w: [2.1, 1.3, …]} */
export function saveStory({ text, ents, members, ...s }: Story): SavedStory {
  return { ...s, text: text.toJSON(), ents: ents.toJSON(), members: members?.map((m) => ({ ...m, v: saveVec(m.v), e: saveVec(m.e) })) ?? null };
}

/** Inverse of saveStory. Example: loadStory(saveStory(s), vocabs).text.cosine(v) */
export function loadStory(st: SavedStory, vocabs: Vocabs): Story {
  const members = st.members?.map((m) => ({ ...m, v: loadVec(m.v), e: loadVec(m.e) })) ?? null;
  return { ...st, text: Centroid.load(vocabs.terms, st.text, true), ents: Centroid.load(vocabs.entities, st.ents, true), members };
}

/** Stretches a story's day span to include a day. */
export function widen(s: Story, day: number): void {
  s.first = s.first === null ? day : Math.min(s.first, day);
  s.last = s.last === null ? day : Math.max(s.last, day);
}

/** Whether two stories' spans come within maxGap days of each other (undated ones always do). */
export function spansMeet(a: Story, b: Story, maxGap: number): boolean {
  if (a.first === null || b.first === null) return true;
  return Math.max(a.first, b.first) - Math.min(a.last!, b.last!) <= maxGap;
}

/** Days between a day and a story's span (0 inside it); null when either is undated. */
export function gapDays(s: Story, day: number | null): number | null {
  if (day === null || s.first === null || s.last === null) return null;
  return day < s.first ? s.first - day : day > s.last ? day - s.last : 0;
}

/** ISO date → day number. Example: toDay('1970-01-02') → 1 */
export function toDay(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** Day number → ISO date. Example: fromDay(1) → '1970-01-02' */
export function fromDay(day: number | null): string | null {
  return day === null ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);
}
