/**
 * Reporting cues: the verbs and phrases that introduce what someone said, plus the small closed word classes the
 * attribution rules need (auxiliaries, pronouns, determiners, titles). Kept as plain tables so a new cue is one
 * line; no library ships an attribution lexicon with the inflected forms we match on tokens.
 */

/** Reporting verbs by lemma; every listed form counts as a cue token. */
const VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  write: ['write', 'writes', 'wrote', 'writing'],
  continues: ['continues'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  claim: ['claimed', 'claiming'],
  state: ['stated', 'stating'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  note: ['notes', 'noted', 'noting'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  demand: ['demands', 'demanded', 'demanding'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  tweet: ['tweeted', 'tweeting'],
  report: ['reports', 'reported'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  respond: ['responds', 'responded', 'responding'],
  reply: ['replies', 'replied', 'replying'],
  recall: ['recalls', 'recalled', 'recalling'],
  continue: ['continued'],
  conclude: ['concludes', 'concluded'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  contend: ['contend', 'contends', 'contended'],
  emphasize: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'],
  stress: ['stressed', 'stresses'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  agree: ['agreed', 'agrees'],
  estimate: ['estimate', 'estimates', 'estimated'],
  indicate: ['indicates', 'indicated'],
  concede: ['concede', 'concedes', 'conceded'],
  testify: ['testify', 'testifies', 'testified'],
  show: ['show', 'shows', 'showed', 'found'],
  reveal: ['reveals', 'revealed'],
  joke: ['joked', 'jokes'],
  boast: ['boasted', 'boasts'],
  quip: ['quipped'],
  mention: ['mentioned'],
  observe: ['observed'],
  maintain: ['maintains', 'maintained'],
  counter: ['countered'],
  forecast: ['forecast'],
  reiterate: ['reiterated', 'reiterates'],
  cite: ['cited', 'cites', 'citing'],
  denounce: ['denounced', 'denounces', 'denouncing'],
  decry: ['decried', 'decries'],
  blast: ['blasted', 'blasts'],
  slam: ['slammed', 'slams'],
  mock: ['mocked', 'mocks'],
  recount: ['recounted', 'recounts'],
  answer: ['answered'],
  express: ['expressed'],
  remark: ['remarked'],
  comment: ['commented'],
  echo: ['echoed'],
  confess: ['confessed'],
  email: ['emailed'],
  assure: ['assured', 'assures'],
  shout: ['shouted', 'chanted', 'yelled', 'screamed'],
  refer: ['referring', 'referred', 'refers'],
  point: ['pointed', 'pointing', 'points'],
  talk: ['talked', 'talking', 'talks', 'spoke', 'speaks', 'speaking'],
  lament: ['lamented', 'laments'],
  call: ['called', 'calls', 'calling'],
  describe: ['described', 'describes', 'describing'],
  criticize: ['criticized', 'criticised', 'criticizes', 'criticizing'],
  praise: ['praised', 'praises', 'praising'],
  propose: ['proposed', 'proposes', 'proposing'],
  blame: ['blamed', 'blames', 'blaming'],
  question: ['questioned'],
  dismiss: ['dismissed'],
  reject: ['rejected'],
  defend: ['defended', 'defends', 'defending'],
  hope: ['hope', 'hopes', 'hoped', 'hoping'],
  expect: ['expects'],
  fear: ['fear', 'fears', 'feared'],
  feel: ['feel', 'feels', 'felt'],
  post: ['posted'],
};

/** Every cue verb form. */
export const CUE_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS).flat());

/**
 * Stance verbs: not speech, but PolNeAR (and a reader asking "who holds this view") attributes their complement
 * to the subject ("Most voters want a change", "Trump endorsed the bill"). Matched only with a subject before
 * them and the complement after (indirect.ts), never as a frame of a direct quote.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'know', 'knows', 'knew', 'plan', 'plans', 'planned', 'support', 'supports', 'supported',
  'oppose', 'opposes', 'opposed', 'endorse', 'endorses', 'endorsed', 'favor', 'favors', 'favored', 'prefer', 'prefers',
  'preferred', 'consider', 'considers', 'considered', 'doubt', 'doubts', 'doubted', 'understand', 'understands',
  'remember', 'remembers', 'expect', 'worry', 'worries', 'worried', 'backed', 'backs', 'pledged',
  'pledges', 'sought', 'seeks', 'declined', 'refused', 'vowed', 'intends', 'intended', 'wish', 'wishes', 'wished',
  // Verbs that were part of a PolNeAR train cue in at least half their occurrences (counted on train only).
  'offered', 'attacked', 'issued', 'discussed', 'charged', 'ordered', 'condemned', 'reminded', 'challenged', 'voiced',
  'requested', 'portrayed', 'highlighted', 'touted', 'railed', 'encouraged', 'pleaded', 'thanked', 'pressed',
  'touting', 'signaled', 'disclosed', 'retweeted', 'quoted', 'applauded', 'dismissing', 'likened', 'mocking',
  'slamming', 'echoing', 'unveiled', 'outlined', 'labeled', 'finds', 'questioning', 'deemed', 'nominated',
  'convinced', 'projected', 'implied', 'invoked', 'championed', 'rebuffed', 'congratulated',
]);

/** Verbs that only count as cues when followed by "that" or a quote (too often non-reporting otherwise). */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'agreed', 'agrees', 'show', 'shows', 'showed',
  'found', 'indicates', 'indicated', 'estimate', 'estimates', 'estimated', 'reveals', 'revealed', 'promise',
  'promises', 'promised', 'promising', 'maintains', 'maintained', 'continued', 'continues', 'posted', 'mentioned',
  'stated', 'stating', 'declared', 'feel', 'feels', 'felt', 'concludes', 'concluded', 'forecast', 'observed',
]);

/** Determiners that make the next word a noun ("the claims", "his reports"), unlike quantifiers ("some say"). */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my']);

/** Words before a cue verb that make it a noun or an infinitive ("the claims", "to say", "was said"). */
const NOT_BEFORE = new Set(['to', 'be', 'been', 'being', 'was', 'were', 'so']);

/** Whether toks[i] is a cue verb here (not a noun after a determiner, not without its preposition). */
export function isCueAt(toks: readonly { text: string }[], i: number, stance = false): boolean {
  const w = titleCased(toks, i) ?? toks[i].text;
  if (!CUE_VERBS.has(w) && !(stance && STANCE_VERBS.has(w))) return false;
  const before = toks[i - 1]?.text.toLowerCase() ?? '';
  if (NOT_BEFORE.has(before) || ARTICLES.has(before)) return false; // "the claims"; but "Some say" reports
  const next = toks[i + 1]?.text ?? '';
  // "criticized by", "adds to", "the man accused of": passives and idioms, not reporting.
  if (next === 'by' || (next === 'to' && /^add/.test(w)) || (next === 'of' && /^accuse/.test(w))) return false;
  const prep = PREP_CUES[w];
  return !prep || prep.test(next);
}

/**
 * A capitalised speech verb that opens a sentence ("Said Comey, …") or sits in a title-case headline
 * ("Hillary Clinton Says …") counts in lower case; weak and stance verbs do not ("Hope", "Found" are names and starts).
 */
function titleCased(toks: readonly { text: string }[], i: number): string | null {
  const w = toks[i].text;
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return null; // hot path: cue verbs are ASCII, most tokens are not capitalised
  const low = w.toLowerCase();
  if (!CUE_VERBS.has(low) || w.slice(1) !== low.slice(1) || WEAK_CUES.has(low) || /^(?:hope|call|calls|post|mention|note|show|report)$/.test(low)) return null;
  const prev = toks[i - 1]?.text ?? '';
  return i === 0 || /^[“"(—–-]$/.test(prev) || /^\p{Lu}\p{Ll}/u.test(prev) ? low : null;
}

/** Cue verbs that only report with their preposition ("referring to", "pointed out", "talked about"). */
export const PREP_CUES: Readonly<Record<string, RegExp>> = Object.fromEntries([
  ...['referring', 'referred', 'refers'].map((w) => [w, /^to$/]),
  ...['pointed', 'pointing', 'points'].map((w) => [w, /^(?:to|out)$/]),
  ...['talked', 'talking', 'talks', 'spoke', 'speaks', 'speaking'].map((w) => [w, /^(?:about|of)$/]),
]);

/** Words allowed between the subject and its cue verb ("has also said", "had previously told"). */
export const AUX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'also', 'later', 'then', 'previously',
  'repeatedly', 'often', 'recently', 'once', 'again', 'further', 'had', 'has', 'publicly', 'privately', 'reportedly',
  'separately', 'earlier', 'subsequently', 'quickly', 'simply', 'flatly', 'angrily', 'even', 'just', 'still',
  'might', 'may', 'did', 'does', 'do', 'not', 'never', 'first', 'initially', 'ultimately', 'finally', 'falsely',
  'since', 'itself', 'himself', 'herself', 'themselves', 'however', 'too', 'long', 'already', 'now', 'last',
]);

export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'self'>> = {
  he: 'male', she: 'female', they: 'plural', we: 'plural', i: 'self', it: 'plural',
};

/** Words that open a descriptive noun phrase ("the official", "a senior US official", "his spokesman"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'many', 'several',
  'other', 'another', 'one', 'two', 'three', 'most', 'both', 'few', 'all', 'our', 'my', 'many', 'no',
]);

/** Capitalised function words that never start a speaker name ("After saying…", "Having announced…"). */
export const CAPS_STOP: ReadonlySet<string> = new Set([
  'After', 'Before', 'Having', 'When', 'While', 'As', 'If', 'But', 'And', 'Or', 'So', 'Yet', 'Then', 'Since', 'Because',
  'Although', 'Though', 'Once', 'Until', 'In', 'On', 'At', 'For', 'With', 'Without', 'By', 'From', 'To', 'Of', 'About',
  'Also', 'Still', 'Instead', 'Meanwhile', 'However', 'Now', 'Later', 'Earlier', 'Asked', 'Speaking', 'Here', 'There',
  'What', 'Why', 'How', 'Who', 'This', 'That', 'These', 'Those', 'It', 'Its', 'Not', 'Even', 'Only', 'Just', 'Today',
]);

/** Titles that make the next capitalised run a person ("Mr Rubio", "spokesman Dmitry Peskov"). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'gen', 'gen.',
  'president', 'minister', 'secretary', 'senator', 'governor', 'spokesman', 'spokeswoman', 'spokesperson',
  'chancellor', 'premier', 'judge', 'mayor', 'general', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'pope',
  'candidate', 'nominee', 'chairman', 'chairwoman', 'director', 'representative', 'speaker', 'leader', 'lt.',
  'adviser', 'advisor', 'aide', 'official', 'sheriff', 'professor', 'prof.', 'commissioner', 'attorney', 'chief',
]);

/** Speech-act phrases after the verb that belong to the cue ("wrote on Telegram", "said in a statement"). */
export const CUE_TRAILERS: readonly RegExp[] = [
  /^on (?:Telegram|Twitter|X|Facebook|Instagram|Truth Social|social media|television|TV|CNN|Fox News|MSNBC)\b/,
  /^in (?:a|an|the|his|her|their) (?:statement|interview|speech|tweet|post|letter|email|e-mail|video|op-ed|memo|press release|press conference|news conference|report|filing|message)\b(?: (?:with|to|on) (?:\p{Lu}[\p{L}.’']*\s?)+)?/u,
  /^(?:to )?(?:reporters|journalists|the press|lawmakers|supporters|the crowd|the audience)\b/,
  // "wrote in New York magazine", "reported from Washington": a capitalised place or publication.
  /^(?:in|for|from) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:the |The )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)*(?: magazine| newspaper)?(?=[\s,.;:]|$)/u,
];

/** Time and manner phrases skipped between the cue and its content ("said on Tuesday that"). */
export const SKIP_AFTER_CUE =
  /^(?:,\s*)?(?:(?:on|last|this|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight|recently|earlier|later|previously|also|repeatedly|again|then)\b|\p{Ll}+ly(?= that\b))(?:\s+(?:night|morning|afternoon|evening))?\s*/u;

/** Cue phrases whose source follows them ("according to the ministry, …"). */
export const PREPOSED_CUES: readonly string[] = ['according to', 'in the words of', 'as reported by'];

/** Lowercase nouns that head a speaker description ("the official said"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'polling', 'regulations', 'records', 'figures', 'numbers', 'estimates', 'research', 'results', 'analysis', 'math',
  'evidence', 'statistics', 'projections', 'forecasts', 'models', 'findings', 'filings', 'emails',
  'official', 'officials', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'source', 'sources',
  'statement', 'report', 'ministry', 'government', 'campaign', 'police', 'analyst', 'analysts', 'experts', 'expert',
  'aide', 'aides', 'adviser', 'advisers', 'lawmaker', 'lawmakers', 'senator', 'secretary', 'leader', 'leaders',
  'candidate', 'nominee', 'poll', 'survey', 'study', 'critics', 'supporters', 'residents', 'witnesses', 'army',
  'military', 'agency', 'office', 'department', 'committee', 'group', 'company', 'white', 'diplomat', 'diplomats',
  'envoy', 'ambassador', 'governor', 'mayor', 'chief', 'director', 'democrats', 'republicans', 'voters', 'people',
  'documents', 'data', 'polls', 'surveys', 'court', 'judge', 'prosecutors', 'lawyer', 'lawyers', 'attorney',
  'percent', 'half', 'majority', 'third', 'quarter', 'respondents', 'americans', 'others', 'many', 'most', 'some',
]);
