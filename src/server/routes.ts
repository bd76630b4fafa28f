/**
 * The read routes of the JSON API: stories (paged, filtered), one story's first page with its coverage grid
 * and a page route per list (and per cut inner list), one article with every extracted span, search with
 * snippet parts. Handlers only translate HTTP to Store calls; the shapes they return are described in
 * openapi.ts. The story page is sent as the store's JSON text, unparsed (src/store/parts.ts).
 */
import { Hono } from 'hono';
import type { Store, StoryQuery } from '../store/types.js';
import { ApiError } from './errors.js';
import { coverage, fillDays } from '../store/coverage.js';
import { NESTED, PARTS, STORY_PAGE, type NestedName } from '../store/parts.js';
import { snippetParts } from './snippet.js';
import { itemIndex, PAGING, parse, partQuery, searchQuery, storiesQuery, storyQuery } from './query.js';

/** Story and article ids are hashes (fixtures use short words); entity ids may fall back to `TYPE:Any Name`. */
const ID = /^[\w:.\-]{1,200}$/;
const ENTITY_ID = /^[^\p{Cc}]{1,300}$/u;

/** The GET routes, mounted under /api. Example: app.route('/api', readRoutes(store)) */
export function readRoutes(store: Store): Hono {
  const api = new Hono();
  api.get('/stories', async (c) => c.json(await listStories(store, parse(storiesQuery, c.req.query()))));
  api.get('/entities/:canonicalId/stories', async (c) => {
    const q = parse(storiesQuery, c.req.query());
    return c.json(await listStories(store, { ...q, entity: checkId(c.req.param('canonicalId'), ENTITY_ID) }));
  });
  api.get('/stories/:id', async (c) => {
    const id = checkId(c.req.param('id'));
    if (parse(storyQuery, c.req.query()).full) {
      const story = found(await store.story(id));
      return c.json({ ...story, coverage: coverage(story.members) });
    }
    return c.body(found(await store.storyPage(id)), 200, { 'Content-Type': 'application/json' });
  });
  for (const part of PARTS) {
    api.get(`/stories/:id/${part}`, async (c) => {
      const q = parse(partQuery, c.req.query());
      return c.json({ part, ...found(await store.storyPart(checkId(c.req.param('id')), part, q.offset, q.limit ?? STORY_PAGE.chunk[part])) });
    });
  }
  for (const [part, [list, field]] of Object.entries(NESTED) as [NestedName, (typeof NESTED)[NestedName]][]) {
    api.get(`/stories/:id/${list}/:index/${field}`, async (c) => {
      const q = parse(partQuery, c.req.query());
      const index = parse(itemIndex, c.req.param('index'));
      return c.json({ part, index, ...found(await store.storyPart(checkId(c.req.param('id')), part, q.offset, q.limit ?? PAGING.innerLimit, index), 'no such story or item') });
    });
  }
  api.get('/articles/:id', async (c) => {
    const stored = await store.article(checkId(c.req.param('id')));
    if (!stored) throw new ApiError(404, 'NOT_FOUND', 'no article with this id');
    const { article, analysis, dup, storyId } = stored;
    return c.json({ ...article, dup, storyId, analysis });
  });
  api.get('/search', async (c) => {
    const q = parse(searchQuery, c.req.query());
    const hits = await store.search(q.q, q.limit + 1, q.offset); // one more tells whether a next page exists
    const items = hits.slice(0, q.limit).map((h) => ({ ...h, snippet: snippetParts(h.snippet) }));
    return c.json({ query: q.q, limit: q.limit, offset: q.offset, more: hits.length > q.limit, items });
  });
  return api;
}

/**
 * A page of stories, each with its daily coverage for the sparkline and how many figures outlets dispute, from
 * the list columns the store keeps (one query; no story's detail is read). Example: await listStories(store, {limit:20})
 */
export async function listStories(store: Store, q: StoryQuery & { limit: number; offset: number }) {
  const page = await store.stories(q);
  const items = page.items.map(({ days, ...s }) => ({ ...s, coverage: fillDays(days) }));
  return { total: page.total, limit: q.limit, offset: q.offset, items };
}

/** The value, or a 404 for the story (or item) the store did not find. */
function found<T>(value: T | null, what = 'no story with this id'): T {
  if (value === null) throw new ApiError(404, 'NOT_FOUND', what);
  return value;
}

function checkId(id: string, pattern = ID): string {
  if (!pattern.test(id)) throw new ApiError(400, 'BAD_REQUEST', 'malformed id');
  return id;
}
