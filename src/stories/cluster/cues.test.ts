import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clash, elsewhere, episodeCues, joinCues, NO_CUES, type Cues } from './cues.js';

test('reads the round and the meeting place a report\'s headline and lead announce', () => {
  const cases: [string, string | null, string, Omit<Cues, 'named'>][] = [
    ['headline round', 'Second round of Castelo fishing talks opens', 'Negotiators met again on Monday.', { rounds: [2], places: [] }],
    ['lead round and place', null, 'Alvaria and Brenmark began a third round of negotiations in Castelo on Tuesday. More later.', { rounds: [3], places: ['castelo'] }],
    ['"round two of" and a digit ordinal', 'Round two of talks ends', 'The 4th round of talks ended too.', { rounds: [2, 4], places: [] }],
    ['a headline opening with the gathering', 'Summit at the Palace of Nations ends', 'Text.', { rounds: [], places: ['nations', 'palace'] }],
    ['place after a few words, weekday dropped', 'Ministers meet on fishing rights in Port Alder on Friday', 'Text.', { rounds: [], places: ['alder', 'port'] }],
    ['an announced round is not this report\'s round', null, 'The truce held overnight. Both sides will return next week for a second round of talks.', { rounds: [], places: [] }],
    ['a round named after the lead does not count', null, 'The truce held. Officials were calm. Aid moved. A second round of talks was agreed.', { rounds: [], places: [] }],
    ['"second week" is not a round', 'Dockers extend strike into a second week', 'The strike goes on.', { rounds: [], places: [] }],
  ];
  for (const [name, title, text, want] of cases) {
    const { rounds, places } = episodeCues(title, text);
    assert.deepEqual({ rounds, places }, want, name);
  }
});

test('tells another occurrence apart by round or place, and lets reports that say nothing join', () => {
  const c = (rounds: number[], places: string[], named = places): Cues => ({ rounds, places, named });
  const cases: [string, Cues, Cues, boolean][] = [
    ['round two against a story that named no round', c([2], []), NO_CUES, true],
    ['round two against round two', c([2], []), c([2], []), false],
    ['no round against a round-two story', NO_CUES, c([2], []), false],
    ['meeting in another city', c([], ['london']), c([], ['jeddah']), true],
    ['one shared place word', c([], ['castelo', 'harbour']), c([], ['castelo']), false],
    ['a venue the other lead names, though not as a venue', c([], ['castelo']), c([], ['grey', 'sound'], ['castelo', 'grey', 'sound']), false],
    ['no place said', NO_CUES, c([], ['castelo']), false],
  ];
  for (const [name, a, b, want] of cases) assert.equal(clash(a, b), want, name);
});

test('a story that named too many words in its leads stops telling venues apart, for good', () => {
  const many = Array.from({ length: 201 }, (_, i) => `w${i}`);
  const crowded = joinCues([{ rounds: [2], places: ['castelo'], named: many }]);
  assert.deepEqual(crowded, { rounds: [2], places: [], named: [], sites: [], crowded: true });
  assert.equal(joinCues([crowded, { rounds: [], places: ['jeddah'], named: ['jeddah'] }]).crowded, true);
  assert.equal(clash({ rounds: [], places: ['london'], named: ['london'] }, crowded), false);
});

test('reads where a report\'s event is from its dateline and the first "in X" of its headline or lead', () => {
  const cases: [string, string | null, string, string[]][] = [
    ['dateline with a colon', null, 'ORVELLA: Floods killed four people on Monday.', ['orvella']],
    ['wire dateline: the city, not the country or agency', null, 'PORT ALDER, Brenmark (CW) — Dockers walked out on Monday.', ['alder', 'port']],
    ['dateline and a place in the headline', 'Floods in Kerrow kill 11', 'GENEVA — Aid agencies appealed for funds.', ['geneva', 'kerrow']],
    ['first "in X" of the lead only, weekday and month dropped', null, 'Talks opened in March in Castelo. Later in Lindenfeld, voters met.', ['castelo']],
    ['an ordinary opening names none', 'Storm cuts power', 'The storm cut power to thousands of homes.', []],
  ];
  for (const [name, title, text, want] of cases) assert.deepEqual(episodeCues(title, text).sites, want, name);
});

test('a report and a story are elsewhere only when neither lead names the other\'s site', () => {
  const c = (sites: string[], named = sites): Cues => ({ rounds: [], places: [], named, sites });
  const cases: [string, Cues, Cues, boolean][] = [
    ['two towns', c(['kerrow']), c(['orvella']), true],
    ['a foreign dateline that names the story\'s town', c(['geneva', 'kerrow']), c(['kerrow']), false],
    ['the other\'s site named, not as a site', c(['kerrow'], ['kerrow', 'orvella']), c(['orvella']), false],
    ['no site said', c([]), c(['orvella']), false],
    ['a story saved before sites were read', c(['kerrow']), { rounds: [], places: [], named: ['orvella'] }, false],
  ];
  for (const [name, a, b, want] of cases) assert.equal(elsewhere(a, b), want, name);
});
