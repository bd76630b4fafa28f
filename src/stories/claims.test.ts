import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../analyze/claims/index.js';
import { sentences } from '../analyze/tokenize.js';
import type { ClaimComparison } from '../model/story.js';
import { compareClaims, type ClaimInput } from './claims.js';

/** Every claim of a fictional report, as compareClaims receives it. */
function inputs(articleId: string, text: string, published: string | null = null): ClaimInput[] {
  const sents = sentences(text);
  return extractClaims(text, sents, []).map((claim) => {
    const s = sents.find((x) => x.start <= claim.start && claim.start < x.end)!;
    return { articleId, outlet: articleId.toUpperCase(), published, claim, sentence: text.slice(s.start, s.end) };
  });
}

function verdicts(out: ClaimComparison[]): string[] {
  return out.map((c) => `${c.subject}: ${c.verdict} ${c.rows.map((r) => r.value).join('/')}`);
}

const CASES: [string, string, string, string[]][] = [
  ['agrees when the intervals overlap', 'At least 12 people were killed in the flood.', 'Around 14 people were killed in the flood.',
    ['people killed: agree 12/14']],
  ['disagrees when exact figures differ', 'The navy said it had shot down 41 drones.', 'Officials said 48 drones were launched at the coast.',
    ['drones shot down: disagree 41/48']],
  ['sees a different scope when one sentence names a region', 'Governor Ana Rell said two people were killed in the Varna region.',
    'At least nine people were killed across the country.', ['people killed: different-scope 2/9']],
  ['pairs the closest figure and leaves a far-off one of the same article alone', 'Rebels launched 300 drones overnight.',
    'Rebels launched 310 drones overnight. Last month they launched 20 drones.', ['drones launched: disagree 300/310', 'drones launched: single 20']],
  ['compares miles with kilometres', 'The front line along the river is about 1,000 kilometres long.', 'The front line along the river is some 620 miles long.',
    ['km: agree 1000/620']],
  ['reads "at least" as the best count of a tally, so it disagrees with a higher one', 'At least 12 people were killed, the governor said.',
    'The death toll has risen to 14, the ministry said.', ['people killed: disagree 12/14']],
  ['reads "across the region" as the whole, not a part', 'More than 4,500 people were evacuated across the Vessa region.', 'Some 4,000 people have been evacuated, officials said.',
    ['people evacuated: disagree 4500/4000']],
  ['sets a district figure against the whole', 'Officials confirmed nine deaths in the Tarn district.', 'The death toll has risen to 14, the ministry said.',
    ['people killed: different-scope 9/14']],
  ['keeps a rate apart from a total', 'The strike costs the port 18 million crowns a day.', 'The strike has cost the port 180 million crowns so far.',
    ['crowns: single 180000000', 'crowns/day: single 18000000']],
  ['compares rates of two outlets', 'The strike costs the port 18 million crowns a day, traders said.', 'Exporters said the strike costs as much as 25 million crowns a day.',
    ['crowns/day: disagree 18000000/25000000']],
  ['keeps killed and injured apart', 'Four people were killed and 20 injured.', 'Four people were killed and 35 injured.',
    ['people injured: disagree 20/35', 'people killed: agree 4/4']],
];

for (const [name, a, b, want] of CASES) {
  test(`compareClaims ${name}`, () => {
    assert.deepEqual(verdicts(compareClaims([...inputs('a', a), ...inputs('b', b)])), want);
  });
}

test('compareClaims puts single-article claims last and keeps attribution in the rows', () => {
  const out = compareClaims([
    ...inputs('a', 'Police said 30 protesters were arrested. Around 50 shops were damaged.'),
    ...inputs('b', 'About 31 protesters were arrested.'),
  ]);
  assert.deepEqual(out.map((c) => c.verdict), ['agree', 'single']);
  assert.deepEqual(out[0].rows.map((r) => [r.articleId, r.source]), [['a', 'Police'], ['b', null]]);
});

test('compareClaims names the outlets that agree inside a disagreement', () => {
  const out = compareClaims([
    ...inputs('a', 'Traders said the strike costs the port 18 million crowns a day.'),
    ...inputs('b', 'The chamber said the strike costs the port 18 million crowns a day.'),
    ...inputs('c', 'Exporters said the strike costs the port as much as 25 million crowns a day.'),
  ]);
  assert.deepEqual(verdicts(out), ['crowns/day: disagree 18000000/18000000/25000000', 'crowns/day: agree 18000000/18000000']);
});

test('compareClaims takes at most one claim per article in a comparison', () => {
  const out = compareClaims([...inputs('a', 'Crews counted 40 fires. Later, crews counted 42 fires.'), ...inputs('b', 'Crews counted 41 fires.')]);
  assert.ok(out.every((c) => new Set(c.rows.map((r) => r.articleId)).size === c.rows.length));
  assert.equal(out.filter((c) => c.verdict !== 'single').length, 1);
});

/** Reports as [id, publication day, text]; verdicts with each row's day. */
function overTime(...reports: [string, string | null, string][]): string[] {
  const out = compareClaims(reports.flatMap(([id, day, text]) => inputs(id, text, day)));
  return out.map((c) => `${c.subject}: ${c.verdict} ${c.rows.map((r) => `${r.value}@${r.date ?? '?'}`).join(' ')}`);
}

