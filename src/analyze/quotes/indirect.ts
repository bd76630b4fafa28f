/**
 * Indirect (reported) speech inside one sentence: `X said (on Tuesday) (that) …`, `X told Reuters …`,
 * `…, X said.`, `…, said X.`, `The plan, he said, …`, `according to X, …` / `…, according to X.`,
 * `X pointed out that …`, `X called for …`, `Sanders: …` headlines, and `X said …, adding that …`.
 * Quotes embedded in the reported clause make it `mixed`. Hand-written rules over tokens: attribution needs the
 * subject of a reporting verb, which no maintained JS library extracts.
 */
import type { Sentence } from '../../model/analysis.js';
import { tokenize, type Token } from '../tokenize.js';
import { ADDRESSEE, clauseEnd, content, MIN_CONTENT_WORDS, rightStart, splitContinuation, words } from './clause.js';
import { CAPS_STOP, isCueAt, PREP_CUES, PREPOSED_CUES, SKIP_AFTER_CUE, STANCE_VERBS, WEAK_CUES } from './cues.js';
import type { Found } from './direct.js';
import { cuePhrase } from './frames.js';
import { clauseSubject, subjectAfter, subjectBefore, type Mention } from './subject.js';

const RULES = {
  /** Words of description allowed between a closing comma and the speaker's name ("…, DFA spokesman Neil Sroka said"). */
  speakerLead: 5,
  /** First word of a description set off by commas before a speaker's name ("his top aide, Tom Berg"). */
  descriptionStart: /^(?:his|her|their|its|the|a|an|\p{L}+[’']s)$/iu,
  /** Longest speaker name before a headline colon ("Sen. Lindsey Graham:"). */
  maxHeadlineSpeaker: 4,
  /** Longest source phrase without a determiner after "according to" ("according to interviews with …"). */
  bareSource: 12,
  /** What may follow a closing frame without being content: "…, he said, on condition of anonymity". */
  adjunct: /^(?:on|in|at|during|after|before|as|when|while|referring|adding|citing|according|from|to|via|through|without)\b/,
  /** Longest addressee after a closing frame ("…, Marchal told a news conference in Lissane."). */
  frameTail: 8,
  /** Stance verbs that are also nouns ("the tax plans", "support for"). */
  nounLike: /^(?:support|supports|plan|plans|doubt|doubts|wish|wishes|worry|worries|favor|favors|backs|expect|remember|pledged)$/,
};

/**
 * Reported speech in one sentence; a sentence with none is read again for stance verbs ("Most voters want …").
 * `cache` receives the sentence's tokens by start offset, for the learned step to reuse (index.ts).
 * Example: "Rubio said on Tuesday that talks went well." → content "that talks went well".
 */
export function findIndirect(text: string, sent: Sentence, cache?: Map<number, { end: number; toks: Token[] }>): Found[] {
  const raw = tokenize(text, sent.start, sent.end);
  cache?.set(sent.start, { end: sent.end, toks: raw });
  const toks = typewriterMarks(raw);
  const speech = scan(text, sent, toks, false);
  const stance = !speech.length && toks.some((t) => STANCE_VERBS.has(t.text) || WEAK_CUES.has(t.text));
  return stance ? scan(text, sent, toks, true) : speech;
}

function scan(text: string, sent: Sentence, toks: Token[], stance: boolean): Found[] {
  const out: Found[] = [];
  let lo = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i < lo) continue;
    const got = headline(text, toks, i, sent) ?? preposed(text, toks, i, lo, sent) ?? verbCue(text, toks, i, lo, sent, stance, out[out.length - 1]?.mention);
    if (!got) continue;
    out.push(...splitContinuation(text, got));
    const last = out[out.length - 1];
    lo = toks.findIndex((t) => t.start >= Math.max(last.end, got.cueStart + 1));
    if (lo < 0) break;
    i = lo - 1;
  }
  return out;
}

/** The typewriter mark '' (two tokens) as one closing-quote token, so "…,'' said X" reads like "…,” said X". */
function typewriterMarks(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of toks) {
    const prev = out[out.length - 1];
    if (t.text === "'" && prev?.text === "'" && prev.end === t.start) out[out.length - 1] = { text: '”', start: prev.start, end: t.end };
    else out.push(t);
  }
  return out;
}

