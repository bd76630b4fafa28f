/**
 * Numeric claims in a cleaned report: each number with its qualifier and interval, unit or counted noun,
 * what it counts (noun + event verb) and who says so, with exact UTF-16 spans. Hand-written: no library
 * parses news numerals together with their counted noun, the governing event and the attribution; this one
 * reads each sentence's tokens left to right: number → range → qualifier → guards → noun → event → source,
 * and fills in what coordination and ellipsis leave out ("one killed and three injured", "More than 90 were…").
 */
import type { Claim, Entity, Sentence } from '../../model/analysis.js';
import { tokenize, type Token } from '../tokenize.js';
import { inName, notAClaim } from './guards.js';
import { readNoun, type CountedNoun } from './noun.js';
import { readNumber, type NumberMatch } from './numbers.js';
import { bounds, readQualifier, readRange } from './qualify.js';
import { findSource } from './source.js';
import { findEvent, levelOf, ofPhrase, runningTotal, subjectOf, type Event } from './subject.js';
import { EVENT_NOUNS, ONE_OF_A_KIND, PEOPLE_EVENTS } from './table.js';

/** A claim while its sentence is read: token range and event kept for coordination. */
interface Found { claim: Claim; from: number; to: number; event: Event | null }

/** Plural verbs after a sentence-initial bare number (More than 90 were aimed at ...). */
const SENTENCE_VERB = new Set(['were', 'had', 'have', 'are']);
const COUNT_UNIT = /^\p{L}/u;
/** Units of measure and money (not counted nouns): "%", "km", "$", "sq km", "UAH". */
const MEASURED = /^(?:%|km|miles|m|kg|tonnes|ha|sq .*|[$€£]|UAH|RUB)$/;
/** Words before a figure compared with the one before it: "4,500 people …, up from some 3,000". */
const COMPARED = /(?:^|\s)(?:up from|down from|compared with|compared to|rather than|\S+ than)$/;
/** How many tokens may separate two coordinated claims ("one person had been killed and three injured"). */
const MAX_GAP = 6;

/**
 * Finds the numeric claims of a text; `tokens`, when given, are each sentence's tokens (the analysis shares
 * one tokenisation). Example: extractClaims("At least three people were killed.", sents, [])
 * → [{text: "At least three people", value: 3, qualifier: "at least", subject: "people killed", …}]
 */
export function extractClaims(text: string, sents: Sentence[], entities: Entity[], tokens?: Token[][]): Claim[] {
  const out: Claim[] = [];
  let previous: Found[] = [];
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si];
    const toks = tokens?.[si] ?? tokenize(text, s.start, s.end);
    const ents = entities.filter((e) => e.end <= s.end);
    const found: Found[] = [];
    for (let i = 0; i < toks.length; i++) {
      const f = claimAt(text, toks, i, found, previous, ents);
      if (!f) continue;
      found.push(f);
      i = f.to - 1;
    }
    out.push(...found.map((f) => f.claim));
    previous = found;
  }
  return out;
}

function claimAt(text: string, toks: Token[], i: number, found: Found[], previous: Found[], ents: Entity[]): Found | null {
  const last = found[found.length - 1];
  const digitsOrWords = readNumber(toks, i);
  let num = digitsOrWords ?? coordinatedArticle(toks, i, last);
  if (!num) return null;
  const range = readRange(toks, num);
  const q = range ? { qualifier: 'range' as const, start: range.start, words: '' } : readQualifier(toks, i);
  if (range) num = range.num;
  const noun = readNoun(toks, num.end, num);
  const measured = !!noun.unit && (MEASURED.test(noun.unit) || !!EVENT_NOUNS[noun.unit]);
  if (notAClaim(toks, q.start, num, measured)) return null;
  if (noun.duration || (!noun.unit && (!digitsOrWords || inName(toks, q.start, num)))) return null;
  const filled = fill(toks, q.start, num, noun, last, previous);
  if (!filled) return null;
  const { unit, event } = filled;
  // "one problem", "one scene": an indefinite, not a count, unless something happened to it or it is a person.
  if (num.value === 1 && num.word && !event && !ONE_OF_A_KIND.has(unit)) return null;
  const qualifier = num.vague && q.qualifier === 'exact' ? 'range' : q.qualifier;
  const [low, high] = bounds(q, num, COUNT_UNIT.test(unit));
  const start = toks[q.start].start;
  const end = toks[Math.max(noun.end, num.end) - 1].end;
  const claim: Claim = {
    start, end, text: text.slice(start, end), value: num.value, low, high, qualifier, unit,
    subject: subjectOf(unit, event, unit === '%' ? percentOf(toks, q.start, noun) : null),
    source: findSource(text, toks, q.start, noun.end, ents),
  };
  return { claim, from: q.start, to: Math.max(noun.end, num.end), event };
}

/** Unit and event, filling in what event nouns, coordination, partitives, ellipsis and running totals leave out. */
function fill(toks: Token[], start: number, num: NumberMatch, noun: CountedNoun, last: Found | undefined, previous: Found[]) {
  let event = findEvent(toks, start, noun.end);
  let unit = noun.unit;
  const carried = unit ? EVENT_NOUNS[unit] : undefined;
  if (carried) [unit, event] = [carried[0], event ?? { verb: carried[1], target: null }];
  const before = `${toks[start - 2]?.text ?? ''} ${toks[start - 1]?.text ?? ''}`.toLowerCase();
  const joined = !!last && ((start - last.to <= MAX_GAP && [',', 'and', 'or'].includes(toks[start - 1]?.text.toLowerCase())) || COMPARED.test(before));
  if (!unit && (joined || noun.partitive) && last?.claim.unit) unit = last.claim.unit;
  else if (!unit && start === 0 && SENTENCE_VERB.has(toks[num.end]?.text.toLowerCase())) unit = elided(previous);
  const total = unit ? null : runningTotal(toks, start);
  if (total) [unit, event] = [total.unit, event ?? total.event];
  if (!unit && event && PEOPLE_EVENTS.has(event.verb)) unit = 'people';
  if (!unit) return null;
  if (!event && joined) event = last!.event;
  return { unit, event };
}

/** What a percentage is of: "of Ukraine's territory", the noun after it ("pay rise") or before ("inflation rose to"). */
function percentOf(toks: Token[], start: number, noun: CountedNoun): string | null {
  const of = ofPhrase(toks, noun.end);
  return of ? `of ${of}` : noun.what ?? levelOf(toks, start);
}

/** "126 drones and a ballistic missile": "a" counts one when it is coordinated with a counted claim. */
function coordinatedArticle(toks: Token[], i: number, last: Found | undefined): NumberMatch | null {
  if (!last || !last.event || last.to !== i - 1 || toks[i - 1].text !== 'and') return null;
  const w = toks[i].text.toLowerCase();
  if (w !== 'a' && w !== 'an') return null;
  return { start: i, end: i + 1, value: 1, low: 1, high: 1, vague: false, percent: false, currency: null, word: true };
}

/** Sentence-initial "More than 90 were aimed at…": the counted noun of the previous sentence's last count. */
function elided(previous: Found[]): string | null {
  for (let k = previous.length - 1; k >= 0; k--) {
    const u = previous[k].claim.unit;
    if (u && COUNT_UNIT.test(u)) return u;
  }
  return null;
}
