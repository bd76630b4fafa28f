/**
 * The foundation issue's acceptance checks on the five real seed reports in ../shared/seeds (skipped when
 * the folder is absent, e.g. in a fresh clone outside the workspace).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanDocument } from '../src/clean/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { ingestDocuments, ingestPaths } from '../src/pipeline/ingest.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const DIR = '../shared/seeds';
const skip = !existsSync(DIR) && 'needs ../shared/seeds';
const file = (p: string) => join(DIR, readdirSync(DIR).find((f) => f.startsWith(p))!);

function analysed(prefix: string) {
  const path = file(prefix);
  const article = cleanDocument({ source: path, format: 'text', text: readFileSync(path, 'utf8'), hints: {} });
  return { article, analysis: analyzeArticle(article) };
}

test('seed 003: finds the people, places and organisation the issue names', { skip }, () => {
  const { analysis } = analysed('003');
  const names = (type: string) => new Set(analysis.entities.filter((e) => e.type === type).map((e) => e.canonical));
  const per = [...names('PER')].join(' | ');
  for (const p of ['Putin', 'Zelensky', 'Yermak', 'Rubio', 'Starmer']) assert.ok(per.includes(p), `PER ${p} in ${per}`);
  for (const l of ['Saudi Arabia', 'Moscow', 'Paris']) assert.ok(names('LOC').has(l), `LOC ${l}`);
  assert.ok(names('ORG').has('NATO'), 'ORG NATO');
});

test('seed 003: attributes "ready to do everything to achieve peace" to Yermak and finds the 337 drones', { skip }, () => {
  const { analysis } = analysed('003');
  const q = analysis.quotes.find((x) => x.text.includes('ready to do everything to achieve peace'));
  assert.ok(q, 'quote found');
  assert.match(q.speaker ?? '', /Yermak/);
  const c = analysis.claims.find((x) => x.value === 337);
  assert.ok(c, '337 claim');
  assert.match(`${c.unit} ${c.subject}`, /drone/);
});

test('seeds 002 and 004: Zelensky and Zelenskyy are one canonical actor', { skip }, () => {
  const ids = ['002', '004'].map((p) => new Set(analysed(p).analysis.entities.filter((e) => /Zelensk/.test(e.text)).map((e) => e.canonicalId)));
  assert.equal(ids[0].size, 1);
  assert.deepEqual([...ids[0]], [...ids[1]]);
});

test('ingesting the seeds as they are gives 000+001, 002 and 003+004, linked as episodes of one story, order unknown', { skip }, async () => {
  // 002–004 state no date. 002 is a meeting in London, 003+004 talks in Saudi Arabia: their leads name
  // different venues, so they are different events of the story. Without dates their order cannot be known:
  // the links are 'related' (order unknown) rather than previous/next, and they join the chain to 000+001.
  const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'cc-seeds-')), 's.db'));
  await ingestPaths([DIR], store, {}, { workers: 0 });
  const stories = (await store.stories({ limit: 10 })).items;
  const members = new Map<string, string>();
  for (const s of stories) members.set(s.id, (await store.storyMembers(s.id)).map((m) => m.article.source.split('/').pop()!.slice(0, 3)).sort().join('+'));
  const details = await Promise.all(stories.map(async (s) => (await store.story(s.id))!));
  await store.close();
  assert.deepEqual([...members.values()].sort(), ['000+001', '002', '003+004']);
  const links = new Set<string>();
  for (const d of details) for (const r of d.related) links.add(`${members.get(d.id)} ${r.relation} ${members.get(r.id)}`);
  assert.ok(details.every((d) => d.previous === null), 'no order is claimed without dates');
  // Every episode reaches every other through related links, each link listed on both ends.
  const reach = (from: string, seen = new Set([from])): Set<string> => {
    for (const l of links) { const [a, , b] = l.split(' '); if (a === from && !seen.has(b)) { seen.add(b); reach(b, seen); } }
    return seen;
  };
  assert.equal(reach('000+001').size, 3, [...links].join('; '));
  for (const l of links) { const [a, rel, b] = l.split(' '); assert.equal(rel, 'related'); assert.ok(links.has(`${b} related ${a}`), l); }
});

/**
 * With the publication dates a JSONL export or a feed would carry, the talks become a chain of episodes:
 * Nov 2023 → Jeddah, Mar 2025 → London, Apr 2025.
 */
const PUBLISHED: Record<string, string | undefined> = { '002': '2025-04-23', '003': '2025-03-11', '004': '2025-03-11' };

test('given their publication dates, the seeds form 000+001 and 003+004, with 002 the next episode', { skip }, async () => {
  const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'cc-seeds-')), 's.db'));
  const docs = readdirSync(DIR).sort().map((f) => ({
    source: join(DIR, f), format: 'text' as const, text: readFileSync(join(DIR, f), 'utf8'),
    hints: PUBLISHED[f.slice(0, 3)] ? { published: PUBLISHED[f.slice(0, 3)] } : {},
  }));
  await ingestDocuments(docs, store);
  const stories = (await store.stories({ limit: 10 })).items;
  const members = new Map<string, string>();
  for (const s of stories) members.set(s.id, (await store.storyMembers(s.id)).map((m) => m.article.source.split('/').pop()!.slice(0, 3)).sort().join('+'));
  const byMembers = new Map([...members].map(([id, m]) => [m, id]));
  assert.deepEqual([...members.values()].sort(), ['000+001', '002', '003+004']);
  const jeddah = (await store.story(byMembers.get('003+004')!))!;
  const london = (await store.story(byMembers.get('002')!))!;
  assert.equal(jeddah.previous, byMembers.get('000+001'));
  assert.equal(london.previous, byMembers.get('003+004'));
  assert.ok(jeddah.related.some((r) => r.relation === 'next' && r.id === london.id));
  // The timeline dates the Jeddah talks, the 30-hour ceasefire and the London meeting.
  const on = (story: typeof jeddah, date: string, words: string) => story.timeline.some((e) => e.date === date && e.text.includes(words));
  assert.ok(on(jeddah, '2025-03-11', 'crunch talks in Saudi Arabia'), 'Jeddah talks on the day of the reports');
  assert.ok(on(london, '2025-04-19', '30-hour unilateral ceasefire on Saturday'), 'the ceasefire on the Saturday before');
  assert.ok(on(london, '2025-04-23', 'will meet in London on Wednesday'), 'the London meeting on the Wednesday');
  const drones = jeddah.claims.find((c) => c.rows.some((r) => r.value === 337) && c.rows.some((r) => r.value === 343));
  assert.equal(drones?.verdict, 'disagree');
  await store.close();
});
