/**
 * Input validation at the HTTP edge (zod): query strings of the read routes and the ingest body. A request
 * that does not fit is answered 400 with what was wrong, before any store call.
 */
import { z } from 'zod';
import type { RawDocument } from '../model/document.js';
import { ApiError } from './errors.js';

export const PAGING = { defaultLimit: 20, maxLimit: 100, maxSearch: 50, maxSearchOffset: 1000, maxReports: 200, innerLimit: 50 };

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date (YYYY-MM-DD)');
const text = (max: number) => z.string().trim().min(1).max(max);

export const storiesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGING.maxLimit).default(PAGING.defaultLimit),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  outlet: text(200).optional(),
  entity: text(200).optional(),
  since: isoDay.optional(),
  until: isoDay.optional(),
  sort: z.enum(['recent', 'size']).default('recent'),
});

/** `GET /api/stories/:id?full=true`: the whole detail (O(story size)) instead of the first page. */
export const storyQuery = z.object({ full: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });

/** A page of a story's list (default: the list's page size) or of an item's inner list. */
export const partQuery = z.object({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(PAGING.maxLimit).optional(),
});
export const itemIndex = z.coerce.number().int().min(0).max(1_000_000);

export const searchQuery = z.object({
  q: text(500),
  limit: z.coerce.number().int().min(1).max(PAGING.maxSearch).default(20),
  offset: z.coerce.number().int().min(0).max(PAGING.maxSearchOffset).default(0),
});

const report = z.object({
  url: z.string().max(2000).optional(),
  title: z.string().max(1000).optional(),
  published: z.string().max(100).optional(),
  outlet: z.string().max(200).optional(),
  author: z.string().max(500).optional(),
  text: z.string().optional(),
  html: z.string().optional(),
}).refine((r) => (r.text ?? r.html) !== undefined, 'each report needs text or html');

export const ingestBody = z.union([report, z.array(report).min(1).max(PAGING.maxReports)]);

/** Parses with a schema or throws a 400 naming the first problem. Example: parse(searchQuery, c.req.query()) */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new ApiError(400, 'BAD_REQUEST', `${where}${issue?.message ?? 'invalid input'}`);
}

/** One posted report as the RawDocument the pipeline reads. Example: toRawDocument({text:'…'}, 0).format === 'text' */
export function toRawDocument(r: z.infer<typeof report>, i: number): RawDocument {
  const hints = { url: r.url, title: r.title, published: r.published, outlet: r.outlet, author: r.author };
  const clean = Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined && v !== ''));
  const source = r.url ? `api:${r.url}` : `api:#${i}`;
  return r.html !== undefined ? { source, format: 'html', html: r.html, hints: clean } : { source, format: 'text', text: r.text, hints: clean };
}
