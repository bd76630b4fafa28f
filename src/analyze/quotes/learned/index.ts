/**
 * Learned attributions (PolNeAR's scheme: speech, but also beliefs, plans, stances and nominal cues such as
 * "the report"): a trained cue tagger finds the cues (decode.ts), pointers read each cue's source and content
 * (pointers.ts), and this step turns them into the same `Found` records the rules produce. Trained by
 * scripts/train-quotes.ts; weights in models/quotes/.
 */
import type { Sentence } from '../../../model/analysis.js';
import type { Found } from '../direct.js';
import { cueSpans, tagCues } from './decode.js';
import { cueOf, type Cue } from './features.js';
import { loadQuoteModel, type QuoteModel } from './model.js';
import { readRoles, type Roles } from './pointers.js';
import { prepareDoc, type QDoc, type SentenceTokens } from './prepare.js';
import { CUE_VERBS } from '../cues.js';

const KIND = { direct: /^(?:["“]|'')[^]*(?:["”]|'')[.,!?]?$/, mixed: /["“”]|''/ } as const;

/**
 * Attributions found by the model, sorted by position; [] without a model. Sentences `skip` says are done
 * (the rules found something there) are not read for cues, which is most of the cost saved; `speechOnly`
 * (extractQuotes) reads no sentence without a possible speech cue (maySpeak) and no belief cue's roles; `tokens`
 * passes the rules' tokens on (prepareDoc). The prepared sentences stay the same, so the speech found does too.
 * Example: findLearned('Most voters want a change.', sents) → [{text of "a change", mention "Most voters", cue "want"}]
 */
export function findLearned(
  text: string, sents: Sentence[], model: QuoteModel | null = loadQuoteModel(), skip?: (s: Sentence) => boolean,
  opts: { speechOnly?: boolean; tokens?: SentenceTokens } = {},
): Found[] {
  if (!model || !sents.length) return [];
  // Only the sentences to read and the one after each (where their content may run on) are prepared.
  const read = sents.map((s) => !skip?.(s));
  const used = sents.filter((_, k) => read[k] || read[k - 1]);
  if (!used.length) return [];
  const d = prepareDoc(text, used, opts.tokens);
  const out: Found[] = [];
  used.forEach((s, k) => {
    if (skip?.(s) || (opts.speechOnly && !maySpeak(text.slice(s.start, s.end)))) return;
    for (const [a, b] of cueSpans(tagCues(d, k, model.cue), d.sentFirst[k])) {
      // With speechOnly (extractQuotes) a belief cue's roles are not read: its attribution would be dropped.
      if (opts.speechOnly && !isSpeech(text.slice(d.toks[a].start, d.toks[b - 1].end))) continue;
      const c = cueOf(d, a, b);
      out.push(...assemble(text, d, c, readRoles(d, c, model.role)));
    }
  });
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Whether a sentence may hold a cue isSpeech accepts: a colon, "according to", or a letter run that is a
 * reporting verb of our table. A superset (isSpeech reads whitespace words, each a letter run here), so with
 * speechOnly the sentences without one are not tagged at all: in the sentences the rules leave, most cues
 * the model finds are beliefs, and tagging was most of the learned step's cost.
 */
function maySpeak(s: string): boolean {
  if (s.includes(':') || /according to/i.test(s)) return true;
  for (const m of s.matchAll(/\p{L}+/gu)) if (CUE_VERBS.has(m[0].toLowerCase())) return true;
  return false;
}

/** A cue of reported speech: a reporting verb of our table, "according to", or a colon. Example: isSpeech('has said') → true */
export function isSpeech(cue: string): boolean {
  return cue.toLowerCase().split(/\s+/).some((w) => CUE_VERBS.has(w)) || /according to|^\s*:\s*$/i.test(cue);
}

/** One cue's roles → its content pieces: a content around its own frame ("A," he said, "B.") is cut in two. */
function assemble(text: string, d: QDoc, c: Cue, r: Roles): Found[] {
  if (!r.content) return [];
  const t = d.toks;
  const mention = r.source ? { start: t[r.source[0]].start, end: t[r.source[1] - 1].end } : null;
  const [a, b] = r.content;
  const frame = [Math.min(c.a, r.source?.[0] ?? c.a), Math.max(c.b, r.source?.[1] ?? c.b)];
  const pieces = a < frame[0] && b > frame[1] ? [[a, frame[0]], [frame[1], b]] : [[a, b]];
  const cue = text.slice(t[c.a].start, t[c.b - 1].end);
  const act = isSpeech(cue) ? 'speech' : 'belief';
  return pieces.map(([x, y]) => {
    while (y > x + 1 && /^[,;:—–-]$/.test(t[y - 1].text)) y--; // a piece cut at its frame loses the comma
    const start = t[x].start, end = t[y - 1].end;
    const body = text.slice(start, end);
    const kind = KIND.direct.test(body) ? 'direct' : KIND.mixed.test(body) ? 'mixed' : 'indirect';
    return { start, end, mention, cue, cueStart: t[c.a].start, kind, act };
  });
}
