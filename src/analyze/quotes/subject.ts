/**
 * Speaker mentions from token shapes alone: the subject before a cue verb (name run, pronoun, description,
 * appositive, coordinated or participle clause subject) or the noun phrase after an inverted "said X".
 * Hand-written: the rules must work with imperfect entities, so the mention span comes from the syntax.
 */
import type { Token } from '../tokenize.js';
import { AUX, CAPS_STOP, DETERMINERS, PRONOUNS, SPEAKER_NOUNS } from './cues.js';

export interface Mention {
  start: number;
  end: number;
}

const LIMITS = {
  /** Words that open a clause, so a bare plural speaker phrase stops before them ("after half said"). */
  openers: /^(?:after|before|in|on|at|when|while|that|because|since|and|but|than|as|if|whether|so|said|says)$/i,
  weekday: /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight|Earlier|Later|Last|This|Next)$/,
  /** Longest lowercase description back to its determiner ("a senior Obama administration official"). */
  description: 8,
  /** Longest capitalised phrase opening a sentence that can be a speaker ("Ostrenian state television"). */
  openingPhrase: 4,
  /** Tokens scanned back for the opening comma of an appositive. */
  appositive: 30,
  /** Lowercase titles before an inverted speaker's name ("said pollster Frank Luntz", "said former Gov. …"). */
  agent: /^\p{Ll}+(?:er|or|ist|man|woman|person|ant|ent)$/u,
  preName: /^(?:former|then|late|retired|longtime|veteran|fellow|top|senior|chief|deputy|acting|outgoing|incoming|ex|presidential|candidate|state|sen\.|rep\.)$/,
  /** A gerund after these has no subject of its own ("by telling", "a point in warning"). */
  prepositions: /^(?:by|in|of|for|about|after|before|without|while|from|on|at|with|so|than)$/i,
  contracted: /^(he|she|they|we|I)[’'](?:s|ve|d|ll)$/i,
  /** Plural or agent nouns that can head a bare speaker phrase ("security specialists say"). */
  personal: /^\p{Ll}+(?:ists|ers|ors|ians|ants|ents|ees|officials|ives|men|women|people)$/u,
  /** Lowercase words allowed inside a name ("Luiz dos Santos", "Bank of America"). */
  nameConnectors: new Set(['of', 'de', 'van', 'von', 'al', 'bin', 'dos', 'da', 'du', 'del', 'della', 'ibn', '&', '-']),
};

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) && !CAPS_STOP.has(t.text);
const isWord = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text);
const lower = (t: Token) => t.text.toLowerCase();

/** Left edge of a capitalised name run ending at token j (connectors and titles allowed inside). */
function nameRunStart(toks: Token[], j: number, lo: number): number {
  let k = j;
  while (k - 1 >= lo) {
    const p = toks[k - 1];
    if (isCap(p) && isWord(p)) k--;
    else if (LIMITS.nameConnectors.has(p.text) && k - 2 >= lo && isCap(toks[k - 2])) k--;
    else break;
  }
  return k;
}

/** Subject mention ending right before token i. Example: "Mr Rubio has also said" (i at "said") → "Mr Rubio". */
export function subjectBefore(toks: Token[], i: number, lo: number): Mention | null {
  // A passive cue ("the bill was said to …") has no speaker subject.
  if (/^(?:was|were|is|are|be|been|being)$/.test(toks[i - 1]?.text ?? '') && !toks[i].text.endsWith('ing')) return null;
  // A gerund after a preposition ("by telling", "a point in warning") has no subject of its own.
  if (toks[i].text.endsWith('ing') && LIMITS.prepositions.test(toks[i - 1]?.text ?? '')) return null;
  let j = i - 1;
  for (let moved = true; moved && j >= lo; ) {
    moved = false;
    while (j >= lo && (AUX.has(toks[j].text) || /^\p{Ll}+ly$/u.test(toks[j].text))) [j, moved] = [j - 1, true];
    // "Sanders on Saturday criticized", "Ryan (R-Wis.) said": time phrases and parentheses sit between.
    if (j >= lo && LIMITS.weekday.test(toks[j].text) && /^(?:on|late|early|earlier|last)$/.test(toks[j - 1]?.text ?? '')) [j, moved] = [j - 2, true];
    else if (j >= lo && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(toks[j].text)) [j, moved] = [j - 1, true];
    if (j >= lo && toks[j].text === ')') {
      const open = toks.findLastIndex((x, n) => n < j && n >= lo && x.text === '(');
      if (open > lo) [j, moved] = [open - 1, true];
    }
  }
  if (j < lo) return null;
  const t = toks[j];
  if (lower(t) in PRONOUNS && (t.text !== 'I' || j === i - 1)) return { start: t.start, end: t.end };
  if (/^\d[\d.,]*%$/.test(t.text)) return { start: t.start, end: t.end }; // "26% say …"
  const contracted = t.text.match(LIMITS.contracted); // "he’s said"
  if (contracted) return { start: t.start, end: t.start + contracted[1].length };
  if (isCap(t) && isWord(t)) {
    const k = nameRunStart(toks, j, lo);
    return { start: toks[k].start, end: t.end };
  }
  if (/^[,—–-]$/.test(t.text)) return appositiveSubject(toks, j, 0);
  if (t.text === 'who') return { start: t.start, end: t.end };
  if (t.text === 'and' || t.text === 'but') return clauseSubject(toks, lo, j, toks[j - 1]?.text === ','); // "…, but told …"
  return description(toks, j, lo);
}

