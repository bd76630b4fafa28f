import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, type ClusterDoc, type ClusterOptions } from './clusterer.js';
import { standInEntities } from './stand-in.js';
import { chains } from '../episodes.js';

// Fictional reports, three stories told by several outlets each.
const REPORTS: [string, string, string, string][] = [
  ['ship-1', 'ship', 'Cargo ship aground off Port Meridian', 'A cargo ship ran aground near the Meridian lighthouse overnight and the harbour authority closed the northern channel. The vessel Northern Star was carrying timber. Harbour master Elena Varga said tugboats would try to refloat the ship at high tide.'],
  ['vote-1', 'vote', 'Lindenfeld votes for a new mayor', 'Voters in Lindenfeld chose a new mayor on Sunday after a close campaign dominated by housing and rents. Early counts put councillor Tomas Brandt narrowly ahead of the incumbent, Mayor Ilse Kober, with turnout higher than at the last election.'],
  ['coach-1', 'coach', 'Rovers sack coach after cup exit', 'Harbour City Rovers have sacked their coach Marco Lentini after the club was knocked out of the cup by a second-division side. The Rovers board said the decision followed a run of six defeats, and assistant coach Pieter Daal will take charge of training.'],
  ['ship-2', 'ship', 'Tugboats fail to free stranded ship', 'Tugboats failed twice to refloat the Northern Star, the cargo ship aground near Port Meridian, and the northern channel stays closed. Harbour master Elena Varga said engineers would unload timber from the ship before another attempt at high tide.'],
  ['vote-2', 'vote', 'Brandt wins Lindenfeld mayoral race', 'Tomas Brandt has won the Lindenfeld mayoral election, ending the eight-year tenure of Mayor Ilse Kober. Brandt, a councillor who campaigned on housing and rent controls, thanked voters for the high turnout and promised a housing plan within his first hundred days.'],
  ['coach-2', 'coach', 'Daal takes over at Rovers', 'Pieter Daal will lead Harbour City Rovers for the rest of the season after the club sacked coach Marco Lentini. The Rovers board said Daal, the assistant coach, had the players\' trust after the cup defeat and the run of six league defeats.'],
  ['ship-3', 'ship', 'Ferries diverted as Meridian channel stays shut', 'Ferries to the islands were diverted through the southern channel while the Northern Star remains aground near the Meridian lighthouse. Elena Varga, the harbour master, said the timber cargo was being unloaded and the ship could be refloated at high tide.'],
  ['vote-3', 'vote', 'Kober concedes in Lindenfeld', 'Mayor Ilse Kober conceded defeat to councillor Tomas Brandt in the Lindenfeld mayoral election, saying voters wanted change on housing and rents. Turnout was the highest in twenty years, the election office said.'],
  ['coach-3', 'coach', 'Lentini speaks after Rovers exit', 'Marco Lentini said he was disappointed to leave Harbour City Rovers after the board sacked him following the cup defeat. The former coach wished his assistant Pieter Daal luck and said the club had a talented squad despite six straight defeats.'],
];

const doc = ([id, , title, text]: (typeof REPORTS)[number], published: string | null = null): ClusterDoc =>
  ({ id, title, text, published, entities: standInEntities(title + '\n' + text) });

test('groups three stories told by several outlets into three clusters', () => {
  const c = new StoryClusterer();
  for (const r of REPORTS) c.add(doc(r, '2031-05-04'));
  const byStory = new Map(REPORTS.map(([id, story]) => [id, story]));
  const clusters = c.stories().map((s) => new Set(s.articles.map((a) => byStory.get(a))));
  assert.equal(clusters.length, 3);
  for (const cl of clusters) assert.equal(cl.size, 1, 'each cluster holds one story');
  assert.deepEqual(c.stories().map((s) => s.id), ['ship-1', 'vote-1', 'coach-1']);
});

