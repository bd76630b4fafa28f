/**
 * The one Store interface every surface talks to (SQLite embedded by default; PostgreSQL for scale). Async so
 * that both implementations fit; the stages never see which one is in use.
 */
import type { Article } from '../model/document.js';
import type { Analysis } from '../model/analysis.js';
import type { DupLink, StoryDetail, StorySummary } from '../model/story.js';
import type { DayCount } from './days.js';
import type { NestedName, PartName, PartPage } from './parts.js';

export interface StoredArticle {
  article: Article;
  analysis: Analysis;
  dup: DupLink;
  storyId: string | null;
  /** Insertion order, 1-based; stable across runs. */
  seq: number;
}

export interface SearchHit {
  articleId: string;
  storyId: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Matched passage with the hits wrapped in [[ and ]] (the surface turns them into <mark>). */
  snippet: string;
  score: number;
}

export const SEARCH = {
  /**
   * Relevance is computed for the newest this-many reports that match, not for every match: scoring is per
   * match (bm25 in SQLite, ts_rank in PostgreSQL), so a common word would cost O(store size) — 200 ms at 100k
   * reports for a word in one report of four. News readers want the recent hits; rarer queries are ranked whole.
   * What stays O(matches) in SQLite is bm25's document frequency: FTS5 counts each term's posting list once per
   * query (a sequential read, ~30 ms at 1M reports for a word in one report of four).
   */
  rankWindow: 5_000,
};

export interface StoryQuery {
  limit?: number;
  offset?: number;
  /** Only stories with an article from this outlet / mentioning this canonical entity id. */
  outlet?: string;
  entity?: string;
  /** ISO dates bounding the story's last report. */
  since?: string;
  until?: string;
  sort?: 'recent' | 'size';
}

/** A story as the list shows it: its summary, reports per day (days with reports only) and disputed figures. */
export interface StoryListItem extends StorySummary {
  days: DayCount[];
  /** Claim comparisons whose verdict is 'disagree'. */
  disagreements: number;
}

export interface NewArticle {
  article: Article;
  analysis: Analysis;
  dup: DupLink;
  storyId: string;
}

export interface Store {
  /** True when an article with this id is stored (re-ingest is a no-op). */
  has(articleId: string): Promise<boolean>;
  /**
   * Adds one article atomically: either all of it is stored or none. Its story is marked for a rebuild;
   * `stories` (details rebuilt by the caller, possibly none) are written in the same transaction.
   */
  add(item: NewArticle, stories: StoryDetail[]): Promise<void>;
  /** Adds several articles in one transaction (each whole, all or none): the bulk path of large ingests. */
  addMany(items: NewArticle[]): Promise<void>;
  /** Folds story `from` into `to`: its articles move, its id redirects to `to` from now on. */
  mergeStory(from: string, to: string): Promise<void>;
  /** Moves articles to another story (a story split in two) and marks both stories for a rebuild. */
  moveArticles(ids: string[], from: string, to: string): Promise<void>;
  /** Ids of stories marked for a rebuild (by `add`) and not rebuilt since. */
  dirtyStories(limit?: number): Promise<string[]>;
  article(id: string): Promise<StoredArticle | null>;
  articles(ids: string[]): Promise<StoredArticle[]>;
  /** Articles with seq greater than `afterSeq`, in order (for rebuilding in-memory indexes). */
  articlesSince(afterSeq: number, limit: number): Promise<StoredArticle[]>;
  storyMembers(storyId: string): Promise<StoredArticle[]>;
  /** A story's whole detail, as written (redirects followed). Costs O(story size): the CLI and rebuilds use it, not the page. */
  story(id: string): Promise<StoryDetail | null>;
  /**
   * The story page as JSON text (src/store/parts.ts): the head with its coverage grid and each list's first page
   * and length; read and joined without parsing, so it costs the same for a story of 5 or 5,000 reports.
   */
  storyPage(id: string): Promise<string | null>;
  /**
   * A page of one of a story's lists, or of an item's inner list (`item`: the item's index, for a NestedName).
   * Null when there is no such story (or item). Example: await store.storyPart('s1', 'quotes', 20, 20)
   */
  storyPart(id: string, part: PartName | NestedName, offset: number, limit: number, item?: number): Promise<PartPage | null>;
  /** One page of stories in one indexed query (no story's detail is read). */
  stories(q?: StoryQuery): Promise<{ total: number; items: StoryListItem[] }>;
  /** Ids of current stories that start with `prefix`, in id order, at most `limit` (an indexed range, not a scan). */
  storyIds(prefix: string, limit: number): Promise<string[]>;
  /** Writes a story's detail (as head and parts) and clears its rebuild mark. */
  putStory(story: StoryDetail): Promise<void>;
  /**
   * Best matches first among the newest `SEARCH.rankWindow` matching reports; `offset` pages through them.
   * Only the returned hits get a snippet.
   */
  search(query: string, limit?: number, offset?: number): Promise<SearchHit[]>;
  getState<T>(key: string): Promise<T | null>;
  setState(key: string, value: unknown): Promise<void>;
  counts(): Promise<{ articles: number; stories: number }>;
  close(): Promise<void>;
}
