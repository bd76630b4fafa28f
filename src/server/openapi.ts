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
const report = obj({
  url: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, outlet: { type: 'string' },
  author: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'crosscheck API', version: '0.1.0', description: 'Stories followed across outlets: timelines, actors, quotes, claim comparisons, with spans into each report.' },
  paths: {
    '/api/stories': { get: { summary: 'List stories (paged, filtered)', parameters: [...PAGE, ...FILTERS], responses: { 200: json(ref('StoryPage')), ...ETAG, ...errors(400) } } },
    '/api/stories/{id}': { get: { summary: 'One story in full, with coverage by outlet and day', parameters: [p('id', 'story id')], responses: { 200: json(ref('StoryDetail')), ...ETAG, ...errors(400, 404) } } },
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
