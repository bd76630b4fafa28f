import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../../model/analysis.js';
import { sentences } from '../tokenize.js';
import { extractClaims } from './index.js';

const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const skip = !existsSync(SEEDS) && 'needs ../shared/seeds';

function seed(prefix: string): { text: string; claims: Claim[] } {
  const text = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8');
  return { text, claims: extractClaims(text, sentences(text), []) };
}

const row = (c: Claim) => [c.value, c.qualifier, c.subject, c.source ?? null];

const WANT: [string, string, (string | number | null)[][]][] = [
  ['003', 'drones, casualties, regions and countries with their sources', [
    [30, 'about', 'countries', 'French officials'],
    [337, 'exact', 'drones shot down', 'Russia’s defence ministry'],
    [10, 'more than', 'regions targeted', 'Russia’s defence ministry'],
    [1, 'exact', 'people killed', 'Andrei Vorobyov'],
    [3, 'exact', 'people injured', 'Andrei Vorobyov'],
    [7, 'exact', 'buildings damaged', 'Andrei Vorobyov'],
  ]],
  ['004', 'casualties with qualifiers, the drones, the ones aimed at Moscow and the missile', [
    [3, 'at least', 'people killed', null],
    [18, 'about', 'people injured', null],
    [343, 'exact', 'drones launched against Russia', null],
    [90, 'more than', 'drones aimed at Moscow', null],
    [126, 'exact', 'drones launched', null],
    [1, 'exact', 'missiles launched', null],
    [2e9, 'range', '$', null],
  ]],
  ['000', 'the share of territory and the casualties', [
    [1, 'exact', 'officials', null],
    [2e5, 'range', 'people killed or injured', null],
    [17.5, 'about', "% of Ukraine's territory", null],
  ]],
];

for (const [prefix, what, want] of WANT) {
  test(`extractClaims finds in seed ${prefix} ${what}`, { skip }, () => {
    assert.deepEqual(seed(prefix).claims.map(row), want);
  });
}

test('extractClaims reads no year, ordinal, duration or clock time in the seeds as a claim', { skip }, () => {
  const texts = ['000', '001', '002', '003', '004'].map((p) => seed(p));
  const spans = texts.flatMap((s) => s.claims.map((c) => c.text));
  for (const bad of ['2014', '1962', '21st', '10-minute', '30-day', '30-hour', 'six hours', 'three years', '04.11.23', '10:09', '2023']) {
    assert.ok(!spans.some((t) => t.includes(bad)), `${bad} in ${JSON.stringify(spans)}`);
  }
  assert.deepEqual(seed('002').claims.map((c) => [c.text, c.unit]), [['roughly 1,000-kilometre', 'km']]);
});
