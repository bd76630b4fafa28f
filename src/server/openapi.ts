/**
 * The OpenAPI 3.1 description of the JSON API, written by hand (the routes are few and their shapes come
 * from src/model, which has no runtime schema to generate from). A test checks that every route the app
 * serves is listed here.
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: '#/components/responses/Error' }]));
const q = (name: string, schema: object, description: string, required = false) => ({ name, in: 'query', required, description, schema });
const p = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

const PAGE = [
  q('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'page size'),
  q('offset', { type: 'integer', minimum: 0, default: 0 }, 'items to skip'),
];
const FILTERS = [
  q('outlet', { type: 'string' }, 'only stories with a report from this outlet'),
  q('entity', { type: 'string' }, 'only stories mentioning this canonical entity id (e.g. PER:sofia-brandt)'),
  q('since', { type: 'string', format: 'date' }, 'story last reported on or after this day'),
  q('until', { type: 'string', format: 'date' }, 'story first reported on or before this day'),
  q('sort', { type: 'string', enum: ['recent', 'size'], default: 'recent' }, 'order'),
];
const ETAG = { 304: { description: 'Not modified (If-None-Match matched the weak ETag)' } };
const obj = (properties: object, required: string[] = []) => ({ type: 'object', properties, required });
const arr = (items: object) => ({ type: 'array', items });
const nstr = { type: ['string', 'null'] };
const dayCount = obj({ day: { type: 'string', format: 'date' }, count: { type: 'integer' } });
const PART_PAGE = [
  q('offset', { type: 'integer', minimum: 0, default: 0 }, 'items to skip'),
  q('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'page size (default: the list\'s page size in the first page\'s `parts`; 50 for an inner list)'),
];
const LISTS = {
  members: 'The story\'s reports, in publication order', timeline: 'Dated events, in date order', actors: 'Actors, most prominent first',
  quotes: 'Quote groups, most echoed first', claims: 'Claim groups, disagreements first',
};
const partPaths = Object.fromEntries(Object.entries(LISTS).map(([part, summary]) => [`/api/stories/{id}/${part}`, {
  get: { summary: `${summary} (paged)`, parameters: [p('id', 'story id'), ...PART_PAGE], responses: { 200: json(ref('PartPage')), ...ETAG, ...errors(400, 404) } },
}]));
const innerPaths = Object.fromEntries([['timeline', 'sources', 'an event\'s sources'], ['quotes', 'echoes', 'a quote\'s echoes']].map(([list, field, what]) => [`/api/stories/{id}/${list}/{index}/${field}`, {
  get: {
    summary: `All of ${what} (paged); the lists cut them to their first 5 and then say \`${field}Total\``,
    parameters: [p('id', 'story id'), p('index', `the item's index in ${list}`), ...PART_PAGE], responses: { 200: json(ref('PartPage')), ...ETAG, ...errors(400, 404) },
  },
}]));

const report = obj({
  url: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, outlet: { type: 'string' },
  author: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'crosscheck API', version: '0.1.0', description: 'Stories followed across outlets: timelines, actors, quotes, claim comparisons, with spans into each report.' },
  paths: {
    '/api/stories': { get: { summary: 'List stories (paged, filtered)', parameters: [...PAGE, ...FILTERS], responses: { 200: json(ref('StoryPage')), ...ETAG, ...errors(400) } } },
    '/api/stories/{id}': {
      get: {
        summary: 'One story\'s first page: its summary, coverage by outlet and day, and the first page of each list with the list\'s length (a bounded size whatever the story\'s); `full=true` for the whole detail at once',
        parameters: [p('id', 'story id'), q('full', { type: 'string', enum: ['true', 'false'], default: 'false' }, 'the whole StoryDetail instead of the first page (its size grows with the story: megabytes for thousands of reports)')],
        responses: { 200: json({ oneOf: [ref('StoryFirstPage'), ref('StoryDetail')] }), ...ETAG, ...errors(400, 404) },
      },
    },
    ...partPaths,
    ...innerPaths,
    '/api/articles/{id}': { get: { summary: 'One report: cleaned text, metadata, removed parts and every extracted span', parameters: [p('id', 'article id')], responses: { 200: json(ref('Article')), ...ETAG, ...errors(400, 404) } } },
    '/api/entities/{canonicalId}/stories': { get: { summary: 'Stories mentioning an entity', parameters: [p('canonicalId', 'canonical entity id'), ...PAGE, ...FILTERS.filter((f) => f.name !== 'entity')], responses: { 200: json(ref('StoryPage')), ...ETAG, ...errors(400) } } },
    '/api/search': { get: { summary: 'Full-text search; snippets come as parts, hits marked', parameters: [q('q', { type: 'string' }, 'words to find', true), q('limit', { type: 'integer', minimum: 1, maximum: 50, default: 20 }, 'hits'), q('offset', { type: 'integer', minimum: 0, maximum: 1000, default: 0 }, 'hits to skip (best first)')], responses: { 200: json(ref('SearchResult')), ...ETAG, ...errors(400) } } },
    '/api/ingest': {
      post: {
        summary: 'Add one report or an array of reports', security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [report, arr(report)] } } } },
        responses: { 200: json(ref('IngestResult'), 'Nothing new'), 201: json(ref('IngestResult'), 'Reports added'), ...errors(400, 401, 413, 415, 422) },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required for writes when the server was started with --token' } },
    responses: { Error: json(ref('Error'), 'Error') },
    schemas: {
      Error: obj({ error: obj({ code: { type: 'string' }, message: { type: 'string' } }, ['code', 'message']) }, ['error']),
      StorySummary: obj({
        id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'integer' }, outlets: arr({ type: 'string' }),
        first: nstr, last: nstr, previous: nstr, coverage: arr(dayCount), disagreements: { type: 'integer', description: 'claim comparisons where outlets disagree (list only)' },
      }, ['id', 'title', 'articles', 'outlets']),
      StoryPage: obj({ total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: arr(ref('StorySummary')) }, ['total', 'items']),
      SourceRef: obj({ articleId: { type: 'string' }, outlet: nstr, published: nstr, start: { type: 'integer' }, end: { type: 'integer' } }),
      StoryDetail: {
        allOf: [ref('StorySummary'), obj({
          members: arr({ type: 'object' }), timeline: arr({ type: 'object' }), actors: arr({ type: 'object' }), quotes: arr({ type: 'object' }),
          claims: arr({ type: 'object' }), summary: arr({ type: 'object' }), related: arr({ type: 'object' }),
          coverage: obj({ days: arr(dayCount), outlets: arr(obj({ outlet: { type: 'string' }, total: { type: 'integer' }, days: arr(dayCount) })), undated: { type: 'integer' } }),
        })],
      },
      PartMeta: obj({ total: { type: 'integer' }, limit: { type: 'integer', description: 'items in the first page' }, next: { type: ['integer', 'null'], description: 'offset of the next page' } }, ['total', 'limit', 'next']),
      StoryFirstPage: {
        allOf: [ref('StorySummary'), obj({
          members: arr({ type: 'object' }), timeline: arr({ type: 'object', description: 'sources cut to 5, then sourcesTotal says how many' }), actors: arr({ type: 'object' }),
          quotes: arr({ type: 'object', description: 'echoes cut to 5, then echoesTotal says how many' }), claims: arr({ type: 'object' }), summary: arr({ type: 'object' }), related: arr({ type: 'object' }),
          coverage: obj({ days: arr(dayCount), outlets: arr(obj({ outlet: { type: 'string' }, total: { type: 'integer' }, days: arr(obj({ day: { type: 'string' }, count: { type: 'integer' }, first: { type: 'string', description: 'the first report of the day' } })) })), undated: { type: 'integer' } }),
          version: { type: 'string', description: 'when the story was last rebuilt; pages of its lists carry it too, so a reader can tell when the lists moved under it' },
          parts: obj(Object.fromEntries(Object.keys(LISTS).map((k) => [k, ref('PartMeta')]))),
        }, ['parts', 'version', 'coverage'])],
      },
      PartPage: obj({
        part: { type: 'string' }, index: { type: 'integer', description: 'inner lists: the item' }, total: { type: 'integer' }, offset: { type: 'integer' }, limit: { type: 'integer' },
        next: { type: ['integer', 'null'] }, version: { type: 'string' }, items: arr({ type: 'object' }),
      }, ['part', 'total', 'offset', 'limit', 'next', 'version', 'items']),
      Article: obj({
        id: { type: 'string' }, source: { type: 'string' }, outlet: nstr, url: nstr, title: nstr, author: nstr, published: nstr,
        text: { type: 'string' }, removed: arr(obj({ text: { type: 'string' }, reason: { type: 'string' } })), metaSources: { type: 'object' },
        dup: { type: 'object' }, storyId: nstr,
        analysis: obj({ sentences: arr({ type: 'object' }), entities: arr({ type: 'object' }), quotes: arr({ type: 'object' }), times: arr({ type: 'object' }), claims: arr({ type: 'object' }) }),
      }, ['id', 'text', 'analysis']),
      SearchResult: obj({
        query: { type: 'string' }, limit: { type: 'integer' }, offset: { type: 'integer' }, more: { type: 'boolean', description: 'a next page exists' },
        items: arr(obj({ articleId: { type: 'string' }, storyId: nstr, title: nstr, outlet: nstr, published: nstr, score: { type: 'number' }, snippet: arr(obj({ text: { type: 'string' }, mark: { type: 'boolean' } })) })),
      }),
      IngestResult: obj({ read: { type: 'integer' }, added: { type: 'integer' }, unchanged: { type: 'integer' }, rejected: arr({ type: 'object' }), stories: arr({ type: 'string' }) }),
    },
  },
} as const;
