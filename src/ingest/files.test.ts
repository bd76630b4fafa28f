import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPaths, type Item } from './files.js';

const story = 'Officials met in Tessel on Wednesday to discuss the truce, the foreign ministry said.\n';

function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-ingest-'));
  writeFileSync(join(dir, 'good.txt'), story);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'junk.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' society')]));
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(Buffer.from(`<html><body><p>${story}</p></body></html>`)).subarray(0, 20));
  writeFileSync(join(dir, 'wire.jsonl'), [
    JSON.stringify({ title: 'One', text: story, outlet: 'Meridian Wire' }),
    '{"title": "broken',
    JSON.stringify({ title: 'No body' }),
    JSON.stringify({ title: 'Two', html: `<p>${story}</p>` }),
  ].join('\n'));
  return dir;
}

async function all(paths: string[]): Promise<Item[]> {
  const out: Item[] = [];
  for await (const i of readPaths(paths)) out.push(i);
  return out;
}

test('rejects each bad file with a named reason and keeps reading the batch', async () => {
  const dir = batch();
  const items = await all([dir, join(dir, 'missing.txt')]);
  const errors = Object.fromEntries(items.filter((i) => 'error' in i).map((i) => ['error' in i ? i.error.source!.replace(dir + '/', '') : '', 'error' in i ? i.error.code : '']));
  assert.deepEqual(errors, {
    'empty.txt': 'EMPTY', 'junk.txt': 'BINARY', 'latin1.txt': 'BAD_ENCODING', 'page.html.gz': 'BAD_GZIP',
    'wire.jsonl:2': 'BAD_JSON', 'wire.jsonl:3': 'NO_TEXT', [join(dir, 'missing.txt').replace(dir + '/', '')]: 'NOT_FOUND',
  });
  const docs = items.flatMap((i) => ('doc' in i ? [i.doc] : []));
  assert.deepEqual(docs.map((d) => d.source.replace(dir + '/', '')), ['good.txt', 'wire.jsonl:1', 'wire.jsonl:4']);
  assert.equal(docs[1].hints.outlet, 'Meridian Wire');
  assert.equal(docs[2].html, `<p>${story}</p>`);
});

test('names the line of a malformed JSONL record in the message', async () => {
  const dir = batch();
  const bad = (await all([join(dir, 'wire.jsonl')])).find((i) => 'error' in i && i.error.code === 'BAD_JSON');
  assert.ok(bad && 'error' in bad && /line 2/.test(bad.error.toLine()));
});

test('rejects a report larger than the limit without reading it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-big-'));
  writeFileSync(join(dir, 'big.txt'), Buffer.alloc(2048, 'a'));
  const items = await all([dir]);
  assert.equal(items.length, 1);
  const limited = [];
  for await (const i of (await import('./files.js')).readPaths([dir], { maxDocBytes: 1024, maxLineChars: 1024, skipNames: new Set<string>(), skipFiles: /^$/ })) limited.push(i);
  assert.ok('error' in limited[0] && limited[0].error.code === 'TOO_LARGE');
});
