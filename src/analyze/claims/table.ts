/**
 * Every word list and tuning constant the claim extractor uses, in one place (readability's REGEXPS idea):
 * number words, qualifiers, units, the event verbs that say what a number counts, attribution cues and
 * the words that mark a number as a date, a time, a duration or part of a name rather than a claim.
 */

/** A table with no prototype, so a token like "constructor" finds nothing in it. */
function lookup<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export const SMALL = lookup<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const SCALE = lookup<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Abbreviations only count when glued to the digits ("$1.2bn", "5m").
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12,
});

/** Singular counted nouns that make "one …" a count ("one person was killed"); "one problem" is not a claim. */
export const ONE_OF_A_KIND = new Set(
  ('people officials soldiers civilians children men women residents police officers workers journalists members ' +
    'sources fighters troops prisoners victims patients students voters citizens migrants refugees staff ' +
    'drones missiles rockets shells aircraft planes jets ships boats tanks vehicles buildings homes houses').split(' '),
);

/** Vague plurals: "hundreds of" is at least two hundred and below a thousand. */
export const VAGUE = lookup<number>({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
});

/** Fractions, read as percentages so "two-thirds" compares with "67%". Only before "of"/"the". */
export const FRACTION = lookup<number>({
  half: 50, 'one-half': 50, 'a half': 50, 'one-third': 100 / 3, 'a third': 100 / 3, 'two-thirds': 200 / 3,
  'one-quarter': 25, 'a quarter': 25, 'three-quarters': 75, 'one-fifth': 20, 'a fifth': 20, 'two-fifths': 40,
  'three-fifths': 60, 'four-fifths': 80, 'one-tenth': 10, 'a tenth': 10,
});

export type Qualifier = 'exact' | 'at least' | 'at most' | 'about' | 'more than' | 'less than' | 'range';

/** Words before a number that qualify it; longest first so "no more than" wins over "more than". */
export const QUALIFIERS: [string, Qualifier][] = [
  ['no more than', 'at most'], ['no fewer than', 'at least'], ['no less than', 'at least'],
  ['in excess of', 'more than'], ['as many as', 'at most'], ['upwards of', 'more than'],
  ['an estimated', 'about'], ['just over', 'more than'], ['just under', 'less than'], ['close to', 'about'],
  ['at least', 'at least'], ['at most', 'at most'], ['up to', 'at most'], ['more than', 'more than'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['over', 'more than'], ['above', 'more than'],
  ['under', 'less than'], ['below', 'less than'], ['nearly', 'about'], ['almost', 'about'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'],
  ['estimated', 'about'], ['circa', 'about'], ['minimum', 'at least'],
  // Additive words: not a qualifier, but part of the claim phrase ("and another 900 damaged").
  ['a further', 'exact'], ['an additional', 'exact'], ['another', 'exact'], ['further', 'exact'],
];

/** Relative half-width of the interval for "about", and the lower share for "nearly"/"almost". */
export const ABOUT_TOLERANCE = 0.1;
/** Upper bound for "at least"/"more than": open in principle; a finite stand-in so rows stay JSON numbers. */
export const OPEN_HIGH = Number.MAX_SAFE_INTEGER;

export const MONTHS = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** Counted nouns that make the number a duration (a time expression, not a claim). */
export const DURATION = new Set(
  ('second seconds minute minutes min mins hour hours hr hrs day days week weeks fortnight fortnights ' +
    'month months year years decade decades century centuries night nights weekend weekends').split(' '),
);

/** Words after a number that make it a clock time or an age. */
export const TIME_AFTER = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', "o'clock", 'year-old', 'years-old']);

/** Words before a number that make it a reference to something already counted, not a new figure. */
export const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'no', 'every', 'each', 'aged', 'age', 'number', 'no.', 'top', 'first', 'last', 'next']);

/** Counted nouns that carry their event: "nine deaths" counts people killed. */
export const EVENT_NOUNS = lookup<[string, string]>({
  deaths: ['people', 'killed'], fatalities: ['people', 'killed'], dead: ['people', 'killed'],
  injuries: ['people', 'injured'], evacuees: ['people', 'evacuated'],
});

/** Words that introduce a running total whose counted noun came earlier: "the death toll rose to 14". */
export const TOLL = { words: new Set(['toll', 'tally']), numberOf: 'number', before: new Set(['to', 'at', 'of', 'reached']), lookback: 20 };

/** Words between a number and its noun that do not change what is counted ("three more bodies"). */
export const NOUN_SKIP = new Set(['more', 'further', 'additional', 'other']);

/** Measurement units after a number, normalised. */
export const MEASURE = lookup<string>({
  km: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', mile: 'miles', miles: 'miles',
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', kg: 'kg', kilogram: 'kg', kilograms: 'kg', tonne: 'tonnes',
  tonnes: 'tonnes', ton: 'tonnes', tons: 'tonnes', hectare: 'ha', hectares: 'ha', percent: '%', '%': '%',
  'percentage point': 'pp', 'percentage points': 'pp',
});

