/**
 * A document prepared once for the learned attribution tagger: the shared tokenizer's tokens over the whole
 * text with, per token, its sentence, hashed word forms and word classes (the NER tagger's, ner/prepare.ts and
 * ner/lexicon.ts), its class in our cue tables (cues.ts) and whether it sits inside a quotation; plus prefix counts, so "how many commas or
 * quotation marks lie between this token and the cue" is one subtraction.
 */
import type { Sentence } from '../../../model/analysis.js';
import { tokenize, type Token } from '../../tokenize.js';
import { fmix, hashStr, seed } from '../../ner/hash.js';
import { lowerHash, normalise, shapeOf } from '../../ner/prepare.js';
import { lexiconEntry } from '../../ner/lexicon.js';
import { CUE_VERBS, STANCE_VERBS, WEAK_CUES } from '../cues.js';
import { quoteSpans } from '../direct.js';

/** Cue-table class of a word (feature values, keep the numbers). */
export const LEX = { none: 0, speech: 1, stance: 2, weak: 3, prep: 4 } as const;
const PREP = new Set(['according', 'accordance', 'per']);
const H = { shape: seed(902), suffix: seed(903) } as const;
const MARK = /^["“”'‘’]$/;

/** Tokens of sentences already tokenized, by sentence start: tokenize(text, start, end) = toks. */
export type SentenceTokens = ReadonlyMap<number, { end: number; toks: Token[] }>;

export interface QDoc {
  toks: Token[];
  /** Sentence index per token, and each sentence's first token (sentFirst[k]..sentFirst[k+1]). */
  sent: Int32Array;
  sentFirst: Int32Array;
  hLower: Uint32Array;
  hShape: Uint32Array;
  hSuffix: Uint32Array;
  /** The NER lexicon's word classes (ner/lexicon.ts): verbs of saying and believing share classes unseen in train. */
  cls: Uint32Array;
  lex: Uint8Array;
  /** 0 outside quotations, 1 inside, 2 the quotation mark itself. */
  quote: Uint8Array;
  cap: Uint8Array;
  /** Prefix counts: commas[i] = commas among tokens [0, i); likewise marks and cue-table verbs. */
  commas: Int32Array;
  marks: Int32Array;
  cues: Int32Array;
}

function lexOf(low: string): number {
  if (CUE_VERBS.has(low)) return LEX.speech;
  if (STANCE_VERBS.has(low)) return LEX.stance;
  if (WEAK_CUES.has(low)) return LEX.weak;
  return PREP.has(low) ? LEX.prep : LEX.none;
}

interface WordInfo { hLower: number; hShape: number; hSuffix: number; cls: number; lex: number; cap: number }
/** What a token's text alone gives, memoised: most tokens of a text are words seen before. */
const words = new Map<string, WordInfo>();
const WORD_CACHE = 50_000;

function wordInfo(text: string): WordInfo {
  let w = words.get(text);
  if (w) return w;
  if (words.size >= WORD_CACHE) words.clear();
  const low = normalise(text).toLowerCase();
  const hLower = lowerHash(low);
  w = {
    hLower, cls: lexiconEntry(hLower), hShape: fmix(hashStr(H.shape, shapeOf(text))),
    hSuffix: fmix(hashStr(H.suffix, low, Math.max(0, low.length - 3))), lex: lexOf(low), cap: /^\p{Lu}/u.test(text) ? 1 : 0,
  };
  words.set(text, w);
  return w;
}

/**
 * Tokens of the given sentences only (a caller may pass a subset); `known` holds the tokens the rules already made
 * of a sentence, by its start (the same tokenizer call, so the same tokens). Example: prepareDoc(text, sentences(text)).toks.length
 */
export function prepareDoc(text: string, sents: Sentence[], known?: SentenceTokens): QDoc {
  const toks = sents.flatMap((s) => {
    const k = known?.get(s.start);
    return k && k.end === s.end ? k.toks : tokenize(text, s.start, s.end);
  });
  const n = toks.length;
  const d: QDoc = {
    toks, sent: new Int32Array(n), sentFirst: new Int32Array(sents.length + 1), hLower: new Uint32Array(n),
    hShape: new Uint32Array(n), hSuffix: new Uint32Array(n), cls: new Uint32Array(n), lex: new Uint8Array(n), quote: new Uint8Array(n),
    cap: new Uint8Array(n), commas: new Int32Array(n + 1), marks: new Int32Array(n + 1), cues: new Int32Array(n + 1),
  };
  const quotes = quoteSpans(text);
  let k = 0, q = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    while (k < sents.length - 1 && t.start >= sents[k].end) d.sentFirst[++k] = i;
    d.sent[i] = k;
    const w = wordInfo(t.text);
    d.hLower[i] = w.hLower;
    d.cls[i] = w.cls;
    d.hShape[i] = w.hShape;
    d.hSuffix[i] = w.hSuffix;
    d.lex[i] = w.lex;
    d.cap[i] = w.cap;
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    const mark = MARK.test(t.text);
    d.quote[i] = mark ? 2 : q < quotes.length && quotes[q].start <= t.start ? 1 : 0;
    d.commas[i + 1] = d.commas[i] + (t.text === ',' ? 1 : 0);
    d.marks[i + 1] = d.marks[i] + (mark ? 1 : 0);
    d.cues[i + 1] = d.cues[i] + (d.lex[i] ? 1 : 0);
  }
  for (let j = k + 1; j <= sents.length; j++) d.sentFirst[j] = n;
  return d;
}
