import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { Watcher, type WatchOptions } from '../../src/ingest/watch.js';
import type { WatchSource } from '../../src/ingest/feeds/list.js';
import type { FeedState } from '../../src/ingest/feeds/schedule.js';
import { TestServer } from './server.js';
import { STORIES, htmlReply, rss, withEtag, type Story } from './fixtures.js';

const FAST = { delayMs: 5, connectTimeoutMs: 2000, totalTimeoutMs: 4000, retries: 0, backoffMs: 5 };
const INTERVAL = 60_000;
const cleanup: (() => Promise<void>)[] = [];
after(async () => { for (const f of cleanup) await f(); });

async function setup(stories: Story[], extra: Parameters<typeof TestServer.start>[0] = {}) {
  const live = { stories: [...stories], ttl: undefined as number | undefined };
  const server = await TestServer.start({ '/feed.xml': withEtag(() => rss(server.base, live.stories, live.ttl)), ...extra });
  for (const s of STORIES) if (!server.routes.has(`/news/${s.slug}`)) server.routes.set(`/news/${s.slug}`, htmlReply(s));
  const store = SqliteStore.open(':memory:');
  const clock = { t: Date.parse('2026-03-03T10:00:00Z') };
  cleanup.push(() => server.close(), () => store.close());
  const open = (sources: WatchSource[] = [{ url: server.url('/feed.xml'), kind: 'feed' }], opts: WatchOptions = {}) =>
    Watcher.open(store, sources, { intervalMs: INTERVAL, fetch: FAST, now: () => clock.t, ...opts });
  return { live, server, store, clock, open };
}

test('a watch run ingests each new item and picks up an item added to the feed within one poll', async () => {
  const { live, server, store, clock, open } = await setup(STORIES.slice(0, 2));
  const w = await open();
  await w.run({ once: true });
  assert.equal((await store.counts()).articles, 2);
  live.stories.unshift(STORIES[2]);
  clock.t += INTERVAL;
  assert.equal(await w.pollDue(), 1);
  assert.equal((await store.counts()).articles, 3);
  assert.deepEqual(['ferry', 'bridge', 'market'].map((s) => server.count(`/news/${s}?utm_source=rss`)), [1, 1, 1]);
});

test('never refetches an unchanged feed: later polls are answered 304 and fetch no article again', async () => {
  const { server, clock, open } = await setup(STORIES.slice(0, 2));
  const w = await open();
  for (let i = 0; i < 3; i++) { await w.pollDue(); clock.t += INTERVAL; }
  assert.equal(server.count('/feed.xml'), 3);
  assert.equal(w.counts.notModified, 2);
  assert.equal(server.count('/news/ferry?utm_source=rss'), 1);
  assert.equal(server.count('/robots.txt'), 1);
});

test('does not poll a feed again before its TTL is over', async () => {
  const { live, server, clock, open } = await setup(STORIES.slice(0, 1));
  live.ttl = 120;
  const w = await open();
  await w.pollDue();
  clock.t += INTERVAL;
  assert.equal(await w.pollDue(), 0);
  clock.t += 120 * 60_000;
  assert.equal(await w.pollDue(), 1);
  assert.equal(server.count('/feed.xml'), 2);
});

test('survives a feed server that hangs and one that returns garbage, backing them off', async () => {
  const { server, store, clock, open } = await setup(STORIES.slice(0, 2), { '/hang.xml': { hang: true }, '/junk.xml': { body: '\u0000\u0001garbage<rss' } });
  const sources: WatchSource[] = ['/hang.xml', '/junk.xml', '/feed.xml'].map((p) => ({ url: server.url(p), kind: 'feed' }));
  const w = await open(sources, { fetch: { ...FAST, connectTimeoutMs: 100 } });
  await w.run({ once: true });
  assert.equal((await store.counts()).articles, 2);
  assert.equal(w.counts.errors, 2);
  for (const p of ['/hang.xml', '/junk.xml']) {
    const st = await store.getState<FeedState>(`watch:feed:${server.url(p)}`);
    assert.equal(st?.errors, 1);
    assert.ok(st!.nextPoll > clock.t + INTERVAL, 'backed off beyond one interval');
  }
});

