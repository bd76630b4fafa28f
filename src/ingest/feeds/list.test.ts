import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSourceList } from './list.js';

test('reads a plain list with comments, blank lines, duplicates and a sitemap', () => {
  const r = parseSourceList('# my feeds\nhttps://a.example/rss\n\nhttps://a.example/rss\nhttps://b.example/news-sitemap.xml  # news\nnot-a-url\n');
  assert.deepEqual(r.sources, [{ url: 'https://a.example/rss', kind: 'feed' }, { url: 'https://b.example/news-sitemap.xml', kind: 'sitemap' }]);
  assert.deepEqual(r.invalid, ['not-a-url']);
});

test('reads every outline with an xmlUrl from OPML, nested or not', () => {
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
    <outline text="News"><outline text="Courier" type="rss" xmlUrl="https://courier.example/feed"/></outline>
    <outline title="Ledger" xmlUrl="https://ledger.example/atom.xml"/><outline text="folder only"/></body></opml>`;
  assert.deepEqual(parseSourceList(opml).sources, [
    { url: 'https://courier.example/feed', kind: 'feed', title: 'Courier' },
    { url: 'https://ledger.example/atom.xml', kind: 'feed', title: 'Ledger' },
  ]);
});
