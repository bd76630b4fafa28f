import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAGS, allowed, encode, spans, tagOf } from './tags.js';
import { HashedWeights, pack, unpack } from './weights.js';
import { NT } from './tags.js';

const name = (tags: number[]) => tags.map((t) => TAGS[t]).join(' ');

const ROUND_TRIPS: { spans: [number, number, number][]; n: number; tags: string }[] = [
  { spans: [[0, 2, 0]], n: 3, tags: 'B-PER L-PER O' },
  { spans: [[1, 2, 2]], n: 2, tags: 'O U-LOC' },
  { spans: [[0, 3, 1], [3, 4, 3]], n: 4, tags: 'B-ORG I-ORG L-ORG U-MISC' },
  { spans: [], n: 2, tags: 'O O' },
];

for (const c of ROUND_TRIPS) {
  test(`encodes ${JSON.stringify(c.spans)} as ${c.tags} and decodes it back`, () => {
    const tags = encode(c.spans, c.n);
    assert.equal(name(tags), c.tags);
    assert.deepEqual(spans(tags), c.spans);
  });
}

test('closes a name left open at the end of a sentence', () => {
  assert.deepEqual(spans([tagOf(0, 'B'), tagOf(0, 'I')]), [[0, 2, 0]]);
});

const TRANSITIONS: [string, number, number, boolean][] = [
  ['L-PER after B-PER', tagOf(0, 'L'), tagOf(0, 'B'), true],
  ['L-ORG after B-PER', tagOf(1, 'L'), tagOf(0, 'B'), false],
  ['O after B-PER', 0, tagOf(0, 'B'), false],
  ['U-LOC at a sentence start', tagOf(2, 'U'), NT, true],
  ['I-LOC at a sentence start', tagOf(2, 'I'), NT, false],
  ['B-MISC after L-PER', tagOf(3, 'B'), tagOf(0, 'L'), true],
];
for (const [label, t, prev, ok] of TRANSITIONS) {
  test(`${ok ? 'allows' : 'forbids'} ${label}`, () => assert.equal(allowed(t, prev), ok));
}

test('packed weights score like the float weights they came from, minus pruned rows', () => {
  const keys = Uint32Array.from([11, 22, 33]);
  const w = new Float32Array(3 * NT);
  w[0 * NT + 1] = 2; w[1 * NT + 2] = -1.5; w[2 * NT + 3] = 0.1;
  const scorer: HashedWeights = unpack(pack(keys, w, 0.5));
  const scores = new Float64Array(NT);
  scorer.score(Uint32Array.from([11, 22, 33, 44]), 0, 4, scores);
  assert.ok(scores[1] > 0 && scores[2] < 0);
  assert.equal(scores[3], 0, 'row 33 is below minAbs and pruned');
  assert.ok(Math.abs(scores[1] / scores[2] + 2 / 1.5) < 1e-3);
});