export const CURRENCY = lookup<string>({
  $: '$', '€': '€', '£': '£', dollar: '$', dollars: '$', usd: '$', euro: '€', euros: '€', eur: '€',
  pound: '£', pounds: '£', gbp: '£', hryvnias: 'UAH', hryvnia: 'UAH', roubles: 'RUB', rubles: 'RUB',
  yen: '¥', yuan: 'CNY', rupees: 'INR', francs: 'CHF', crowns: 'crowns', marks: 'marks', shekels: 'ILS',
});

/** Irregular plurals: counted nouns are reported in the plural so "one person" and "3 people" share a unit. */
export const PLURAL = lookup<string>({
  person: 'people', persons: 'people', people: 'people', children: 'children', men: 'men', women: 'women', feet: 'feet',
  child: 'children', man: 'men', woman: 'women', foot: 'feet',
  'civilian': 'civilians', casualty: 'casualties', personnel: 'personnel', police: 'police', staff: 'staff',
  aircraft: 'aircraft', sheep: 'sheep', series: 'series', news: 'news',
});

/** Event verbs in any form → the normalised participle used in subjects ("drones shot down"). */
export const EVENTS = lookup<string>({
  killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', dead: 'killed', died: 'killed',
  die: 'killed', dying: 'killed',
  injured: 'injured', injuring: 'injured', injure: 'injured', wounded: 'injured', wounding: 'injured',
  wound: 'injured', hurt: 'injured', hospitalised: 'injured', hospitalized: 'injured',
  'shot down': 'shot down', 'shooting down': 'shot down', 'shoot down': 'shot down', downed: 'shot down',
  intercepted: 'shot down', intercepting: 'shot down', neutralised: 'shot down', neutralized: 'shot down',
  destroyed: 'destroyed', destroying: 'destroyed', launched: 'launched', launching: 'launched',
  launch: 'launched', fired: 'launched', firing: 'launched', targeted: 'targeted', targeting: 'targeted',
  'aimed at': 'aimed at', 'directed at': 'aimed at', damaged: 'damaged', damaging: 'damaged',
  arrested: 'arrested', detained: 'detained', evacuated: 'evacuated', displaced: 'displaced',
  'moved out': 'evacuated', relocated: 'evacuated', rescued: 'rescued',
  missing: 'missing', captured: 'captured', released: 'released', freed: 'released', deported: 'deported',
});

/** Events whose counted noun, when the sentence leaves it out ("killed hundreds"), is people. */
export const PEOPLE_EVENTS = new Set(['killed', 'injured', 'killed or injured', 'arrested', 'detained', 'evacuated', 'displaced', 'missing', 'deported', 'released']);

/** Words skipped between a counted noun and its event verb ("people were reportedly killed"). */
export const AUX = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'being', 'are', 'is', 'be', 'reportedly', 'also', 'that', 'which', 'who', 'all', 'later', 'it', 'they', 'since', 'now', 'so', 'far', 'thought', 'believed', 'to', 'confirmed', 'feared', 'more', 'still', 'known', 'remain', 'remained', 'remains']);

/** Prepositions of a short phrase that may stand between a noun and its verb ("120 houses in the district were destroyed"). */
export const PP_START = new Set(['of', 'in', 'from', 'across', 'outside', 'near', 'at', 'on', 'around']);

/** Words that end a counted-noun phrase. */
export const STOP = new Set(
  ('the a an of in on at to for with by from and or but nor that which who whom whose as than were was is are be ' +
    'been being had has have could would will may might must should can did do does not it they he she we i you ' +
    'said says say told more also reportedly each per while when where after before during since into onto ' +
    'over under across against including about around up down out off this these those there here so yet ' +
    'like near outside inside between among amid via just only still already overnight today yesterday ' +
    'fewer less times ' +
    'tonight again too ago earlier later now then').split(' '),
);

/** Reporting cues: the clause after them is what the speaker before them says. */
export const CUES = new Set(
  ('said says say told tells reported reports announced claimed added stated confirmed estimated ' +
    'indicated indicating wrote writes tweeted posted insisted warned noted put puts').split(' '),
);

/** Tokens that end a speaker phrase when reading backwards from a cue. */
export const SPEAKER_BOUNDARY = new Set([
  ',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '‘', '’', 'that', 'with', 'and', 'as', 'while', 'when', 'but',
  'which', 'who', 'whom', 'whose', 'where', 'whereas', 'after', 'before', 'because', 'if', 'meanwhile',
  // A verb or auxiliary ends the speaker phrase too ("insiders … were more likely to say").
  'were', 'was', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'could', 'would', 'will', 'may', 'might', 'must',
  'should', 'can', 'did', 'do', 'does', 'not', 'to', 'than', 'more', 'likely',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** How many words a counted-noun phrase or a speaker phrase may have. */
export const MAX_NOUN_WORDS = 4;
export const MAX_SPEAKER_WORDS = 8;
/** How many tokens before a number an active event verb may stand ("had shot down 337"). */
export const EVENT_LOOKBACK = 3;
export const EVENT_LOOKAHEAD = 4;
