import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newWarcStats, readWarc, type WarcItem } from './warc.js';
import { page, warcFile, warcRecord, type RecordSpec } from './warc.test-data.js';
import { gzipSync } from 'node:zlib';
import { readPaths } from './files.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-warc-'));
const RECORDS: RecordSpec[] = [
  { type: 'warcinfo', body: 'software: test' },
  { uri: 'https://courier.example/a', body: page('Ferry terminal opens', 'The ferry terminal in Port Ellis opened on Monday.') },
  { type: 'request', uri: 'https://courier.example/a', body: 'GET /a HTTP/1.1\r\n\r\n' },
  { uri: 'https://courier.example/logo.png', contentType: 'image/png', body: 'PNGDATA' },
  { uri: 'https://courier.example/gone', status: 404, body: page('Not found', 'Nothing here.') },
  { uri: 'https://courier.example/b', date: '2026-03-04T12:00:00Z', contentType: 'text/html; charset=windows-1252', body: Buffer.from(page('Caf\xe9 closes', 'The caf\xe9 on Quay Street closed.'), 'latin1') },
  { uri: 'https://courier.example/c', contentType: 'text/html', body: Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><p>Na\xefve plan</p></body></html>`, 'latin1') },
];

async function collect(path: string) {
  const stats = newWarcStats();
  const items: WarcItem[] = [];
  for await (const it of readWarc(path, stats)) items.push(it);
  return { items, stats };
}

for (const gzip of [false, true]) {
  const ext = gzip ? 'warc.gz' : 'warc';
  test(`reads HTML 200 responses from a .${ext} and skips and counts every other record`, async () => {
    const path = join(dir, `crawl.${ext}`);
    writeFileSync(path, warcFile(RECORDS, gzip));
    const { items, stats } = await collect(path);
    const docs = items.map((it) => ('doc' in it ? it.doc : assert.fail(it.error.message)));
    assert.deepEqual(docs.map((d) => d.hints.url), ['https://courier.example/a', 'https://courier.example/b', 'https://courier.example/c']);
    assert.equal(docs[1].hints.fetched, '2026-03-04T12:00:00Z');
    assert.equal(docs[1].hints.published, undefined);
    assert.match(docs[1].html!, /The café on Quay Street/);
    assert.match(docs[2].html!, /Naïve plan/);
    assert.match(docs[0].source, new RegExp(`crawl\\.${ext.replace('.', '\\.')}#\\d+$`));
    assert.notEqual(docs[0].source, docs[1].source);
    assert.deepEqual(stats, { records: 7, documents: 3, skipped: { warcinfo: 1, request: 1, 'not-html': 1, 'http-404': 1 } });
  });

  test(`reports a truncated last record of a .${ext} with its offset and keeps the records before it`, async () => {
    const whole = warcFile(RECORDS.slice(0, 2), gzip);
    const path = join(dir, `cut.${ext}`);
    writeFileSync(path, whole.subarray(0, whole.length - 60));
    const { items } = await collect(path);
    const docs = items.filter((it) => 'doc' in it);
    const errors = items.flatMap((it) => ('error' in it ? [it.error] : []));
    assert.equal(docs.length, 0);
    assert.equal(errors.length, 1);
    assert.match(errors[0].source!, /#\d+$/);
    assert.equal(errors[0].code, 'BAD_RECORD');
  });
}

test('keeps the documents before a truncated record', async () => {
  const whole = warcFile([RECORDS[1], RECORDS[5]]);
  const path = join(dir, 'cut2.warc');
  writeFileSync(path, whole.subarray(0, whole.length - 40));
  const { items } = await collect(path);
  assert.equal(items.length, 2);
  assert.ok('doc' in items[0] && items[0].doc.hints.url === 'https://courier.example/a');
  assert.ok('error' in items[1] && /truncated/.test(items[1].error.message));
});

test('ingest reads WARC files through readPaths instead of rejecting them', async () => {
  const path = join(dir, 'via-files.warc.gz');
  writeFileSync(path, warcFile(RECORDS, true));
  const items = [];
  for await (const it of readPaths([path])) items.push(it);
  assert.equal(items.filter((it) => 'doc' in it).length, 3);
});

const DAMAGE = [
  { name: 'a .warc.gz with a corrupt gzip member in the middle', ext: 'warc.gz', build: (a: Buffer, b: Buffer, c: Buffer) => Buffer.concat([gzipSync(a), spoil(gzipSync(b)), gzipSync(c)]) },
  { name: 'a .warc with a record cut short in the middle', ext: 'warc', build: (a: Buffer, b: Buffer, c: Buffer) => Buffer.concat([a, b.subarray(0, 150), c]) },
];
for (const d of DAMAGE) {
  test(`reports the damage in ${d.name} and reads the records after it`, async () => {
    const [a, b, c] = [1, 5, 6].map((i) => Buffer.from(warcRecord(RECORDS[i])));
    const path = join(dir, `damaged-${d.ext.replace('.', '-')}.${d.ext}`);
    writeFileSync(path, d.build(a, b, c));
    const { items } = await collect(path);
    const urls = items.flatMap((it) => ('doc' in it ? [it.doc.hints.url] : []));
    assert.deepEqual(urls, ['https://courier.example/a', 'https://courier.example/c']);
    const errors = items.flatMap((it) => ('error' in it ? [it.error] : []));
    assert.ok(errors.length >= 1);
    assert.ok(errors.every((e) => /#\d+$/.test(e.source!)));
  });
}

function spoil(gz: Uint8Array): Buffer {
  const b = Buffer.from(gz);
  b.fill(0x55, 30, 60);
  return b;
}
