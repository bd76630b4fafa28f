import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate, dateFromUrl } from './date.js';

const CASES: [string, { dayFirst?: boolean }, string | null][] = [
  ['2019-11-19T10:48:00Z', {}, '2019-11-19T10:48:00Z'],
  ['2019-11-19T10:48:00.000+0100', {}, '2019-11-19T10:48:00+01:00'],
  ['2019-11-19', {}, '2019-11-19'],
  ['Tue, Nov 19, 2019 10:48 EST', {}, '2019-11-19T10:48:00-05:00'],
  ['4 November 2023', {}, '2023-11-04'],
  ['04.11.23', {}, '2023-04-11'],
  ['04.11.23', { dayFirst: true }, '2023-11-04'],
  ['25/12/2023', {}, '2023-12-25'],
  ['11/18/19 11:04 PM EST', {}, '2019-11-18T23:04:00-05:00'],
  ['1574168580', {}, '2019-11-19T13:03:00Z'],
  ['November 4', {}, null],
  ['2023-02-30', {}, null],
  ['yesterday', {}, null],
  ['', {}, null],
];

for (const [input, opts, want] of CASES) {
  test(`parseDate reads ${JSON.stringify(input)}${opts.dayFirst ? ' day-first' : ''} as ${want}`, () => {
    assert.equal(parseDate(input, opts), want);
  });
}

const URLS: [string, string | null][] = [
  ['https://example.com/2023/11/04/quake-hits', '2023-11-04'],
  ['https://example.com/news/2023-11-04-quake', '2023-11-04'],
  ['https://example.com/2019/11/doobie-brothers', null],
  ['https://example.com/story/12345678', null],
];

for (const [url, want] of URLS) {
  test(`dateFromUrl finds ${want} in ${url}`, () => assert.equal(dateFromUrl(url), want));
}
