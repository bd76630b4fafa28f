import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Entity } from '../../model/analysis.js';
import { sentences } from '../tokenize.js';
import { extractClaims } from './index.js';
import { parseNumber } from './numbers.js';
import { OPEN_HIGH } from './table.js';

/** Stand-in for the NER tagger: tags each listed name wherever it occurs. */
function tag(text: string, names: [string, Entity['type'], string?][]): Entity[] {
  return names.flatMap(([name, type, canonical]) => {
    const at = text.indexOf(name);
    return at < 0 ? [] : [{ start: at, end: at + name.length, text: name, type, canonical: canonical ?? name }];
  });
}

function claims(text: string, entities: Entity[] = []): Claim[] {
  return extractClaims(text, sentences(text), entities);
}

type Want = Partial<Pick<Claim, 'text' | 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'subject' | 'source'>>;

const CASES: [string, string, Want[]][] = [
  ['reads digits with thousands separators', 'Officials said 1,000 people had been evacuated.', [{ text: '1,000 people', value: 1000, subject: 'people evacuated', source: 'Officials' }]],
  ['reads a percentage with decimals', 'Turnout reached 17.5% across the region.', [{ value: 17.5, unit: '%', qualifier: 'exact' }]],
  ['reads money with a glued scale', 'The fund pledged $1.2bn for repairs.', [{ text: '$1.2bn', value: 1.2e9, unit: '$' }]],
  ['reads a spelled-out percent word', 'Prices rose 3 percent in a year.', [{ value: 3, unit: '%' }]],
  ['reads euros after a scale word', 'The town received 5 million euros.', [{ value: 5e6, unit: '€' }]],
  ['reads a rate per period as its own unit', 'The strike costs the port 18 million crowns a day.', [{ text: '18 million crowns a day', value: 18e6, unit: 'crowns/day' }]],
  ['reads the noun after a percentage as what it is of', 'Workers demanded a 12% pay rise.', [{ value: 12, subject: '% pay rise' }]],
  ['reads the noun whose level a percentage states', 'Annual inflation rose to 3.8% in September.', [{ value: 3.8, subject: '% inflation' }]],
  ['reads a distance', 'The convoy travelled 40 miles overnight.', [{ value: 40, unit: 'miles' }]],
  ['keeps a hyphenated measure', 'Troops held a 12-kilometre stretch of road.', [{ value: 12, unit: 'km' }]],
  ['reads a word number and the wounded as injured', 'Eighteen soldiers were wounded.', [{ value: 18, unit: 'soldiers', subject: 'soldiers injured' }]],
  ['reads "a dozen" and intercepted drones as shot down', 'A dozen drones were intercepted.', [{ value: 12, subject: 'drones shot down' }]],
  ['reads vague plurals as a range', 'Hundreds of thousands of people fled.', [{ value: 2e5, low: 2e5, high: 999999, qualifier: 'range', unit: 'people' }]],
  ['reads a fraction as a percentage', 'Two-thirds of voters backed the plan.', [{ text: 'Two-thirds', unit: '%', subject: '% of voters' }]],
  ['reads "half of" with "nearly" as a share', 'Nearly half of the voters stayed home.', [{ value: 50, low: 45, high: 50, qualifier: 'about', subject: '% of voters' }]],
  ['reads "almost" and arrests', 'Almost 50 people were arrested.', [{ value: 50, qualifier: 'about', subject: 'people arrested' }]],
  ['reads "two or three" as a range', 'Two or three shells hit the depot.', [{ low: 2, high: 3, qualifier: 'range', unit: 'shells' }]],
  ['reads "at least"', 'At least three people died in the blast.', [{ value: 3, low: 3, high: OPEN_HIGH, qualifier: 'at least', subject: 'people killed' }]],
  ['reads "around" as about, ten per cent either way', 'Around 18 people were hurt.', [{ value: 18, low: 16.2, high: 19.8, qualifier: 'about', subject: 'people injured' }]],
  ['reads "more than" as strictly above for counts', 'More than 90 drones were shot down.', [{ low: 91, qualifier: 'more than', subject: 'drones shot down' }]],
  ['reads "up to" as at most', 'Up to 40 missiles were fired.', [{ low: 0, high: 40, qualifier: 'at most', subject: 'missiles launched' }]],
  ['reads "nearly" as just below', 'Nearly 200 homes were damaged.', [{ low: 180, high: 200, qualifier: 'about', subject: 'homes damaged' }]],
  ['reads "some" and "roughly" as about', 'Some 30 countries attended while roughly 1,000 troops were deployed.', [{ value: 30, qualifier: 'about' }, { value: 1000, qualifier: 'about', unit: 'troops' }]],
  ['reads "between 5 and 7" as a range', 'Between 5 and 7 people were injured.', [{ text: 'Between 5 and 7 people', low: 5, high: 7, qualifier: 'range' }]],
  ['reads "10 to 15" as a range', 'Officials counted 10 to 15 boats.', [{ low: 10, high: 15, qualifier: 'range', unit: 'boats' }]],
  ['takes the event from an active verb before the number', 'Air defences shot down 25 drones overnight.', [{ value: 25, subject: 'drones shot down' }]],
  ['names the target of an attack', 'Sixty drones were aimed at the port city Odesa.', [{ value: 60, subject: 'drones aimed at Odesa' }]],
  ['splits coordinated casualties and inherits the noun', 'One person had been killed and three injured, the mayor said.', [
    { value: 1, subject: 'people killed', source: 'mayor' }, { text: 'three', value: 3, subject: 'people injured', source: 'mayor' }]],
  ['keeps each qualifier in a coordination', 'At least four people were killed and around 20 injured.', [
    { qualifier: 'at least', subject: 'people killed' }, { value: 20, qualifier: 'about', subject: 'people injured' }]],
  ['counts "a" coordinated with a launched count', 'The army fired 40 drones and a cruise missile.', [{ value: 40 }, { value: 1, unit: 'missiles', subject: 'missiles launched' }]],
  ['fills in an elided noun from the sentence before', 'Rebels launched 200 drones. More than 50 were aimed at Kharkiv.', [{ value: 200 }, { value: 50, unit: 'drones', subject: 'drones aimed at Kharkiv' }]],
  ['takes people as the noun of a casualty verb', 'The war has killed or wounded thousands.', [{ value: 2000, unit: 'people', subject: 'people killed or injured' }]],
  ['attributes to the phrase before "said"', 'Hours later, the regional health ministry said 12 people were hospitalised.', [{ source: 'regional health ministry' }]],
  ['attributes to a person entity inside the speaker phrase', 'City mayor Olek Tamarin said nine buildings burned.', [{ value: 9, source: 'Oleksandr Tamarin' }]],
  ['attributes to the capitalised tail without entities', 'Port governor Ilse Marten said 14 ships left.', [{ source: 'Ilse Marten' }]],
  ['attributes after the claim', 'Seven villages lost power, officials said.', [{ value: 7, source: 'officials' }]],
  ['attributes a toll someone "put at" a figure', 'Others died downstream, where the interior ministry has put the overall death toll at 14.', [{ value: 14, source: 'interior ministry' }]],
  ['attributes "according to"', 'About 300 people marched, according to the Civic Monitor group.', [{ source: 'Civic Monitor group' }]],
  ['reads a running total after "toll"', 'The death toll in the floods has risen to 23, officials said.', [{ text: '23', value: 23, subject: 'people killed', source: 'officials' }]],
  ['reads a running total after "the number of"', 'The number of people known to have died has reached 41.', [{ value: 41, subject: 'people killed' }]],
  ['reads an event noun as its event', 'Medics reported 11 deaths in the town.', [{ value: 11, unit: 'people', subject: 'people killed' }]],
  ['keeps a partitive count with the noun before it', 'At least 30 people were hurt, four of them seriously.', [{ value: 30 }, { text: 'four of them', value: 4, unit: 'people' }]],
  ['reads a partitive with a possessive', '"Nine of our neighbours are dead," the mayor said.', [{ text: 'Nine of our neighbours', unit: 'neighbours', subject: 'neighbours killed', source: 'mayor' }]],
  ['reads "another" as part of a coordinated figure', 'About 210 homes were destroyed and another 900 damaged.', [{ value: 210, subject: 'homes destroyed' }, { text: 'another 900', subject: 'homes damaged' }]],
  ['carries the noun to a figure it is compared with', 'More than 4,500 people were evacuated, up from some 3,000 on Friday.', [{ value: 4500 }, { value: 3000, subject: 'people evacuated', qualifier: 'about' }]],
  ['skips a phrase between the noun and its verb', 'Around 120 houses in the district were destroyed.', [{ subject: 'houses destroyed' }]],
  ['prefers a passive source right after the figure', 'The mayor spoke of a lower toll than the 14 deaths announced by the ministry in Tarn.', [{ value: 14, source: 'ministry' }]],
  ['keeps an apostrophe inside the speaker', 'The Growers’ Association estimated that 40 farms were flooded.', [{ source: 'Growers’ Association' }]],
  ['reads "several hundred" as a vague range', 'Several hundred protesters gathered.', [{ value: 200, low: 200, high: 999, qualifier: 'range', unit: 'protesters' }]],
  ['reads percentage points', 'The lead shrank by 2.8 percentage points.', [{ value: 2.8, unit: 'pp' }]],
  ['keeps a percentage above a hundred inside its bounds', 'Prices rose at least 150 percent.', [{ low: 150, high: 150 }]],
  ['is not fooled by words that name object properties', 'Some 40 constructor crews said constructor 5 toString.', [{ value: 40, unit: 'crews' }]],
  ['leaves counted speakers to the outlet', 'Two senior officials said the plan was dead.', [{ value: 2, unit: 'officials', source: null }]],
];

