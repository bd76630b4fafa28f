import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Entity, Quote } from '../model/analysis.js';
import type { StoredArticle } from '../store/types.js';
import { buildStory } from './build.js';
import { sentences } from '../analyze/tokenize.js';

function ent(text: string, whole: string, type: Entity['type'], canonical: string, canonicalId: string, role?: string): Entity {
  const start = whole.indexOf(text);
  return { start, end: start + text.length, text, type, canonical, canonicalId, ...(role ? { role } : {}) };
}

function quote(whole: string, content: string, speaker: string): Quote {
  const start = whole.indexOf(content);
  return { start, end: start + content.length, text: content, speaker, speakerStart: null, speakerEnd: null, cue: 'said', kind: 'direct' };
}

function member(id: string, outlet: string, published: string, text: string, entities: Entity[], quotes: Quote[], seq: number): StoredArticle {
  const analysis: Analysis = { sentences: sentences(text), entities, quotes, times: [], claims: [] };
  return { article: { id, source: id, outlet, url: null, title: `Title ${id}`, author: null, published, text, removed: [], metaSources: {} }, analysis, dup: { articleId: id, kind: 'original', of: null, similarity: 0 }, storyId: 's', seq };
}

const A = 'Foreign Minister Elena Varga said the truce was holding across the Orlen valley on Thursday. “We will respect every hour of it,” Varga said. Negotiators met again in Lissane.';
const B = 'Ms Varga told reporters in Lissane that “we will respect every hour of it” as the truce held in the Orlen valley for a second day. Elena Varga later left for Draslo.';
const members = [
  member('b', 'Post', '2026-10-09', B, [ent('Varga', B, 'PER', 'Varga', 'PER:varga'), ent('Lissane', B, 'LOC', 'Lissane', 'LOC:lissane'), ent('Elena Varga', B, 'PER', 'Elena Varga', 'PER:elena-varga')], [quote(B, 'we will respect every hour of it', 'Elena Varga')], 2),
  member('a', 'Herald', '2026-10-08', A, [ent('Elena Varga', A, 'PER', 'Elena Varga', 'PER:elena-varga', 'Foreign Minister'), ent('Varga', A, 'PER', 'Elena Varga', 'PER:elena-varga'), ent('Lissane', A, 'LOC', 'Lissane', 'LOC:lissane')], [quote(A, 'We will respect every hour of it,', 'Elena Varga')], 1),
];

test('ranks one actor per person across reports, with roles and aliases', () => {
  const s = buildStory('s', members, { previous: null, related: [] });
  const varga = s.actors.filter((a) => a.name.includes('Varga'));
  assert.equal(varga.length, 1);
  assert.equal(varga[0].name, 'Elena Varga');
  assert.equal(varga[0].articles, 2);
  assert.deepEqual(varga[0].roles, ['Foreign Minister']);
  assert.equal(s.actors[0].name, 'Elena Varga');
});

test('groups the same quote across reports and names the first report', () => {
  const s = buildStory('s', members, { previous: null, related: [] });
  assert.equal(s.quotes.length, 1);
  assert.equal(s.quotes[0].first.outlet, 'Herald');
  assert.deepEqual(s.quotes[0].echoes.map((e) => e.outlet), ['Post']);
});

test('summarises with sentences that point at their exact source span', () => {
  const s = buildStory('s', members, { previous: null, related: [] });
  assert.ok(s.summary.length >= 1);
  for (const x of s.summary) {
    const m = members.find((mm) => mm.article.id === x.source.articleId)!;
    assert.equal(m.article.text.slice(x.source.start, x.source.end), x.text);
  }
});

test('orders reports by publication and counts coverage', () => {
  const s = buildStory('s', members, { previous: null, related: [] });
  assert.deepEqual(s.members.map((m) => m.articleId), ['a', 'b']);
  assert.deepEqual([s.first, s.last, s.articles, s.outlets], ['2026-10-08', '2026-10-09', 2, ['Herald', 'Post']]);
  assert.equal(s.title, 'Title a');
});
