/**
 * Reader for CoNLL-2003 column files (word … tag, IOB1 or IOB2, documents split by -DOCSTART-). Tags are
 * returned as BILOU indices (tags.ts), so training and scoring see one scheme whatever the file uses.
 */
import { readFileSync } from 'node:fs';
import { TYPES, encode, spans } from './tags.js';

export interface ConllSentence {
  words: string[];
  tags: number[];
}
export type ConllDoc = ConllSentence[];


/** Parses a CoNLL file into documents. Example: readConll('conllpp_dev.txt')[0][0].words */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = [];
  let words: string[] = [];
  let raw: string[] = [];
  const endSentence = () => {
    if (words.length) doc.push({ words, tags: toBilou(raw) });
    words = [];
    raw = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (!cols[0]) endSentence();
    else {
      words.push(cols[0]);
      raw.push(cols[cols.length - 1]);
    }
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/** IOB1 or IOB2 → BILOU: an I-X that does not continue an X starts a new name, as in IOB2. */
function toBilou(raw: string[]): number[] {
  const found: [number, number, number][] = [];
  raw.forEach((tag, i) => {
    const type = TYPES.indexOf(tag.slice(2) as (typeof TYPES)[number]);
    if (type < 0) return;
    const last = found[found.length - 1];
    if (tag.startsWith('I-') && last && last[1] === i && last[2] === type) last[1] = i + 1;
    else found.push([i, i + 1, type]);
  });
  return encode(found, raw.length);
}

/** Exact span+type matches between gold and predicted tag sequences (conlleval). Example: countMatches([1,2],[1,2]) */
export function countMatches(gold: ArrayLike<number>, pred: ArrayLike<number>, perType?: number[][]): [number, number, number] {
  const g = new Set(spans(gold).map((s) => s.join(',')));
  const p = spans(pred).map((s) => s.join(','));
  let tp = 0;
  for (const s of p) if (g.has(s)) tp++;
  if (perType) {
    for (const s of spans(gold)) perType[s[2]][2]++;
    for (const s of p) perType[+s.split(',')[2]][g.has(s) ? 0 : 1]++;
    for (const s of p) if (g.has(s)) perType[+s.split(',')[2]][2]--;
  }
  return [tp, p.length - tp, g.size - tp];
}
