import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/analysis.js';
import { resolveSpeaker } from './speaker.js';

const ent = (text: string, name: string, type: Entity['type'], canonical = name): Entity => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, canonical };
};

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

test('resolves a description through a stated role or an organisation name, before or after it', () => {
  const text = 'Two ferries sank, according to the regional governor. Ana Lenz, the governor of the Vessa region, said more. The union said no. Tomas Berg of the Ferry Workers Union spoke.';
  const ents = [{ ...ent(text, 'Ana Lenz', 'PER'), role: 'the governor of the Vessa region' }, ent(text, 'Ferry Workers Union', 'ORG')];
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  assert.equal(resolveSpeaker(text, at('the regional governor'), ents).speaker, 'Ana Lenz');
  assert.equal(resolveSpeaker(text, at('The union'), ents).speaker, 'Ferry Workers Union');
});

test('a person opening a sentence after the last speaker takes over a following pronoun', () => {
  const text = 'Ana Lenz spoke first. Tomas Berg, the chamber economist, defended it. Then he spoke.';
  const ents = [ent(text, 'Ana Lenz', 'PER'), ent(text, 'Tomas Berg', 'PER')];
  const he = { start: text.indexOf('he spoke'), end: text.indexOf('he spoke') + 2 };
  assert.equal(resolveSpeaker(text, he, ents, { speaker: 'Ana Lenz', end: 8 }).speaker, 'Tomas Berg');
});
