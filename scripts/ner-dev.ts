/**
 * The NER tuning figures of docs/eval/ner.md in one run, for the model in NER_MODEL_DIR (a train-only model
 * written by `NER_OUT=dir/ node --import tsx scripts/train-ner.ts`): CoNLL-2003 dev F1 per type; dev "unseen
 * recall" (recall on the dev entities none of whose tokens occurs in the training file, a stand-in for the test
 * period's new names); and WNUT-17 dev F1 on PER ← person, LOC ← location, ORG ← corporation/group (every
 * other gold type is dropped, every predicted MISC is a false positive; one tweet per document). Never reads
 * the test files. Run: NER_MODEL_DIR=/tmp/x node --import tsx scripts/ner-dev.ts
 */
import { readFileSync } from 'node:fs';
import { countMatches, readConll, type ConllDoc } from '../src/analyze/ner/conll.js';
import { prepare } from '../src/analyze/ner/prepare.js';
import { tagDocument } from '../src/analyze/ner/tagger.js';
import { loadModel } from '../src/analyze/ner/model.js';
import { TYPES, encode, spans } from '../src/analyze/ner/tags.js';
import { prf, round } from '../src/eval/types.js';

const ROOT = new URL('../../shared/eval/ner/', import.meta.url).pathname;
const FILES = { train: 'conllpp/data/conllpp_train.txt', dev: 'conllpp/data/conllpp_dev.txt', wnut: 'wnut17/emerging.dev.conll' } as const;
const WNUT_TYPE: Record<string, number> = { person: 0, corporation: 1, group: 1, location: 2 };

const model = loadModel();
const tag = (doc: ConllDoc) => tagDocument(doc.map((s) => prepare(s.words)), model);

function scoreDocs(docs: ConllDoc[]) {
  const per = TYPES.map(() => [0, 0, 0]);
  let tp = 0, fp = 0, fn = 0;
  for (const doc of docs) {
    const tags = tag(doc);
    doc.forEach((s, k) => { const [a, b, c] = countMatches(s.tags, tags[k], per); tp += a; fp += b; fn += c; });
  }
  const r = prf(tp, fp, fn);
  return { p: round(r.precision, 4), r: round(r.recall, 4), f1: round(r.f1, 4), ...Object.fromEntries(TYPES.map((t, i) => [t, round(prf(per[i][0], per[i][1], per[i][2]).f1, 4)])) };
}

/** Recall on the dev entities none of whose tokens occurs anywhere in the training file. */
function unseenRecall(dev: ConllDoc[], train: ConllDoc[]): { n: number; recall: number } {
  const seen = new Set<string>();
  for (const d of train) for (const s of d) for (const w of s.words) seen.add(w);
  let n = 0, hit = 0;
  for (const doc of dev) {
    const tags = tag(doc);
    doc.forEach((s, k) => {
      const got = new Set(spans(tags[k]).map(([a, b, t]) => `${a},${b},${t}`));
      for (const [a, b, t] of spans(s.tags)) {
        if (s.words.slice(a, b).some((w) => seen.has(w))) continue;
        n++;
        if (got.has(`${a},${b},${t}`)) hit++;
      }
    });
  }
  return { n, recall: round(hit / n, 4) };
}

/** WNUT-17 (BIO over six types) as one-sentence documents with our four-type BILOU tags. */
function readWnut(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const rows = block.split('\n').map((l) => l.split('\t')).filter((c) => c[0]);
    if (!rows.length) continue;
    const found: [number, number, number][] = [];
    rows.forEach(([, label = 'O'], i) => {
      const type = WNUT_TYPE[label.slice(2)];
      if (label.startsWith('B-') && type !== undefined) found.push([i, i + 1, type]);
      else if (label.startsWith('I-') && type !== undefined && found.length && found[found.length - 1][1] === i) found[found.length - 1][1] = i + 1;
    });
    docs.push([{ words: rows.map((c) => c[0]), tags: Array.from(encode(found, rows.length)) }]);
  }
  return docs;
}

const train = readConll(ROOT + FILES.train);
const dev = readConll(ROOT + FILES.dev);
console.log(JSON.stringify({
  model: process.env.NER_MODEL_DIR ?? 'models/ner',
  dev: scoreDocs(dev),
  unseen: unseenRecall(dev, train),
  wnutDev: scoreDocs(readWnut(ROOT + FILES.wnut)),
}));
