import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DUP, DupIndex, kindOf, leastShared } from './index.js';
import { estimate, signature } from './minhash.js';
import { intersection, intersectionAtLeast, jaccard, shingles } from './shingles.js';

// Fictional wire story and its afterlives, written for these tests.
const WIRE = `The harbour authority of Port Meridian closed the northern channel on Tuesday after a cargo ship ran aground
near the lighthouse, officials said. The vessel, carrying timber and machine parts, struck a sandbank shortly after
midnight while leaving the port in heavy fog. No crew members were hurt and there was no sign of fuel leaking into
the water, the authority said in a statement. Tugboats tried twice to pull the ship free at high tide but failed.
Engineers will attempt to lighten the cargo before a third attempt on Thursday morning. Ferry services to the
islands were diverted through the southern channel, adding about forty minutes to each crossing. Local fishermen
said the sandbank had shifted after the winter storms and warned the authority months ago. The harbour master,
Elena Varga, said dredging of the channel would be brought forward to the spring.`;

const COPY = `Cargo ship runs aground, Port Meridian channel shut

${WIRE}

Copyright 2031 Coastal Wire Service. All rights reserved. Sign up for our morning newsletter.`;

const REWRITE = `Islanders face long ferry detours after grounding

Commuters from the outer islands faced longer journeys on Tuesday as the grounding of a cargo ship forced ferries
onto a detour. The harbour authority of Port Meridian closed the northern channel on Tuesday after a cargo ship ran
aground near the lighthouse, officials said. The vessel, carrying timber and machine parts, struck a sandbank
shortly after midnight while leaving the port in heavy fog. No crew members were hurt and there was no sign of fuel
leaking into the water, the authority said in a statement. Ferry services to the islands were diverted through the
southern channel, adding about forty minutes to each crossing. "I missed the start of my shift," said one nurse who
travels daily to the hospital in the old town. The island council has asked for an extra evening sailing until the
channel reopens. Local fishermen said the sandbank had shifted after the winter storms and warned the authority
months ago.`;

const OTHER = `The city library will open on Sundays from next month after the council approved a small increase in its
budget, the mayor announced on Friday. Volunteers from the reading club will help staff the children's section,
and the café on the ground floor will serve lunch. The library's director said visitor numbers had doubled since
the building was renovated two years ago and that weekend opening had been the most requested change.`;

test('classifies originals, syndicated copies, rewrites and exact repeats', () => {
  const idx = new DupIndex();
  const cases: [string, string, string, string | null][] = [
    ['w', WIRE, 'original', null],
    ['o', OTHER, 'original', null],
    ['c', COPY, 'copy', 'w'],
    ['r', REWRITE, 'rewrite', 'w'],
    ['e', WIRE.toUpperCase().replace(/\n/g, '  '), 'exact', 'w'],
    ['c2', COPY + '\nShare this article.', 'copy', 'w'],
  ];
  for (const [id, text, kind, of] of cases) {
    const link = idx.add(id, text);
    assert.equal(link.kind, kind, `${id} should be ${kind}`);
    assert.equal(link.of, of, `${id} should point at ${of}`);
  }
});

test('reports the exact shingle Jaccard as the similarity of a recent copy', () => {
  const idx = new DupIndex();
  idx.add('w', WIRE);
  const link = idx.add('c', COPY);
  assert.equal(link.similarity, Math.round(jaccard(shingles(WIRE), shingles(COPY)) * 1000) / 1000);
  assert.ok(link.similarity > 0.8 && link.similarity < 1);
});

test('signatures are deterministic and estimate Jaccard within a few points', () => {
  assert.deepEqual(signature(WIRE), signature(WIRE));
  for (const other of [COPY, REWRITE, OTHER]) {
    const exact = jaccard(shingles(WIRE), shingles(other));
    assert.ok(Math.abs(estimate(signature(WIRE), signature(other)) - exact) < 0.12, `estimate near ${exact}`);
  }
});

test('an index rebuilt from its JSON state classifies new articles the same way', () => {
  const idx = new DupIndex();
  idx.add('w', WIRE);
  idx.add('o', OTHER);
  const back = DupIndex.fromJSON(JSON.parse(JSON.stringify(idx.toJSON())));
  assert.equal(back.size, 2);
  assert.deepEqual(back.add('c', COPY).kind, 'copy');
  assert.deepEqual(back.add('r', REWRITE).kind, 'rewrite');
  assert.deepEqual(back.add('o2', OTHER).kind, 'exact');
});

test('adding the same id twice returns the first link', () => {
  const idx = new DupIndex();
  idx.add('w', WIRE);
  assert.equal(idx.add('w', OTHER).kind, 'original');
  assert.equal(idx.size, 1);
});

test('the fewest shared shingles that make a pair more than original is where the classification turns', () => {
  for (const [a, b] of [[15, 15], [15, 400], [100, 100], [100, 130], [250, 900], [999, 1000], [40, 41]]) {
    const kindAt = (x: number) => kindOf(x / (a + b - x), x, a, b);
    const need = leastShared(a, b);
    assert.equal(kindAt(need - 1), 'original', `${a}×${b}: ${need - 1} shared is original`);
    assert.notEqual(kindAt(need), 'original', `${a}×${b}: ${need} shared is not`);
  }
});

test('the intersection walk that gives up early agrees with the full walk whenever it answers', () => {
  let s = 7;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const sorted = (xs: number[]) => Uint32Array.from(new Set(xs)).sort();
  for (let t = 0; t < 300; t++) {
    const shared = Array.from({ length: Math.floor(rnd() * 200) }, () => Math.floor(rnd() * 2 ** 32));
    const a = sorted([...shared, ...Array.from({ length: Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 2 ** 32))]);
    const b = sorted([...shared, ...Array.from({ length: Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 2 ** 32))]);
    const full = intersection(a, b);
    const need = Math.floor(rnd() * (Math.min(a.length, b.length) + 2));
    assert.equal(intersectionAtLeast(a, b, need), full >= need ? full : -1, `trial ${t}: need ${need}, shared ${full}`);
  }
});

test('signatures are kept for the window only, whatever the number of articles indexed', () => {
  const window = DUP.window;
  DUP.window = 40;
  try {
    const idx = new DupIndex();
    const texts = Array.from({ length: 130 }, (_, i) => `Report ${i} on the council budget vote: members argued for hours about roads, schools and the harbour before the mayor closed item ${i}.`);
    for (let i = 0; i < texts.length; i++) idx.add(`a${i}`, texts[i]);
    const state = idx.toJSON();
    assert.equal(state.docs.length, 130);
    assert.deepEqual(state.docs.map((d) => d.sig !== ''), state.docs.map((_, i) => i >= 130 - 40));
    const ring = (idx as unknown as { sigs: unknown[] }).sigs;
    assert.ok(ring.length <= 40);
    assert.equal(idx.add('a5', 'anything').articleId, 'a5', 'old articles are still known');
  } finally {
    DUP.window = window;
  }
});
