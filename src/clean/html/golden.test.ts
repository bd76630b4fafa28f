import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from './extract.js';

const ROOT = join(process.cwd(), 'test', 'fixtures', 'html');
const slugs = existsSync(ROOT) ? readdirSync(ROOT).sort() : [];

test('there is a golden fixture for every noise pattern the post-pass handles', () => {
  for (const s of ['captions-credits', 'related-links-in-body', 'newsletter-box', 'cookie-banner', 'comments-section',
    'jsonld-metadata', 'meta-only-date', 'url-date', 'byline-in-body', 'readability-too-little']) {
    assert.ok(slugs.includes(s), `missing fixture ${s}`);
  }
});

for (const slug of slugs) {
  test(`extracts the golden text and metadata of fixture "${slug}"`, () => {
    const dir = join(ROOT, slug);
    const got = extractHtml(readFileSync(join(dir, 'source.html'), 'utf8'), {});
    assert.equal(got.text, readFileSync(join(dir, 'expected.txt'), 'utf8').trim());
    const meta = JSON.parse(readFileSync(join(dir, 'expected-meta.json'), 'utf8')) as Record<string, unknown>;
    for (const [key, want] of Object.entries(meta)) {
      if (key === 'metaSources') {
        for (const [field, src] of Object.entries(want as Record<string, string>)) {
          assert.equal(got.metaSources[field as keyof typeof got.metaSources], src, `source of ${field}`);
        }
      } else assert.equal(got[key as keyof typeof got], want, key);
    }
  });
}

test('records what the post-pass dropped and why', () => {
  const got = extractHtml(readFileSync(join(ROOT, 'captions-credits', 'source.html'), 'utf8'), {});
  assert.ok(got.removed.some((r) => r.reason === 'tag:figcaption' && r.text.includes('burst main')));
  assert.ok(got.removed.some((r) => /caption/.test(r.reason) && r.text.includes('water board sign')));
});

test('falls back to the JSON-LD articleBody when Readability finds too little', () => {
  const got = extractHtml(readFileSync(join(ROOT, 'readability-too-little', 'source.html'), 'utf8'), {});
  assert.ok(got.removed.some((r) => /too little/.test(r.reason)));
  assert.equal(got.text.split('\n\n').length, 2);
});

const HOSTILE = `<html><head><title>x</title><script>alert("head")</script><style>p{color:red}</style></head><body>
<article><h1>Harbour cranes return</h1>
<p>The two cranes removed from Port Vell in the spring were reinstalled on Monday, the port authority said, ending months of delays for container ships.</p>
<script>document.write('<p>injected</p>')</script>
<p>Crews worked overnight to bolt the <a href="javascript:alert(1)">new booms</a> in place <img src="x" onerror="alert(2)"> before the first ship arrived at dawn, according to the authority.</p>
<p onclick="steal()">A spokesperson said <b>no further closures</b> were planned this year &amp; that traffic would return to normal &lt;soon&gt;.</p>
<iframe src="https://ads.example/frame"></iframe><noscript><p>Enable JavaScript</p></noscript></article></body></html>`;

test('a page with <script>, onerror= and javascript: links comes out as plain text with no markup', () => {
  const { text } = extractHtml(HOSTILE, {});
  assert.ok(text.includes('Crews worked overnight to bolt the new booms in place before the first ship'));
  assert.ok(text.includes('traffic would return to normal <soon>.'), 'entities are decoded once, as text');
  for (const bad of ['alert', 'javascript:', 'onerror', 'onclick', 'injected', 'color:red', 'Enable JavaScript', '<p', '<a', '<img', '<script']) {
    assert.ok(!text.includes(bad), `output contains ${bad}`);
  }
});

test('an empty or markup-only page gives empty text, not an error', () => {
  for (const html of ['', '<html></html>', '<script>x()</script>', '<!-- only a comment -->', '<div><span> </span></div>']) {
    const got = extractHtml(html, {});
    assert.equal(got.text, '');
    assert.equal(got.published, null);
  }
});
