/**
 * The JSON API through app.request(): paging, filters, 404s, ETag/304, gzip, security headers, errors as
 * JSON, the body limit, the token on ingest, the OpenAPI document, and static files that cannot escape
 * their folder. Data is hand-built (test/browser/fixtures.ts), so the figures asserted are known.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

const json = (r: Response): Promise<any> => r.json();
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';
import { OPENAPI } from './openapi.js';
import { fixtureStore } from '../../test/browser/fixtures.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { bigStory } from '../store/store.case.js';

let store: SqliteStore;
let uiDir: string;
before(async () => {
  store = await fixtureStore(25, 2);
  const root = mkdtempSync(join(tmpdir(), 'cc-ui-'));
  uiDir = join(root, 'ui');
  mkdirSync(join(uiDir, 'assets'), { recursive: true });
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(uiDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the UI folder');
});
after(() => store.close());

const app = (token?: string) => createApp({ store, token, uiDir });
const get = (path: string, headers: Record<string, string> = {}) => app().request(path, { headers });

test('pages through stories with a total, a limit and an offset', async () => {
  const pages = [];
  for (const offset of [0, 10, 20]) pages.push(await json(await get(`/api/stories?limit=10&offset=${offset}`)));
  assert.deepEqual(pages.map((p) => p.items.length), [10, 10, 5]);
  assert.ok(pages.every((p) => p.total === 25));
  const ids = pages.flatMap((p) => p.items.map((s: { id: string }) => s.id));
  assert.equal(new Set(ids).size, 25);
  assert.deepEqual(pages[0].items[0].coverage.filter((d: { count: number }) => d.count).length, 2);
  assert.equal(pages[0].items[0].disagreements, 1);
});

test('filters stories by outlet, entity and date', async () => {
  const cases: [string, number][] = [
    ['/api/stories?outlet=Talvik%20Post', 25],
    ['/api/stories?outlet=Nowhere%20Daily', 0],
    ['/api/stories?entity=PER:edda-rusk', 25],
    ['/api/entities/PER:edda-rusk/stories', 25],
    ['/api/entities/PER:nobody/stories', 0],
    ['/api/entities/ORG:Dockworkers%E2%80%99%20Union%20of%20Talvik/stories', 0],
    ['/api/stories?since=2026-03-20', 2],
  ];
  for (const [path, total] of cases) assert.equal((await json(await get(path))).total, total, path);
});

test('returns a story with coverage by outlet and day computed from its members', async () => {
  const s = await json(await get('/api/stories/s0003'));
  assert.equal(s.id, 's0003');
  assert.deepEqual(s.coverage.outlets.map((o: { outlet: string; total: number }) => [o.outlet, o.total]), [['Northern Ledger', 1], ['Talvik Post', 1]]);
  assert.deepEqual(s.coverage.days.map((d: { day: string }) => d.day), ['2026-03-07', '2026-03-08']);
  assert.equal(s.claims[0].verdict, 'disagree');
});

test('sends a big story as a bounded first page with each list\'s length, and pages through every list', async () => {
  const own = SqliteStore.open(':memory:');
  await own.putStory(bigStory('big', 3000));
  const get = (path: string) => createApp({ store: own, uiDir: null }).request(path);
  const res = await get('/api/stories/big');
  const body = await res.text();
  assert.ok(body.length < 30_000, `first page is ${body.length} bytes`);
  const page = JSON.parse(body);
  assert.deepEqual([page.members.length, page.parts.members], [50, { total: 3000, limit: 50, next: 50 }]);
  assert.deepEqual(page.coverage.outlets.map((o: { total: number }) => o.total), [1000, 1000, 1000]);
  const seen: string[] = [];
  for (let next: number | null = 0; next !== null;) {
    const p: { items: { articleId: string }[]; next: number | null; total: number; version: string } = await json(await get(`/api/stories/big/members?offset=${next}&limit=100`));
    assert.equal(p.version, page.version);
    seen.push(...p.items.map((m) => m.articleId));
    next = p.next;
  }
  assert.deepEqual(seen, Array.from({ length: 3000 }, (_, i) => `r${i}`));
  const quotes = await json(await get('/api/stories/big/quotes?offset=20&limit=5'));
  assert.deepEqual([quotes.part, quotes.items.length, quotes.limit, quotes.items[1].text, quotes.items[1].echoesTotal], ['quotes', 5, 5, 'Quote 21', 9]);
  assert.equal((await json(await get('/api/stories/big/quotes'))).limit, page.parts.quotes.limit);
  const sources = await json(await get('/api/stories/big/timeline/3/sources?offset=10'));
  assert.deepEqual([sources.part, sources.index, sources.total, sources.items.length, sources.next], ['timeline.sources', 3, 12, 2, null]);
  const full = await json(await get('/api/stories/big?full=true'));
  assert.deepEqual([full.members.length, full.timeline[3].sources.length, full.parts, full.coverage.outlets.length], [3000, 12, undefined, 3]);
  const cases: [string, number][] = [
    ['/api/stories/big/members?offset=-1', 400], ['/api/stories/big/members?limit=101', 400], ['/api/stories/big?full=yes', 400],
    ['/api/stories/nope/members', 404], ['/api/stories/big/timeline/45/sources', 404], ['/api/stories/big/quotes/x/echoes', 400],
  ];
  for (const [path, status] of cases) assert.equal((await get(path)).status, status, path);
  await own.close();
});

test('returns an article with its text, spans, removed parts and metadata', async () => {
  const a = await json(await get('/api/articles/a0004'));
  for (const x of [...a.analysis.entities, ...a.analysis.quotes, ...a.analysis.claims]) assert.equal(a.text.slice(x.start, x.end), x.text);
  assert.deepEqual(a.removed, []);
  assert.equal(a.storyId, 's0002');
});

test('answers unknown ids, routes and bad input with JSON errors and the right status', async () => {
  const cases: [string, number, string][] = [
    ['/api/stories/nope', 404, 'NOT_FOUND'], ['/api/articles/nope', 404, 'NOT_FOUND'], ['/api/nothing', 404, 'NOT_FOUND'],
    ['/api/stories?limit=0', 400, 'BAD_REQUEST'], ['/api/stories?sort=random', 400, 'BAD_REQUEST'], ['/api/stories?since=yesterday', 400, 'BAD_REQUEST'],
    ['/api/search', 400, 'BAD_REQUEST'], ['/api/stories/a%20b', 400, 'BAD_REQUEST'], ['/api/entities/PER%3A%0Aname/stories', 400, 'BAD_REQUEST'],
  ];
  for (const [path, status, code] of cases) {
    const r = await get(path);
    assert.equal(r.status, status, path);
    assert.equal((await json(r)).error.code, code, path);
  }
});

test('turns search markers into snippet parts, never HTML', async () => {
  const r = await json(await get('/api/search?q=storm'));
  assert.ok(r.items.length > 0);
  const parts = r.items[0].snippet as { text: string; mark: boolean }[];
  assert.ok(parts.some((p) => p.mark && /storm/i.test(p.text)));
  assert.ok(parts.every((p) => !p.text.includes('[[') && !p.text.includes('<mark>')));
});

test('pages through search hits and says whether more follow', async () => {
  const pages = [];
  for (const offset of [0, 20, 40]) pages.push(await json(await get(`/api/search?q=storm&limit=20&offset=${offset}`)));
  assert.deepEqual(pages.map((p) => [p.items.length, p.more]), [[20, true], [20, true], [10, false]]);
  assert.equal(new Set(pages.flatMap((p) => p.items.map((h: { articleId: string }) => h.articleId))).size, 50);
  assert.equal((await get('/api/search?q=storm&offset=1001')).status, 400);
});
test('sends a weak ETag and answers 304 when it matches', async () => {
  for (const path of ['/api/stories', '/api/stories/s0001', '/api/stories/s0001/members?offset=1', '/api/articles/a0001', '/']) {
    const first = await get(path);
    const tag = first.headers.get('ETag');
    assert.match(tag ?? '', /^W\/"[0-9a-f]+"$/, path);
    const again = await get(path, { 'If-None-Match': tag! });
    assert.equal(again.status, 304, path);
    assert.equal(await again.text(), '');
  }
});

test('gzips JSON and sets the strict security headers on every response', async () => {
  const r = await get('/api/stories?limit=50', { 'Accept-Encoding': 'gzip' });
  assert.equal(r.headers.get('Content-Encoding'), 'gzip');
  for (const path of ['/api/stories', '/api/nothing', '/']) {
    const h = (await get(path)).headers;
    assert.equal(h.get('Content-Security-Policy'), "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'", path);
    assert.equal(h.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(h.get('Referrer-Policy'), 'no-referrer');
  }
});

const post = (body: string, headers: Record<string, string> = {}, token?: string) =>
  app(token).request('/api/ingest', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

test('refuses an oversized body with 413', async () => {
  const big = JSON.stringify({ text: 'x'.repeat(5 * 1024 * 1024 + 10) });
  const r = await post(big, { 'Content-Length': String(Buffer.byteLength(big)) });
  assert.equal(r.status, 413);
  assert.equal((await json(r)).error.code, 'TOO_LARGE');
});

test('requires the bearer token to ingest when one is set', async () => {
  const body = JSON.stringify({ text: 'short' });
  const cases: [Record<string, string>, number][] = [[{}, 401], [{ Authorization: 'Bearer wrong' }, 401], [{ Authorization: 'Basic s3cret' }, 401], [{ Authorization: 'Bearer s3cret' }, 422]];
  for (const [headers, status] of cases) assert.equal((await post(body, headers, 's3cret')).status, status, JSON.stringify(headers));
});

test('rejects malformed ingest bodies with 400 or 415', async () => {
  const cases: [string, Record<string, string>, number][] = [['{"text":', {}, 400], ['{"title":"no body"}', {}, 400], ['[]', {}, 400], ['{"text":"x"}', { 'Content-Type': 'text/plain' }, 415]];
  for (const [body, headers, status] of cases) assert.equal((await post(body, headers)).status, status, body);
});

test('describes every route the app serves in the OpenAPI document', async () => {
  const doc = await json(await get('/api/openapi.json'));
  assert.equal(doc.openapi, '3.1.0');
  const routes = app().routes
    .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.endsWith('*'))
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  assert.ok(routes.length >= 7);
  for (const r of routes) {
    const [method, path] = r.split(' ');
    assert.ok((OPENAPI.paths as Record<string, Record<string, unknown>>)[path]?.[method], `${r} is not in openapi.json`);
  }
});

test('serves the UI folder and nothing outside it', async () => {
  assert.equal((await get('/')).status, 200);
  assert.equal((await get('/assets/app.js')).headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
  for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%5c..%5csecret.txt']) {
    const r = await get(path);
    assert.notEqual(r.status, 200, path);
    assert.ok(!(await r.text()).includes('outside the UI folder'), path);
  }
});
