/**
 * Quotes and attributions with speakers; the pipeline reads top to bottom: sentences refined at '' closes,
 * direct quotes with their frames (direct.ts, frames.ts), reported speech in the sentences no framed quote
 * claimed (indirect.ts, clause.ts), orphan quotes adopted by the attribution before them, then speakers
 * resolved (subject.ts finds mentions, speaker.ts names them). Hand-written rules: no maintained library does
 * quote attribution, and rules keep exact spans.
 */
import type { Entity, Quote, Sentence } from '../../model/analysis.js';
import type { Token } from '../tokenize.js';
import { findDirect, quoteSpans, type Found } from './direct.js';
import { findIndirect } from './indirect.js';
import { resolveSpeaker, type Recent } from './speaker.js';
import { findLearned, isSpeech } from './learned/index.js';
import { loadQuoteModel } from './learned/model.js';

/** QUOTES_LEARNED=0 turns the learned step off by default (the rules alone), to compare. */
const LEARNED = process.env.QUOTES_LEARNED !== '0';

/**
 * Quotes with speakers, sorted by position: the speech among extractAttributions' results.
 * Example: extractQuotes('"We are ready," Rubio said.', sentences(t), ents) → [{text: '"We are ready,"', speaker: 'Marco Rubio', cue: 'said', kind: 'direct', …}]
 */
export function extractQuotes(text: string, sentences: Sentence[], entities: Entity[]): Quote[] {
  return extractAttributions(text, sentences, entities, { learned: LEARNED, speechOnly: true });
}

/**
 * Every attribution, speech and belief: the rules' quotes and reported speech, plus what the learned tagger
 * (learned/) finds in the sentences where the rules found nothing, when it has a source (on held-out train,
 * those without were mostly false: "The man accused of …"); an attribution whose cue holds no reporting verb
 * is a belief. (On the held-out tenth of PolNeAR train, letting the model compete inside the
 * rules' sentences too, or using it alone, scored lower: the rules are better on direct quotes.)
 * Example: extractAttributions('Most voters want a change.', sents, ents) → [{text: 'a change', cue: 'want', act: 'belief', …}]
 */
export function extractAttributions(
  text: string, sentences: Sentence[], entities: Entity[], opts: { learned: boolean; speechOnly?: boolean } = { learned: LEARNED },
): Quote[] {
  const sents = splitAtTypewriterQuotes(text, sentences);
  const direct = findDirect(text, sents);
  const framed = direct.filter((d) => !d.orphan);
  const claimed = (s: Sentence) => framed.some((d) => d.start < s.end && Math.max(d.end, d.frameEnd ?? 0) > s.start);
  // The rules' tokens per sentence, which the learned step reuses for the sentences it reads.
  const tokens = new Map<number, { end: number; toks: Token[] }>();
  const indirect = sents.filter((s) => !claimed(s)).flatMap((s) => findIndirect(text, s, tokens));
  const all = adopt([...direct, ...extendOpenQuotes(indirect, quoteSpans(text))].sort((a, b) => a.start - b.start), sents);
  if (!opts.learned) return withSpeakers(text, all, entities, opts.speechOnly);
  const busy = (s: Sentence) => all.some((r) => r.start < s.end && r.end > s.start);
  const learned = findLearned(text, sentences, loadQuoteModel(), busy, { speechOnly: opts.speechOnly, tokens });
  const merged = [...all, ...learned.filter((l) => l.mention && !all.some((r) => r.start < l.end && r.end > l.start))].sort((a, b) => a.start - b.start);
  return withSpeakers(text, merged, entities, opts.speechOnly);
}

/**
 * Resolves speakers in reading order; a named speaker of speech stays "recent" for the pronouns that follow it.
 * Beliefs get their speakers but do not move the recent speaker ("Voters want …" is not who "he said" refers
 * back to), so with speechOnly they are dropped before any resolution and the speech comes out the same.
 */
function withSpeakers(text: string, found: Found[], entities: Entity[], speechOnly = false): Quote[] {
  let recent: Recent | undefined;
  const out: Quote[] = [];
  for (const f of found) {
    const belief = actOf(f) === 'belief';
    if (belief && speechOnly) continue;
    const q = toQuote(text, f, entities, recent);
    out.push(q);
    if (belief || q.speakerStart === null || q.speakerEnd === null) continue;
    const mention = text.slice(q.speakerStart, q.speakerEnd);
    if (q.speaker && /^\p{Lu}/u.test(mention) && !/^(?:He|She|It|They|We|I)$/.test(mention)) recent = { speaker: q.speaker, end: q.speakerEnd };
    // A pronoun resolved to someone new ("Emil Kast, …, defended it. “…,” he said.") makes that person the recent one.
    else if (recent) recent = { speaker: q.speaker && q.speaker !== mention ? q.speaker : recent.speaker, end: Math.max(recent.end, q.speakerEnd) };
  }
  return out;
}

/** The shared splitter does not know the '' mark some wires use: "…terrorism.'' The company said …", "… Christie. ''Choke!''". */
function splitAtTypewriterQuotes(text: string, sents: Sentence[]): Sentence[] {
  return sents.flatMap((s) => {
    const out: Sentence[] = [];
    let start = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(/[.!?](?:''|["”’]*(?=\s+''))(?=\s+[\p{Lu}"“'])/gu)) {
      const end = s.start + m.index! + m[0].length;
      out.push({ start, end });
      start = end + (text.slice(end).match(/^\s+/)?.[0].length ?? 0);
    }
    out.push({ start, end: s.end });
    return out;
  });
}

/** Reported speech that opens a quotation runs to its close, across sentences: Trump said that “ethanol people” “do a fantastic job. And …” */
function extendOpenQuotes(found: Found[], spans: { start: number; end: number }[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (out.some((o) => f.start < o.end)) continue; // inside the quotation a previous one runs on with
    const open = spans.find((q) => q.start >= f.start && q.start < f.end && q.end > f.end + 1);
    out.push(open ? { ...f, end: open.end, kind: 'mixed' } : f);
  }
  return out;
}

/** An orphan quote in the sentence right after another attribution continues it ("…," says X. "More."). */
function adopt(found: Found[], sents: Sentence[]): Found[] {
  const sentAt = (pos: number) => sents.findIndex((s) => pos < s.end);
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (!f.orphan) out.push(f);
    else if (prev?.mention && sentAt(f.start) - sentAt(Math.max(prev.end, prev.cueStart)) <= 1) {
      out.push({ ...f, mention: prev.mention, cue: prev.cue, orphan: false, inherit: true });
    }
  }
  return out;
}

function toQuote(text: string, f: Found, entities: Entity[], recent?: Recent): Quote {
  const who = f.mention
    ? resolveSpeaker(text, f.mention, entities, recent)
    : { speaker: null, speakerStart: null, speakerEnd: null };
  return { start: f.start, end: f.end, text: text.slice(f.start, f.end), ...who, cue: f.cue, kind: f.kind, act: actOf(f) };
}

const actOf = (f: Found) => f.act ?? (f.cue === null || isSpeech(f.cue) ? 'speech' : 'belief');
