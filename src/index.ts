/**
 * crosscheck's public API: the pipeline stages as pure functions over the shared model, the store, and the
 * driver that runs them. Everything else is internal.
 */
export type * from './model/index.js';
export { CrosscheckError } from './model/error.js';
export { readPaths, readSingle } from './ingest/files.js';
export { cleanDocument } from './clean/index.js';
export { cleanText } from './clean/text/index.js';
export { extractHtml } from './clean/html/extract.js';
export { analyzeArticle } from './analyze/index.js';
export { sentences, tokenize } from './analyze/tokenize.js';
export { DupIndex } from './dedupe/index.js';
export { StoryClusterer } from './stories/cluster/clusterer.js';
export { buildStory } from './stories/build.js';
export { compareClaims } from './stories/claims.js';
export type { Store, StoredArticle, SearchHit, StoryQuery } from './store/types.js';
export { SqliteStore } from './store/sqlite/store.js';
export { Engine } from './pipeline/engine.js';
export { ingestPaths, type IngestReport } from './pipeline/ingest.js';
export { PgStore } from './store/postgres/store.js';
export { ingestDocuments } from './pipeline/ingest.js';
export { createApp, startServer, OPENAPI } from './server/index.js';
export { readWarc } from './ingest/warc.js';
export { parseFeed, readFeedBytes } from './ingest/feeds/index.js';
export { Fetcher } from './ingest/fetch/fetcher.js';
export { normalizeUrl } from './ingest/fetch/url.js';
export { Watcher } from './ingest/watch.js';
export { parseSitemap } from './ingest/sitemap.js';