test('a similar article far later starts a new episode linked by previous', () => {
  const c = new StoryClusterer();
  c.add(doc(REPORTS[0], '2031-05-04'));
  c.add(doc(REPORTS[3], '2031-05-05'));
  const later = c.add(doc(REPORTS[6], '2031-08-20'));
  assert.deepEqual([later.created, later.previous], [true, 'ship-1']);
  assert.equal(c.stories().find((s) => s.id === later.storyId)?.previous, 'ship-1');
});

test('an article without a date is judged on its text alone', () => {
  const c = new StoryClusterer();
  c.add(doc(REPORTS[0], '2031-05-04'));
  const r = c.add(doc(REPORTS[3], null));
  assert.deepEqual([r.storyId, r.created], ['ship-1', false]);
});

test('a syndicated copy joins its original story directly', () => {
  const c = new StoryClusterer();
  c.add(doc(REPORTS[0]));
  c.add(doc(REPORTS[1]));
  const copy = { ...doc(REPORTS[1]), id: 'vote-copy', title: 'Unrelated headline', text: 'Short teaser.', entities: [] };
  const r = c.add({ ...copy, dup: { articleId: 'vote-copy', kind: 'copy', of: 'vote-1', similarity: 0.9 } });
  assert.deepEqual([r.storyId, r.score], ['vote-1', 0.9]);
});

test('a clusterer restored from JSON keeps placing articles the same way', () => {
  const a = new StoryClusterer();
  for (const r of REPORTS.slice(0, 6)) a.add(doc(r));
  const b = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
  for (const r of REPORTS.slice(6)) assert.deepEqual(b.add(doc(r)), a.add(doc(r)));
  assert.deepEqual(b.stories(), a.stories());
});

test('two stories that come together merge, the later id redirecting to the earlier', () => {
  const c = new StoryClusterer({ threshold: 0.99, mergeThreshold: 0.3 });
  c.add(doc(REPORTS[0]));
  const r = c.add(doc(REPORTS[3]));
  assert.equal(r.storyId, 'ship-1');
  assert.equal(c.resolve('ship-2'), 'ship-1');
  assert.deepEqual(c.stories().map((s) => s.articles), [['ship-1', 'ship-2']]);
});

test('a story that swallowed two events is split in two, the earliest article keeping the id', () => {
  // A shared sign-off and unlimited index keys make both stories candidates; the low threshold does the rest.
  const signed = (r: (typeof REPORTS)[number]) => ({ ...doc(r), text: r[3] + ' Reporting by the Coastal Desk.' });
  const stream = [0, 1, 3, 4, 6, 7].map((i) => signed(REPORTS[i]));
  const cases: [number, string[][]][] = [
    [0, [['ship-1', 'vote-1', 'ship-2', 'vote-2', 'ship-3', 'vote-3']]],
    [0.2, [['ship-1', 'ship-2', 'ship-3'], ['vote-1', 'vote-2', 'vote-3']]],
  ];
  for (const [splitGap, expected] of cases) {
    const c = new StoryClusterer({ threshold: 0.001, splitGap, mergeThreshold: 2, indexKeys: 999, queryKeys: 999 });
    for (const d of stream) c.add(d);
    assert.deepEqual(c.stories().map((s) => s.articles).sort(), expected, `splitGap ${splitGap}`);
    for (const s of c.stories()) assert.equal(s.id, s.articles[0]);
  }
});

test('adding an article twice leaves it where it was placed', () => {
  const c = new StoryClusterer();
  c.add(doc(REPORTS[0]));
  c.add(doc(REPORTS[1]));
  assert.deepEqual([c.add(doc(REPORTS[0])).storyId, c.stories().flatMap((s) => s.articles)], ['ship-1', ['ship-1', 'vote-1']]);
});

