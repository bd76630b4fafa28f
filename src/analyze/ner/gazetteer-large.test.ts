import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { LARGE_FILE, LARGE_KINDS, POS, largeCodes, packLarge, setLarge } from './gazetteer-large.js';
import { MODEL_DIR } from './lexicon.js';

const bit = (k: (typeof LARGE_KINDS)[number]) => 1 << LARGE_KINDS.indexOf(k);
const posOf = (code: number, k: (typeof LARGE_KINDS)[number]) => (code >>> (3 * LARGE_KINDS.indexOf(k))) & 7;
const codesOf = (text: string) => {
  const w = text.split(' ');
  return largeCodes(w.map((x) => x.toLowerCase()), w.map((x) => /^\p{Lu}/u.test(x)));
};

// An invented list, so the test says what the matcher does whatever the shipped file holds (this file only).
test('marks the longest match of each kind with its BILU position, starting only at a capitalised token', () => {
  setLarge(packLarge([
    [['vessa'], bit('CITY10K') | bit('FIRST')],
    [['port', 'vessa'], bit('CITY100K')],
    [['san', 'lorin', 'del', 'mar'], bit('CITY1M')],
    [['kolev'], bit('LAST')],
  ]));
  const c = codesOf('From Port Vessa to San Lorin del Mar with Vessa Kolev and port vessa');
  assert.equal(posOf(c[1], 'CITY100K'), POS.B);
  assert.equal(posOf(c[2], 'CITY100K'), POS.L);
  assert.equal(posOf(c[2], 'CITY10K'), POS.U, 'a shorter match of another kind is kept');
  assert.deepEqual([4, 5, 6, 7].map((i) => posOf(c[i], 'CITY1M')), [POS.B, POS.I, POS.I, POS.L]);
  assert.equal(posOf(c[9], 'FIRST'), POS.U);
  assert.equal(posOf(c[10], 'LAST'), POS.U);
  assert.equal(c[12] | c[13], 0, 'lower-case "port vessa" does not start a match');
  assert.equal(posOf(c[0], 'CITY1M') | posOf(c[3], 'CITY1M'), 0);
});

test('a prefix of a longer entry is not itself a match', () => {
  setLarge(packLarge([[['san', 'lorin', 'del', 'mar'], bit('CITY1M')]]));
  assert.deepEqual([...codesOf('San Lorin del Norte')], [0, 0, 0, 0]);
});

test('without a gazetteer every code is 0 (models trained before it)', () => {
  setLarge(null);
  assert.deepEqual([...codesOf('Port Vessa')], [0, 0]);
});

test('a model trained with the large gazetteer ships it beside its weights', () => {
  const meta = JSON.parse(readFileSync(new URL('meta.json', MODEL_DIR), 'utf8')) as { large?: boolean };
  assert.equal(existsSync(new URL(LARGE_FILE, MODEL_DIR)), meta.large === true);
});
