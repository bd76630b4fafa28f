import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from '../tokenize.js';
import { extractAttributions, extractQuotes } from './index.js';
import { standInEntities } from './stand-in-entities.js';

const SEEDS = '../shared/seeds';

function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  return readFileSync(join(SEEDS, name!), 'utf8');
}

test('attributes the quotes in the seed reports to the right speakers', { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, () => {
  const cases: [string, string, RegExp, string, RegExp | null][] = [
    // seed, words inside the quote, speaker (canonical), speaker mention, cue
    ['003', 'ready to do everything to achieve peace', /Yermak/, 'Yermak', /says/],
    ['004', 'The meeting has begun very constructively', /^Andriy Yermak$/, 'Andriy Yermak', /^wrote on Telegram$/],
    ['004', 'The largest drone attack in history', /^Andriy Kovalenko$/, 'Andriy Kovalenko', /said/],
    ['004', 'I’m not going to set any conditions', /Rubio/, 'Mr Rubio', /said/],
    ['004', 'Most important is how to start this process', /Yermak/, 'he', /said/],
    ['002', "The ball's in Russia's court", /^Dave Pares$/, 'Dave Pares', /said/],
    ['002', "after a ceasefire, we're prepared", /Zelenskyy/, 'He', /said/],
    ['002', 'the settlement issue is so complex', /^Dmitry Peskov$/, 'Dmitry Peskov', /^cautioned$/],
  ];
  for (const [id, inside, speaker, mention, cue] of cases) {
    const text = seed(id);
    const q = extractQuotes(text, sentences(text), standInEntities(text)).find((x) => x.text.includes(inside));
    assert.ok(q, `seed ${id}: no quote containing "${inside}"`);
    assert.match(q.speaker ?? '', speaker, `seed ${id}: ${inside}`);
    assert.equal(text.slice(q.speakerStart!, q.speakerEnd!), mention, `seed ${id}: ${inside}`);
    if (cue) assert.match(q.cue ?? '', cue, `seed ${id}: ${inside}`);
  }
});

test('keeps every quote span and speaker span exactly on the text', { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, () => {
  for (const name of readdirSync(SEEDS)) {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    for (const q of extractQuotes(text, sentences(text), standInEntities(text))) {
      assert.equal(text.slice(q.start, q.end), q.text, name);
      assert.ok(q.start < q.end && (q.speakerStart === null) === (q.speakerEnd === null), name);
    }
  }
});

test('keeps spans exact on odd input: empty text, stray and unbalanced marks, bare cues', () => {
  for (const text of ['', '"', '“', "''", 'said', ', said X', ': : :', 'According to', '“A” “B” “C”', '"The tide is turning, she said']) {
    for (const q of extractQuotes(text, sentences(text), standInEntities(text))) {
      assert.equal(text.slice(q.start, q.end), q.text, text);
      assert.ok(q.start < q.end, text);
    }
  }
  const open = '"The tide is turning, she said';
  assert.equal(extractQuotes(open, sentences(open), standInEntities(open)).length, 1);
});

test('returns nothing for text without speech', () => {
  const text = 'The ferry left at noon. It reached the island two hours later.';
  assert.deepEqual(extractQuotes(text, sentences(text), standInEntities(text)), []);
});

test('quotes are the speech among the attributions, though extractQuotes skips the beliefs early', () => {
  // Our own text: a stance of the rules ("want"), beliefs the model may find, pronouns after both.
  const text = [
    'Ines Marchal said on Monday that the port would reopen.',
    'Most dockworkers want a higher wage, and the union opposes the plan.',
    '“We will not sign this,” she said.',
    'Voters are worried about the cost of living. Emil Kast thinks the deal is fair.',
    '“It is a good deal,” he told reporters, adding that talks would go on.',
  ].join(' ');
  const sents = sentences(text);
  const ents = standInEntities(text);
  const all = extractAttributions(text, sents, ents);
  assert.ok(all.some((q) => q.act === 'belief'), 'the text has beliefs');
  assert.deepEqual(extractQuotes(text, sents, ents), all.filter((q) => q.act !== 'belief'));
});

test('a belief does not become the speaker a later pronoun refers to', () => {
  const text = 'Ines Marchal said the port would reopen. In the end, Emil Kast wants a higher wage. “We will not sign this,” she said.';
  const q = extractQuotes(text, sentences(text), standInEntities(text)).find((x) => x.text.includes('not sign'));
  assert.equal(q?.speaker, 'Ines Marchal');
});
