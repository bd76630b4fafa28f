/**
 * Records that flow from ingest to clean: a RawDocument is what a reader found (bytes decoded to text or
 * HTML, plus metadata hints from the container: a JSONL field, a feed item, a WARC header); an Article is the
 * cleaned report. Every later stage works on Article.text and points into it with UTF-16 offsets.
 */

/** Metadata a container already knows about a document; each field may be missing. */
export interface Hints {
  url?: string;
  title?: string;
  /** ISO 8601 date or date-time, or any string the date parser can read. */
  published?: string;
  outlet?: string;
  author?: string;
  /** When a crawler fetched the page (WARC-Date), a fallback anchor for relative dates, never `published`. */
  fetched?: string;
  lang?: string;
}

export type RawFormat = 'text' | 'html' | 'jsonl' | 'feed' | 'warc';

export interface RawDocument {
  /** Where it came from: a path, `path:line` for JSONL, `path#offset` for WARC records. */
  source: string;
  format: RawFormat;
  /** Plain text body (text dumps, JSONL `text`). */
  text?: string;
  /** HTML body (pages, JSONL `html`, feed content, WARC responses). */
  html?: string;
  hints: Hints;
}

/** Where a metadata value was read from, so a reader can judge it. */
export type MetaSource =
  | 'hint' | 'jsonld' | 'meta' | 'opengraph' | 'time-element' | 'url' | 'byline' | 'dateline'
  | 'first-line' | 'heading' | 'signoff' | 'masthead' | 'promo' | 'readability' | 'domain';

/** A piece of the raw input that cleaning dropped, and why. */
export interface Removed {
  text: string;
  reason: string;
}

export interface Article {
  /** Content hash of the cleaned text (first 16 hex chars of SHA-256): the same story text gets the same id. */
  id: string;
  source: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  /** ISO 8601 (date, or date-time when the time is known); null when truly unknown — never invented. */
  published: string | null;
  text: string;
  removed: Removed[];
  /** For each metadata field that was found, where it was found. */
  metaSources: Partial<Record<'outlet' | 'url' | 'title' | 'author' | 'published', MetaSource>>;
}
