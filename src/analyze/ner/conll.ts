/**
 * Reader for CoNLL-2003 column files (word … tag, IOB1 or IOB2, documents split by -DOCSTART-). Tags are
 * returned as IOB2 indices into TAGS, so training and scoring see one scheme whatever the file uses.
 */
import { readFileSync } from 'node:fs';
import { TAGS, spans } from './perceptron.js';

export interface ConllSentence {
  words: string[];
  tags: number[];
}
export type ConllDoc = ConllSentence[];

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Parses a CoNLL file into documents. Example: readConll('conllpp_dev.txt')[0][0].words */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = [];
  let words: string[] = [];
  let raw: string[] = [];
  const endSentence = () => {
    if (words.length) doc.push({ words, tags: toIob2(raw) });
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

/** IOB1 → IOB2: an I-X that does not continue an X starts one. */
function toIob2(raw: string[]): number[] {
  const out: number[] = [];
  let prevType = '';
  for (const r of raw) {
    const tag = r;
    const type = tag === 'O' ? '' : tag.slice(2);
    const begin = tag.startsWith('B-') || (tag.startsWith('I-') && type !== prevType);
    out.push(type ? (TAG_INDEX.get(`${begin ? 'B' : 'I'}-${type}`) ?? 0) : 0);
    prevType = type;
  }
  return out;
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
