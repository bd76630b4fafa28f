/**
 * POST /api/ingest: reports posted as JSON go through the same driver as files (clean → analyse → engine →
 * store). Writes are guarded by a bearer token when one is configured, and run one at a time because the
 * engine's in-memory indexes assume a single writer.
 */
import { Hono, type Context } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/types.js';
import { ingestDocuments } from '../pipeline/ingest.js';
import { ApiError } from './errors.js';
import { ingestBody, parse, toRawDocument } from './query.js';

/** POST /ingest, mounted under /api. Example: app.route('/api', ingestRoutes(store, process.env.CROSSCHECK_TOKEN)) */
export function ingestRoutes(store: Store, token?: string): Hono {
  const api = new Hono();
  let queue: Promise<unknown> = Promise.resolve();
  api.post('/ingest', async (c) => {
    if (token) requireToken(c, token);
    const body = parse(ingestBody, await readJson(c));
    const docs = (Array.isArray(body) ? body : [body]).map(toRawDocument);
    const run = queue.then(() => ingestDocuments(docs, store));
    queue = run.catch(() => undefined);
    const r = await run;
    const report = { read: r.read, added: r.added, unchanged: r.unchanged, rejected: r.rejected, stories: [...r.stories] };
    if (!r.added && !r.unchanged && r.rejected.length) {
      return c.json({ error: { code: 'REJECTED', message: `no report could be ingested: ${r.rejected[0].reason}` }, ...report }, 422);
    }
    return c.json(report, r.added > 0 ? 201 : 200);
  });
  return api;
}

/** Constant-time comparison of `Authorization: Bearer <token>`. */
function requireToken(c: Context, token: string) {
  const header = c.req.header('Authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  const given = Buffer.from(m?.[1] ?? '');
  const want = Buffer.from(token);
  if (!m || given.length !== want.length || !timingSafeEqual(given, want)) {
    c.header('WWW-Authenticate', 'Bearer realm="crosscheck"');
    throw new ApiError(401, 'UNAUTHORIZED', 'this server needs Authorization: Bearer <token> to ingest');
  }
}

async function readJson(c: Context): Promise<unknown> {
  if (!(c.req.header('Content-Type') ?? '').includes('application/json')) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the reports as application/json');
  }
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'BAD_JSON', 'the body is not valid JSON');
  }
}