/** A headline or lead naming its speaker: "Sanders: Trade deals cost jobs". */
function headline(text: string, toks: Token[], i: number, sent: Sentence): Found | null {
  if (i !== 0) return null;
  const colon = toks.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > RULES.maxHeadlineSpeaker || !toks.slice(0, colon).every((t) => /^\p{Lu}/u.test(t.text))) return null;
  if (toks.slice(0, colon).every((t) => t.text === t.text.toUpperCase())) return null; // "LONDON:", "STAT OF THE WEEK:"
  if (toks.slice(0, colon).some((t) => CAPS_STOP.has(t.text))) return null; // "Big Win For Bernie:"
  if (CAPS_STOP.has(toks[0].text) || /^(?:Note|Update|Editor|Correction|Photo|Video|Watch|Read|Related|Source|By)/.test(toks[colon - 1].text)) return null;
  const mention = { start: toks[0].start, end: toks[colon - 1].end };
  if (/^The Latest$/.test(text.slice(mention.start, mention.end))) return null; // AP live-blog headings
  return content(text, toks[colon].end, sent.end, { cue: ':', cueStart: toks[colon].start, mention });
}

/** "according to X, CONTENT" or "CONTENT, according to X". */
function preposed(text: string, toks: Token[], i: number, lo: number, sent: Sentence): Found | null {
  const first = toks[i].text.toLowerCase();
  const phrase = PREPOSED_CUES.find((p) => p.startsWith(first + ' ') && text.slice(toks[i].start, toks[i].start + p.length).toLowerCase() === p);
  if (!phrase) return null;
  const last = toks.findIndex((t) => t.start >= toks[i].start + phrase.length) - 1;
  const src = subjectAfter(toks, last < 0 ? toks.length - 1 : last, toks.length) ?? bareSource(toks, last + 1);
  if (!src) return null;
  const cue = { cue: phrase, cueStart: toks[i].start, mention: src };
  if (words(text.slice(toks[lo]?.start ?? sent.start, toks[i].start)) >= MIN_CONTENT_WORDS) {
    return content(text, toks[lo].start, toks[i].start, cue);
  }
  const comma = toks.findIndex((t, k) => k > i && t.start >= src.end && t.text === ',');
  if (comma < 0) return null;
  return content(text, toks[comma].end, sent.end, cue);
}

/** "according to media trackers", "according to poll": a source without a determiner runs to the next punctuation. */
function bareSource(toks: Token[], from: number): Mention | null {
  if (from <= 0 || !/^\p{Ll}/u.test(toks[from]?.text ?? '')) return null;
  let k = from;
  while (k + 1 < toks.length && k - from < RULES.bareSource && /^[\p{L}\p{N}]/u.test(toks[k + 1].text)) k++;
  return { start: toks[from].start, end: toks[k].end };
}

/** "…, said Steve Grubbs, an operative": a name after the cue that closes its clause marks an inverted frame. */
function invertedAt(toks: Token[], i: number, lo: number): boolean {
  if (toks[i - 1]?.text !== ',' || i - 1 <= lo || ADDRESSEE.has(toks[i].text)) return false;
  const after = subjectAfter(toks, i, toks.length);
  if (!after || !/^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) return false;
  const next = toks.find((t) => t.start >= after.end);
  return !next || /^[,.;]$/.test(next.text);
}

