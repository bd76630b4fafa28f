/**
 * A story's detail stored in parts, so that its page costs about the same whatever the story's size (issue 7:
 * a 2,000-report story's detail is 10–14 MB of JSON, and parsing and re-serialising it per request made the
 * big stories the story page's p95). Both stores keep:
 * - a head: the summary fields, summary sentences, related stories, the coverage grid (computed here from
 *   every member, so the page needs none of them), the version and, per list, its length and page size;
 * - each long list (reports, timeline, actors, quote groups, claim groups) in chunks of one page each, keyed
 *   by the index of their first item (so reading never assumes a chunk size: changing STORY_PAGE needs no
 *   migration, stories written before keep their chunks).
 * The first page is the head and each list's first chunk joined as JSON text — nothing is parsed; a later
 * page of a list reads the one or two chunks it covers. Lists inside an item that grow with the story (an
 * event's sources: 1,844 in the biggest synthetic story; a quote's echoes) are cut to their first few in the
 * chunks, with their length beside them (`sourcesTotal`, `echoesTotal`: present only on a cut item); the
 * whole inner list is kept once in a row of its own, for paging through it and for the full detail, which
 * joins everything back exactly.
 */
import type { StoryDetail } from '../model/story.js';
import { coverage, type Coverage } from './coverage.js';

export const PARTS = ['members', 'timeline', 'actors', 'quotes', 'claims'] as const;
export type PartName = (typeof PARTS)[number];

/** Inner lists cut in the chunks: part name → [list, field]. Its rows' `chunk` is the item's index in the list. */
export const NESTED = { 'timeline.sources': ['timeline', 'sources'], 'quotes.echoes': ['quotes', 'echoes'] } as const;
export type NestedName = keyof typeof NESTED;

export const STORY_PAGE = {
  /**
   * Items per chunk, which is also the first page's length of each list. Sized so the first page stays near
   * 50 KB of JSON: a claim group carries up to 60 rows, a quote group up to 5 echoes with their text.
   */
  chunk: { members: 50, timeline: 10, actors: 20, quotes: 10, claims: 5 } as Record<PartName, number>,
  /** Inner-list items kept in a chunk's items. */
  nestedShown: 5,
};

/** One stored row of a story's parts; `chunk`: the index of its first item (of the item, for an inner list). */
export interface PartRow { part: string; chunk: number; total: number; items: string }

/** What the first page says about each list: its length, the page size, and where the next page starts. */
export interface PartMeta { total: number; limit: number; next: number | null }

/** The head as stored: the detail without its lists, plus what the page needs. */
export type StoryHead = Omit<StoryDetail, PartName> & { coverage: Coverage; version: string; parts: Record<PartName, PartMeta> };

/** A page of one list (or of an item's inner list). */
export interface PartPage { total: number; offset: number; limit: number; next: number | null; version: string; items: unknown[] }

type Item = Record<string, unknown>;

/**
 * The head (JSON text) and part rows of a story, ready to store. Throws what JSON.stringify throws, before
 * anything is written. Example: splitStory(detail, '2026-11-23T16:00:00.000Z').parts[0].part → 'members'
 */
export function splitStory(s: StoryDetail, version: string): { head: string; parts: PartRow[] } {
  const rows: PartRow[] = [];
  const lists: Record<string, Item[]> = {};
  for (const part of PARTS) lists[part] = (s[part] as unknown as Item[]) ?? [];
  for (const [name, [list, field]] of Object.entries(NESTED)) {
    // Only a cut item is copied (most are not: a quote's echoes are 5 or fewer at p95 in the biggest story).
    lists[list] = lists[list].map((item, i) => {
      const inner = (item[field] as unknown[]) ?? [];
      if (inner.length <= STORY_PAGE.nestedShown) return item;
      rows.push({ part: name, chunk: i, total: inner.length, items: JSON.stringify(inner) });
      return { ...item, [field]: inner.slice(0, STORY_PAGE.nestedShown), [`${field}Total`]: inner.length };
    });
  }
  const parts = {} as Record<PartName, PartMeta>;
  for (const part of PARTS) {
    const items = lists[part];
    const size = STORY_PAGE.chunk[part];
    parts[part] = { total: items.length, limit: size, next: items.length > size ? size : null };
    for (let c = 0; c === 0 || c * size < items.length; c++) {
      rows.push({ part, chunk: c * size, total: items.length, items: JSON.stringify(items.slice(c * size, (c + 1) * size)) });
    }
  }
  const rest: Item = { ...s };
  for (const part of PARTS) delete rest[part];
  return { head: JSON.stringify({ ...rest, coverage: coverage(s.members), version, parts }), parts: rows };
}