/** A lowercase description ending at token j: back to its determiner ("a senior US official"), or a bare plural. */
function description(toks: Token[], j: number, lo: number): Mention | null {
  const t = toks[j];
  if (!t || !isWord(t) || !/^\p{Ll}/u.test(t.text)) return null;
  for (let k = j; k >= Math.max(lo, j - LIMITS.description); k--) {
    if (!isWord(toks[k])) break;
    if (DETERMINERS.has(lower(toks[k])) || /[’']s$/.test(toks[k].text)) return { start: toks[k].start, end: t.end }; // "Romney's associates"
  }
  // "Shipping lines said", "Ostrenian state television reported": a short phrase opening the sentence.
  const open = j - lo < LIMITS.openingPhrase && toks.slice(lo, j + 1).every(isWord) && isCap(toks[lo]) && !toks.slice(lo, j + 1).some((x) => LIMITS.openers.test(x.text));
  if (open && (lo === 0 || /^[,;:]$/.test(toks[lo - 1]?.text ?? ''))) return { start: toks[lo].start, end: t.end };
  if (SPEAKER_NOUNS.has(lower(t)) || LIMITS.personal.test(t.text)) {
    let k = j;
    while (k - 1 >= lo && isWord(toks[k - 1]) && !LIMITS.openers.test(toks[k - 1].text) && j - k < LIMITS.description) k--;
    return { start: toks[k].start, end: t.end };
  }
  return null;
}

/**
 * "Wilson praised the plan and said …", "Trump left the stage, saying …": the subject opening the clause, when
 * it is a name or a pronoun; an opening adverbial ("On Tuesday, …") is skipped when commas are allowed.
 */
export function clauseSubject(toks: Token[], lo: number, hi: number, commas = false): Mention | null {
  if (toks.slice(lo, hi).some((x) => (commas ? /^[;:"“”]$/ : /^[,;:"“”]$/).test(x.text))) return null;
  if (/^(?:But|And|Yet|So|Or)$/.test(toks[lo]?.text ?? '')) lo++; // "But Sen. Pat Toomey …, responding that"
  if (commas && (CAPS_STOP.has(toks[lo]?.text ?? '') || /^\p{Lu}\p{Ll}+ing$/u.test(toks[lo]?.text ?? ''))) {
    const c = toks.findIndex((x, k) => k > lo && k < hi && x.text === ',');
    if (c > 0) lo = c + 1;
  }
  // A dateline ("WASHINGTON —", "DECATUR, Ill. —") is not the subject.
  const dash = toks.findIndex((x, k) => k >= lo && k < Math.min(hi, lo + 5) && /^[—–-]$/.test(x.text));
  if (dash >= 0 && /^\p{Lu}{2,}/u.test(toks[lo].text) && toks[lo].text === toks[lo].text.toUpperCase()) lo = dash + 1;
  const t = toks[lo];
  if (!t) return null;
  if (lower(t) in PRONOUNS) return { start: t.start, end: t.end };
  if (!isCap(t) || !isWord(t)) return null;
  let k = lo;
  while (k + 1 < hi && isCap(toks[k + 1]) && isWord(toks[k + 1])) k++;
  return { start: t.start, end: toks[k].end };
}

/**
 * "Andriy Yermak, Mr Zelensky's chief of staff, wrote", "Ramil Carr, 31, a photographer, said", "Trump - who … -
 * said": the name or description before the first appositive comma (or dash); or "the Vatican spokesman,
 * Federico Lombardi, told": the appositive name itself.
 */
function appositiveSubject(toks: Token[], comma: number, lo: number): Mention | null {
  const sep = toks[comma].text;
  let desc: Mention | null = null;
  for (let k = comma - 1; k >= Math.max(lo, comma - LIMITS.appositive); k--) {
    if (toks[k].text !== sep) continue;
    let h = k - 1;
    if (toks[h]?.text === ')') h = toks.findLastIndex((x, n) => n < h && x.text === '(') - 1;
    const head = toks[h];
    if (head && h >= lo && isCap(head) && isWord(head)) return { start: toks[nameRunStart(toks, h, lo)].start, end: head.end };
    const last = toks[comma - 1];
    const first = nameRunStart(toks, comma - 1, k + 1);
    if (isCap(last) && isWord(last) && first === k + 1) return { start: toks[first].start, end: last.end };
    // "A White House official, who asked not to be named, said": a description, unless a name comes further back.
    desc ??= h >= lo ? description(toks, h, lo) : null;
  }
  return desc;
}

/** Speaker after an inverted cue. Example: "…," said Andriy Kovalenko, a … → "Andriy Kovalenko". */
export function subjectAfter(toks: Token[], i: number, hi: number): Mention | null {
  let j = i + 1;
  while (j < hi && (LIMITS.weekday.test(toks[j].text) || /^(?:on|in|late|early|week|night|morning|afternoon|evening)$/.test(toks[j].text))) j++;
  // "said former Gov. Ed Rendell", "said pollster Frank Luntz": a lowercase title before the name.
  while (j + 1 < hi && (LIMITS.preName.test(toks[j].text) || LIMITS.agent.test(toks[j].text)) && isCap(toks[j + 1])) j++;
  if (j >= hi) return null;
  const t = toks[j];
  if (lower(t) in PRONOUNS) return { start: t.start, end: t.end };
  if (isCap(t) && isWord(t)) {
    let k = j;
    while (k + 1 < hi && ((isCap(toks[k + 1]) && isWord(toks[k + 1])) || LIMITS.nameConnectors.has(toks[k + 1].text))) k++;
    while (k > j && LIMITS.nameConnectors.has(toks[k].text)) k--;
    return { start: t.start, end: toks[k].end };
  }
  if (!DETERMINERS.has(lower(t))) return null;
  let k = j;
  while (k + 1 < hi && isWord(toks[k + 1]) && k - j < LIMITS.description && !/^(who|that|which)$/.test(toks[k + 1].text)) k++;
  return k > j ? { start: t.start, end: toks[k].end } : null;
}
