import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { conllTokens, tagEntities } from './index.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const find = (text: string, type: string) => tagEntities(text).filter((e) => e.type === type).map((e) => e.text);

const CASES: { text: string; want: [string, string][] }[] = [
  {
    text: 'Prime Minister Elena Varga told Reuters in Brussels that NATO would send more air defence to the east.',
    want: [['Elena Varga', 'PER'], ['Reuters', 'ORG'], ['Brussels', 'LOC'], ['NATO', 'ORG']],
  },
  {
    text: 'Foreign Minister Tomas Halvorsen met his Polish counterpart in Warsaw on Tuesday, the ministry told AP.',
    want: [['Tomas Halvorsen', 'PER'], ['Polish', 'MISC'], ['Warsaw', 'LOC'], ['AP', 'ORG']],
  },
  {
    text: 'The European Union and the United Nations urged Iran to let IAEA inspectors return, Bloomberg reported.',
    want: [['European Union', 'ORG'], ['United Nations', 'ORG'], ['Iran', 'LOC'], ['IAEA', 'ORG'], ['Bloomberg', 'ORG']],
  },
];

for (const { text, want } of CASES) {
  test(`tags the named entities in "${text.slice(0, 40)}…"`, () => {
    const got = tagEntities(text).map((e) => [e.text, e.type]);
    for (const w of want) assert.ok(got.some((g) => g[0] === w[0] && g[1] === w[1]), `${w.join('/')} in ${JSON.stringify(got)}`);
  });
}

test('calls a seat of power that speaks an organisation', () => {
  const got = tagEntities('The Kremlin said on Monday that the talks in Geneva would continue.');
  assert.ok(got.some((e) => e.text === 'Kremlin' && e.type === 'ORG'), JSON.stringify(got));
});

test('keeps an honorific out of a person’s name', () => {
  const got = tagEntities('Mr Halvorsen said on Monday that Dr. Anna Berg would lead the inquiry.');
  assert.ok(got.some((e) => e.text === 'Halvorsen' && e.type === 'PER'), JSON.stringify(got));
  assert.ok(got.some((e) => e.text === 'Anna Berg' && e.type === 'PER'), JSON.stringify(got));
});

test('every span indexes the input text exactly', () => {
  const text = 'Mr. Petrenko’s office in Kyiv said the “Odesa talks” with Turkey’s envoy went well.';
  const got = tagEntities(text);
  assert.ok(got.length >= 3);
  for (const e of got) assert.equal(text.slice(e.start, e.end), e.text);
  assert.ok(got.some((e) => e.text === 'Kyiv' && e.type === 'LOC'));
  assert.ok(got.some((e) => e.text === 'Turkey' && e.type === 'LOC'));
});

test('splits a possessive off like CoNLL does', () => {
  const text = 'Zelensky’s plan';
  assert.deepEqual(conllTokens(text, { start: 0, end: text.length }).map((t) => t.text), ['Zelensky', '’s', 'plan']);
});

test('finds nothing in text without names', () => {
  assert.deepEqual(tagEntities('the talks went on late into the night and nobody said much.'), []);
  assert.deepEqual(tagEntities(''), []);
});

const SEED_EXPECT: [string, string, string[]][] = [
  ['003_d261a5f29496d7b2.txt', 'PER', ['Putin', 'Zelensky', 'Yermak', 'Rubio', 'Starmer']],
  ['003_d261a5f29496d7b2.txt', 'LOC', ['Saudi Arabia', 'Moscow', 'Paris']],
  ['003_d261a5f29496d7b2.txt', 'ORG', ['Bloomberg']],
  ['000_8a858085452e89e2.txt', 'ORG', ['Reuters', 'Kremlin']],
  ['001_ce07b70b4b1d5ccc.txt', 'ORG', ['UNIAN', 'Hamas']],
  ['001_ce07b70b4b1d5ccc.txt', 'PER', ['Kuleba']],
  ['002_156a9ef86e23757f.txt', 'PER', ['Peskov', 'Ushakov', 'Witkoff', 'Healey']],
  ['004_e7d71049c913a3ef.txt', 'ORG', ['AP']],
];

test('finds the actors of the seed reports', { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, () => {
  for (const [file, type, names] of SEED_EXPECT) {
    const got = find(readFileSync(new URL(file, SEEDS), 'utf8'), type).join(' | ');
    for (const n of names) assert.ok(got.includes(n), `${n} as ${type} in ${file}: ${got}`);
  }
  const nato = find(readFileSync(new URL('003_d261a5f29496d7b2.txt', SEEDS), 'utf8'), 'ORG');
  assert.ok(nato.includes('NATO') && nato.includes('Nato'), nato.join(' | '));
});
