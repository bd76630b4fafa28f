import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, TimeExpr } from '../model/analysis.js';
import type { StoredArticle } from '../store/types.js';
import { buildTimeline } from './timeline.js';
import { sentences } from '../analyze/tokenize.js';

function member(id: string, outlet: string, published: string, text: string, times: [string, string][], quotes: [number, number][] = []): StoredArticle {
  const analysis: Analysis = {
    sentences: sentences(text), entities: [], claims: [],
    times: times.map(([phrase, value]): TimeExpr => { const start = text.indexOf(phrase); return { start, end: start + phrase.length, text: phrase, type: 'DATE', value }; }),
    quotes: quotes.map(([start, end]) => ({ start, end, text: text.slice(start, end), speaker: 'X', speakerStart: null, speakerEnd: null, cue: 'said', kind: 'direct' as const })),
  };
  return { article: { id, source: id, outlet, url: null, title: null, author: null, published, text, removed: [], metaSources: {} }, analysis, dup: { articleId: id, kind: 'original', of: null, similarity: 0 }, storyId: 's', seq: 1 };
}

test('merges the same dated event told by two outlets into one entry with both sources', () => {
  const a = member('a', 'Herald', '2026-10-09', 'The Keld dam burst on Friday, flooding the Harlow district.', [['on Friday', '2026-10-09']]);
  const b = member('b', 'Post', '2026-10-10', 'The Keld dam burst early on Friday and flooded villages in Harlow district.', [['on Friday', '2026-10-09']]);
  const t = buildTimeline([b, a]);
  assert.equal(t.length, 1);
  assert.deepEqual(t[0].sources.map((s) => s.outlet), ['Herald', 'Post']);
  assert.equal(t[0].status, 'reported');
});

test('marks an event after the report date, or in the future tense, as scheduled', () => {
  const a = member('a', 'Herald', '2026-10-10', 'The commission will hold its first hearing next Monday.', [['next Monday', '2026-10-12']]);
  assert.equal(buildTimeline([a])[0].status, 'scheduled');
});

test('places a sentence by its most precise date and skips dates inside direct quotes', () => {
  const text = 'Earlier this month the minister said the inquiry would report next Monday. “Twelve is the number today,” she said.';
  const q = text.indexOf('“');
  const a = member('a', 'Herald', '2026-10-15', text, [['Earlier this month', '2026-10'], ['next Monday', '2026-10-19'], ['today', '2026-10-15']], [[q + 1, text.indexOf('”')]]);
  assert.deepEqual(buildTimeline([a]).map((e) => e.date), ['2026-10-19']);
});

test('does not count a syndicated copy as a second source', () => {
  const a = member('a', 'Wire', '2026-10-09', 'The dam burst on Friday.', [['on Friday', '2026-10-09']]);
  const b = { ...member('b', 'Times', '2026-10-09', 'The dam burst on Friday.', [['on Friday', '2026-10-09']]), dup: { articleId: 'b', kind: 'copy' as const, of: 'a', similarity: 0.95 } };
  assert.equal(buildTimeline([a, b])[0].sources.length, 1);
});

test('a lead that names no date of its own is the news of the publication day; an undated report adds none', () => {
  const text = 'Negotiators from both sides are locked in talks in the port city of Lissane to end the war. The truce took hold on Monday.';
  const a = member('a', 'Herald', '2026-10-14', text, [['on Monday', '2026-10-12']]);
  assert.deepEqual(buildTimeline([a]).map((e) => [e.date, e.text.slice(0, 30), e.status]),
    [['2026-10-12', 'The truce took hold on Monday.', 'reported'], ['2026-10-14', 'Negotiators from both sides ar', 'reported']]);
  const undated = { ...a, article: { ...a.article, published: null } };
  assert.deepEqual(buildTimeline([undated]).map((e) => e.date), ['2026-10-12']);
});
