/**
 * Two-pass document tagging: the first pass tags every sentence with local and document-case features; its
 * entity types per word become votes, and the second pass re-tags with them, so "Nato" in a headline or a
 * lone surname agrees with the rest of the document (Krishnan & Manning 2006, stacked). A last, rule-like step
 * (cueRetype) applies the document's context cues (cues.ts) to names the passes still typed against them.
 */
import { addVote, docContext, type DocContext } from './doc.js';
import { CUE } from './cues.js';
import { NT, decode, localOf, spans, type Local, type Scorer } from './perceptron.js';
import { HashedWeights, PairedWeights } from './weights.js';
import type { Prepared } from './prepare.js';

export interface Passes {
  first: Scorer;
  second?: Scorer;
}

/** Adds a pass's entity tokens to ctx.votes. Example: vote(ctx, sents, tagsPerSentence) */
export function vote(ctx: DocContext, sents: Prepared[], tags: Uint8Array[]): void {
  sents.forEach((s, k) => {
    for (const [a, b, type] of spans(tags[k])) for (let i = a; i < b; i++) addVote(ctx, s.hDoc[i], type);
  });
}

/** Tags a document's sentences. Example: tagDocument([prepare(words)], { first, second }) → [Uint8Array] */
export function tagDocument(sents: Prepared[], passes: Passes): Uint8Array[] {
  const ctx = docContext(sents);
  const locals = sents.map((s) => localOf(s, ctx));
  const paired = pairedOf(passes);
  const seconds = paired ? locals.map((l) => contextSums(l, paired)) : [];
  const first = sents.map((s, k) => decode(s, ctx, passes.first, locals[k]));
  if (!passes.second) return first;
  vote(ctx, sents, first);
  locals.forEach((l, k) => { l.prior = first[k]; if (paired) l.context = seconds[k]; });
  const second = sents.map((s, k) => decode(s, ctx, passes.second!, locals[k]));
  cueRetype(sents, ctx, second);
  return second;
}

const PAIRED = new WeakMap<Passes, PairedWeights>();

/** Both passes' weights under one table, when both are the compact inference weights (not while training). */
function pairedOf(passes: Passes): PairedWeights | null {
  const { first, second } = passes;
  if (!(first instanceof HashedWeights) || !(second instanceof HashedWeights)) return null;
  let p = PAIRED.get(passes);
  if (!p) PAIRED.set(passes, (p = new PairedWeights(first, second)));
  return p;
}

/**
 * Sums every token's context features under both models with one probe per feature: sets local.context to the
 * first pass's sums and returns the second's, for after the first pass.
 */
function contextSums(local: Local, paired: PairedWeights): Float64Array {
  const n = local.ends.length;
  const a = new Float64Array(n * NT), b = new Float64Array(n * NT);
  for (let i = 0; i < n; i++) paired.score2(local.feats, local.wordEnds[i], local.ends[i], a, b, i * NT);
  local.context = a;
  return b;
}

const STRONG_LOC = CUE.locPoss | CUE.demStem | CUE.capital | CUE.locDir | CUE.locBased | CUE.locHead;
const ORG_CUES = CUE.orgHead | CUE.orgAppos | CUE.orgPoss;
const PER_CUES = CUE.perTitle | CUE.perAge;

/**
 * What a reader does with a name the tagger took for a person or an organisation although the document says
 * otherwise: a name with a strong place cue somewhere in the text ("X's government", "the Xian capital",
 * "western X", "the X region") and no person or organisation cue anywhere becomes LOC; a "person" with only
 * organisation cues ("X Hydro", "the operator X") becomes ORG. Only whole capitalised runs are retyped. On CoNLL
 * dev it changes almost nothing (PER/ORG/LOC ±0.0003); on invented names it is what settles the type.
 * Example: cueRetype(sents, ctx, tags) (tags changed in place)
 */
export function cueRetype(sents: Prepared[], ctx: DocContext, tags: Uint8Array[]): void {
  sents.forEach((s, k) => {
    for (const [a, b, type] of spans(tags[k])) {
      if (type > 1) continue;
      if ((a > 0 && s.cap[a - 1]) || (b < s.n && s.cap[b])) continue; // not a whole capitalised run
      const bits = ctx.cues.get(s.cueKey[a]) ?? 0;
      if (bits & PER_CUES) continue;
      const to = bits & STRONG_LOC && !(bits & ORG_CUES) ? 2 : bits & ORG_CUES && !(bits & STRONG_LOC) ? 1 : type;
      if (to !== type) for (let i = a; i < b; i++) tags[k][i] += 4 * (to - type);
    }
  });
}