const NONE: [string, string][] = [
  ['a year', 'Crimea was annexed in 2014, and talks failed.'],
  ['a year inside a name', 'It was the worst crisis since the 1962 Cuban Missile Crisis.'],
  ['an ordinal', 'The war, now in its 21st month, goes on.'],
  ['a hyphenated minute duration', 'The meeting ended in a 10-minute argument.'],
  ['a hyphenated day duration', 'Russia rejected a 30-day halt.'],
  ['a hyphenated hour duration', 'He declared a 30-hour ceasefire.'],
  ['a spelled-out duration', 'The talks stretched beyond six hours.'],
  ['a duration with a qualifier', 'The fighting has lasted more than three years.'],
  ['a date', 'The strike came on November 3, 2023 at dawn.'],
  ['a day-first date', 'It was signed on 04 November 2023 in Paris.'],
  ['a clock time', 'The sirens started at 10:09 and again at 7am.'],
  ['a code name', 'The G7 summit discussed Su-34 jets.'],
  ['a partitive "one of"', 'One of the proposals was a truce.'],
  ['a reference to things already counted', 'The two sides met again.'],
  ['an age', 'A 45-year-old man was questioned.'],
  ['a number inside a name', 'Leaders invoked Article 5 of the treaty.'],
  ['a year before a verb', 'An inspection in 2019 recorded seepage.'],
  ['"no one"', 'Officials said no one remained missing.'],
  ['an indefinite "one"', 'It was one memorable moment in one small town.'],
  ['a multiplier', 'Turnout was three times higher.'],
  ['a number without a plural noun', 'The crowd was 15,000 strong and three barely made it.'],
  ['a fraction used as a noun', 'The lower half of the town was flooded.'],
];

for (const [name, text, want] of CASES) {
  test(`extractClaims ${name}`, () => {
    const got = claims(text, tag(text, [['Olek Tamarin', 'PER', 'Oleksandr Tamarin']]));
    assert.equal(got.length, want.length, JSON.stringify(got.map((c) => c.text)));
    want.forEach((w, k) => {
      for (const [key, v] of Object.entries(w)) assert.deepEqual(got[k][key as keyof Claim], v, `${key} of ${got[k].text}`);
      assert.equal(text.slice(got[k].start, got[k].end), got[k].text);
    });
  });
}

for (const [name, text] of NONE) {
  test(`extractClaims finds no claim in ${name}`, () => assert.deepEqual(claims(text).map((c) => c.text), []));
}

test('parseNumber reads spelled-out and separated numbers', () => {
  const rows: [string[], number | null][] = [
    [['twenty-five'], 25], [['1,000'], 1000], [['three', 'hundred', 'and', 'five'], 305], [['eighteen'], 18],
    [['two', 'million'], 2e6], [['1.2', 'million'], 1.2e6], [['a', 'dozen'], 12], [['fifth'], null],
  ];
  for (const [words, want] of rows) assert.equal(parseNumber(words), want, words.join(' '));
});
