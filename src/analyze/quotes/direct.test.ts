import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from '../tokenize.js';
import { extractQuotes } from './index.js';
import { quoteSpans } from './direct.js';
import { standInEntities } from './stand-in-entities.js';

const run = (t: string) => extractQuotes(t, sentences(t), standInEntities(t));
const who = (t: string, q: { speakerStart: number | null; speakerEnd: number | null }) =>
  q.speakerStart === null ? null : t.slice(q.speakerStart, q.speakerEnd!);

test('pairs straight and curly quotation marks, reopening across paragraphs', () => {
  const cases: [string, string[]][] = [
    ['He said "yes" twice.', ['"yes"']],
    ['“One,” she said. “Two.”', ['“One,”', '“Two.”']],
    ["''We will see,'' he said.", ["''We will see,''"]],
    ['“First paragraph.\n\n“Second paragraph.”', ['“First paragraph.\n\n“Second paragraph.”']],
  ];
  for (const [text, want] of cases) assert.deepEqual(quoteSpans(text).map((q) => text.slice(q.start, q.end)), want, text);
});

test('attributes direct quotes through each frame to the right speaker mention and cue', () => {
  const cases: [string, string, string, string][] = [
    // text, expected quote text, speaker mention, cue
    ['“The port will reopen on Monday,” Mayor Lena Ortiz said.', '“The port will reopen on Monday,”', 'Mayor Lena Ortiz', 'said'],
    ['"We will not pay the ransom," said Tomas Berg, the company\'s chief executive.', '"We will not pay the ransom,"', 'Tomas Berg', 'said'],
    ['“Prices will rise again,” said pollster Ana Lenz.', '“Prices will rise again,”', 'Ana Lenz', 'said'],
    ['Ortiz said: "The bridge is safe for traffic again."', '"The bridge is safe for traffic again."', 'Ortiz', 'said'],
    ['The mayor took the stage. Ortiz continued:\n\n“We will rebuild every bridge in this city.”', '“We will rebuild every bridge in this city.”', 'Ortiz', 'continued'],
    ['“Talks were useful,” Irena Valk wrote on Telegram.', '“Talks were useful,”', 'Irena Valk', 'wrote on Telegram'],
    ['“Nobody was hurt in the fire,” the fire chief told reporters.', '“Nobody was hurt in the fire,”', 'the fire chief', 'told reporters'],
    ['“The numbers are rising,” Piet Hals, a regional health officer who leads the team, told reporters.', '“The numbers are rising,”', 'Piet Hals', 'told reporters'],
    ['Said Ortiz, “The bridge will open again in May.”', '“The bridge will open again in May.”', 'Ortiz', 'Said'],
  ];
  for (const [text, quote, mention, cue] of cases) {
    const q = run(text).find((x) => x.text === quote);
    assert.ok(q, `no quote ${quote} in ${text}`);
    assert.equal(q.kind, 'direct');
    assert.equal(who(text, q), mention, text);
    assert.equal(q.cue, cue, text);
  }
});

test('gives both halves of a split quote the same speaker', () => {
  for (const text of [
    '“The water is clean,” Ana Lenz said. “We tested it twice.”',
    '“The water is clean,” Ana Lenz said, “and we tested it twice.”',
  ]) {
    const qs = run(text).filter((q) => q.kind === 'direct');
    assert.equal(qs.length, 2, text);
    assert.deepEqual(qs.map((q) => q.speaker), ['Ana Lenz', 'Ana Lenz'], text);
  }
});

test('joins a second quote to the first when the sentence splitter missed the break', () => {
  const text = "''The bridge is safe,'' said Ana Lenz, the city engineer. ''We checked every cable.''";
  assert.deepEqual(run(text).map((q) => [q.text, q.speaker]), [
    ["''The bridge is safe,''", 'Ana Lenz'],
    ["''We checked every cable.''", 'Ana Lenz'],
  ]);
});

test('reads a bare "Name:" before a quote and a frame the splitter cut off after a question', () => {
  const cases: [string, string, string, string][] = [
    ['Turnout fell sharply in the north - Ana Lenz: “The numbers are the worst in a decade.”', '“The numbers are the worst in a decade.”', 'Ana Lenz', ':'],
    ['“Who will pay for the bridge?” Tomas Berg asked reporters on Monday.', '“Who will pay for the bridge?”', 'Tomas Berg', 'asked reporters'],
    ['The hearing went on. Rep. Ada Moor (D-Ore.):"We will not vote for this bill."', '"We will not vote for this bill."', 'Rep. Ada Moor', ':'],
  ];
  for (const [text, quote, mention, cue] of cases) {
    const q = run(text).find((x) => x.text === quote);
    assert.ok(q, `no quote ${quote} in ${text}`);
    assert.equal(who(text, q), mention, text);
    assert.equal(q.cue, cue, text);
  }
  assert.equal(run('“Who will pay for the bridge?” Tomas Berg asked reporters on Monday.').length, 1);
});

test('keeps the participle clause after a frame as a second quote of the same speaker', () => {
  const text = "''We are ready,'' the port authority said in a statement, adding that it ''expects no delays.'' Ships waited.";
  assert.deepEqual(run(text).map((q) => [q.text, q.speaker, q.cue]), [
    ["''We are ready,''", 'the port authority', 'said in a statement'],
    ["that it ''expects no delays.''", 'the port authority', 'adding'],
  ]);
});

test('continues a mixed quote with the stand-alone quote right after it', () => {
  const text = 'Whatever the mayor does, “his chances are very slim,” says Walter Stone, a historian. “The deck is stacked against him.”';
  assert.deepEqual(run(text).map((q) => [q.kind, q.speaker]), [['mixed', 'Walter Stone'], ['direct', 'Walter Stone']]);
});

test('takes the speaker of a stand-alone quote from a short next sentence', () => {
  const text = 'The minister met the unions.\n\n“I will not set any deadline for the talks.” Mr Okafor said.';
  const q = run(text).find((x) => x.text.startsWith('“I will'));
  assert.equal(who(text, q!), 'Mr Okafor');
});

test('leaves short scare quotes without a frame alone', () => {
  assert.deepEqual(run('The so-called “reform” passed on Friday.'), []);
});
