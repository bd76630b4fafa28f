import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readPaths } from '../files.js';
import { looksLikeFeed, parseFeed, readFeedBytes } from './index.js';
import { ATOM, ITEM_BODY, JSON_FEED, RDF, RSS2 } from './fixtures.test-data.js';

const CASES = [
  { name: 'RSS 2.0', text: RSS2, format: 'rss', n: 2, first: { url: 'https://courier.example/news/ferry', title: 'Ferry terminal to open in May', outlet: 'Ellis Courier', author: 'Mara Voss', published: '2026-03-03T09:30:00.000Z' } },
  { name: 'Atom', text: ATOM, format: 'atom', n: 1, first: { url: 'https://ledger.example/bridge', title: 'Bridge repairs finish early', outlet: 'Northern Ledger', author: 'Ilse Brandt', published: '2026-03-04T08:00:00.000Z' } },
  { name: 'RDF', text: RDF, format: 'rdf', n: 1, first: { url: 'https://valley.example/rail', title: 'Rail strike called off', outlet: 'Valley Post', published: '2026-03-05' } },
  { name: 'JSON Feed', text: JSON_FEED, format: 'json', n: 2, first: { url: 'https://coastline.example/storm', title: 'Storm closes port', outlet: 'Coastline Daily', author: 'Tomas Reid', published: '2026-03-06T07:00:00Z' } },
];

for (const c of CASES) {
  test(`reads a ${c.name} feed into documents with url, title, outlet, author and date hints`, async () => {
    assert.equal(looksLikeFeed(c.text), true);
    assert.equal((await parseFeed(c.text, 'x')).format, c.format);
    const items = await readFeedBytes(`f.${c.format}`, Buffer.from(c.text));
    assert.equal(items.length, c.n);
    const first = items[0];
    assert.ok('doc' in first);
    assert.deepEqual(first.doc.hints, c.first);
    assert.equal(first.doc.source, `f.${c.format}#1`);
    assert.ok(first.doc.html && first.doc.html.length > 20);
  });
}

test('prefers content:encoded over the RSS description and falls back to the description', async () => {
  const items = await readFeedBytes('a.rss', gzipSync(Buffer.from(RSS2)));
  assert.ok('doc' in items[0] && 'doc' in items[1]);
  assert.equal(items[0].doc.html, ITEM_BODY);
  assert.match(items[1].doc.html!, /delayed its vote/);
});

test('prefers Atom content over its summary and turns JSON Feed plain text into paragraphs', async () => {
  const [atom] = await readFeedBytes('a.atom', Buffer.from(ATOM));
  assert.ok('doc' in atom);
  assert.match(atom.doc.html!, /Wexley bridge/);
  const json = await readFeedBytes('a.json', Buffer.from(JSON_FEED));
  assert.ok('doc' in json[1]);
  assert.equal(json[1].doc.html, '<p>Fish prices rose.</p>\n<p>Traders blamed the storm.</p>');
});

const BROKEN = [
  { name: 'broken XML', text: '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>A</item></channel>', code: 'BAD_RECORD' },
  { name: 'a JSON Feed without items', text: '{"version":"https://jsonfeed.org/version/1.1","title":"T"}', code: 'BAD_RECORD' },
  { name: 'an HTML page', text: '<!doctype html><html><body>hi</body></html>', code: 'BAD_RECORD' },
  { name: 'a feed with no items', text: '<rss version="2.0"><channel><title>Empty</title></channel></rss>', code: 'EMPTY' },
];

for (const c of BROKEN) {
  test(`rejects ${c.name} with one named error`, async () => {
    const items = await readFeedBytes('bad.xml', Buffer.from(c.text));
    assert.equal(items.length, 1);
    assert.ok('error' in items[0]);
    assert.equal(items[0].error.code, c.code);
    assert.equal(items[0].error.source, 'bad.xml');
  });
}

test('ingest reads feed files by extension and by content through readPaths', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-feeds-'));
  writeFileSync(join(dir, 'a.rss'), RSS2);
  writeFileSync(join(dir, 'b.json'), JSON_FEED);
  writeFileSync(join(dir, 'c.txt'), ATOM);
  const docs = [];
  for await (const it of readPaths([dir])) docs.push('doc' in it ? it.doc.source : assert.fail(it.error.message));
  assert.deepEqual(docs.map((s) => s.slice(dir.length + 1)), ['a.rss#1', 'a.rss#2', 'b.json#1', 'b.json#2', 'c.txt#1']);
});
