import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoted } from './story.js';

test('shows a direct quote with its own marks and reported speech without "that"', () => {
  assert.equal(quoted('“The meeting has begun very constructively,”'), '“The meeting has begun very constructively,”');
  assert.equal(quoted('"The ball is in their court."'), '"The ball is in their court."');
  assert.equal(quoted('that Vetka is “ready to talk”'), '(reported) Vetka is “ready to talk”');
  assert.equal(quoted('the dam had been inspected in June'), '(reported) the dam had been inspected in June');
});
