import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { HashedWeights, PairedWeights, pack, unpack } from './weights.js';
import { NT } from './tags.js';
import { loadModel } from './model.js';
import { tagDocument } from './tagger.js';
import { prepare } from './prepare.js';
import { conllTokens } from './index.js';
import { sentences } from '../tokenize.js';
import type { Scorer } from './perceptron.js';

/** A small deterministic generator, so the test draws the same keys and weights every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

function randomModel(next: () => number, keys: number[]): HashedWeights {
  const w = new Float32Array(keys.length * NT).map(() => ((next() % 2001) - 1000) / 100);
  return unpack(pack(Uint32Array.from(keys), w, 0.5));
}

test('paired weights sum both models exactly as two separate lookups, keys missing from either included', () => {
  const next = lcg(7);
  const shared = Array.from({ length: 300 }, () => next() | 1);
  const onlyA = Array.from({ length: 100 }, () => next() | 1);
  const onlyB = Array.from({ length: 100 }, () => next() | 1);
  const a = randomModel(next, [...shared, ...onlyA]);
  const b = randomModel(next, [...shared, ...onlyB]);
  const paired = new PairedWeights(a, b);
  const feats = Uint32Array.from([...shared.slice(0, 40), ...onlyA.slice(0, 10), ...onlyB.slice(0, 10), 12345, 99]);
  const want = [new Float64Array(NT), new Float64Array(NT)];
  a.score(feats, 3, feats.length, want[0]);
  b.score(feats, 3, feats.length, want[1]);
  const sa = new Float64Array(2 * NT), sb = new Float64Array(2 * NT);
  paired.score2(feats, 3, feats.length, sa, sb, NT);
  assert.deepEqual([...sa.subarray(NT)], [...want[0]]);
  assert.deepEqual([...sb.subarray(NT)], [...want[1]]);
  assert.ok(want[0].some((x) => x !== 0) && want[1].some((x) => x !== 0), 'the features hit rows in both models');
  assert.deepEqual([...sa.subarray(0, NT)], new Array(NT).fill(0), 'writes only at the offset given');
});

/** The model's scorers behind a plain object, so tagDocument takes its general path (no paired table). */
const plain = (w: Scorer): Scorer => ({ score: w.score.bind(w), scoreWord: w.scoreWord?.bind(w) });

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const TEXT = 'Prime Minister Elena Varga told Reuters in Brussels that NATO would send more air defence. ' +
  'Varga said the Kremlin had not replied. TALKS IN LISSANE END WITHOUT DEAL. The Vessa Hydro operator warned of floods.';

test('the paired fast path tags exactly as the general decoder', () => {
  const texts = [TEXT];
  if (existsSync(SEEDS)) for (const f of ['000_8a858085452e89e2.txt', '003_d261a5f29496d7b2.txt']) {
    const p = new URL(f, SEEDS);
    if (existsSync(p)) texts.push(readFileSync(p, 'utf8'));
  }
  const model = loadModel();
  for (const text of texts) {
    const sents = () => sentences(text).map((s) => prepare(conllTokens(text, s).map((t) => t.text))).filter((s) => s.n);
    const fast = tagDocument(sents(), model).map((t) => [...t]);
    const general = tagDocument(sents(), { first: plain(model.first), second: plain(model.second!) }).map((t) => [...t]);
    assert.deepEqual(fast, general);
    assert.ok(fast.flat().some((t) => t !== 0), 'some entities were tagged');
  }
});
