/** Typed fetch wrappers for the JSON API; shapes come from the shared model (type-only imports). */
import type { StoryDetail, StorySummary } from '../../src/model/story.js';
import type { Article } from '../../src/model/document.js';
import type { Analysis } from '../../src/model/analysis.js';

export interface DayCount { day: string; count: number }
export interface Coverage { days: DayCount[]; outlets: { outlet: string; total: number; days: DayCount[] }[]; undated: number }
export type StoryItem = StorySummary & { coverage: DayCount[]; disagreements: number };
export interface StoryPage { total: number; limit: number; offset: number; items: StoryItem[] }
export type Story = StoryDetail & { coverage: Coverage };
export type ArticleView = Article & { storyId: string | null; analysis: Analysis; dup: StoryDetail['members'][number]['dup'] };
export interface SearchItem { articleId: string; storyId: string | null; title: string | null; outlet: string | null; published: string | null; snippet: { text: string; mark: boolean }[] }
export interface SearchResult { query: string; items: SearchItem[] }

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** Example: const page = await getJSON<StoryPage>('/api/stories?limit=20') */
export async function getJSON<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `request failed (${res.status})`);
  return body as T;
}

export const api = {
  stories: (q: string) => getJSON<StoryPage>(`/api/stories${q ? `?${q}` : ''}`),
  story: (id: string) => getJSON<Story>(`/api/stories/${encodeURIComponent(id)}`),
  article: (id: string) => getJSON<ArticleView>(`/api/articles/${encodeURIComponent(id)}`),
  search: (q: string) => getJSON<SearchResult>(`/api/search?q=${encodeURIComponent(q)}`),
};
