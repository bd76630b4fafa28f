import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletFromUrl, normalizeOutlet } from './outlet.js';

const URLS: [string, string | null][] = [
  ['https://www.reuters.com/world/x', 'Reuters'],
  ['theguardian.com', 'The Guardian'],
  ['https://edition.cnn.com/2023/a', 'CNN'],
  ['https://news.sky.com/story/a', 'Sky News'],
  ['https://www.bbc.co.uk/news/a', 'BBC'],
  ['https://www.kyiv-independent.com.ua/x', 'Kyiv Independent'],
  ['https://blog.givewell.org/2018/09/10/x', 'Givewell'],
  ['https://www.npr-like.org/x', 'Npr Like'],
  ['http://192.168.0.1/x', null],
  ['not a url', null],
];

for (const [url, want] of URLS) {
  test(`outletFromUrl names ${url} as ${want}`, () => assert.equal(outletFromUrl(url), want));
}

const NAMES: [string, string | null][] = [
  ['REUTERS', 'Reuters'],
  ['www.bbc.co.uk', 'BBC'],
  ['@politifact', 'politifact'],
  ['The Hill', 'The Hill'],
  ['  ', null],
];

for (const [name, want] of NAMES) {
  test(`normalizeOutlet tidies ${JSON.stringify(name)} to ${want}`, () => assert.equal(normalizeOutlet(name), want));
}
