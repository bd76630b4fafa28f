/** Row ↔ record mapping shared by the SQLite and PostgreSQL stores (same column names, JSON kept as text). */
import type { StoryDetail } from '../model/story.js';
import type { StoredArticle } from './types.js';

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

export function storyRow(s: StoryDetail) {
  return {
    id: s.id, title: s.title, previous: s.previous, first: s.first, last: s.last, articles: s.articles,
    outlets: JSON.stringify(s.outlets), detail: JSON.stringify(s), updated_at: new Date().toISOString(),
  };
}
