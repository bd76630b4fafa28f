import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Centroid } from './centroid.js';
import { termCounts, Vocab, weigh, type Vec } from './tfidf.js';
import { StoryClusterer } from './clusterer.js';

// Reference: the Map-keyed centroid the typed arrays replaced (trimmed to `keep` when 50% over, ties by term).
function mapCentroid(vs: Vec[], vocab: Vocab, keep: number): Map<string, number> {
  let m = new Map<string, number>();
  for (const v of vs) {
    v.ids.forEach((id, i) => m.set(vocab.name(id), (m.get(vocab.name(id)) ?? 0) + v.w[i]));
    if (m.size > keep * 1.5) m = new Map([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep));
  }
  return m;
}

const TEXTS = [
  'Dockworkers at the port of Vellmar struck over wages; containers piled up and 42 ships waited offshore.',
  'The union said the strike at Vellmar would go on until wages rise. Ships waited, containers piled up.',
  'Floodwater breached the Arnholt dam overnight and rescuers evacuated 1,200 people to shelters.',
  'Rescuers at Arnholt said the dam held after the evacuation; shelters housed 1,150 people.',
  'Voters in Kessel chose a new parliament; turnout rose and the coalition lost seats.',
];

test('a centroid keeps the terms and weights a Map-keyed one would, and its cosines match', () => {
  const vocab = new Vocab();
  const vs = TEXTS.map((t) => vocab.add(termCounts(t))).map((raw) => weigh(raw, vocab));
  const keep = 6; // small, so trims happen and ties at the cut are broken by term
  const c = new Centroid(vocab, keep);
  for (const v of vs) c.add(v);
  const ref = mapCentroid(vs, vocab, keep);
  const saved = c.toJSON();
  assert.deepEqual(new Map(saved.ids.map((id, i) => [vocab.name(id), saved.w[i]])), ref);
  const norm = Math.sqrt([...ref.values()].reduce((s, x) => s + x * x, 0));
  for (const v of vs) {
    let dot = 0;
    v.ids.forEach((id, i) => { dot += v.w[i] * (ref.get(vocab.name(id)) ?? 0); });
    assert.equal(c.cosine(v), dot / norm);
  }
  const all = new Centroid(vocab);
  for (const v of vs) all.add(v);
  const byWeight = [...mapCentroid(vs, vocab, 999)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  for (const n of [1, 3, 12]) assert.deepEqual(all.topTerms(n).map((id) => vocab.name(id)), byWeight.slice(0, n));
  const other = new Centroid(vocab);
  other.add(vs[0]);
  assert.ok(Math.abs(other.similarity(other) - 1) < 1e-12);
  assert.equal(other.similarity(new Centroid(vocab)), 0);
});

test('a vocabulary interns each term once and counts documents, not mentions', () => {
  const vocab = new Vocab();
  const a = vocab.add(termCounts('Talks resumed; talks stalled.'));
  vocab.add(termCounts('Talks ended.'));
  assert.deepEqual([...a.ids].map((id) => vocab.name(id)), ['talk', 'resumed', 'stalled']);
  assert.deepEqual([...a.w], [2, 1, 1]);
  assert.equal(vocab.size, 4);
  assert.ok(vocab.idf(vocab.id('talk')) < vocab.idf(vocab.id('ended')));
  assert.deepEqual(Vocab.fromJSON(JSON.parse(JSON.stringify(vocab.toJSON()))).toJSON(), vocab.toJSON());
});

test('a clusterer state of another version is refused with the reason', () => {
  const state = { ...new StoryClusterer().toJSON(), version: 1 } as unknown as ReturnType<StoryClusterer['toJSON']>;
  assert.throws(() => StoryClusterer.fromJSON(state), /version 1 is not supported/);
});