const SERIES: [string, [string, string | null, string][], string[]][] = [
  ['sees a toll rising over days as one updated series, oldest first', [
    ['c', '2026-03-09', 'The toll has risen to 31, the ministry said.'],
    ['a', '2026-03-04', 'At least nine people were killed in the blast, officials said.'],
    ['b', '2026-03-05', 'The number of people killed has risen to 22, the ministry said.'],
  ], ['people killed: updated 9@2026-03-04 22@2026-03-05 31@2026-03-09']],
  ['keeps a same-day conflict inside a rising toll a disagreement of its own', [
    ['a', '2026-03-04', 'At least nine people were killed in the blast, officials said.'],
    ['b', '2026-03-05', 'The number of people killed has risen to 22, the ministry said.'],
    ['c', '2026-03-05', 'At least 18 people were killed in the blast, the governor said.'],
  ], ['people killed: disagree 22@2026-03-05 18@2026-03-05', 'people killed: updated 9@2026-03-04 22@2026-03-05 18@2026-03-05']],
  ['calls a toll that falls on a later day a disagreement', [
    ['a', '2026-03-04', 'Some 22 people were killed in the blast, officials said.'],
    ['b', '2026-03-05', 'At least nine people were killed in the blast, the ministry said.'],
  ], ['people killed: disagree 22@2026-03-04 9@2026-03-05']],
  ['keeps different drone counts of two days a disagreement: one attack is not a running tally', [
    ['a', '2026-03-04', 'The navy said it had shot down 41 drones.'],
    ['b', '2026-03-05', 'Officials said 48 drones were launched at the coast.'],
  ], ['drones shot down: disagree 41@2026-03-04 48@2026-03-05']],
  ['follows the missing as they are found only when a later report says so', [
    ['a', '2026-03-04', 'About 40 people are missing after the blast.'],
    ['b', '2026-03-05', 'Officials said 12 people were still missing.'],
  ], ['people missing: updated 40@2026-03-04 12@2026-03-05']],
  ['keeps the missing of two days a disagreement when no report says the count moved', [
    ['a', '2026-03-04', 'About 40 people are missing after the blast.'],
    ['b', '2026-03-05', 'Officials said 12 people are missing.'],
  ], ['people missing: disagree 40@2026-03-04 12@2026-03-05']],
  ['reads a rising death toll as updated without an update word: the dead are only ever counted up', [
    ['a', '2026-03-04', 'At least nine people were killed in the blast, officials said.'],
    ['b', '2026-03-06', 'Police said 22 people were killed in the blast.'],
  ], ['people killed: updated 9@2026-03-04 22@2026-03-06']],
  ['needs two days: figures of undated reports stay a disagreement', [
    ['a', null, 'At least nine people were killed in the blast, officials said.'],
    ['b', null, 'The number of people killed has risen to 22, the ministry said.'],
  ], ['people killed: disagree 9@? 22@?']],
  ['places an undated report that matches a dated figure at the end of the series', [
    ['a', '2026-03-04', 'At least nine people were killed in the blast, officials said.'],
    ['b', '2026-03-05', 'The number of people killed has risen to 22, the ministry said.'],
    ['c', null, 'The ministry has put the death toll at 22.'],
  ], ['people killed: updated 9@2026-03-04 22@2026-03-05 22@?']],
];

for (const [name, reports, want] of SERIES) test(`compareClaims ${name}`, () => assert.deepEqual(overTime(...reports), want));

test('compareClaims lets one report give an earlier day\'s figure beside its own in an updated series', () => {
  const a = inputs('a', 'More than 4,500 people have now been evacuated, the ministry said, up from some 3,000 on Friday.', '2026-03-07');
  const friday = a.find((x) => x.claim.value === 3000)!;
  const out = compareClaims([...a.map((x) => (x === friday ? { ...x, date: '2026-03-06' } : x)), ...inputs('b', 'Some 3,000 people have been evacuated.', '2026-03-06')]);
  assert.deepEqual(out.map((c) => `${c.verdict} ${c.rows.map((r) => `${r.articleId}:${r.value}@${r.date}`).join(' ')}`),
    ['updated b:3000@2026-03-06 a:3000@2026-03-06 a:4500@2026-03-07']);
});

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const seed = (prefix: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8');

test('compareClaims on seeds 003 and 004 finds the drone disagreement and the casualty scope', { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, () => {
  const out = compareClaims([...inputs('003', seed('003')), ...inputs('004', seed('004'))]);
  const find = (value: number) => out.find((c) => c.rows.some((r) => r.value === value) && c.rows.length > 1);
  assert.equal(find(337)?.verdict, 'disagree');
  assert.deepEqual(find(337)?.rows.map((r) => [r.value, r.source]), [[337, 'Russia’s defence ministry'], [343, null]]);
  assert.equal(find(18)?.verdict, 'different-scope');
  assert.deepEqual(find(18)?.rows.map((r) => r.value), [3, 18]);
  const killed = out.find((c) => c.subject === 'people killed');
  assert.equal(killed?.verdict, 'different-scope');
  assert.deepEqual(killed?.rows.map((r) => [r.value, r.source]), [[1, 'Andrei Vorobyov'], [3, null]]);
  assert.equal(out.find((c) => c.rows.some((r) => r.value === 126))?.verdict, 'single');
});
