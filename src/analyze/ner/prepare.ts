/**
 * Turns a sentence's token texts into what the feature extractor reads: normalised form (curly quotes to
 * CoNLL's straight ones), lower case, word shape, capitalisation, gazetteer codes and per-token hashes. Done
 * once per sentence so each feature is then a couple of integer mixes.
 */
import { hashStr, seed } from './hash.js';
import { gazetteerCodes } from './gazetteer.js';
import { largeCodes } from './gazetteer-large.js';
import { lexiconEntry, lexiconGeneration } from './lexicon.js';

const NORM: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '—': '--', '–': '-' };
const RE = { normChars: /[“”„‘’—–]/g, normAny: /[“”„‘’—–]/, upper: /^\p{Lu}/u, letters: /\p{L}/u, lowerLetter: /\p{Ll}/u } as const;
const SEED = { word: seed(1001), lower: seed(1002), shape: seed(1003), unseen: seed(1004) } as const;

export interface Prepared {
  n: number;
  words: string[];
  lower: string[];
  shape: string[];
  cap: boolean[];
  /** The sentence is a headline in capitals (no lower-case letters), where case says nothing. */
  allCaps: boolean;
  gaz: Uint16Array;
  /** Large-gazetteer position codes per token (gazetteer-large.ts). */
  large: Uint32Array;
  /** Word-class entry per token (lexicon.ts). */
  lex: Uint32Array;
  hWord: Uint32Array;
  hLower: Uint32Array;
  hShape: Uint32Array;
  /**
   * Key that links the mentions of a word across the document (doc.ts): hLower, except for a word training
   * makes the model "forget" (its hLower replaced by the unseen-word hash, see forgetWords).
   */
  hDoc: Uint32Array;
  /** Context-cue bits per token (cues.ts), set by docContext once the whole document is known. */
  cue: Uint16Array;
  /** Key the cues are pooled under (cues.ts runKeys), set with cue. */
  cueKey: Uint32Array;
}

/** Short word shape: runs of the same class collapsed. Example: shapeOf("McDonald's") → "XxXx'x" */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = w[i];
    else {
      const ch = String.fromCodePoint(w.codePointAt(i)!);
      if (ch.length === 2) i++;
      c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Normalises a token to CoNLL conventions. Example: normalise("’s") → "'s" */
export function normalise(w: string): string {
  return RE.normAny.test(w) ? w.replace(RE.normChars, (c) => NORM[c] ?? c) : w;
}

/** What prepare() derives from a token alone, memoised per token text (most tokens of a text are words seen before). */
interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  cap: boolean;
  letters: boolean;
  lowerLetter: boolean;
  hWord: number;
  hLower: number;
  hShape: number;
  lex: number;
}

const CACHE = { max: 50_000 } as const;
const words = new Map<string, WordInfo>();
let wordsLexicon = -1;

function wordInfo(token: string): WordInfo {
  if (wordsLexicon !== lexiconGeneration()) { words.clear(); wordsLexicon = lexiconGeneration(); }
  let v = words.get(token);
  if (v) return v;
  // Copies: a token cut from an article is a V8 slice that would keep the whole article alive in the cache.
  const own = (x: string) => (' ' + x).slice(1);
  const word = own(normalise(token));
  const lower = own(word.toLowerCase()), shape = shapeOf(word);
  const hLower = hashStr(SEED.lower, lower) >>> 0;
  v = {
    word, lower, shape, cap: RE.upper.test(word), letters: RE.letters.test(word), lowerLetter: RE.lowerLetter.test(word),
    hWord: hashStr(SEED.word, word) >>> 0, hLower, hShape: hashStr(SEED.shape, shape) >>> 0, lex: lexiconEntry(hLower),
  };
  if (words.size >= CACHE.max) words.clear();
  words.set(own(token), v);
  return v;
}

/** Prepares one sentence. Example: prepare(['Mr', 'Rubio', 'said']).cap → [true, true, false] */
export function prepare(tokens: string[]): Prepared {
  const n = tokens.length;
  const infos = tokens.map(wordInfo);
  const words = infos.map((v) => v.word);
  const lower = infos.map((v) => v.lower);
  const shape = infos.map((v) => v.shape);
  const cap = infos.map((v) => v.cap);
  let lettered = 0;
  let lowerSeen = false;
  for (const v of infos) {
    if (v.letters) lettered++;
    if (v.lowerLetter) { lowerSeen = true; break; }
  }
  const hWord = new Uint32Array(n);
  const hLower = new Uint32Array(n);
  const hShape = new Uint32Array(n);
  const lex = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = infos[i];
    hWord[i] = v.hWord;
    hLower[i] = v.hLower;
    hShape[i] = v.hShape;
    lex[i] = v.lex;
  }
  const gaz = gazetteerCodes(lower, cap);
  const large = largeCodes(lower, cap);
  return { n, words, lower, shape, cap, allCaps: !lowerSeen && lettered > 0, gaz, large, lex, hWord, hLower, hShape, hDoc: hLower.slice(), cue: new Uint16Array(n), cueKey: hLower.slice() };
}

/** Hash of a lower-case word as prepare() computes it. Example: lowerHash('kyiv') === prepare(['Kyiv']).hLower[0] */
export const lowerHash = (lower: string) => hashStr(SEED.lower, lower) >>> 0;

/**
 * Training-time word dropout: the chosen tokens look like words never seen before (one shared "unseen" hash,
 * no word class, no capitalisation prior), while hDoc still links their mentions. Names in new text are mostly
 * unseen, and without this the model leans on remembered words and undertrains the context and cue features.
 * Example: forgetWords(s, (i) => s.cap[i] && rnd() < 0.2)
 */
export function forgetWords(s: Prepared, pick: (i: number) => boolean): void {
  for (let i = 0; i < s.n; i++) {
    if (!pick(i)) continue;
    s.hWord[i] = SEED.unseen;
    s.hLower[i] = SEED.unseen;
    s.lex[i] = 0;
  }
}
