/**
 * Golden tests on the demo corpus: each report's cleaned metadata and text boundaries exactly as written by
 * hand in demo/expected/, and the extraction layer's recall on the hand-listed entities, quotes, times and
 * claims above floors (the current figures, rounded down; raise them as the extractors improve — a drop is a
 * regression). `node --import tsx test/golden/demo-score.ts -v` lists every miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemo, score } from './golden/demo-score.js';

const docs = loadDemo();

/** found = the item is there; right = with the right canonical name / speaker / value / qualifier. */
const FLOORS = {
  entities: { found: 0.92, right: 0.92 },
  quotes: { found: 0.98, right: 0.96 },
  times: { found: 0.96, right: 0.87 },
  claims: { found: 0.90, right: 0.90 },
};

for (const d of docs) {
  test(`cleans demo report "${d.stem}" to its hand-written metadata and text`, () => {
    const a = d.article;
    const w = d.want;
    assert.deepEqual({ title: a.title, outlet: a.outlet, author: a.author, published: a.published },
      { title: w.title, outlet: w.outlet, author: w.author, published: w.published });
    assert.ok(a.text.startsWith(w.textStartsWith), `text starts: ${JSON.stringify(a.text.slice(0, 80))}`);
    assert.ok(a.text.endsWith(w.textEndsWith), `text ends: ${JSON.stringify(a.text.slice(-80))}`);
    for (const s of w.mustNotContain ?? []) assert.ok(!a.text.includes(s), `noise left in: ${s}`);
  });
}

const t = score(docs);
for (const [kind, floor] of Object.entries(FLOORS)) {
  test(`finds at least ${floor.found * 100}% of the demo corpus's hand-listed ${kind}, ${floor.right * 100}% fully right`, () => {
    const got = t[kind as keyof typeof t];
    assert.ok(got.found / got.expected >= floor.found, `${kind} found ${got.found}/${got.expected}; misses:\n${got.misses.slice(0, 30).join('\n')}`);
    assert.ok(got.right / got.expected >= floor.right, `${kind} right ${got.right}/${got.expected}; misses:\n${got.misses.slice(0, 30).join('\n')}`);
  });
}

test('every extracted span indexes the cleaned text exactly', () => {
  for (const { stem, article, analysis } of docs) {
    for (const key of ['entities', 'quotes', 'times', 'claims'] as const) {
      for (const x of analysis[key]) assert.equal(article.text.slice(x.start, x.end), x.text, `${stem} ${key}`);
    }
    for (const q of analysis.quotes) {
      if (q.speakerStart !== null && q.speakerEnd !== null) assert.ok(q.speakerEnd > q.speakerStart && q.speakerEnd <= article.text.length, `${stem} speaker span`);
    }
  }
});
