/**
 * Who says a number: the speaker of the reporting cue whose clause holds it ("Russia's defence ministry
 * said it had shot down 337 drones" → "Russia's defence ministry"; "…, police said" → "police"; "according
 * to UNIAN" → "UNIAN"). A person inside the speaker phrase wins ("Moscow region governor Andrei Vorobyov" →
 * "Andrei Vorobyov"), through the entity tagger when it found one, else by the capitalised tail of the phrase.
 * null means the outlet states it itself. Hand-written: quote attribution tools stop at quoted speech.
 */
import type { Entity } from '../../model/analysis.js';
import type { Token } from '../tokenize.js';
import { CUES, MAX_SPEAKER_WORDS, PRONOUNS, SPEAKER_BOUNDARY, STOP } from './table.js';

interface Speaker { from: number; to: number }

/** How far after a figure a passive cue ("announced by") may stand and still be its source. */
const PASSIVE_GAP = 2;
const LEADING_PREP = new Set(['of', 'for', 'in', 'on', 'at', 'by', 'from']);
const SKIP_BEFORE_CUE = new Set(['also', 'later', 'previously', 'has', 'have', 'had', 'earlier', 'repeatedly', 'reportedly']);
const RE = { capital: /^\p{Lu}/u, word: /^[\p{L}\p{N}][\p{L}\p{N}'’.\-]*$/u };

/**
 * The source of the claim on tokens [start, end) of one sentence's tokens, or null.
 * Example: tokens of "Police said 5 people died", claim at "5 people" → "Police".
 */
export function findSource(text: string, toks: Token[], start: number, end: number, entities: Entity[]): string | null {
  let best: Speaker | null = null;
  for (let c = 0; c < toks.length; c++) {
    const w = toks[c].text.toLowerCase();
    const according = w === 'according' && toks[c + 1]?.text.toLowerCase() === 'to';
    if (!according && !CUES.has(w)) continue;
    const sp = speakerOf(toks, c, according);
    if (sp && sp.from <= start && end <= sp.to) return null; // the counted people are the speakers
    // "the 14 deaths announced by the ministry": a passive cue right after the figure beats an earlier one.
    if (sp && c >= end && c - end <= PASSIVE_GAP && toks[c + 1]?.text.toLowerCase() === 'by') return name(text, toks, sp, entities);
    if (sp && (c < start || !best)) best = sp;
    if (c >= end) break;
  }
  return best && name(text, toks, best, entities);
}

/** "according to X"; "X said"; passive "announced by X"; inverted "said X". */
function speakerOf(toks: Token[], c: number, according: boolean): Speaker | null {
  if (according) return after(toks, c + 2, false);
  if (toks[c + 1]?.text.toLowerCase() === 'by') return after(toks, c + 2, false);
  return before(toks, c) ?? after(toks, c + 1, true);
}

/** The noun phrase before a cue, back to a boundary: "…, with French officials indicating" → French officials. */
function before(toks: Token[], c: number): Speaker | null {
  let to = c;
  while (to > 0 && SKIP_BEFORE_CUE.has(toks[to - 1].text.toLowerCase())) to--;
  if (toks[to - 1]?.text === ',') return appositive(toks, to - 1);
  const from = phraseStart(toks, to);
  return from < to ? { from, to } : null;
}

function phraseStart(toks: Token[], to: number): number {
  let from = to;
  while (from > 0 && to - from < MAX_SPEAKER_WORDS && wordAt(toks, from - 1) && (glued(toks, from - 1) || !SPEAKER_BOUNDARY.has(toks[from - 1].text.toLowerCase()))) from--;
  while (from < to && LEADING_PREP.has(toks[from].text.toLowerCase())) from++; // "of Democratic voters said"
  return from;
}

/** "Mira Dalca, a spokeswoman for the rescue service, said" / "An official, Daniel Rusk, said": the name. */
function appositive(toks: Token[], comma: number): Speaker | null {
  const inner = phraseStart(toks, comma);
  if (inner === comma || toks[inner - 1]?.text !== ',') return null;
  const outer = phraseStart(toks, inner - 1);
  const b = { from: inner, to: comma };
  const a = { from: outer, to: inner - 1 };
  return isName(toks, b) || a.from === a.to ? b : a;
}

function isName(toks: Token[], sp: Speaker): boolean {
  return sp.to - sp.from >= 2 && toks.slice(sp.from, sp.to).every((t) => RE.capital.test(t.text));
}

/** The phrase after an inverted cue or "according to", to the next comma: "said Andriy Kovalenko, a…". */
function after(toks: Token[], k: number, capital: boolean): Speaker | null {
  if (toks[k]?.text.toLowerCase() === 'the') k++;
  let to = k;
  const ends = (w: string) => SPEAKER_BOUNDARY.has(w) || (STOP.has(w) && w !== 'of');
  while (to < toks.length && to - k < MAX_SPEAKER_WORDS && wordAt(toks, to) && !(to > k && ends(toks[to].text.toLowerCase()))) to++;
  return to > k && (!capital || RE.capital.test(toks[k].text)) ? { from: k, to } : null;
}

/** A word, or an apostrophe glued to the word before it ("Insurers’ Association"). */
function wordAt(toks: Token[], k: number): boolean {
  return RE.word.test(toks[k].text) || glued(toks, k);
}

function glued(toks: Token[], k: number): boolean {
  return /^['’]$/.test(toks[k].text) && k > 0 && toks[k - 1].end === toks[k].start && RE.word.test(toks[k - 1].text);
}

/** The speaker as a name: a person entity inside, a pronoun's antecedent, the capitalised tail, or the phrase. */
function name(text: string, toks: Token[], sp: Speaker, entities: Entity[]): string | null {
  const a = toks[sp.from].start;
  const b = toks[sp.to - 1].end;
  // A person heads the phrase only at its end ("Moscow region governor Andrei Vorobyov"), not "Marovian Insurers".
  const person = entities.find((e) => e.type === 'PER' && e.start >= a && e.end === b);
  if (person) return person.canonical;
  if (PRONOUNS.has(toks[sp.from].text.toLowerCase()) && sp.to - sp.from > 1) return null; // "you never said"
  if (sp.to - sp.from === 1 && PRONOUNS.has(toks[sp.from].text.toLowerCase())) {
    const prior = entities.filter((e) => e.type === 'PER' && e.end <= a);
    return prior.length ? prior[prior.length - 1].canonical : null;
  }
  let k = sp.to;
  while (k > sp.from && RE.capital.test(toks[k - 1].text)) k--;
  if (sp.to - k >= 2 && k > sp.from && !RE.capital.test(toks[k - 1].text)) return text.slice(toks[k].start, b);
  return text.slice(a, b).replace(/^the\s+/i, '');
}
