/**
 * Word tables and the regex grammar for time expressions, in one place so tuning touches one file.
 * Extents follow the TimeML/TIMEX3 guidelines as TimeBank annotates them: determiners and modifiers are
 * inside ("the past three months", "almost two weeks ago", "earlier this year"), prepositions outside
 * ("on Wednesday" → "Wednesday").
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'a dozen': 12, dozen: 12, 'a couple of': 2, 'a couple': 2, 'couple of': 2,
  'a half': 0.5, half: 0.5, 'half a': 0.5, 'half an': 0.5,
};

/** Vague quantities: value digit becomes X (PXY). */
export const VAGUE = ['a few', 'few', 'several', 'some', 'many', 'the next few', 'dozens of', 'a number of'];

/** TIMEX3 duration unit letter and whether it lives after the T (time units). */
export const UNITS: Record<string, { code: string; time?: boolean; years?: number }> = {
  second: { code: 'S', time: true }, minute: { code: 'M', time: true }, hour: { code: 'H', time: true },
  day: { code: 'D' }, night: { code: 'D' }, week: { code: 'W' }, weekend: { code: 'WE' }, fortnight: { code: 'W' },
  month: { code: 'M' }, quarter: { code: 'Q' }, year: { code: 'Y' }, decade: { code: 'DE' },
  century: { code: 'CE' }, centurie: { code: 'CE' },
};

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI', midday: 'MI',
  'mid-afternoon': 'AF', 'mid afternoon': 'AF', 'mid-morning': 'MO',
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

export const ADVERB_SETS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
};

export const REFS: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'the past': 'PAST_REF',
  soon: 'FUTURE_REF', 'the future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF',
};

const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const NUM_WORD = `(?:${alt(Object.keys(NUMBERS).filter((w) => !/^a$|^an$/.test(w)))})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
const NUM = `(?:\\d+(?:[.,]\\d+)?|${NUM_WORD}|a|an|${alt([...VAGUE])})`;
const APPROX = `(?:about|around|almost|nearly|roughly|approximately|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|under|another|the\\s+first|the\\s+last|a\\s+full|full|the\\s+better\\s+part\\s+of)`;
const UNIT = `(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)`;
const MONTH = `(?:${alt(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))}|jan\\.?|feb\\.?|mar\\.|apr\\.?|jun\\.|jul\\.|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)`;
const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.length > 4))})`;
// Written out: with the i flag a pattern like [A-Z]{2,4}T would also eat 'that'.
const ZONE = `(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|EES?T|MSK)\\b`;
const PART = `(?:morning|afternoon|evening|night)`;
const EDGE = `(?:early|late|mid)[- ]?`;
const YEAR = `(?:1[6-9]\\d\\d|20\\d\\d)`;
/** A year spoken as broadcast transcripts write it: "nineteen ninety-four" (after a month or season). */
const SPOKEN_YEAR = `nineteen[\\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\\b)?`;
const REL = `(?:last|this|next|past|coming|previous|following|current)`;
const CAL = `(?:week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)`;

