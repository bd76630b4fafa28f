/**
 * JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) → RawFeed. Written by hand with a zod schema because
 * the format is tiny and no maintained parser is installed; zod keeps a malformed feed a named error.
 */
import { z } from 'zod';
import type { RawFeed } from './types.js';

const JSONFEED = {
  version: /^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/,
};

const Author = z.object({ name: z.string().optional() }).passthrough();

const Item = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: z.string().optional(),
  external_url: z.string().optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  date_published: z.string().optional(),
  author: Author.optional(),
  authors: z.array(Author).optional(),
}).passthrough();

const Feed = z.object({
  version: z.string().regex(JSONFEED.version),
  title: z.string(),
  home_page_url: z.string().optional(),
  items: z.array(Item),
}).passthrough();

/** True when the text looks like a JSON Feed (cheap sniff before parsing). */
export function isJsonFeed(text: string): boolean {
  return /^\s*\{/.test(text) && /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096));
}

/** Parses a JSON Feed; throws a readable Error on bad JSON or a schema mismatch. Example: parseJsonFeed(text).items.length */
export function parseJsonFeed(text: string): RawFeed {
  const r = Feed.safeParse(JSON.parse(text));
  if (!r.success) throw new Error(`not a JSON Feed: ${r.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const f = r.data;
  return {
    format: 'json',
    title: f.title,
    link: f.home_page_url,
    items: f.items.map((it) => ({
      id: it.id,
      link: it.url ?? it.external_url,
      title: it.title,
      published: it.date_published,
      author: it.authors?.find((a) => a.name)?.name ?? it.author?.name,
      contentHtml: it.content_html ?? (it.content_text !== undefined ? textToHtml(it.content_text) : undefined),
      summaryHtml: it.summary !== undefined ? textToHtml(it.summary) : undefined,
    })),
  };
}

/** Plain text into paragraphs, escaped, so the HTML cleaner sees the same structure. */
function textToHtml(t: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return t.split(/\n\s*\n/).map((p) => `<p>${esc(p.trim())}</p>`).join('\n');
}
