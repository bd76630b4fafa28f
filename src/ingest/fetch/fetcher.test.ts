import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Fetcher, type FetcherOptions } from './fetcher.js';
import { FetchError } from './errors.js';
import { TestServer } from '../../../test/watch/server.js';

const FAST: Partial<FetcherOptions> = { delayMs: 10, connectTimeoutMs: 3000, totalTimeoutMs: 6000, retries: 2, backoffMs: 5, maxRetryAfterMs: 50, maxBytes: 256 * 1024 };
const servers: TestServer[] = [];
after(() => Promise.all(servers.map((s) => s.close())));

async function serve(routes: Parameters<typeof TestServer.start>[0]) {
  const s = await TestServer.start(routes);
  servers.push(s);
  return s;
}

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try { await p; } catch (e) { assert.ok(e instanceof FetchError, String(e)); return e; }
  return assert.fail('expected a FetchError');
}

test('sends a User-Agent naming crosscheck and reads robots.txt once per host', async () => {
  let ua = '';
  const s = await serve({ '/a': (req) => { ua = req.headers['user-agent'] ?? ''; return { body: 'A' }; }, '/b': { body: 'B' } });
  const f = new Fetcher(FAST);
  assert.equal(Buffer.from((await f.get(s.url('/a'))).body).toString(), 'A');
  await f.get(s.url('/b'));
  assert.match(ua, /^crosscheck\//);
  assert.equal(s.count('/robots.txt'), 1);
});

test('refuses a path robots.txt disallows without requesting it', async () => {
  const s = await serve({ '/robots.txt': { body: 'User-agent: *\nDisallow: /private\n' }, '/private/x': { body: 'secret' } });
  const e = await failure(new Fetcher(FAST).get(s.url('/private/x')));
  assert.equal(e.kind, 'robots');
  assert.equal(s.count('/private/x'), 0);
});

test('sends validators and reports a 304 as not modified', async () => {
  const s = await serve({ '/feed': (req) => (req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { etag: '"v1"', 'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT' }, body: 'feed' }) });
  const f = new Fetcher(FAST);
  const first = await f.get(s.url('/feed'));
  assert.deepEqual([first.notModified, first.etag, first.lastModified], [false, '"v1"', 'Tue, 03 Mar 2026 10:00:00 GMT']);
  const second = await f.get(s.url('/feed'), { etag: first.etag });
  assert.equal(second.notModified, true);
  assert.equal(f.stats.notModified, 1);
});

const BUSY = [
  { status: 429, after: '0', name: '429 with Retry-After: 0' },
  { status: 503, after: 'Thu, 01 Jan 1970 00:00:00 GMT', name: '503 with a past Retry-After date' },
];
for (const c of BUSY) {
  test(`retries after a ${c.name} and then succeeds`, async () => {
    const s = await serve({ '/x': (_req, n) => (n < 3 ? { status: c.status, headers: { 'retry-after': c.after } } : { body: 'ok' }) });
    const r = await new Fetcher(FAST).get(s.url('/x'));
    assert.equal(Buffer.from(r.body).toString(), 'ok');
    assert.equal(s.count('/x'), 3);
  });
}

test('gives up at once on a Retry-After too long to wait, carrying it to the caller', async () => {
  const s = await serve({ '/x': { status: 503, headers: { 'retry-after': '120' } } });
  const e = await failure(new Fetcher(FAST).get(s.url('/x')));
  assert.deepEqual([e.kind, e.status, e.retryAfterMs, e.transient], ['http', 503, 120_000, true]);
  assert.equal(s.count('/x'), 1);
});

test('times out a server that never answers, retrying with backoff', async () => {
  const s = await serve({ '/robots.txt': { status: 404 }, '/slow': { hang: true } });
  const f = new Fetcher({ ...FAST, connectTimeoutMs: 40, retries: 1, robots: false });
  const e = await failure(f.get(s.url('/slow')));
  assert.equal(e.kind, 'timeout');
  assert.equal(s.count('/slow'), 2);
});

test('times out a body that stalls past the total timeout', async () => {
  const s = await serve({ '/stall': { stallMs: 2000, body: 'late' } });
  const e = await failure(new Fetcher({ ...FAST, totalTimeoutMs: 60, retries: 0, robots: false }).get(s.url('/stall')));
  assert.equal(e.kind, 'timeout');
});

test('stops reading an endless response at the size bound', async () => {
  const s = await serve({ '/endless': { endless: true } });
  const e = await failure(new Fetcher(FAST).get(s.url('/endless')));
  assert.equal(e.kind, 'too-large');
  assert.equal(e.code, 'TOO_LARGE');
  assert.equal(s.count('/endless'), 1);
});

test('follows a redirect chain and reports where it ended', async () => {
  const s = await serve({ '/r1': { status: 301, headers: { location: '/r2' } }, '/r2': { status: 302, headers: { location: '/final' } }, '/final': { body: 'here' } });
  const r = await new Fetcher(FAST).get(s.url('/r1'));
  assert.equal(r.finalUrl, s.url('/final'));
});

const LOOPS = [
  { name: 'a redirect loop', routes: { '/l1': { status: 302, headers: { location: '/l2' } }, '/l2': { status: 302, headers: { location: '/l1' } } } },
  { name: 'more than five redirects', routes: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/h${i}`, { status: 302, headers: { location: `/h${i + 1}` } }])) },
];
for (const c of LOOPS) {
  test(`fails on ${c.name} without following it for ever`, async () => {
    const s = await serve(c.routes);
    const start = Object.keys(c.routes)[0];
    const e = await failure(new Fetcher(FAST).get(s.url(start)));
    assert.equal(e.kind, 'redirects');
    assert.ok([...s.hits.values()].reduce((a, b) => a + b, 0) <= 7);
  });
}

test('sends one request at a time to a host', async () => {
  const s = await serve({ '/p': { stallMs: 15, body: 'x' } });
  const f = new Fetcher(FAST);
  await Promise.all([1, 2, 3, 4].map((i) => f.get(s.url(`/p?i=${i}`))));
  assert.equal(s.count('/p?i=4'), 1);
  assert.equal(s.maxActive, 1);
});

test('follows a redirected robots.txt and obeys the file it leads to', async () => {
  const s = await serve({ '/robots.txt': { status: 301, headers: { location: '/real-robots.txt' } }, '/real-robots.txt': { body: 'User-agent: *\nDisallow: /hidden\n' }, '/hidden': { body: 'x' } });
  const e = await failure(new Fetcher(FAST).get(s.url('/hidden')));
  assert.equal(e.kind, 'robots');
  assert.equal(s.count('/hidden'), 0);
});
