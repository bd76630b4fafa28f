/**
 * Two-pass document tagging: the first pass tags every sentence with local and document-case features; its
 * entity types per word become votes, and the second pass re-tags with them, so "Nato" in a headline or a
 * lone surname agrees with the rest of the document (Krishnan & Manning 2006, stacked).
 */
import { addVote, docContext, type DocContext } from './doc.js';
import { decode, localOf, spans, type Scorer } from './perceptron.js';
import type { Prepared } from './prepare.js';

export interface Passes {
  first: Scorer;
  second?: Scorer;
}

/** Adds a pass's entity tokens to ctx.votes. Example: vote(ctx, sents, tagsPerSentence) */
export function vote(ctx: DocContext, sents: Prepared[], tags: Uint8Array[]): void {
  sents.forEach((s, k) => {
    for (const [a, b, type] of spans(tags[k])) for (let i = a; i < b; i++) addVote(ctx, s.hLower[i], type);
  });
}

/** Tags a document's sentences. Example: tagDocument([prepare(words)], { first, second }) → [Uint8Array] */
export function tagDocument(sents: Prepared[], passes: Passes): Uint8Array[] {
  const ctx = docContext(sents);
  const locals = sents.map((s) => localOf(s, ctx));
  const first = sents.map((s, k) => decode(s, ctx, passes.first, locals[k]));
  if (!passes.second) return first;
  vote(ctx, sents, first);
  locals.forEach((l, k) => { l.prior = first[k]; });
  return sents.map((s, k) => decode(s, ctx, passes.second!, locals[k]));
}