// Fictional talks told in two rounds a week apart, and two undated meetings in different cities.
const TALKS: [string, string, string, string][] = [
  ['r1-open', '2031-03-02', 'Alvaria and Brenmark open fishing talks in Castelo', 'Delegations from Alvaria and Brenmark sat down in Castelo on Monday to settle a dispute over fishing rights in the Grey Sound. Alvarian minister Rosa Delmar said a deal was possible. Brenmark negotiator Ulf Sandqvist said quotas must be cut.'],
  ['r1-deal', '2031-03-04', 'Fishing truce agreed in Castelo', 'Alvaria and Brenmark agreed on Wednesday to a 30-day pause in trawling in the Grey Sound after talks chaired by Castelo mayor Ines Oduya. Rosa Delmar called it a first step; Ulf Sandqvist said Brenmark would respect the quotas.'],
  ['r1-after', '2031-03-05', 'Grey Sound fishing pause holds', 'Trawlers stayed in port on Thursday as the Grey Sound pause held. Rosa Delmar thanked mayor Ines Oduya; Ulf Sandqvist said Brenmark wanted quotas fixed for good, and the delegations will return to Castelo next week for a second round of talks.'],
  ['r2-open', '2031-03-10', 'Second round of Castelo fishing talks opens', 'Alvaria and Brenmark returned to Castelo on Tuesday for a second round of talks on fishing rights in the Grey Sound. Rosa Delmar said the pause had held; Ulf Sandqvist said Brenmark wanted the quotas fixed. Mayor Ines Oduya chairs again.'],
  ['r2-deal', '2031-03-12', 'Alvaria and Brenmark sign Grey Sound quota deal', 'Alvaria and Brenmark signed a quota deal for the Grey Sound on Thursday, ending a second round of talks in Castelo. Rosa Delmar and Ulf Sandqvist shook hands as mayor Ines Oduya looked on; trawling resumes under the new quotas.'],
];
const talk = ([id, published, title, text]: (typeof TALKS)[number], dated = true): ClusterDoc =>
  ({ id, title, text, published: dated ? published : null, entities: standInEntities(title + '\n' + text) });

test('a report opening a second round of talks starts a new episode, whatever order the reports arrive in', () => {
  for (const order of [[0, 1, 2, 3, 4], [0, 4, 3, 2, 1], [4, 3, 2, 1, 0]]) {
    const c = new StoryClusterer();
    for (const i of order) c.add(talk(TALKS[i]));
    const members = new Map(c.stories().map((s) => [s.id, [...s.articles].sort().join('+')]));
    const previous = chains(c.stories()); // the clusterer links in arrival order; the chain is in date order
    const got = [...members].map(([id, m]) => [m, members.get(previous.get(id) ?? '') ?? null]).sort();
    assert.deepEqual(got, [['r1-after+r1-deal+r1-open', null], ['r2-deal+r2-open', 'r1-after+r1-deal+r1-open']], `order ${order}`);
  }
});

test('the same reports without the round named in their lead stay one story a week apart', () => {
  const c = new StoryClusterer();
  const unnamed = (r: (typeof TALKS)[number]) => ({ ...talk(r), title: r[2].replace('Second round of ', ''), text: r[3].replaceAll('second round of ', '') });
  for (const r of TALKS) c.add(unnamed(r));
  assert.equal(c.stories().length, 1);
});

test('undated reports of a meeting in another city stay apart from the talks and are linked to them', () => {
  const c = new StoryClusterer();
  for (const r of TALKS.slice(0, 2)) c.add(talk(r, false));
  const meeting = c.add({
    id: 'port-alder', published: null, title: 'Alvaria and Brenmark ministers meet in Port Alder on fishing quotas',
    text: 'Rosa Delmar and Ulf Sandqvist will meet in Port Alder on Friday to discuss Grey Sound fishing quotas. Mayor Ines Oduya will not attend.',
    entities: standInEntities('Rosa Delmar and Ulf Sandqvist will meet in Port Alder. Grey Sound. Alvaria. Brenmark. Ines Oduya.'),
  });
  assert.deepEqual([meeting.created, meeting.previous], [true, 'r1-open']);
});

