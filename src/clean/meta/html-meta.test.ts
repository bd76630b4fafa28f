import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDoc } from '../html/dom.js';
import { scanPage } from './page-scan.js';
import { pageMeta } from './html-meta.js';
import { parseJsonLd, articleNode, ldText } from './jsonld.js';

const meta = (head: string, body = '', hints = {}) => pageMeta(scanPage(parseDoc(`<html><head>${head}</head><body>${body}</body></html>`)), hints);
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

test('reads headline, date, authors and publisher from a JSON-LD @graph', () => {
  const m = meta(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], headline: 'Dam opens',
    datePublished: '2024-02-01T08:00:00+02:00', author: [{ name: 'A. Berg' }, { name: 'L. Moss' }], publisher: { name: 'Coastline Times' } }] }));
  assert.deepEqual([m.title, m.published, m.author, m.outlet], ['Dam opens', '2024-02-01T08:00:00+02:00', 'A. Berg, L. Moss', 'Coastline Times']);
  assert.deepEqual(m.metaSources, { title: 'jsonld', published: 'jsonld', author: 'jsonld', outlet: 'jsonld' });
});

test('container hints win over everything the page says', () => {
  const m = meta('<meta property="og:title" content="Page title">', '', { title: 'Feed title', published: '2024-01-02' });
  assert.equal(m.title, 'Feed title');
  assert.equal(m.metaSources.title, 'hint');
  assert.equal(m.published, '2024-01-02');
});

test('falls back from meta tags to <time> to the URL path for the date', () => {
  assert.equal(meta('<meta name="parsely-pub-date" content="2023-05-06T07:08:09Z">').published, '2023-05-06T07:08:09Z');
  const t = meta('', '<p>x</p><time datetime="2023-05-01">May 1</time><time itemprop="datePublished" datetime="2023-04-30T10:00:00Z">x</time>');
  assert.deepEqual([t.published, t.metaSources.published], ['2023-04-30T10:00:00Z', 'time-element']);
  const u = meta('<link rel="canonical" href="https://www.reuters.com/world/2023/11/04/quake/">');
  assert.deepEqual([u.published, u.metaSources.published, u.outlet, u.metaSources.outlet], ['2023-11-04', 'url', 'Reuters', 'domain']);
});

test('never invents a date: an unparseable or year-less date stays null', () => {
  const m = meta('<meta property="article:published_time" content="last Tuesday">', '<time datetime="soon">x</time>');
  assert.equal(m.published, null);
  assert.equal(m.metaSources.published, undefined);
});

test('takes the byline from the page when no metadata names the author, without "By"', () => {
  const m = meta('', '<div class="byline">By Rui Costa</div><p>Text</p>');
  assert.deepEqual([m.author, m.metaSources.author], ['Rui Costa', 'byline']);
});

test('parseJsonLd tolerates broken JSON and HTML comments', () => {
  assert.deepEqual(parseJsonLd('{"@type": "NewsArticle", '), []);
  assert.equal(articleNode(parseJsonLd('<!-- {"@type":"BlogPosting","headline":"h"} -->'))?.headline, 'h');
  assert.equal(ldText({ name: '  Kyiv   Post ' }), 'Kyiv Post');
});
