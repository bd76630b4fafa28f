import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUrl } from './url.js';

const CASES: [string, string, string][] = [
  ['lowercases the scheme and host', 'HTTPS://News.EXAMPLE/Story', 'https://news.example/Story'],
  ['drops the fragment', 'https://a.example/x#comments', 'https://a.example/x'],
  ['drops utm_ and click-id parameters', 'https://a.example/x?utm_source=tw&utm_medium=s&fbclid=1&gclid=2&mc_cid=3&id=7', 'https://a.example/x?id=7'],
  ['sorts the remaining query', 'https://a.example/x?b=2&a=1&a=0', 'https://a.example/x?a=0&a=1&b=2'],
  ['drops an empty query and the default port', 'http://a.example:80/x?', 'http://a.example/x'],
  ['resolves a relative link against a base', '/news/1?utm_campaign=z', 'https://a.example/news/1'],
  ['leaves a string that is not a URL as it is', 'http://[bad', 'http://[bad'],
];

for (const [name, input, want] of CASES) {
  test(`normalizeUrl ${name}`, () => assert.equal(normalizeUrl(input, 'https://a.example/'), want));
}
