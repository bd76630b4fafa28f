/**
 * The HTTP surface (Hono): the JSON API under /api and the built web UI at /. Cross-cutting concerns live
 * here as middleware so every route gets them: strict security headers, gzip, weak ETags with 304s, a body
 * size limit, JSON errors. The UI is served from one fixed folder; serveStatic refuses `..`, encoded dots
 * and backslashes, so nothing outside that folder can be reached.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/types.js';
import { jsonError, onError } from './errors.js';
import { readRoutes } from './routes.js';
import { ingestRoutes } from './ingest.js';
import { OPENAPI } from './openapi.js';

export const SERVER = {
  maxBodyBytes: 5 * 1024 * 1024,
  /** Built by scripts/build-ui.mjs; resolves to <package>/dist/ui from both src/server and dist/server. */
  uiDir: fileURLToPath(new URL('../../dist/ui', import.meta.url)),
  headers: {
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  } as Record<string, string>,
};

export interface AppOptions {
  store: Store;
  /** When set, POST /api/ingest needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Folder of the built UI; null serves the API only. */
  uiDir?: string | null;
}

/** Example: const app = createApp({ store }); const res = await app.request('/api/stories') */
export function createApp({ store, token, uiDir = SERVER.uiDir }: AppOptions): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SERVER.headers)) c.res.headers.set(k, v);
  });
  app.use('*', compress());
  app.use('*', etag({ weak: true }));
  app.use('/api/*', bodyLimit({ maxSize: SERVER.maxBodyBytes, onError: (c) => jsonError(c, 413, 'TOO_LARGE', `the body is larger than ${SERVER.maxBodyBytes} bytes`) }));
  app.use('/api/*', async (c, next) => { await next(); c.res.headers.set('Cache-Control', 'no-cache'); });
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.route('/api', readRoutes(store));
  app.route('/api', ingestRoutes(store, token));
  app.all('/api/*', (c) => jsonError(c, 404, 'NOT_FOUND', `no API route ${c.req.method} ${c.req.path}`));
  if (uiDir && existsSync(uiDir)) {
    app.use('/assets/*', async (c, next) => { await next(); if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable'); });
    app.use('/*', serveStatic({ root: uiDir }));
  } else {
    app.get('/', (c) => c.text('crosscheck API is running; the web UI is not built (run: node scripts/build-ui.mjs). See /api/openapi.json\n'));
  }
  app.notFound((c) => jsonError(c, 404, 'NOT_FOUND', 'not found'));
  app.onError(onError);
  return app;
}
