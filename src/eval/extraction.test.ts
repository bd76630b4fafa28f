import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { evalExtraction, writePredictions, isExtractionDir } from './extraction.js';

const BODY = ['The harbour authority in Port Vell said on Tuesday that the new ferry terminal would open in March, two months later than planned, after inspectors found cracks in the main pier.',
  'Engineers will replace four concrete sections, the authority said, and the work is expected to cost about 3.2 million euros, which the contractor has agreed to cover under its warranty.',
  'Local traders, who had hoped the terminal would bring more visitors before the spring festival, said the delay was disappointing but understandable given the safety concerns raised.'];
const PAGE = `<html><head><title>Ferry terminal delayed</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry terminal delayed</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}
<figure><img src="x.jpg"><figcaption>The pier under repair (Photo: Port Vell Authority)</figcaption></figure></article>
<footer>© 2024 Example Media. All rights reserved.</footer></body></html>`;

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xc-extraction-'));
  mkdirSync(join(dir, 'html'));
  const ids = ['0aaa', 'fbbb'];
  for (const id of ids) writeFileSync(join(dir, 'html', `${id}.html.gz`), gzipSync(PAGE));
  writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify(Object.fromEntries(ids.map((id) => [id, { articleBody: BODY.join('\n\n'), url: `https://example.com/${id}` }]))));
  return dir;
}

test('evalExtraction scores a scrapinghub-layout folder with the benchmark metric and a Readability baseline', async () => {
  const dir = fixtureDir();
  assert.equal(isExtractionDir(dir), true);
  const r = await evalExtraction(dir);
  assert.equal(r.n, 2);
  assert.equal(r.recall, 1);
  assert.ok(r.f1 > 0.95, `f1 ${r.f1}`);
  assert.equal((r['split:tune'] as { n: number }).n, 1);
  assert.equal((r['split:held-out'] as { n: number }).n, 1);
  assert.ok(typeof (r['baseline:readability'] as { f1: number }).f1 === 'number');
});

test('writePredictions writes the benchmark output format with one articleBody per page', () => {
  const dir = fixtureDir();
  const out = join(dir, 'crosscheck.json');
  assert.equal(writePredictions(dir, out), 2);
  const data = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(Object.keys(data.output).sort(), ['0aaa', 'fbbb']);
  assert.ok(data.output['0aaa'].articleBody.startsWith('The harbour authority'));
});

const REAL = join(process.cwd(), '..', 'shared', 'eval', 'extraction', 'scrapinghub');
test('beats plain Readability.js on the scrapinghub benchmark', { skip: !existsSync(REAL) && 'needs ../shared/eval' }, async () => {
  const r = await evalExtraction(REAL);
  const base = r['baseline:readability'] as { f1: number };
  assert.equal(r.n, 181);
  assert.ok(r.f1 > base.f1 + 0.01, `ours ${r.f1} vs readability ${base.f1}`);
});
