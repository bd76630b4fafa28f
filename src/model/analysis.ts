/**
 * What the analyse stage finds in one Article. Every item carries `start`/`end`: UTF-16 offsets into
 * Article.text (end exclusive), and `text` === article.text.slice(start, end).
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity extends Span {
  type: EntityType;
  /** Canonical name shared by every alias of the same actor ("Volodymyr Zelensky" for "Mr Zelenskyy"). */
  canonical: string;
  /** Stable id of the canonical actor: `${type}:${slug}`. */
  canonicalId?: string;
  /** A role stated next to the mention ("chief of staff", "Ukraine's foreign minister"). */
  role?: string;
}

export interface Quote extends Span {
  /** Canonical name of the speaker, or the text of the speaker span, or null when unknown. */
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The reporting verb or phrase ("said", "wrote on Telegram", "according to"). */
  cue: string | null;
  kind: 'direct' | 'indirect' | 'mixed';
  /**
   * What the cue reports: speech (said, told, according to …) or a belief, plan or stance (believes, wants, "the
   * report"). Absent means speech. Only extractAttributions returns beliefs; `quotes` holds speech.
   */
  act?: 'speech' | 'belief';
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends Span {
  type: TimeType;
  /** TIMEX3 value: 2025-03-11, 2025-W11, 2025-03, P3Y, PRESENT_REF, XXXX-WXX-1 … ; null when unresolvable. */
  value: string | null;
  /** Whether the expression points before, at or after the publication date, where it can be told. */
  tense?: 'past' | 'present' | 'future';
}

export interface Claim extends Span {
  /** The number as stated ("at least three" → 3). */
  value: number;
  /** Bounds for ranges and approximations; equal to value when exact. */
  low: number;
  high: number;
  /** How the number is qualified. */
  qualifier: 'exact' | 'at least' | 'at most' | 'about' | 'more than' | 'less than' | 'range';
  /** Unit or counted noun ("drones", "people", "%", "km"). */
  unit: string | null;
  /** What is counted, as a short phrase ("people killed", "drones shot down"). */
  subject: string | null;
  /** Who says so: canonical entity or attribution phrase ("Russia's defence ministry"), null when the outlet itself. */
  source?: string | null;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Analysis {
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpr[];
  claims: Claim[];
}
