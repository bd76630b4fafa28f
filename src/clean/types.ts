import type { MetaSource, Removed } from '../model/document.js';

/** What a cleaner (text dump or HTML) returns before the Article id is computed. */
export interface CleanResult {
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  removed: Removed[];
  metaSources: Partial<Record<'outlet' | 'url' | 'title' | 'author' | 'published', MetaSource>>;
}