/** The grammar: one regex per rule; `index.ts` keeps the longest non-overlapping hits. Flags: gi. */
export const RULES: Record<string, string> = {
  iso: `\\b(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?\\b`,
  numeric: `\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b`,
  monthDay: `\\b(?:${WEEKDAY},?\\s+)?(?:(?:around|about|approximately)\\s+)?(${EDGE})?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(${YEAR})\\b)?`,
  dayMonth: `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?\\b`,
  monthYear: `\\b(${EDGE}|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR})\\b`,
  monthRelYear: `\\b(${EDGE})?(${MONTH})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
  // Not before a day number: "last Oct. 23" is the day (monthDay), not last October.
  month: `\\b(${EDGE}|${REL}\\s+|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?(${MONTH})(?=['’]s\\b|(?![\\w'’-]))(?!\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![.,:]\\d))`,
  // A bare day number coordinated with a month day: "on April 24 and 25" (the month read from the first).
  dayAfter: `\\b(\\d{1,2})(?:st|nd|rd|th)?\\b(?<=\\b(${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|or|&)\\s*\\d{1,2}(?:st|nd|rd|th)?)(?![.,:]\\d|\\s*(?:%|percent))`,
  year: `(?<![$£€#\\d.,-])\\b(${EDGE}|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+|(?:fiscal|calendar)\\s+)?(${YEAR})\\b(?![-–]\\d|\\s*(?:%|percent|[,.]\\d))`,
  decade: `(?:\\bthe\\s+)?(${EDGE})?(?:\\b(1[6-9]\\d|20\\d)0'?s|['’](\\d)0s)\\b`,
  weekday: `\\b(?:(?:early|late|earlier|later)\\s+)?(?:(last|next|this|past|coming|(?:the\\s+)?previous)\\s+)?(${WEEKDAY})(?:\\s+(${PART}))?\\b`,
  relDay: `\\b(?:(?:(?:early|late|earlier|later)\\s+)?(the\\s+day\\s+(?:before|after)\\s+)?(yesterday|today|tomorrow)(?:\\s+(${PART}))?|(tonight)|(last\\s+night)|(overnight)|(this|tomorrow|yesterday)\\s+(${PART}))\\b`,
  partOfDay: `(?<=\\b(?:during|in|throughout|by|late\\s+in|early\\s+in|later\\s+in)\\s+)the\\s+(${PART})\\b|\\b(later|earlier)\\s+this\\s+(${PART})\\b|\\b(mid[- ](?:afternoon|morning)|midday|noon|midnight)\\b|(?<=\\b(?:by|until|till)\\s+)(morning|afternoon|evening)\\b`,
  // Anchored on the narrative, not the publication date (context.ts applyNarrative): "the next day", "that year".
  narrative: `\\b(?:(?:earlier|later)\\s+(?=that\\s))?(?:the\\s+(?:following|previous|preceding|same)\\s+(day|week|month|year)|the\\s+(next)\\s+(day)|(that)\\s+(day|week|month|year))\\b(?![-'’]|\\s+(?:of|before|after|ago|earlier|later)\\b)`,
  relUnit: `\\b(earlier|later|(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\\s+of|early|late)?\\s*\\b(${REL}|the\\s+(?:current|coming|previous|same|following))\\s+(${CAL})\\b(?!\\s+(?:of|ago|earlier)\\b)`,
  edgeUnit: `\\b(the\\s+)?(end|beginning|start|middle|rest|remainder|close|turn)\\s+of\\s+the\\s+(year|month|week|decade|century|day)\\b(?!\\s+(?:of|before|after)\\b)`,
  theYear: `\\bthe\\s+(?:(?:full|current|latest)\\s+)?(?:(fiscal|calendar)\\s+)?year\\b(?!\\s+(?:before|after|earlier|ago|two|nineteen|\\d|of)\\b)(?!['’-])(?=(\\s+(?:ended|ending)\\b)|)`,
  yearEnd: `\\b(?:around\\s+)?year(?:'s|’s)?[- ]end\\b|\\b(?:earlier|later)\\s+in\\s+the\\s+(year|month|week|day)\\b`,
  weekend: `\\bthe\\s+weekend\\b`,
  theWeek: `\\bthe\\s+week\\b(?!\\s+(?:before|after|of|earlier|ago|ended|ending|following|that)\\b)(?![-'’])`,
  spelledYear: `\\b(?:the\\s+year\\s+)?(nineteen|two\\s+thousand(?:\\s+and)?)(?:[\\s-]+(${alt(Object.keys(NUMBERS).filter((w) => NUMBERS[w] >= 1 && NUMBERS[w] < 100 && !/^(?:a|an|half|dozen|hundred)|couple/.test(w)))})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?)?\\b`,
  century: `\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b`,
  spelledDecade: `\\bthe\\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`,
  ago: `\\b(?:${APPROX}\\s+)?(${NUM}|\\d+)[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|from\\s+now|hence)\\b`,
  // A bare plural: an unspecified count ("hours earlier", "years ago"). Apart from ago: an optional number there
  // made that rule twice as slow.
  agoBare: `\\b(hours|days|weeks|months|years|decades)\\s+(ago|earlier)\\b`,
  span: `\\b(?:${APPROX}\\s+)?(?:each\\s+of\\s+)?the\\s+(past|last|next|coming|previous|first|final|following|remaining)\\s+(?:(${NUM})\\s+)?(${UNIT})\\b`,
  durationThe: `\\bthe\\s+(?:latest\\s+|first\\s+|last\\s+|past\\s+)?(${NUM})(\\s+)(${UNIT})\\b(?![- ])`,
  duration: `\\b(?:${APPROX}\\s+)?(${NUM})(?:\\s*(?:to|or|-|–)\\s*${NUM})?(?:\\s+and\\s+a\\s+half|\\s+1/2|\\s*½)?(?:\\s+(?:more|additional|further|straight|consecutive|single|whole|entire))?([\\s-]+)(${UNIT})(?:\\s+and\\s+a\\s+half)?(?:[- ](?:long|old))?\\b`,
  plural: `(?<=\\b(?:for|over|within|in\\s+the\\s+past|many|several)\\s+)(days|weeks|months|years|decades|hours|minutes|centuries)\\b|(?<=\\bin\\s+)(years|decades)\\b(?!\\s+(?:to|of|past)\\b)|\\brecent\\s+(days|weeks|months|years|decades)\\b|\\b(?:the\\s+)?coming\\s+(days|weeks|months|years)\\b|\\b(?:the\\s+)?(days|weeks|months|years)\\s+ahead\\b`,
  set: `\\b(?:every|each)\\s+(?:other\\s+)?(?:(${NUM})\\s+)?(${UNIT}|${WEEKDAY}|${PART}|${MONTH}|spring|summer|fall|autumn|winter)(?![\\w'’])|\\b(daily|weekly|monthly|annually|yearly|hourly|nightly)\\b|\\b(once|twice|three\\s+times|\\d+\\s+times)\\s+(?:a|per)\\s+(${UNIT})\\b`,
  // Plural weekdays recur: "on Mondays", "Tuesday nights" (TimeBank: SET XXXX-WXX-2TNI).
  weekdaySet: `\\b(${WEEKDAY})(?:s|\\s+(${PART})s)\\b`,
  clock: `\\b(?:(?:around|about|approximately|shortly\\s+(?:before|after))\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?(?:\\s+(?:local\\s+time|${ZONE}))?`,
  clock24: `\\b([01]?\\d|2[0-3]):?([0-5]\\d)\\s*(?:hrs|h|local\\s+time|${ZONE})\\b`,
  qShort: `\\b([QH])([1-4])(?:\\s+|/)?(${YEAR}|['’]\\d\\d)?\\b`,
  yearAgo: `\\b(?:the\\s+)?(?:comparable\\s+)?year[- ](?:ago|earlier)\\s+(?:(?:first|second|third|fourth)\\s+)?(quarter|period)\\b|\\byear[- ](?:ago|earlier)\\b`,
  theQuarter: `\\bthe\\s+(${YEAR})\\s+(?:quarter|period)\\b|\\b(?:the|this)\\s+(?:(?:latest|current|fiscal)\\s+)?quarter\\b(?![-–]|\\s+(?:of|century|point))|\\bthe\\s+latest\\s+period\\b`,
  quarter: `\\b(?:the\\s+(?!(?:(?:fiscal|calendar)[\\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)-))?(?:(this|last|next)\\s+year's\\s+)?(?:(${YEAR})\\s+)?(?:(?:fiscal|calendar)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](quarter|half)\\b(?:\\s+of\\s+(${YEAR}))?`,
  season: `\\b(?:(last|this|next|early|late|the\\s+past|this\\s+past)\\s+)(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?(${YEAR}))?|\\b(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR})\\b|(?<=\\b(?:in|during|this|next|last|before|until|since)\\s+)(spring|summer|autumn|winter)\\b|\\bthe\\s+(?:early\\s+|late\\s+)?(spring|summer|autumn|winter)\\b`,
  // An unmeasured stretch, only after "for" ("for a while"; "a while ago" is not one).
  vague: `(?<=\\bfor\\s+)(?:a\\s+(?:little\\s+|long\\s+)?while|some\\s+time)\\b(?!\\s+(?:ago|now)\\b)`,
  ref: `\\b(${alt(Object.keys(REFS))})\\b`,
  holiday: `\\b(Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's\\s+(?:Day|Eve)|Thanksgiving(?:\\s+Day)?|Independence\\s+Day|Good\\s+Friday|Easter(?:\\s+(?:Sunday|Monday|week))?)\\b`,
  // "day-long", "year-long": one unit ("a 30-hour strike" is the duration rule).
  unitLong: `\\b(hour|day|week|month|year)-long\\b`,
};

const UNIT_WORD = /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i;
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * A cheap test a text must pass before a rule's full regex is run on it: most rules cannot match an article
 * without one of these words, and skipping them keeps the scan fast (rules without an entry always run).
 */
export const TRIGGERS: Record<string, RegExp> = {
  iso: /\d{4}-\d\d-\d\d/, numeric: /\d[./]\d/, monthDay: MONTH_WORD, dayMonth: MONTH_WORD, monthYear: MONTH_WORD,
  monthRelYear: MONTH_WORD, month: MONTH_WORD, dayAfter: /\d(?:st|nd|rd|th)?\s*(?:and|or|&)\s*\d/, year: /\d{4}/, decade: /\d0['’]?s\b|['’]\d0s/, weekday: /day\b/i,
  relDay: /yesterday|today|tomorrow|night|morning|afternoon|evening/i, partOfDay: /morning|afternoon|evening|night|noon|midday/i,
  narrative: /following|previous|preceding|same|next|that/i,
  relUnit: /week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter/i, edgeUnit: UNIT_WORD,
  theYear: /year/i, yearEnd: /year|month|week|day/i, vague: /for\s+(?:a\s+(?:little\s+|long\s+)?while|some\s+time)/i, weekend: /weekend/i, theWeek: /week/i, spelledYear: /nineteen|thousand/i,
  century: /century/i, spelledDecade: /ties\b/i, ago: UNIT_WORD, agoBare: /s\s+(?:ago|earlier)\b/i, span: UNIT_WORD, durationThe: UNIT_WORD,
  duration: UNIT_WORD, plural: UNIT_WORD, set: /every|each|daily|weekly|monthly|annually|yearly|hourly|nightly|times|once|twice/i, weekdaySet: /(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s|\s+(?:morning|afternoon|evening|night)s)\b/i,
  clock: /\d\s*[ap]\.?\s?m/i, clock24: /\d\d\s*(?:hrs|h\b|local|GMT|UTC|[ECMP][SD]T|BST|CES?T|EES?T|MSK)/i,
  qShort: /\b[QH][1-4]/, yearAgo: /year[- ](?:ago|earlier)/i, theQuarter: /quarter|period/i, quarter: /quarter|half/i,
  season: /spring|summer|fall|autumn|winter/i, holiday: /christmas|new year|thanksgiving|independence|good friday|easter/i, unitLong: /-long/i,
};

/** Words after a year that mark it as a count ("2000 troops"), and words before it that mark a non-year. */
export const COUNT_AFTER = /^\s+(?:GMT|UTC|hours|hrs|people|troops|soldiers|workers|jobs|members|cases|deaths|dead|shares|units|votes|points|feet|meters|metres|miles|km|tons|tonnes|barrels|residents|employees|dollars|euros|pounds|times)\b/i;
export const NOT_YEAR_BEFORE = /(?:\b(?:No|no|number|Flight|flight|Route|route|page|Page|Room|room|\$|about|some|nearly|over|than)\.?\s+)$/;

/** Tense cues, searched in the clause around an expression (tense.ts). */
export const TENSE = {
  future: /^(?:will|'ll|’ll|shall|won't|would|should|could|might|can|scheduled|expected|expects?|due|upcoming|next|starts|begins|meets|takes|opens|resumes|ends|expires|arrives|leaves|travels|returns|tomorrow)$/i,
  /**
   * Present forms with a plural subject read as scheduled ("Arafat and Albright meet Monday"), like "meets"; not
   * after "to", "did", "not", where the clause around them decides ("agreed to meet Monday"), nor as nouns
   * after a determiner or preposition ("the start of", "at the end").
   */
  futureBase: /^(?:start|begin|meet|take|open|resume|end|expire|arrive|leave|travel|return)$/i,
  futureBaseNot: /^(?:to|did|not|n't|never|would|could|should|might|must|can|may|will|the|a|an|its|their|his|her|our|this|that|at|of|in|on|for|by)$/i,
  /** Future only before "to" ("plans to sign"): as nouns or in "as planned" they say nothing about the clause. */
  futureTo: /^(?:going|plans?|planned|planning|preparing|intends?|intended|aims?|hopes?|set)$/i,
  /** "be" or "have" before a past participle: passive or perfect ("would be exchanged", "has called"), the auxiliary decides. */
  be: /^(?:be|being|has|have|'ve|’ve)$/i,
  present: /^(?:is|are|am|'re|’re)$/i,
  /** Present perfect: it takes no definite past time ("*has met on Monday"), so a date after it is a target ("has set Friday as the deadline"). */
  presentPerfect: /^(?:has|have|'ve|’ve)$/i,
  perfect: /^(?:had|was|were|been)$/i,
  past: /^(?:was|were|had|did|said|told|ago|last|earlier|previously|announced|reported|declared|came|went|met|took|made|began|held|saw|gave|left|killed|struck|hit|launched|fell|rose|lost|won|signed|fired|shot|attacked|died|arrived|spoke|visited|since|flew|fled|led|sent|spent|fought|caught|brought|bought|thought|sought|kept|ran|rode|broke|stole|chose|wrote|drove|shook|got|knew|grew|threw|drew|stood|sold|paid|built|felt|found|heard|became|forgot|sank|swore|tore|wore|hid|ate)$/i,
  pastSuffix: /^[a-z]{3,}ed$/,
  /** Before an -ed form, a determiner or preposition makes it an adjective ("behind closed doors", "the injured"). */
  adjectiveBefore: /^(?:the|a|an|behind|with|of|in|into|on|at|from|by|for|his|her|its|their|our|this|these|those|newly)$/i,
  notPast: /^(?:need|speed|seed|feed|succeed|proceed|exceed|bleed|breed|heed|bed|red|shed|embed|indeed|united|based|proposed|expected|scheduled|planned|set|due)$/i,
  window: 25,
};
