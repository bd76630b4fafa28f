/**
 * Indirect (reported) speech inside one sentence: `X said (on Tuesday) (that) …`, `X told Reuters …`,
 * `…, X said.`, `…, said X.`, `according to X, …` / `…, according to X.`, and `X said …, adding that …`.
 * Quotes embedded in the reported clause make it `mixed`. Hand-written rules over tokens: attribution needs the
 * subject of a reporting verb, which no maintained JS library extracts.
 */
import type { Sentence } from '../../model/analysis.js';
import { tokenize, type Token } from '../tokenize.js';
import { CAPS_STOP, CUE_VERBS, DETERMINERS, PREPOSED_CUES, SKIP_AFTER_CUE, WEAK_CUES } from './cues.js';
import type { Found } from './direct.js';
import { cuePhrase } from './frames.js';
import { clauseSubject, subjectAfter, subjectBefore, type Mention } from './subject.js';

const RULES = {
  minContentWords: 3,
  /** Words of description allowed between a closing comma and the speaker's name ("…, DFA spokesman Neil Sroka said"). */
  speakerLead: 5,
  /** How far after the cue a ", that" may still open the reported clause (chars). */
  lateThat: 120,
  /** Tokens that open a new clause with its own speaker. */
  clauseBreak: /^(?:,|;|and|but|while|whereas|although|though|however)$/,
  /** Longest speaker name before a headline colon ("Sen. Lindsey Graham:"). */
  maxHeadlineSpeaker: 4,
  /** Verbs whose first object is the addressee, not the content ("told Reuters that …"). */
  addressee: new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'warned', 'urged', 'assured', 'reminded']),
  objectPronoun: /^(?:him|her|them|us|me|reporters|journalists|lawmakers|supporters|voters|listeners|viewers|readers)$/,
  /** A second cue continuing the same speaker: "…, adding that …". */
  continuation: /,\s+(?:and\s+)?(?:adding|saying|noting|arguing|warning|insisting|explaining|claiming|suggesting|stressing)\b/g,
  notBefore: new Set([...DETERMINERS, 'to', 'be', 'been', 'being', 'was', 'were', 'so']),
};

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Reported speech in one sentence. Example: "Rubio said on Tuesday that talks went well." → content "that talks went well". */
export function findIndirect(text: string, sent: Sentence): Found[] {
  const toks = tokenize(text, sent.start, sent.end);
  const out: Found[] = [];
  let lo = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i < lo) continue;
    const got = headline(text, toks, i, sent) ?? preposed(text, toks, i, lo, sent) ?? verbCue(text, toks, i, lo, sent, out[out.length - 1]?.mention);
    if (!got) continue;
    out.push(...splitContinuation(text, got));
    const last = out[out.length - 1];
    lo = toks.findIndex((t) => t.start >= Math.max(last.end, got.cueStart + 1));
    if (lo < 0) break;
    i = lo - 1;
  }
  return out;
}

/** A headline or lead naming its speaker: "Sanders: Trade deals cost jobs". */
function headline(text: string, toks: Token[], i: number, sent: Sentence): Found | null {
  if (i !== 0) return null;
  const colon = toks.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > RULES.maxHeadlineSpeaker || !toks.slice(0, colon).every((t) => /^\p{Lu}/u.test(t.text))) return null;
  if (CAPS_STOP.has(toks[0].text) || /^(?:Note|Update|Editor|Correction|Photo|Video|Watch|Read|Related|Source|By)/.test(toks[colon - 1].text)) return null;
  const mention = { start: toks[0].start, end: toks[colon - 1].end };
  return content(text, toks[colon].end, sent.end, { cue: ':', cueStart: toks[colon].start, mention });
}

