import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { bcubed, cromerText, pairwise, readEcb } from './clustering.js';
import { StoryClusterer } from '../stories/cluster/clusterer.js';
import { standInEntities } from '../stories/cluster/stand-in.js';

const DIR = '../shared/eval/clustering/ecbplus';

test('scores B³ and pairwise precision, recall and F1 the standard way', () => {
  const cases: [string[], string[], number, number, number, number][] = [
    // pred, gold, B³ P, B³ R, pairwise P, pairwise R
    [['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'], 1, 1, 1, 1],
    [['a', 'a', 'a', 'a'], ['x', 'x', 'y', 'y'], 0.5, 1, 2 / 6, 1],
    [['a', 'b', 'c', 'd'], ['x', 'x', 'y', 'y'], 1, 0.5, 0, 0],
    [['a', 'a', 'a', 'b'], ['x', 'x', 'x', 'x'], 1, 0.625, 1, 0.5],
  ];
  for (const [pred, gold, bp, br, pp, pr] of cases) {
    const b = bcubed(pred, gold), p = pairwise(pred, gold);
    assert.deepEqual([b.precision, b.recall], [bp, br].map((x) => Math.round(x * 1e4) / 1e4), pred.join());
    assert.deepEqual([p.precision, p.recall], [pp, pr].map((x) => Math.round(x * 1e4) / 1e4), pred.join());
  }
});

test('rebuilds CROMER text from tokens, glueing punctuation and dropping URL lines', () => {
  const sentences = [['http', ':'], ['Ferries', 'were', "n't", 'late', ',', 'officials', 'said', '.'], ['``', 'Fine', "''"]];
  const tokens = sentences.flatMap((ws, s) => ws.map((w, i) => `<token t_id="${s * 10 + i}" sentence="${s}" number="${i}">${w}</token>`));
  const xml = `<Document doc_name="x">\n${tokens.join('\n')}\n<Markables/></Document>`;
  assert.equal(cromerText(xml), 'Ferries weren\'t late, officials said.\n"Fine"');
});

test('reads ECB+ with gold stories by topic and subset, and clusters three topics well', { skip: !existsSync(DIR) && 'needs ../shared/eval' }, async () => {
  const docs = await readEcb(DIR);
  assert.ok(docs.length > 600);
  assert.equal(docs[0].gold, '1/ecb');
  const few = docs.filter((d) => d.topic >= 2 && d.topic <= 4);
  const c = new StoryClusterer();
  for (const d of few) c.add({ id: d.name, title: null, text: d.text, published: null, entities: standInEntities(d.text) });
  const f1 = bcubed(few.map((d) => c.storyOf(d.name)!), few.map((d) => d.gold)).f1;
  assert.ok(f1 > 0.8, `B³ F1 ${f1}`);
});
