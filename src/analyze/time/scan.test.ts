import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from './patterns.js';
import { keyCache, scanner, trigger, WINDOWS } from './scan.js';

const TEXTS = [
  'Talks resumed in 2024 after the end of 2023, and for three days in the past weeks nothing moved.',
  'Later this morning the mayor spoke; during the night shelling went on until the end of the current week.',
  'İstanbul officials met every other week in early 1998 and twice a month in recent years.',
  'The fiscal 2025 budget, the coming months and the years ahead: none of it was discussed this spring.',
  'No time words at all here, only 12345 and $2024 and 2,000 troops.',
  'On Monday, March 3, the minister said yesterday that in May last year and by June 2023 prices rose; mid-April too.',
  'Sales fell in the third quarter and this year\'s first half, after a mild winter of 2023 and this past autumn.',
];

/** Every match of the whole-text global scan: [index, text, ...groups]. */
function reference(src: string, text: string): unknown[] {
  return [...text.matchAll(new RegExp(src, 'gi'))].map((m) => [m.index, ...m]);
}

for (const rule of Object.keys(WINDOWS)) {
  test(`the windowed ${rule} rule finds exactly what a whole-text scan finds`, () => {
    const scan = scanner(rule, RULES[rule]);
    for (const text of TEXTS) {
      assert.deepEqual(scan(text, keyCache(text)).map((m) => [m.index, ...m]), reference(RULES[rule], text), text);
    }
  });
}

test('the windowed rules do match something in the fixtures, so the comparison is not vacuous', () => {
  const found = Object.keys(WINDOWS).filter((r) => TEXTS.some((t) => reference(RULES[r], t).length));
  assert.deepEqual(found.sort(), Object.keys(WINDOWS).sort());
});

test('a text whose length changes when lower-cased is scanned whole and tested as written', () => {
  const text = 'İ In May';
  assert.equal(keyCache(text).lower, '');
  assert.equal(trigger(/may/i)(keyCache(text), text), true);
  assert.equal(trigger(/june/i)(keyCache(text), text), false);
});

test('case-insensitive triggers fire on any capitalisation', () => {
  for (const [text, want] of [['Next SPRING', true], ['next Spring', true], ['no season', false]] as const) {
    assert.equal(trigger(/spring|summer/i)(keyCache(text), text), want, text);
  }
});