/** "according to X, CONTENT" or "CONTENT, according to X". */
function preposed(text: string, toks: Token[], i: number, lo: number, sent: Sentence): Found | null {
  const phrase = PREPOSED_CUES.find((p) => text.slice(toks[i].start, toks[i].start + p.length).toLowerCase() === p);
  if (!phrase) return null;
  const last = toks.findIndex((t) => t.start >= toks[i].start + phrase.length) - 1;
  const src = subjectAfter(toks, last < 0 ? toks.length - 1 : last, toks.length);
  if (!src) return null;
  const cue = { cue: phrase, cueStart: toks[i].start, mention: src };
  if (words(text.slice(toks[lo]?.start ?? sent.start, toks[i].start)) >= RULES.minContentWords) {
    return content(text, toks[lo].start, toks[i].start, cue);
  }
  const comma = toks.findIndex((t, k) => k > i && t.start >= src.end && t.text === ',');
  if (comma < 0) return null;
  return content(text, toks[comma].end, sent.end, cue);
}

/** A reporting verb with its subject: content to the right, or to the left when the verb closes the sentence. */
function verbCue(text: string, toks: Token[], i: number, lo: number, sent: Sentence, prev?: Mention | null): Found | null {
  const w = toks[i].text;
  if (!CUE_VERBS.has(w) || (i > 0 && RULES.notBefore.has(toks[i - 1].text.toLowerCase()))) return null;
  const next = toks[i + 1]?.text ?? '';
  if (WEAK_CUES.has(w) && next !== 'that' && !/^["“:]$/.test(next)) return null;
  const cp = cuePhrase(text, toks[i]);
  const participle = w.endsWith('ing') && toks[i - 1]?.text === ',';
  const coordinated = prev && /^(?:and|but)$/.test(toks[i - 1]?.text ?? '') && i - 1 <= lo + 1;
  const m = coordinated ? prev : participle ? clauseSubject(toks, lo, i - 1, true) : subjectBefore(toks, i, lo);
  const cue = { cue: cp.text, cueStart: toks[i].start, mention: m as Mention };
  if (m) {
    const from = rightStart(text, toks, i, cp.end);
    const rest = words(text.slice(from, sent.end));
    let k = toks.findIndex((t) => t.start >= m.start);
    // "…, DFA spokesman Neil Sroka said": the description before the name belongs to the speaker.
    for (let d = k - 1; d > lo && k - d <= RULES.speakerLead && /^[\p{L}\p{N}’'.-]+$/u.test(toks[d].text); d--) {
      if (/^[,”"]$/.test(toks[d - 1].text)) k = d;
    }
    const sep = toks[k - 1];
    const aside = sep?.text === ',' && k - 1 > lo && /^\s*,/.test(text.slice(cp.end));
    if (aside) return content(text, toks[lo].start, sent.end, cue); // "The plan, he said, will fail."
    // ", who asked not to be named, said …": a relative clause between commas ends at its closing comma.
    const relative = text.slice(m.start, m.end) === 'who' && toks[k - 1]?.text === ',';
    const comma = relative ? toks.find((t) => t.start >= from && t.text === ',') : undefined;
    if (rest >= RULES.minContentWords) return content(text, from, comma ? comma.start : clauseEnd(toks, from, sent.end), cue);
    if (rest > 0) return null;
    if (sep && /^[,”"]$/.test(sep.text) && k - 1 > lo) return content(text, toks[lo].start, sep.text === ',' ? sep.start : sep.end, cue);
    return null;
  }
  const sep = toks[i - 1];
  if (!sep || !/^[,”"]$/.test(sep.text) || i - 1 <= lo) return null;
  const after = subjectAfter(toks, i, toks.length);
  return after ? content(text, toks[lo].start, sep.text === ',' ? sep.start : sep.end, { ...cue, mention: after }) : null;
}

/** The reported clause ends where a new clause brings its own speaker ("…, but 55 percent said …"). */
function clauseEnd(toks: Token[], from: number, end: number): number {
  const first = toks.findIndex((t) => t.start >= from);
  // A semicolon, or a single dash (no closing one), ends the reported clause.
  const semi = toks.findIndex((t, k) => k > first && t.text === ';');
  const dashes = toks.filter((t, k) => k > first && /^[—–-]$/.test(t.text));
  if (semi > 0 && (dashes.length !== 1 || dashes[0].start > toks[semi].start)) end = toks[semi].start;
  else if (dashes.length === 1) end = dashes[0].start;
  for (let k = first + 1; k >= 1 && k < toks.length && toks[k].start < end; k++) {
    if (!CUE_VERBS.has(toks[k].text) || WEAK_CUES.has(toks[k].text)) continue;
    // "… but said …": a second cue of the same speaker starts a second content.
    if (/^(?:and|but)$/.test(toks[k - 1].text) && k - 1 > first) return toks[k - 2].text === ',' ? toks[k - 2].start : toks[k - 1].start;
    const m = subjectBefore(toks, k, first);
    const b = m ? toks.findIndex((t) => t.start >= m.start) - 1 : -1;
    if (b > first && RULES.clauseBreak.test(toks[b].text)) return toks[b].text === ',' ? toks[b].start : toks[b - 1]?.text === ',' ? toks[b - 1].start : toks[b].start;
  }
  return end;
}

/** Where the reported clause starts: after the cue, its addressee ("told Reuters"), time phrases and ",:". */
function rightStart(text: string, toks: Token[], i: number, from: number): number {
  let k = toks.findIndex((t) => t.start >= from);
  if (k < 0) return text.length;
  if (RULES.addressee.has(toks[i].text) && from === toks[i].end) {
    if (RULES.objectPronoun.test(toks[k].text)) k++;
    else if (/^\p{Lu}/u.test(toks[k].text)) while (k < toks.length && /^\p{Lu}/u.test(toks[k].text)) k++;
    else if (/^(?:the|a|an|local|state)$/i.test(toks[k].text)) {
      const det = k++;
      if (/^\p{Lu}/u.test(toks[k]?.text ?? '')) while (k < toks.length && /^\p{Lu}/u.test(toks[k].text)) k++;
      else while (k < toks.length && k - det <= 2 && /^\p{Ll}/u.test(toks[k].text) && toks[k].text !== 'that') k++;
    }
  }
  let pos = k < toks.length ? toks[k].start : text.length;
  const skip = text.slice(pos).match(SKIP_AFTER_CUE);
  if (skip) pos += skip[0].length;
  while (/[\s,:]/.test(text[pos] ?? '')) pos++;
  // "said during a town hall in Buffalo, that …": the clause starts at the late "that".
  const late = text.slice(pos, pos + RULES.lateThat).match(/^(?!that\b)[^.;:"“”]*?, that\b/);
  if (late) pos += late[0].length - 4;
  return pos;
}

function content(text: string, start: number, end: number, c: { cue: string; cueStart: number; mention: Mention }): Found | null {
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  if (words(text.slice(start, end)) < RULES.minContentWords) return null;
  const body = text.slice(start, end);
  const quoted = /["“”]|''/.test(body);
  const whole = /^(?:that\s+)?(?:["“]|'')[^"“”]*(?:["”]|'')[.,!?]?$/.test(body);
  return { start, end, mention: c.mention, cue: c.cue, cueStart: c.cueStart, kind: whole ? 'direct' : quoted ? 'mixed' : 'indirect' };
}

/** "X said A, adding that B" → two contents with the same speaker. */
function splitContinuation(text: string, f: Found): Found[] {
  if (f.start < f.cueStart) return [f];
  const body = text.slice(f.start, f.end);
  RULES.continuation.lastIndex = 0;
  const m = RULES.continuation.exec(body);
  if (!m) return [f];
  const cut = f.start + m.index;
  const cueStart = cut + m[0].length - m[0].trimStart().replace(/^,\s+(?:and\s+)?/, '').length;
  const second = content(text, f.start + m.index + m[0].length, f.end, { cue: text.slice(cueStart, f.start + m.index + m[0].length), cueStart, mention: f.mention as Mention });
  const first = content(text, f.start, cut, { cue: f.cue ?? '', cueStart: f.cueStart, mention: f.mention as Mention });
  return [first, second].filter((x): x is Found => x !== null);
}
