import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countMatches, readConll } from './conll.js';
import { TAGS, encode } from './tags.js';

const FILE = `-DOCSTART- -X- -X- O

Elena NNP B-NP I-PER
Varga NNP I-NP I-PER
visited VBD B-VP O
Oslo NNP B-NP I-LOC
Kyiv NNP I-NP B-LOC

-DOCSTART- -X- -X- O

Nordbank NNP B-NP B-ORG
fell VBD B-VP O
`;

test('reads IOB1 and IOB2 columns into BILOU tags, one document per -DOCSTART-', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-conll-'));
  writeFileSync(join(dir, 'x.txt'), FILE);
  const docs = readConll(join(dir, 'x.txt'));
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0][0].words, ['Elena', 'Varga', 'visited', 'Oslo', 'Kyiv']);
  assert.deepEqual(docs[0][0].tags.map((t) => TAGS[t]), ['B-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC']);
  assert.deepEqual(docs[1][0].tags.map((t) => TAGS[t]), ['U-ORG', 'O']);
});

const MATCHES: { label: string; gold: [number, number, number][]; pred: [number, number, number][]; want: number[] }[] = [
  { label: 'an exact span and type is a hit', gold: [[0, 2, 0]], pred: [[0, 2, 0]], want: [1, 0, 0] },
  { label: 'a right span with the wrong type is a false positive and a miss', gold: [[0, 2, 0]], pred: [[0, 2, 1]], want: [0, 1, 1] },
  { label: 'a partial span earns nothing', gold: [[0, 2, 0]], pred: [[1, 2, 0]], want: [0, 1, 1] },
  { label: 'nothing predicted is all misses', gold: [[0, 1, 2], [3, 4, 3]], pred: [], want: [0, 0, 2] },
];
for (const c of MATCHES) {
  test(`scores like conlleval: ${c.label}`, () => {
    const perType = [0, 1, 2, 3].map(() => [0, 0, 0]);
    assert.deepEqual(countMatches(encode(c.gold, 5), encode(c.pred, 5), perType), c.want);
    const sum = perType.reduce((a, p) => a.map((x, i) => x + p[i]), [0, 0, 0]);
    assert.deepEqual(sum, c.want);
  });
}
