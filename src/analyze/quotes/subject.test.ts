import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../tokenize.js';
import { subjectAfter, subjectBefore } from './subject.js';

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
