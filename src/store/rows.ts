/** Row ↔ record mapping shared by the SQLite and PostgreSQL stores (same column names, JSON kept as text). */
import type { StoryDetail } from '../model/story.js';
import type { StoredArticle, StoryListItem } from './types.js';
import { listFields } from './days.js';
import { splitStory } from './parts.js';

export interface ArticleRow {
  rowid: number; id: string; source: string; outlet: string | null; url: string | null; title: string | null;
  author: string | null; published: string | null; text: string; removed: string; meta_sources: string; analysis: string;
  story_id: string | null; dup_kind: string; dup_of: string | null; dup_sim: number;
}

export function rowToStored(r: ArticleRow): StoredArticle {
  return {
    article: {
      id: r.id, source: r.source, outlet: r.outlet, url: r.url, title: r.title, author: r.author, published: r.published,
      text: r.text, removed: JSON.parse(r.removed), metaSources: JSON.parse(r.meta_sources),
    },
    analysis: JSON.parse(r.analysis),
    dup: { articleId: r.id, kind: r.dup_kind as StoredArticle['dup']['kind'], of: r.dup_of, similarity: r.dup_sim },
    storyId: r.story_id,
    seq: r.rowid,
  };
}

/** A story's row (its head in `head`) and its part rows; the update time is the version the page reports. */
export function storyRow(s: StoryDetail) {
  const updated_at = new Date().toISOString();
  const { head, parts } = splitStory(s, updated_at);
  return {
    id: s.id, title: s.title, previous: s.previous, first: s.first, last: s.last, articles: s.articles,
    outlets: JSON.stringify(s.outlets), ...listFields(s), head, updated_at, parts,
  };
}

/** A row of the story list (columns as in storyRow) as the record stores return. */
export function rowToListItem(r: Record<string, unknown>): StoryListItem {
  return {
    id: r.id as string, title: r.title as string, previous: (r.previous as string) ?? null, first: (r.first as string) ?? null,
    last: (r.last as string) ?? null, articles: Number(r.articles), outlets: JSON.parse(r.outlets as string),
    days: JSON.parse(r.days as string), disagreements: Number(r.disagreements),
  };
}

/** Columns of the story list, in both stores. */
export const LIST_COLS = 'id, title, previous, first, last, articles, outlets, days, disagreements';

/**
 * Bounds of the ids that start with `prefix`, for an indexed range scan (`id >= lo AND id < hi`) in binary
 * (UTF-8 byte) order: U+10FFFF is the greatest code point, so every id with the prefix sorts below hi.
 * Example: prefixRange('3fa') → ['3fa', '3fa\u{10FFFF}']
 */
export function prefixRange(prefix: string): [string, string] {
  return [prefix, `${prefix}\u{10FFFF}`];
}
