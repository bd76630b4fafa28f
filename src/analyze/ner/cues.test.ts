import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CUE, demonymStems, sentenceCues } from './cues.js';
import { docContext } from './doc.js';
import { lowerHash, prepare } from './prepare.js';
import { tagEntities } from './index.js';

const prep = (text: string) => prepare(text.split(' '));
const bitsOf = (text: string, word: string) => {
  const s = prep(text);
  return sentenceCues(s, demonymStems([s]))[s.words.indexOf(word)];
};

test('reads place cues around an unseen name', () => {
  assert.ok(bitsOf('Talks opened in Korvana on Monday .', 'Korvana') & CUE.locPrep);
  assert.ok(bitsOf('Floods hit western Korvana .', 'Korvana') & CUE.locDir);
  assert.ok(bitsOf('Rescuers reached the Tesk district .', 'Tesk') & CUE.locHead);
  assert.ok(bitsOf("Korvana 's foreign minister arrived .", 'Korvana') & CUE.locPoss);
  assert.ok(bitsOf('They flew to the Korvanian capital , Ubrel .', 'Ubrel') & CUE.capital);
  assert.equal(bitsOf('Korvana said nothing .', 'Korvana') & CUE.locPrep, 0);
});

test('reads organisation and person cues', () => {
  assert.ok(bitsOf('The operator , Drell Hydro , said so .', 'Drell') & CUE.orgHead);
  assert.ok(bitsOf('The operator , Drell Hydro , said so .', 'Hydro') & CUE.orgAppos);
  assert.ok(bitsOf("Drell Hydro 's chief executive resigned .", 'Drell') & CUE.orgPoss);
  assert.ok(bitsOf('Governor Anke Rusk spoke .', 'Rusk') & CUE.perTitle);
  assert.ok(bitsOf('Anke Rusk , 52 , spoke .', 'Anke') & CUE.perAge);
});

test('a demonym in the document marks its stem as a place', () => {
  const sents = ['Korvanian officials met .', 'Korvana will host the talks .', 'Ostrevo said Chinese firms left .'].map(prep);
  const stems = demonymStems(sents);
  assert.ok(stems.has('korvana'));
  assert.ok(!stems.has('ostrevo'));
});

test('pools cues over the document, also from "X-based"', () => {
  const sents = ['Talks opened in Korvana .', 'Korvana will host them .', 'A Tesk-based bank lent .'].map(prep);
  const ctx = docContext(sents);
  assert.ok((ctx.cues.get(sents[1].hDoc[0]) ?? 0) & CUE.locPrep);
  assert.equal(sents[1].cue[0] & CUE.locPrep, 0);
  assert.ok((ctx.cues.get(lowerHash('tesk')) ?? 0) & CUE.locBased);
});

test('types names it has never seen from their context, the same way across the document', () => {
  const text = 'Delegations from Korvana and Ostrevo met in the Korvanian capital Ubrel on Tuesday. ' +
    'Korvana will host the next round, the Korvanian foreign ministry said. ' +
    "Korvana's foreign minister, Anke Rusk, arrived in Ubrel late on Monday. " +
    'The state operator, Drell Hydro, said the dam was safe. Drell Hydro said repairs would take a week.';
  const got = tagEntities(text);
  const types = (name: string) => new Set(got.filter((e) => e.text === name).map((e) => e.type));
  assert.deepEqual(types('Korvana'), new Set(['LOC']), JSON.stringify(got));
  assert.deepEqual(types('Ubrel'), new Set(['LOC']), JSON.stringify(got));
  assert.deepEqual(types('Drell Hydro'), new Set(['ORG']), JSON.stringify(got));
  assert.deepEqual(types('Anke Rusk'), new Set(['PER']), JSON.stringify(got));
});
