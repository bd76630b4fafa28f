import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalise, mergeAcross, type Mention } from './index.js';
import { wordKey } from './keys.js';

const m = (text: string, type: Mention['type'] = 'PER'): Mention => ({ start: 0, end: text.length, text, type });

test('joins surname-only and titled mentions to the full name', () => {
  const got = canonicalise([m('Andriy Yermak'), m('Mr Yermak'), m('Yermak'), m('Yermak’s')]);
  assert.deepEqual(new Set(got.map((e) => e.canonical)), new Set(['Andriy Yermak']));
  assert.equal(new Set(got.map((e) => e.canonicalId)).size, 1);
});

test('merges transliteration variants of one person', () => {
  const got = canonicalise([m('Volodymyr Zelensky'), m('Volodymyr Zelenskyy'), m('President Volodymyr Zelensky'), m('Mr Zelenskyy')]);
  assert.equal(new Set(got.map((e) => e.canonicalId)).size, 1);
  assert.equal(wordKey('Zelenskiy'), wordKey('Zelensky'));
});

test('keeps different people with the same surname apart when first names differ', () => {
  const got = canonicalise([m('Elena Varga'), m('Tomas Varga')]);
  assert.equal(new Set(got.map((e) => e.canonical)).size, 2);
});

test('maps short forms of places and organisations to one name', () => {
  const got = canonicalise([m('US', 'LOC'), m('U.S.', 'LOC'), m('United States', 'LOC'), m('Nato', 'ORG'), m('NATO', 'ORG')]);
  assert.deepEqual(got.map((e) => e.canonical), ['United States', 'United States', 'United States', 'NATO', 'NATO']);
});

test('merges across articles: surname-only ids join the full name, Dmitry and Dmytro Kuleba join', () => {
  const refs = [
    { canonicalId: 'PER:kuleba', canonical: 'Kuleba', type: 'PER' as const, weight: 1 },
    { canonicalId: 'PER:dmitri-kuleba', canonical: 'Dmitry Kuleba', type: 'PER' as const, weight: 2 },
    { canonicalId: 'PER:dmitro-kuleba', canonical: 'Dmytro Kuleba', type: 'PER' as const, weight: 1 },
    { canonicalId: 'PER:elena-varga', canonical: 'Elena Varga', type: 'PER' as const, weight: 1 },
  ];
  const map = mergeAcross(refs);
  assert.equal(map.get('PER:kuleba')!.canonical, 'Dmitry Kuleba');
  assert.equal(map.get('PER:dmitro-kuleba')!.canonical, 'Dmitry Kuleba');
  assert.equal(map.get('PER:elena-varga')!.canonical, 'Elena Varga');
});

test('merges one place typed ORG in one report and LOC in another into the more frequent type', () => {
  const map = mergeAcross([
    { canonicalId: 'ORG:united-states', canonical: 'United States', type: 'ORG', weight: 2 },
    { canonicalId: 'LOC:united-states', canonical: 'United States', type: 'LOC', weight: 7 },
  ]);
  assert.equal(map.get('ORG:united-states')!.canonicalId, 'LOC:united-states');
});

test('a place set in capitals by a dateline reads as the place; short capitals stay acronyms', () => {
  const got = canonicalise([m('LONDON', 'LOC'), m('London', 'LOC'), m('NEW YORK', 'LOC'), m('UAE', 'LOC'), m('NATO', 'ORG'), m('UNESCO', 'ORG')]);
  assert.deepEqual(got.map((e) => e.canonical), ['London', 'London', 'New York', 'UAE', 'NATO', 'UNESCO']);
  assert.equal(got[0].canonicalId, got[1].canonicalId);
});
