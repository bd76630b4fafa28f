/**
 * Document-level evidence for the tagger: how each word is written elsewhere in the same document. A word in
 * a capitals headline or at a sentence start is ambiguous on its own; the same word capitalised mid-sentence
 * elsewhere, or after a title ("Mr"), settles it. Optionally carries a first pass's entity types per word,
 * for the second, consistency-aware pass.
 */
import type { Prepared } from './prepare.js';

const BIT = { capMid: 1, lowMid: 2, afterTitle: 4 } as const;
const TITLE_BEGIN = 1 << (2 * 4); // gazetteer kind 4 = TITLE, begin bit

export interface DocContext {
  /** lower-case hash → BIT flags */
  flags: Map<number, number>;
  /** lower-case hash → votes per type (PER, ORG, LOC, MISC) from a first pass; empty when none. */
  votes: Map<number, Uint16Array>;
}

/** Collects the flags for a document's sentences. Example: docContext([prepare(['Mr','Smith'])]) */
export function docContext(sents: Prepared[]): DocContext {
  const flags = new Map<number, number>();
  for (const s of sents) {
    for (let i = 0; i < s.n; i++) {
      let f = 0;
      if (!s.allCaps && i > 0) f |= s.cap[i] ? BIT.capMid : s.lower[i] !== s.words[i] ? 0 : BIT.lowMid;
      if (i > 0 && s.gaz[i - 1] & TITLE_BEGIN && s.cap[i]) f |= BIT.afterTitle;
      if (f) flags.set(s.hLower[i], (flags.get(s.hLower[i]) ?? 0) | f);
    }
  }
  return { flags, votes: new Map() };
}

/** Records a first pass's entity tokens (type index 0-3) as votes. Example: addVote(ctx, s.hLower[i], 0) */
export function addVote(ctx: DocContext, hLower: number, type: number): void {
  let v = ctx.votes.get(hLower);
  if (!v) ctx.votes.set(hLower, (v = new Uint16Array(4)));
  v[type]++;
}
