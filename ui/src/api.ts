/** Typed fetch wrappers for the JSON API; shapes come from the shared model (type-only imports). */
import type { StoryDetail, StorySummary } from '../../src/model/story.js';
import type { Article } from '../../src/model/document.js';
import type { Analysis } from '../../src/model/analysis.js';

export interface DayCount { day: string; count: number }
/** `first`: the first report of that outlet on that day (the coverage dot links to it). */
export interface Coverage { days: DayCount[]; outlets: { outlet: string; total: number; days: (DayCount & { first?: string })[] }[]; undated: number }
export type StoryItem = StorySummary & { coverage: DayCount[]; disagreements: number };
export interface StoryPage { total: number; limit: number; offset: number; items: StoryItem[] }
export type PartName = 'members' | 'timeline' | 'actors' | 'quotes' | 'claims';
export interface PartMeta { total: number; limit: number; next: number | null }
export interface PartPage<T> { part: string; total: number; offset: number; limit: number; next: number | null; version: string; items: T[] }
/** In the story's pages an event's sources and a quote's echoes are cut to their first few; a cut list's total says how many. */
export type TimelineItem = StoryDetail['timeline'][number] & { sourcesTotal?: number };
export type QuoteItem = StoryDetail['quotes'][number] & { echoesTotal?: number };
/** The story's first page: each list's first page, and per list its length and where the next page starts. */
export type Story = Omit<StoryDetail, 'timeline' | 'quotes'> & { timeline: TimelineItem[]; quotes: QuoteItem[]; coverage: Coverage; version: string; parts: Record<PartName, PartMeta> };
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
  part: <T>(id: string, part: PartName, offset: number, limit: number) => getJSON<PartPage<T>>(`/api/stories/${encodeURIComponent(id)}/${part}?offset=${offset}&limit=${limit}`),
  /** An item's inner list: an event's sources or a quote's echoes. */
  inner: <T>(id: string, list: 'timeline' | 'quotes', index: number, field: 'sources' | 'echoes', offset: number) =>
    getJSON<PartPage<T>>(`/api/stories/${encodeURIComponent(id)}/${list}/${index}/${field}?offset=${offset}`),
  article: (id: string) => getJSON<ArticleView>(`/api/articles/${encodeURIComponent(id)}`),
  search: (q: string) => getJSON<SearchResult>(`/api/search?q=${encodeURIComponent(q)}`),
};
