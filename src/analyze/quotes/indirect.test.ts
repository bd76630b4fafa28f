import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from '../tokenize.js';
import { extractAttributions } from './index.js';
import { standInEntities } from './stand-in-entities.js';

// Beliefs and stances too (extractQuotes keeps speech only): the rules here find both.
const run = (t: string) => extractAttributions(t, sentences(t), standInEntities(t));

test('finds reported speech with its speaker mention, cue and content', () => {
  const cases: [string, string, string, string, string][] = [
    // text, content, speaker mention, cue, kind
    ['Lena Ortiz said that the port would reopen on Monday.', 'that the port would reopen on Monday', 'Lena Ortiz', 'said', 'indirect'],
    ['Ortiz said on Tuesday that the port would reopen.', 'that the port would reopen', 'Ortiz', 'said', 'indirect'],
    ['According to the harbour authority, two ships ran aground.', 'two ships ran aground', 'the harbour authority', 'according to', 'indirect'],
    ['Two ships ran aground overnight, according to the harbour authority.', 'Two ships ran aground overnight', 'the harbour authority', 'according to', 'indirect'],
    ['The central bank cautioned that inflation could rise again.', 'that inflation could rise again', 'The central bank', 'cautioned', 'indirect'],
    ['The union has demanded a ten percent pay rise for all drivers.', 'a ten percent pay rise for all drivers', 'The union', 'demanded', 'indirect'],
    ['The talks will resume next week, Tomas Berg told Reuters.', 'The talks will resume next week', 'Tomas Berg', 'told', 'indirect'],
    ['The talks will resume next week, said Tomas Berg.', 'The talks will resume next week', 'Tomas Berg', 'said', 'indirect'],
    ['Berg told Reuters that the talks would resume.', 'that the talks would resume', 'Berg', 'told', 'indirect'],
    ['A senior US official said the convoy had been delayed.', 'the convoy had been delayed', 'A senior US official', 'said', 'indirect'],
    ['Sen. Ada Moor (D-Ore.) said the vote would be close.', 'the vote would be close', 'Sen. Ada Moor', 'said', 'indirect'],
    ['Ada Moor on Saturday criticized the new harbour fees.', 'the new harbour fees', 'Ada Moor', 'criticized', 'indirect'],
    ['PORTLAND — Ada Moor left the hall early, saying the vote was rigged.', 'the vote was rigged', 'Ada Moor', 'saying', 'indirect'],
    ['Ada Moor praised the mayor and said the budget was sound.', 'the budget was sound', 'Ada Moor', 'said', 'indirect'],
    ['A harbour official, who asked not to be named, said the ferry would run again.', 'the ferry would run again', 'A harbour official', 'said', 'indirect'],
    ['Ada Moor - who once ran for mayor - said the vote would be close.', 'the vote would be close', 'Ada Moor', 'said', 'indirect'],
    ['Ortiz pointed out that the bridge was older than the city.', 'that the bridge was older than the city', 'Ortiz', 'pointed out', 'indirect'],
    ['Voters are tired of big promises, said Steve Grubbs, a party organiser.', 'Voters are tired of big promises', 'Steve Grubbs', 'said', 'indirect'],
    ['Nothing the mayor said will calm the markets, the finance minister said.', 'Nothing the mayor said will calm the markets', 'the finance minister', 'said', 'indirect'],
    ['Ana Lenz wrote in New Harbour magazine that the plan was doomed.', 'that the plan was doomed', 'Ana Lenz', 'wrote in New Harbour magazine', 'indirect'],
    ['Lena Ortiz praised the plan, but told the Harbour Times on Monday that the port would close.', 'that the port would close', 'Lena Ortiz', 'told', 'indirect'],
    ['Ortiz told ABC’s “Morning Show” that the port would close.', 'that the port would close', 'Ortiz', 'told', 'indirect'],
    ['The port will close in May, his top aide, Tom Berg, told the Harbour Times.', 'The port will close in May', 'Tom Berg', 'told', 'indirect'],
    ['Ortiz called for a ban on diesel ferries in the bay.', 'a ban on diesel ferries in the bay', 'Ortiz', 'called for', 'indirect'],
    ['Some say the harbour will never reopen.', 'the harbour will never reopen', 'Some', 'say', 'indirect'],
    ["Ortiz's aides said the mayor would not run again.", 'the mayor would not run again', "Ortiz's aides", 'said', 'indirect'],
    ['Ortiz earlier Thursday said the ferry would run again.', 'the ferry would run again', 'Ortiz', 'said', 'indirect'],
    ['Ortiz said at a rally in Salem on Friday that the port would reopen.', 'that the port would reopen', 'Ortiz', 'said', 'indirect'],
    ['But Sen. Ada Moor (D-Ore.) refused to comment, responding that the vote was private.', 'that the vote was private', 'Sen. Ada Moor', 'responding', 'indirect'],
    ['In the survey, 26% say they trust the council.', 'they trust the council', '26%', 'say', 'indirect'],
    ['Security specialists say the leak was probably genuine.', 'the leak was probably genuine', 'Security specialists', 'say', 'indirect'],
    ['The new fees hurt small firms, harbour spokesman Jon Ruud said.', 'The new fees hurt small firms', 'Jon Ruud', 'said', 'indirect'],
    ['Irena Valk says that Estland is “ready to sign the deal today”.', 'that Estland is “ready to sign the deal today”', 'Irena Valk', 'says', 'mixed'],
    ["The fees are ''far too high,'' said Tom Berg, a ferry owner.", "The fees are ''far too high,''", 'Tom Berg', 'said', 'mixed'],
    ['Most harbour workers want a shorter working week.', 'a shorter working week', 'Most harbour workers', 'want', 'indirect'],
    ['Ortiz thinks the ferry will never pay for itself.', 'the ferry will never pay for itself', 'Ortiz', 'thinks', 'indirect'],
    ['She plans to run for mayor again next year.', 'to run for mayor again next year', 'She', 'plans', 'indirect'],
    ['The mayor condemned the attack on the ferry crew.', 'the attack on the ferry crew', 'The mayor', 'condemned', 'indirect'],
    ['They support Ana Lenz.', 'Ana Lenz', 'They', 'support', 'indirect'],
    ['Both crews will be paid in full, Ana Lenz told a news conference in Vessa.', 'Both crews will be paid in full', 'Ana Lenz', 'told', 'indirect'],
    ['The toll has risen to nine, the ministry said on Friday, as divers searched the harbour.', 'The toll has risen to nine', 'the ministry', 'said', 'indirect'],
    ['The ferry was never insured, he said, on condition of anonymity.', 'The ferry was never insured', 'he', 'said', 'indirect'],
    ['Shipping lines said they would avoid the port until May.', 'they would avoid the port until May', 'Shipping lines', 'said', 'indirect'],
    ['The ministry said separately that the port would stay shut.', 'that the port would stay shut', 'The ministry', 'said', 'indirect'],
    ['The ferry lost money all summer, according to harbour records.', 'The ferry lost money all summer', 'harbour records', 'according to', 'indirect'],
    ['Exit polling shows she won most voters under 30.', 'she won most voters under 30', 'Exit polling', 'shows', 'indirect'],
    ['Ada Moor Says Harbour Fees Are Too High', 'Harbour Fees Are Too High', 'Ada Moor', 'Says', 'indirect'],
  ];
  for (const [text, content, mention, cue, kind] of cases) {
    const q = run(text).find((x) => x.text === content);
    assert.ok(q, `no content "${content}" in ${JSON.stringify(run(text).map((x) => x.text))}`);
    assert.equal(text.slice(q.speakerStart!, q.speakerEnd!), mention, text);
    assert.equal(q.cue, cue, text);
    assert.equal(q.kind, kind, text);
  }
});

