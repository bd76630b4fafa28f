import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childSitemaps, looksLikeSitemap, parseSitemap } from './sitemap.js';

const NEWS = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc> https://harbour.example/news/ferry </loc>
    <news:news><news:publication><news:name>Harbour Times</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2026-03-03T09:00:00+00:00</news:publication_date><news:title>Ferry terminal opens</news:title></news:news></url>
  <url><loc>https://harbour.example/news/tolls</loc><lastmod>2026-03-02</lastmod>
    <news:news><news:publication><news:name>Harbour Times</news:name></news:publication><news:title>Tolls rise</news:title></news:news></url>
  <url><lastmod>2026-03-01</lastmod></url>
</urlset>`;

const INDEX = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://harbour.example/sitemap-2026-02.xml</loc><lastmod>2026-02-28</lastmod></sitemap>
  <sitemap><loc>https://harbour.example/sitemap-2026-03.xml</loc><lastmod>2026-03-03</lastmod></sitemap>
</sitemapindex>`;

test('reads news sitemap entries with their title, publication date and publication name', () => {
  const map = parseSitemap(NEWS);
  assert.equal(map.kind, 'urlset');
  assert.equal(map.publication, 'Harbour Times');
  assert.deepEqual(map.entries.map((e) => [e.link, e.title, e.published]), [
    ['https://harbour.example/news/ferry', 'Ferry terminal opens', '2026-03-03T09:00:00+00:00'],
    ['https://harbour.example/news/tolls', 'Tolls rise', '2026-03-02'],
  ]);
});

test('reads a sitemap index and lists its children newest first', () => {
  const map = parseSitemap(INDEX);
  assert.equal(map.kind, 'index');
  assert.deepEqual(childSitemaps(map), ['https://harbour.example/sitemap-2026-03.xml', 'https://harbour.example/sitemap-2026-02.xml']);
});

const SNIFF: [string, boolean][] = [[NEWS, true], [INDEX, true], ['<rss version="2.0"><channel/></rss>', false], ['<html><body>urlset</body></html>', false]];
for (const [text, want] of SNIFF) {
  test(`recognises ${want ? 'a sitemap' : 'a non-sitemap'} by content: ${text.slice(0, 30).replace(/\s+/g, ' ')}`, () => assert.equal(looksLikeSitemap(text), want));
}

test('returns no entries for garbage instead of throwing', () => {
  assert.deepEqual(parseSitemap('\u0000<<not xml').entries, []);
});
