import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences, tokenize } from '../../tokenize.js';
import { prepareDoc, LEX } from './prepare.js';
import { cueSpans } from './decode.js';
import { findLearned, isSpeech } from './index.js';
import { extractAttributions, extractQuotes } from '../index.js';
import { standInEntities } from '../stand-in-entities.js';

test('prepares tokens with their sentence, quotation state, cue class and comma counts', () => {
  const text = 'He said, "We will win." Voters want change.';
  const d = prepareDoc(text, sentences(text));
  const at = (w: string) => d.toks.findIndex((t) => t.text === w);
  assert.deepEqual([d.sent[at('He')], d.sent[at('win')], d.sent[at('Voters')]], [0, 0, 1]);
  assert.deepEqual([d.quote[at('He')], d.quote[at('"')], d.quote[at('win')], d.quote[at('Voters')]], [0, 2, 1, 0]);
  assert.deepEqual([d.lex[at('said')], d.lex[at('want')], d.lex[at('change')]], [LEX.speech, LEX.stance, LEX.none]);
  assert.equal(d.commas[at('We')] - d.commas[at('said')], 1);
  assert.deepEqual(Array.from(d.sentFirst), [0, at('Voters'), d.toks.length]);
});

test('reads cue spans from BILOU tags', () => {
  assert.deepEqual(cueSpans([0, 4, 0, 1, 2, 3, 0], 10), [[11, 12], [13, 16]]);
  assert.deepEqual(cueSpans([1, 0, 4], 0), [[0, 1], [2, 3]]); // a B left open closes itself
});

test('tells speech cues from belief cues', () => {
  const cases: [string, boolean][] = [['said', true], ['has told', true], ['According to', true], [':', true],
    ['wants', false], ['plans', false], ['the report', false]];
  for (const [cue, speech] of cases) assert.equal(isSpeech(cue), speech, cue);
});

test('finds nothing without a model', () => {
  const text = 'Most voters want a change, the poll found.';
  assert.deepEqual(findLearned(text, sentences(text), null), []);
});

test('keeps a belief the shipped model finds as an attribution, not as a quote', () => {
  const text = 'Voters are worried about the cost of living.';
  const sents = sentences(text);
  const belief = extractAttributions(text, sents, standInEntities(text)).find((q) => q.text.includes('cost of living'));
  assert.ok(belief, 'the learned tagger finds the attribution');
  assert.equal(belief.act, 'belief');
  assert.equal(text.slice(belief.speakerStart!, belief.speakerEnd!), 'Voters');
  assert.deepEqual(extractQuotes(text, sents, standInEntities(text)), []);
});

test('prepares the same tokens from the rules\' tokens as from its own tokenizing', () => {
  const text = 'He said, "We will win." Voters want change. The deal, officials said, is close.';
  const sents = sentences(text);
  const known = new Map(sents.slice(0, 2).map((s) => [s.start, { end: s.end, toks: tokenize(text, s.start, s.end) }]));
  known.set(sents[2].start, { end: sents[2].end - 1, toks: [] }); // ends elsewhere: not used
  const a = prepareDoc(text, sents), b = prepareDoc(text, sents, known);
  assert.deepEqual(b.toks, a.toks);
  assert.deepEqual([Array.from(b.hLower), Array.from(b.sentFirst)], [Array.from(a.hLower), Array.from(a.sentFirst)]);
});

test('speechOnly keeps exactly the speech of a full read', () => {
  const text = 'Voters are worried about the cost of living. The mayor told reporters the bridge would reopen in May. ' +
    'The toll will rise, according to the city council. Her verdict: the plan is dead.';
  const sents = sentences(text);
  const speech = findLearned(text, sents).filter((f) => f.act === 'speech');
  assert.deepEqual(findLearned(text, sents, undefined, undefined, { speechOnly: true }), speech);
  assert.ok(findLearned(text, sents).some((f) => f.act === 'belief'), 'the full read has a belief');
});
