/**
 * Document-level evidence for the tagger: how each word is written elsewhere in the same document. A word in
 * a capitals headline or at a sentence start is ambiguous on its own; the same word capitalised mid-sentence
 * elsewhere, or after a title ("Mr"), settles it. Also pools each name's context cues (cues.ts) over the
 * document, and optionally carries a first pass's entity types per word, for the second, consistency-aware pass.
 */
import { lowerHash, type Prepared } from './prepare.js';
import { CUE, demonymStems, runKeys, sentenceCues } from './cues.js';

const BIT = { capMid: 1, lowMid: 2, afterTitle: 4 } as const;
const TITLE_BEGIN = 1 << (2 * 4); // gazetteer kind 4 = TITLE, begin bit

export interface DocContext {
  /** lower-case hash → BIT flags */
  flags: Map<number, number>;
  /** lower-case hash → votes per type (PER, ORG, LOC, MISC) from a first pass; empty when none. */
  votes: Map<number, Uint16Array>;
  /** name key (Prepared.cueKey) → OR of the context-cue bits of its mentions (cues.ts) across the document. */
  cues: Map<number, number>;
}

const RE = { based: /^(.+)-based$/ } as const;

/**
 * Collects the flags and pooled cues for a document's sentences, and sets each sentence's cue bits.
 * Example: docContext([prepare(['Mr','Smith'])])
 */
export function docContext(sents: Prepared[]): DocContext {
  const flags = new Map<number, number>();
  const cues = new Map<number, number>();
  const stems = demonymStems(sents);
  for (const s of sents) {
    s.cue = sentenceCues(s, stems);
    s.cueKey = runKeys(s);
    for (let i = 0; i < s.n; i++) {
      let f = 0;
      if (!s.allCaps && i > 0) f |= s.cap[i] ? BIT.capMid : s.lower[i] !== s.words[i] ? 0 : BIT.lowMid;
      if (i > 0 && s.gaz[i - 1] & TITLE_BEGIN && s.cap[i]) f |= BIT.afterTitle;
      if (f) flags.set(s.hDoc[i], (flags.get(s.hDoc[i]) ?? 0) | f);
      if (s.cue[i]) cues.set(s.cueKey[i], (cues.get(s.cueKey[i]) ?? 0) | s.cue[i]);
      const based = s.cap[i] ? RE.based.exec(s.lower[i]) : null; // "Lissane-based" says Lissane is a place
      if (based) { const h = lowerHash(based[1]); cues.set(h, (cues.get(h) ?? 0) | CUE.locBased); }
    }
  }
  return { flags, votes: new Map(), cues };
}

/** Records a first pass's entity tokens (type index 0-3) as votes. Example: addVote(ctx, s.hLower[i], 0) */
export function addVote(ctx: DocContext, hLower: number, type: number): void {
  let v = ctx.votes.get(hLower);
  if (!v) ctx.votes.set(hLower, (v = new Uint16Array(4)));
  v[type]++;
}