test('after being stopped mid-run and restarted, loses nothing and fetches no article twice', async () => {
  const { server, store, open } = await setup(STORIES);
  let first: Watcher | null = null;
  let handled = 0;
  first = await open(undefined, { onEvent: (e) => { if (e.kind !== 'poll' && ++handled === 2) first!.stop(); } });
  await first.run();
  assert.equal((await store.counts()).articles, 2);
  const second = await open();
  await second.run({ once: true });
  assert.equal((await store.counts()).articles, 4);
  for (const s of STORIES) assert.equal(server.count(`/news/${s.slug}?utm_source=rss`), 1, s.slug);
  assert.equal(second.counts.newItems, 2);
});

test('falls back to the feed item content when the article page is gone', async () => {
  const gone = { ...STORIES[3], content: `<p>${'The library in Halden will open until nine on weekdays from April, the council said. '.repeat(4)}</p>` };
  const { store, open } = await setup([gone], { '/news/library': { status: 404 } });
  const w = await open();
  await w.run({ once: true });
  assert.equal(w.counts.fallbacks, 1);
  assert.equal((await store.counts()).articles, 1);
});

test('retries at the next poll an item whose page failed for now and whose feed has no content', async () => {
  const { server, store, clock, open } = await setup([STORIES[0]], { '/news/ferry': (_req, n) => (n === 1 ? { status: 500 } : htmlReply(STORIES[0])) });
  const w = await open();
  await w.pollDue();
  assert.equal((await store.counts()).articles, 0);
  clock.t += INTERVAL;
  await w.pollDue();
  assert.equal((await store.counts()).articles, 1);
  assert.equal(server.count('/feed.xml'), 2, 'the feed was read again, not answered 304');
});

test('follows a news sitemap like a feed', async () => {
  const { server, store, open } = await setup([], {
    '/news-sitemap.xml': withEtag(() => `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      ${STORIES.slice(0, 2).map((s) => `<url><loc>${server.base}/news/${s.slug}</loc><news:news><news:title>${s.title}</news:title></news:news></url>`).join('')}</urlset>`, 'application/xml'),
  });
  const w = await open([{ url: server.url('/news-sitemap.xml'), kind: 'sitemap' }]);
  await w.run({ once: true });
  assert.equal((await store.counts()).articles, 2);
  assert.equal(server.count('/news/ferry'), 1);
});

test('follows a sitemap index down to its newest child sitemaps', async () => {
  const urlset = (stories: Story[]) => `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${stories.map((s) => `<url><loc>${server.base}/news/${s.slug}</loc></url>`).join('')}</urlset>`;
  const { server, store, open } = await setup([]);
  server.routes.set('/sitemap.xml', { body: `<sitemapindex><sitemap><loc>${server.base}/sm-1.xml</loc><lastmod>2026-03-01</lastmod></sitemap><sitemap><loc>${server.base}/sm-2.xml</loc><lastmod>2026-03-02</lastmod></sitemap></sitemapindex>` });
  server.routes.set('/sm-1.xml', { body: urlset(STORIES.slice(0, 1)) });
  server.routes.set('/sm-2.xml', { body: urlset(STORIES.slice(1, 3)) });
  const w = await open([{ url: server.url('/sitemap.xml'), kind: 'feed' }]); // recognised by content
  await w.run({ once: true });
  assert.equal((await store.counts()).articles, 3);
  assert.deepEqual([server.count('/sm-1.xml'), server.count('/sm-2.xml')], [1, 1]);
});

test('waits as long as a 503 Retry-After asks before polling that feed again', async () => {
  const { server, store, clock, open } = await setup([], { '/busy.xml': { status: 503, headers: { 'retry-after': '7200' } } });
  const url = server.url('/busy.xml');
  const w = await open([{ url, kind: 'feed' }], { fetch: { ...FAST, maxRetryAfterMs: 10 } });
  await w.pollDue();
  const st = await store.getState<FeedState>(`watch:feed:${url}`);
  assert.ok(st!.nextPoll >= clock.t + 7_200_000);
  clock.t += INTERVAL * 3;
  assert.equal(await w.pollDue(), 0);
  assert.equal(server.count('/busy.xml'), 1);
});
