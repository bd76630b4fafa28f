import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, sentences } from './tokenize.js';

test('keeps abbreviations whole and splits a sentence-final period off', () => {
  assert.deepEqual(tokenize('Mr. Rubio met U.S. officials.').map((t) => t.text), ['Mr.', 'Rubio', 'met', 'U.S.', 'officials', '.']);
});

test('token offsets index the original text', () => {
  const text = 'Zelensky’s 30-day plan: 17.5% of “land”.';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(tokenize(text).some((t) => t.text === '17.5%'));
});

test('splits sentences at end punctuation but not after titles', () => {
  const text = 'Mr. Rubio said “Good.” Then he left. The talks go on.\n\nNew paragraph';
  const got = sentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ['Mr. Rubio said “Good.”', 'Then he left.', 'The talks go on.', 'New paragraph']);
});