/** The first page as JSON text: the head with each list's first chunk, joined without parsing either. */
export function firstPage(head: string, firstChunks: Pick<PartRow, 'part' | 'items'>[]): string {
  const byPart = new Map(firstChunks.map((r) => [r.part, r.items]));
  return `${head.slice(0, head.lastIndexOf('}'))}${PARTS.map((p) => `,${JSON.stringify(p)}:${byPart.get(p) ?? '[]'}`).join('')}}`;
}

/** The stored detail back from its head and all its rows, exactly as written. Example: joinStory(head, rows).members.length */
export function joinStory(head: string, rows: PartRow[]): StoryDetail {
  const { coverage: _c, version: _v, parts: _p, ...rest } = JSON.parse(head) as StoryHead;
  const lists: Record<string, Item[]> = Object.fromEntries(PARTS.map((p) => [p, []]));
  const nested: PartRow[] = [];
  for (const r of [...rows].sort((a, b) => a.chunk - b.chunk)) {
    if (r.part in lists) lists[r.part].push(...(JSON.parse(r.items) as Item[]));
    else if (r.part in NESTED) nested.push(r);
  }
  for (const r of nested) {
    const [list, field] = NESTED[r.part as NestedName];
    const item = lists[list][r.chunk];
    if (item) item[field] = JSON.parse(r.items);
  }
  for (const [list, field] of Object.values(NESTED)) for (const item of lists[list]) delete item[`${field}Total`];
  // The lists go back after `previous`, where buildStory puts them, so a printed detail reads as before.
  const out: Item = {};
  for (const [k, v] of Object.entries(rest)) { out[k] = v; if (k === 'previous') Object.assign(out, lists); }
  return Object.assign(out, lists) as unknown as StoryDetail;
}

/** A page of a list from its chunks in order, the first one starting at or before `offset` (and holding the total). */
export function listPage(offset: number, limit: number, chunks: Pick<PartRow, 'chunk' | 'total' | 'items'>[], version: string): PartPage {
  const start = chunks[0]?.chunk ?? offset;
  const all = chunks.flatMap((r) => JSON.parse(r.items) as unknown[]);
  return page(all.slice(offset - start, offset - start + limit), offset, limit, chunks[0]?.total ?? 0, version);
}

/**
 * A page of an item's inner list: from its own row when it was cut, else from the item in the chunk that holds
 * it (where it is whole). Null when the list has no such item. Example: nestedPage('timeline.sources', 3, 0, 50, row, null, v)
 */
export function nestedPage(name: NestedName, index: number, offset: number, limit: number, own: Pick<PartRow, 'items'> | null, parentChunk: Pick<PartRow, 'chunk' | 'items'> | null, version: string): PartPage | null {
  const [, field] = NESTED[name];
  let inner: unknown[];
  if (own) inner = JSON.parse(own.items);
  else {
    const item = parentChunk ? (JSON.parse(parentChunk.items) as Item[])[index - parentChunk.chunk] : undefined;
    if (!item) return null;
    inner = item[field] as unknown[];
  }
  return page(inner.slice(offset, offset + limit), offset, limit, inner.length, version);
}

function page(items: unknown[], offset: number, limit: number, total: number, version: string): PartPage {
  return { total, offset, limit, next: offset + limit < total ? offset + limit : null, version, items };
}
