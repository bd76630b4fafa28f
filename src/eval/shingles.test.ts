import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, shingleMatch, benchMetrics, exactMatch } from './shingles.js';

test('tokenize splits on non-word characters like Python \\w with re.UNICODE', () => {
  assert.deepEqual(tokenize("Don't stop — Kyiv’s 2,000 naïve_x"), ['Don', 't', 'stop', 'Kyiv', 's', '2', '000', 'naïve_x']);
});

const MATCHES: [string, string, string, [number, number, number]][] = [
  ['identical texts are all true positives', 'a b c d e', 'a b c d e', [1, 0, 0]],
  ['an empty prediction is all false negatives', 'a b c d e', '', [0, 0, 1]],
  ['extra text counts as false positives', 'a b c d', 'a b c d x y z w', [0.2, 0.8, 0]],
  ['texts shorter than four tokens form one shingle', 'a b', 'a b', [1, 0, 0]],
  ['two empty texts give zeros', '', '', [0, 0, 0]],
];

for (const [name, truth, pred, want] of MATCHES) {
  test(`shingleMatch: ${name}`, () => {
    const got = shingleMatch(truth, pred);
    got.forEach((x, i) => assert.ok(Math.abs(x - want[i]) < 1e-9, `${got} vs ${want}`));
  });
}

test('benchMetrics averages precision and recall over pages before taking F1', () => {
  const m = benchMetrics([[1, 0, 0], [0.5, 0.5, 0]]);
  assert.equal(m.precision, 0.75);
  assert.equal(m.recall, 1);
  assert.ok(Math.abs(m.f1 - 2 * 0.75 / 1.75) < 1e-12);
});

test('exactMatch compares token sequences, ignoring punctuation and spacing', () => {
  assert.equal(exactMatch('Hello, world!', 'Hello world'), true);
  assert.equal(exactMatch('Hello world', 'Hello there world'), false);
});