/** Whether the sentence closes with its own frame after token i ("…, the Florida senator said."). */
function finalFrame(toks: Token[], i: number): boolean {
  let j = toks.length - 1;
  while (j > i && !/^[\p{L}]/u.test(toks[j].text)) j--;
  if (j <= i + 1 || !isCueAt(toks, j) || WEAK_CUES.has(toks[j].text)) return false;
  const m = subjectBefore(toks, j, i + 1);
  const k = m ? toks.findIndex((t) => t.start >= m.start) : -1;
  return k > i + 1 && /^[,”"]$/.test(toks[k - 1].text);
}

/** A stance verb ("want", "thinks" without "that") needs its subject right before it and a complement after. */
function stanceSubject(text: string, toks: Token[], i: number, lo: number): boolean {
  const m = subjectBefore(toks, i, lo);
  if (!m || !/^[\p{L}\p{N}“"]/u.test(toks[i + 1]?.text ?? '') || toks[i + 1].text === 'by' || /[’']s$/.test(toks[i - 1]?.text ?? '')) return false;
  // "the tax plans", "48% support": a word that is also a noun reports only after a pronoun or a name.
  return !RULES.nounLike.test(toks[i].text) || /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|who|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)$/u.test(text.slice(m.start, m.end)) && !/^(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My)\b/.test(text.slice(m.start, m.end));
}

/** A reporting verb with its subject: content to the right, or to the left when the verb closes the sentence. */
function verbCue(text: string, toks: Token[], i: number, lo: number, sent: Sentence, stanceOk: boolean, prev?: Mention | null): Found | null {
  const w = toks[i].text;
  if (!isCueAt(toks, i, stanceOk)) return null;
  const next = toks[i + 1]?.text ?? '';
  const stance = STANCE_VERBS.has(w) || (WEAK_CUES.has(w) && next !== 'that' && !/^["“:]$/.test(next));
  if (stance && !(stanceOk && stanceSubject(text, toks, i, lo))) return null;
  const callFor = /^call/.test(w) && /^(?:for|on)$/.test(next); // "called for a ban": the content follows "for"
  const cp = PREP_CUES[w] || callFor ? { text: `${w} ${next}`, end: toks[i + 1].end } : cuePhrase(text, toks[i]);
  const participle = w.endsWith('ing') && toks[i - 1]?.text === ',';
  const coordinated = prev && /^(?:and|but)$/.test(toks[i - 1]?.text ?? '') && i - 1 <= lo + 1;
  const inverted = !coordinated && !participle && invertedAt(toks, i, lo);
  const m = coordinated ? prev : participle ? clauseSubject(toks, lo, i - 1, true) : inverted ? null : subjectBefore(toks, i, lo);
  const cue = { cue: cp.text, cueStart: toks[i].start, mention: m as Mention };
  // "a program called Sandy Hook Promise" names, it does not report: "called" needs a named subject or "for/on".
  if (m && /^call/.test(w) && !callFor && !/^\p{Lu}/u.test(text.slice(m.start, m.end))) return null;
  if (m) {
    if (finalFrame(toks, i)) return null; // "Nothing the president said will help, the senator said."
    const from = rightStart(text, toks, i, cp.end);
    const rest = words(text.slice(from, sent.end));
    let k = toks.findIndex((t) => t.start >= m.start);
    // "…, DFA spokesman Neil Sroka said": the description before the name belongs to the speaker.
    for (let d = k - 1; d > lo && k - d <= RULES.speakerLead && /^[\p{L}\p{N}’'.-]+$/u.test(toks[d].text); d--) {
      if (/^[,”"]$/.test(toks[d - 1].text)) k = d;
    }
    // "…, his top aide, Tom Berg, told": so does a description set off by commas before it.
    const desc = toks.findLastIndex((t, d) => d < k - 1 && d > lo && k - d <= RULES.speakerLead + 2 && t.text === ',');
    if (toks[k - 1]?.text === ',' && desc > 0 && RULES.descriptionStart.test(toks[desc + 1].text)) k = desc + 1;
    const sep = toks[k - 1];
    const aside = sep?.text === ',' && k - 1 > lo && /^\s*,/.test(text.slice(cp.end));
    // "The plan, he said, will fail." — but "It failed, he said, on condition of anonymity": an adjunct, not more content.
    const after = text.slice(cp.end).replace(/^\s*,\s*/, '');
    if (aside) return content(text, toks[lo].start, RULES.adjunct.test(after) ? sep.start : sent.end, cue);
    // ", who asked not to be named, said …": a relative clause between commas ends at its closing comma.
    const relative = text.slice(m.start, m.end) === 'who' && toks[k - 1]?.text === ',';
    const comma = relative ? toks.find((t) => t.start >= from && t.text === ',') : undefined;
    // "…, Marchal told a news conference in Lissane.", "…, the ministry said on Saturday, as …": a closing frame.
    const tail = text.slice(cp.end, sent.end);
    const untimed = tail.trimStart().replace(SKIP_AFTER_CUE, '');
    const closing = sep?.text === ',' && k - 1 > lo && !/\bthat\b|["“]/.test(tail) &&
      ((ADDRESSEE.has(w) && words(tail) <= RULES.frameTail) || /^,\s*(?:as|while|when|after|before)\b/.test(untimed));
    if (closing && words(text.slice(toks[lo].start, sep.start)) >= MIN_CONTENT_WORDS) return content(text, toks[lo].start, sep.start, cue);
    if (rest >= MIN_CONTENT_WORDS) return content(text, from, comma ? comma.start : clauseEnd(toks, from, sent.end), cue);
    if (rest > 0) return null;
    if (sep && /^[,”"]$/.test(sep.text) && k - 1 > lo) return content(text, toks[lo].start, sep.text === ',' ? sep.start : sep.end, cue);
    return null;
  }
  const sep = toks[i - 1];
  if (!sep || !/^[,”"]$/.test(sep.text) || i - 1 <= lo) return null;
  const after = subjectAfter(toks, i, toks.length);
  return after ? content(text, toks[lo].start, sep.text === ',' ? sep.start : sep.end, { ...cue, mention: after }) : null;
}
