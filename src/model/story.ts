/**
 * What the stories stage builds across articles: duplicate links, story membership and, per story, the
 * timeline, actors, quote provenance, claim comparison and an extractive summary.
 */

export type DupKind = 'original' | 'exact' | 'copy' | 'rewrite';

export interface DupLink {
  articleId: string;
  kind: DupKind;
  /** The earlier article this one duplicates; null for originals. */
  of: string | null;
  similarity: number;
}

export interface SourceRef {
  articleId: string;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
}

export interface TimelineEvent {
  /** TIMEX3 date value the event is placed on (day, week or month). */
  date: string;
  /** A sentence describing it. */
  text: string;
  status: 'reported' | 'scheduled';
  sources: SourceRef[];
}

export interface Actor {
  canonicalId: string;
  name: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  mentions: number;
  articles: number;
  roles: string[];
  aliases: string[];
}

export interface QuoteGroup {
  speaker: string | null;
  text: string;
  first: SourceRef;
  echoes: (SourceRef & { text: string })[];
}

export interface ClaimRow {
  articleId: string;
  outlet: string | null;
  published: string | null;
  /** The day the figure was given: the date its sentence ties it to, else the publication day (absent in stories stored before). */
  date?: string | null;
  text: string;
  value: number;
  low: number;
  high: number;
  source: string | null;
  start: number;
  end: number;
}

export interface ClaimComparison {
  /** What is counted ("drones", "people killed"). */
  subject: string;
  /** 'updated': a count rising over days, rows oldest first (a same-day conflict in it is its own 'disagree'). */
  verdict: 'agree' | 'disagree' | 'updated' | 'different-scope' | 'single';
  rows: ClaimRow[];
}

export interface SummarySentence {
  text: string;
  source: SourceRef;
}

export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  outlets: string[];
  first: string | null;
  last: string | null;
  /** The story this one continues, for long-running stories told as a chain of episodes. */
  previous: string | null;
}

export interface StoryDetail extends StorySummary {
  members: { articleId: string; title: string | null; outlet: string | null; published: string | null; dup: DupLink }[];
  timeline: TimelineEvent[];
  actors: Actor[];
  quotes: QuoteGroup[];
  claims: ClaimComparison[];
  summary: SummarySentence[];
  related: { id: string; title: string; relation: 'previous' | 'next' | 'related' }[];
}