// Fictional wire reports of many floods in many towns over the same days: the same stock sentences in every
// one ("Emergency services said…"), only the names and the figures are the event's own (as in bench/synth.ts,
// where this merged hundreds of stories into one).
const WIRE = [
  'Emergency services said rescuers were searching flooded streets.',
  'Shelters had opened for evacuated families, officials said.',
  'The river was still rising after a night of heavy rain.',
  'Roads into the area remained blocked on the second day.',
  'Volunteers arrived with boats from neighbouring towns.',
  'Forecasters warned that more rain was expected over the weekend.',
  'Insurers began assessing the damage to homes and shops.',
  'Schools stayed closed and power was cut to thousands of homes.',
];
const SYL = ['ka', 'ro', 'vel', 'mar', 'sen', 'dri', 'lo', 'ten', 'vas', 'hol', 'ber', 'nik', 'os', 'tra'];
const FIRST = ['Ida', 'Joost', 'Pia', 'Emil', 'Aino', 'Bram', 'Rui', 'Lena'];
const name = (k: number, salt: number) => { const w = SYL[(k * 7 + salt) % SYL.length] + SYL[(k * 3 + salt * 5) % SYL.length] + SYL[(k + salt) % SYL.length] + SYL[Math.floor(k / SYL.length) % SYL.length]; return w[0].toUpperCase() + w.slice(1); };
const flood = (k: number, j: number): ClusterDoc => {
  const town = name(k, 0), region = name(k, 1), a = `${FIRST[k % 8]} ${name(k, 2)}`, b = `${FIRST[(k + 3) % 8]} ${name(k, 3)}`, dead = 2 + (k % 9) + j;
  const own = [`${town.toUpperCase()}: Floods in ${town} killed at least ${dead} people, officials in the ${region} region said.`,
    `${a}, the mayor of ${town}, said the ${region} region needed help.`, `${b} said ${town} had not seen such a flood since the dam was built.`];
  const text = [...own, WIRE[(k + j) % 8], WIRE[(k + 3 * j + 1) % 8], WIRE[(2 * k + j + 5) % 8]].join('\n\n');
  const day = 1 + Math.floor(k / 20) + Math.floor(j / 2);
  return { id: `${town}-${j}`, title: `Floods in ${town} kill ${dead}`, text, published: `2031-10-${String(day).padStart(2, '0')}`, entities: standInEntities(text) };
};

test('reports that share stock wire sentences but name another town stay apart', () => {
  // 150 floods, 4 reports each; about 20 floods start each day and each is reported over two days.
  const stream = Array.from({ length: 150 }, (_, k) => k).flatMap((k) => [0, 1, 2, 3].map((j) => ({ k, j })))
    .sort((x, y) => Math.floor(x.k / 20) + Math.floor(x.j / 2) - Math.floor(y.k / 20) - Math.floor(y.j / 2) || x.j - y.j || x.k - y.k)
    .map(({ k, j }) => flood(k, j));
  const mixed = (opts: ClusterOptions) => {
    const c = new StoryClusterer(opts);
    for (const d of stream) c.add(d);
    const towns = c.stories().map((s) => new Set(s.articles.map((a) => a.split('-')[0])).size);
    return { stories: towns.length, mixed: towns.filter((n) => n > 1).length };
  };
  assert.deepEqual(mixed({}), { stories: 150, mixed: 0 });
  // As before: no site cue, document IDF alone, a same-day bonus that lifts weak matches. The floods run together.
  assert.ok(mixed({ elsewhereThreshold: 0, spread: 0, timeLift: 0 }).mixed > 0);
});

test('story frequencies kept through joins, splits and merges equal a recount from the saved stories', () => {
  const signed = (r: (typeof REPORTS)[number]) => ({ ...doc(r), text: r[3] + ' Reporting by the Coastal Desk.' });
  for (const opts of [{ threshold: 0.001, splitGap: 0.2, mergeThreshold: 2, indexKeys: 999, queryKeys: 999 }, { threshold: 0.99, mergeThreshold: 0.3 }]) {
    const c = new StoryClusterer(opts);
    for (const r of REPORTS) c.add(signed(r));
    const state = c.toJSON(), restored = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(state)));
    const spreads = (x: StoryClusterer) => { const v = x.toJSON().terms; return v.terms.map((_, id) => (x as unknown as { vocabs: { terms: { spread(i: number): number } } }).vocabs.terms.spread(id)); };
    assert.deepEqual(spreads(c), spreads(restored), JSON.stringify(opts));
  }
});
