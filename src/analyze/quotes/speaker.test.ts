import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/analysis.js';
import { tokenize } from '../tokenize.js';
import { resolveSpeaker, subjectAfter, subjectBefore } from './speaker.js';

const ent = (text: string, name: string, type: Entity['type'], canonical = name): Entity => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, canonical };
};

test('finds the subject of a cue verb before it, skipping auxiliaries and appositives', () => {
  const cases: [string, string, string | null][] = [
    ['Mr Rubio has also said', 'said', 'Mr Rubio'],
    ['the minister said', 'said', 'the minister'],
    ['Andriy Marko, the city mayor, wrote', 'wrote', 'Andriy Marko'],
    ['she told', 'told', 'she'],
    ['the bill was said', 'said', null],
  ];
  for (const [text, cue, want] of cases) {
    const toks = tokenize(text);
    const m = subjectBefore(toks, toks.findIndex((t) => t.text === cue), 0);
    assert.equal(m ? text.slice(m.start, m.end) : null, want, text);
  }
});

test('finds the speaker after an inverted cue', () => {
  const text = 'said Lena Ortiz, the mayor';
  const m = subjectAfter(tokenize(text), 0, tokenize(text).length);
  assert.equal(text.slice(m!.start, m!.end), 'Lena Ortiz');
});

test('resolves names to canonical, pronouns and definite descriptions to the nearest preceding person', () => {
  const text = 'Lena Ortiz arrived. Then he spoke. The mayor spoke. A guard spoke.';
  const ents = [ent(text, 'Lena Ortiz', 'PER', 'Lena M. Ortiz')];
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  assert.equal(resolveSpeaker(text, at('Lena Ortiz'), ents).speaker, 'Lena M. Ortiz');
  assert.equal(resolveSpeaker(text, at('he'), ents).speaker, 'Lena M. Ortiz');
  assert.deepEqual(resolveSpeaker(text, at('he'), ents), { speaker: 'Lena M. Ortiz', speakerStart: at('he').start, speakerEnd: at('he').end });
  assert.equal(resolveSpeaker(text, at('The mayor'), ents).speaker, 'Lena M. Ortiz');
  assert.equal(resolveSpeaker(text, at('A guard'), ents).speaker, 'A guard');
});

test('prefers the last named speaker for a pronoun right after their quote', () => {
  const text = 'Ana Lenz met Tomas Berg. Then he spoke.';
  const ents = [ent(text, 'Ana Lenz', 'PER'), ent(text, 'Tomas Berg', 'PER')];
  const he = { start: text.indexOf('he '), end: text.indexOf('he ') + 2 };
  assert.equal(resolveSpeaker(text, he, ents).speaker, 'Tomas Berg');
  assert.equal(resolveSpeaker(text, he, ents, { speaker: 'Ana Lenz', end: 8 }).speaker, 'Ana Lenz');
});
