/**
 * `crosscheck eval ner <path>`: conlleval-style scoring (exact span + type, micro over PER/ORG/LOC/MISC) of
 * the trained tagger on a CoNLL file, or on the CoNLL++ test file when given the conllpp folder. compromise
 * (people/places/organizations on the detokenised documents, MISC never found) is scored in the same run.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countMatches, readConll, type ConllDoc } from '../analyze/ner/conll.js';
import { prepare } from '../analyze/ner/prepare.js';
import { tagDocument } from '../analyze/ner/tagger.js';
import { loadModel } from '../analyze/ner/model.js';
import { TYPES, encode } from '../analyze/ner/tags.js';
import { prf, round, type EvalResult } from './types.js';

const TEST_FILES = ['data/conllpp_test.txt', 'conllpp_test.txt'];
const COMPROMISE: [string, number][] = [['people', 0], ['organizations', 1], ['places', 2]];

type Tagger = (doc: ConllDoc) => ArrayLike<number>[];

function resolve(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const file = TEST_FILES.map((f) => join(path, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`no CoNLL++ test file under ${path}`);
  return file;
}

function score(docs: ConllDoc[], tag: Tagger) {
  const per = TYPES.map(() => [0, 0, 0]);
  let tp = 0, fp = 0, fn = 0;
  for (const doc of docs) {
    const tags = tag(doc);
    doc.forEach((s, k) => {
      const [a, b, c] = countMatches(s.tags, tags[k], per);
      tp += a; fp += b; fn += c;
    });
  }
  return { ...prf(tp, fp, fn), perType: Object.fromEntries(TYPES.map((t, i) => [t, prf(per[i][0], per[i][1], per[i][2])])) };
}

/** compromise on the detokenised document, its spans mapped back to tokens as BILOU tags. */
async function compromiseTagger(): Promise<Tagger> {
  const nlp = (await import('compromise')).default;
  return (doc) => {
    const starts: number[][] = [];
    let text = '';
    for (const s of doc) {
      starts.push(s.words.map((w) => { const at = text.length; text += w + ' '; return at; }));
      text += '\n';
    }
    const found = doc.map((): [number, number, number][] => []);
    const parsed = nlp(text);
    for (const [method, type] of COMPROMISE) {
      const hits = (parsed as any)[method]().json({ offset: true }) as { offset: { start: number; length: number } }[];
      for (const { offset } of hits) mark(starts, found, offset.start, offset.start + offset.length, type);
    }
    return found.map((f, k) => encode(dropOverlaps(f), doc[k].words.length));
  };
}

function mark(starts: number[][], found: [number, number, number][][], from: number, to: number, type: number): void {
  starts.forEach((st, k) => {
    const inside = st.map((at, i) => (at >= from && at < to ? i : -1)).filter((i) => i >= 0);
    if (inside.length) found[k].push([inside[0], inside[inside.length - 1] + 1, type]);
  });
}

/** Keeps the first of overlapping spans (compromise may call one name both a person and a place). */
function dropOverlaps(found: [number, number, number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const f of found) if (!out.some((o) => f[0] < o[1] && o[0] < f[1])) out.push(f);
  return out;
}

/** Scores the tagger and the compromise baseline. Example: await evalNer('../shared/eval/ner/conllpp') */
export async function evalNer(path: string): Promise<EvalResult> {
  const file = resolve(path);
  const docs = readConll(file);
  const model = loadModel();
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.words.length, 0), 0);
  const t0 = performance.now();
  const ours = score(docs, (doc) => tagDocument(doc.map((s) => prepare(s.words)), model));
  const ms = performance.now() - t0;
  const baseline = score(docs, await compromiseTagger());
  return {
    suite: 'ner', n: docs.length, file, tokens, ...ours,
    tokensPerSecond: round(tokens / (ms / 1000), 0),
    'baseline:compromise': baseline,
  };
}
