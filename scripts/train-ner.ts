/**
 * Trains the NER tagger on CoNLL-2003 (../shared/eval/ner/conllpp: train, plus dev when --final) and writes
 * gzipped weights to models/ner/. Two passes: the first on local + document-case features; the second also on
 * first-pass votes, which for training documents come from k-fold jackknifing so they are as noisy as at
 * test time. Reproducible: fixed shuffling seed. Run: node --import tsx scripts/train-ner.ts [--final]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readConll, countMatches, type ConllDoc } from '../src/analyze/ner/conll.js';
import { prepare, type Prepared } from '../src/analyze/ner/prepare.js';
import { docContext, type DocContext } from '../src/analyze/ner/doc.js';
import { decode, localOf, type Local, type Scorer } from '../src/analyze/ner/perceptron.js';
import { AveragedPerceptron } from '../src/analyze/ner/trainer.js';
import { pack, unpack } from '../src/analyze/ner/weights.js';
import { vote } from '../src/analyze/ner/tagger.js';
import { prf } from '../src/eval/types.js';
import { CorpusCounts, buildLexicon } from '../src/analyze/ner/clusters.js';
import { packLexicon, setLexicon } from '../src/analyze/ner/lexicon.js';
import { unlabelledSentences } from './ner-corpus.js';

const CFG = {
  data: new URL('../../shared/eval/ner/conllpp/data/', import.meta.url).pathname,
  out: process.env.NER_OUT ?? new URL('../models/ner/', import.meta.url).pathname,
  epochs: Number(process.env.NER_EPOCHS ?? 10),
  minAbs: Number(process.env.NER_MIN_ABS ?? 1),
  partBytes: 1_900_000,
  seed: 12345,
  folds: Number(process.env.NER_FOLDS ?? 2),
} as const;

interface Doc { sents: Prepared[]; gold: number[][]; ctx: DocContext; locals: Local[] }

const load = (file: string): Doc[] =>
  readConll(join(CFG.data, file)).map((d: ConllDoc) => {
    const sents = d.map((s) => prepare(s.words));
    const ctx = docContext(sents);
    return { sents, gold: d.map((s) => s.tags), ctx, locals: sents.map((s) => localOf(s, ctx)) };
  });

function shuffled<T>(xs: T[], seed: number): T[] {
  const a = xs.slice();
  let x = seed;
  for (let i = a.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function compact(p: AveragedPerceptron, minAbs = CFG.minAbs): { bytes: Buffer; scorer: Scorer } {
  const { keys, weights } = p.averaged();
  const bytes = pack(keys, weights, minAbs);
  return { bytes, scorer: unpack(bytes) };
}

function score(docs: Doc[], w: Scorer): number {
  let tp = 0, fp = 0, fn = 0;
  for (const d of docs) d.sents.forEach((s, k) => {
    const [a, b, c] = countMatches(d.gold[k], decode(s, d.ctx, w, d.locals[k]));
    tp += a; fp += b; fn += c;
  });
  return prf(tp, fp, fn).f1;
}

function train(docs: Doc[], dev: Doc[] | null, label: string): AveragedPerceptron {
  const p = new AveragedPerceptron();
  for (let e = 1; e <= CFG.epochs; e++) {
    const t0 = Date.now();
    for (const d of shuffled(docs, CFG.seed + e)) d.sents.forEach((s, k) => { decode(s, d.ctx, p, d.locals[k], d.gold[k], p); p.tick(); });
    const f1 = dev ? ` dev F1 ${score(dev, compact(p).scorer)}` : '';
    console.log(`${label} epoch ${e} ${((Date.now() - t0) / 1000).toFixed(1)}s${f1}`);
  }
  return p;
}

/** Fills each doc's votes from a first-pass scorer. */
function addVotes(docs: Doc[], w: Scorer): void {
  for (const d of docs) {
    const tags = d.sents.map((s, k) => decode(s, d.ctx, w, d.locals[k]));
    vote(d.ctx, d.sents, tags);
    d.locals.forEach((l, k) => { l.prior = tags[k]; });
  }
}

function write(name: string, bytes: Buffer): string[] {
  const gz = gzipSync(bytes, { level: 9 });
  const parts: string[] = [];
  for (let o = 0, k = 0; o < gz.length; o += CFG.partBytes, k++) {
    const file = `${name}.${k}.gz.part`;
    writeFileSync(join(CFG.out, file), gz.subarray(o, o + CFG.partBytes));
    parts.push(file);
  }
  if (!gunzipSync(gz).equals(bytes)) throw new Error('round trip failed');
  return parts;
}

const final = process.argv.includes('--final');
const t0 = Date.now();
const counts = new CorpusCounts();
for (const file of ['conllpp_train.txt', 'conllpp_dev.txt']) for (const d of readConll(join(CFG.data, file))) for (const s of d) counts.add(s.words);
const unlabelled = unlabelledSentences(join(CFG.data, '../../..'));
for (const s of unlabelled) counts.add(s);
const lexicon = buildLexicon(counts);
setLexicon(lexicon.keys, lexicon.values);
console.log(`lexicon: ${unlabelled.length} unlabelled sentences, ${lexicon.keys.length} words, ${(Date.now() - t0) / 1000}s`);
const trainDocs = load('conllpp_train.txt');
const devDocs = load('conllpp_dev.txt');
const fitDocs = final ? [...trainDocs, ...devDocs] : trainDocs;
const check = final ? null : devDocs;

const first = compact(train(fitDocs, check, 'pass1'));
const folds = Array.from({ length: CFG.folds }, (_, f) => shuffled(fitDocs, CFG.seed).filter((_, i) => i % CFG.folds === f));
const foldModels = folds.map((_, f) => compact(train(fitDocs.filter((d) => !folds[f].includes(d)), null, `fold${f}`)).scorer);
folds.forEach((fold, f) => addVotes(fold, foldModels[f]));
if (check) addVotes(check, first.scorer);
const second = compact(train(fitDocs, check, 'pass2'));

mkdirSync(CFG.out, { recursive: true });
for (const f of readdirSync(CFG.out)) if (f.endsWith('.gz.part')) rmSync(join(CFG.out, f));
writeFileSync(join(CFG.out, 'lexicon.0.gz.part'), gzipSync(packLexicon(lexicon.keys, lexicon.values), { level: 9 }));
const meta = { format: 1, trainedOn: final ? 'conll2003 train+dev' : 'conll2003 train', epochs: CFG.epochs,
  minAbs: CFG.minAbs, first: write('pass1', first.bytes), second: write('pass2', second.bytes) };
writeFileSync(join(CFG.out, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(JSON.stringify(meta));