test('splits "said A, citing B" at any cue participle, same speaker', () => {
  const text = 'Berg said the plant was safe, citing two recent inspections.';
  assert.deepEqual(run(text).map((q) => [q.text, q.speaker, q.cue]), [
    ['the plant was safe', 'Berg', 'said'],
    ['two recent inspections', 'Berg', 'citing'],
  ]);
});

test('runs reported speech that opens a quotation on to the closing mark in a later sentence', () => {
  const text = 'Ortiz said the ferry crews “work hard. They never stop. We owe them.” The vote is on Monday.';
  assert.deepEqual(run(text).map((q) => [q.text, q.kind]), [['the ferry crews “work hard. They never stop. We owe them.”', 'mixed']]);
});

test('splits "said A, adding that B" into two contents with the same speaker', () => {
  const text = 'Berg said the plant was safe, adding that inspectors would visit in May.';
  assert.deepEqual(run(text).map((q) => [q.text, q.speaker]), [
    ['the plant was safe', 'Berg'],
    ['that inspectors would visit in May', 'Berg'],
  ]);
});

test('ends the reported clause where another speaker or the same speaker\'s next cue begins', () => {
  const cases: [string, string[]][] = [
    ['Most voters said prices were too high, but 40 percent said wages had kept up.', ['prices were too high', 'wages had kept up']],
    ['Berg said the plant was safe but said inspectors would return.', ['the plant was safe', 'inspectors would return']],
    ['Berg said the plant was safe; the union disagreed.', ['the plant was safe']],
    ['Berg said a 30-day pause was agreed - a first since May.', ['a 30-day pause was agreed']],
    ['Berg said the plant was safe, while the union called it a hazard.', ['the plant was safe']],
  ];
  for (const [text, want] of cases) assert.deepEqual(run(text).map((q) => q.text), want, text);
});

test('reads stance verbs only in a sentence without reported speech', () => {
  const text = 'The tax plans want fixing, Ortiz said.';
  assert.deepEqual(run(text).map((q) => [q.text, q.cue]), [['The tax plans want fixing', 'said']]);
});

// The rules alone: these are the rules' fixtures (the learned step has its own, learned/learned.test.ts).
test('ignores reporting words that are not attributions', () => {
  const run = (t: string) => extractAttributions(t, sentences(t), standInEntities(t), { learned: false });
  for (const text of ['LONDON: Forty ferries left the port on time.', 'STAT OF THE WEEK: forty ferries left the port on time.', 'The fee, criticized by several mayors, was dropped in May.', 'The delay adds to the cost of the bridge.', 'The man accused of stealing the boat was released.', 'The town held a summer festival called Harbour Days.', 'The peace talks resumed in Geneva on Monday.', 'Ortiz pointed the crowd toward the exit.', 'If these claims are true, the plan will fail.', 'After saying goodbye, the crew left the ship.', 'The report was published in May.', 'The harbour tax plans would double the fees.', 'Ortiz had the full support of the harbour board.', 'The totals include pledged delegates and others.', 'Asked about the fees, he said so.']) {
    assert.deepEqual(run(text), [], text);
  }
});
