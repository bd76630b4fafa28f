/**
 * Trains the learned attribution steps (src/analyze/quotes/learned/) on PolNeAR train and writes gzipped weights
 * to models/quotes/: a cue tagger (BILOU over sentences) and a role reader (source and content spans of each cue
 * as start/end pointers, learned/pointers.ts), both averaged perceptrons with the NER tagger's machinery
 * (ner/trainer.ts, ner/weights.ts). The role reader also learns from the cue tagger's own false cues (answer:
 * none), so a wrong cue tends to yield no attribution. Without --final it trains on the first 90 % of train (file order) and holds out the last 10 %
 * for choosing settings (score it with QUOTES_MODEL_DIR=<out> and evalQuotes(…, {split: 'train', select})).
 * Reproducible: fixed shuffling seed. Run: node --import tsx scripts/train-quotes.ts [--final]
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { sentences } from '../src/analyze/tokenize.js';
import { annotationFiles, readBrat, splitDir, type Gold } from '../src/eval/quotes.js';
import { AveragedPerceptron } from '../src/analyze/ner/trainer.js';
import { pack, unpack } from '../src/analyze/ner/weights.js';
import type { Scorer } from '../src/analyze/ner/perceptron.js';
import { prepareDoc, type QDoc } from '../src/analyze/quotes/learned/prepare.js';
import { CUE_TAGS, cueSpans, tagCues } from '../src/analyze/quotes/learned/decode.js';
import { cueOf, type Cue } from '../src/analyze/quotes/learned/features.js';
import { POINTER_CLASSES, WINDOW, contentWindow, readRoles, type Roles, type TokSpan } from '../src/analyze/quotes/learned/pointers.js';
import { prf } from '../src/eval/types.js';
import { fmix } from '../src/analyze/ner/hash.js';

const CFG = {
  data: new URL('../../shared/eval/quotes/polnear', import.meta.url).pathname,
  out: process.env.QUOTES_OUT ?? new URL('../models/quotes/', import.meta.url).pathname,
  cueEpochs: Number(process.env.QUOTES_CUE_EPOCHS ?? 3),
  roleEpochs: Number(process.env.QUOTES_ROLE_EPOCHS ?? 4),
  minAbs: Number(process.env.QUOTES_MIN_ABS ?? 1),
  /** Share of train (the last files by name) held out for choosing settings when not --final. */
  holdout: 0.1,
  /** Train the role labeller on the cue tagger's false cues too (all tokens O). */
  negatives: process.env.QUOTES_NEG !== '0',
  seed: 4242,
} as const;

interface Doc { d: QDoc; cueGold: Uint8Array[]; roles: { cue: Cue; gold: Roles }[] }

/** Token indices overlapping a character range. */
function tokensIn(d: QDoc, [a, b]: [number, number]): number[] {
  const out: number[] = [];
  d.toks.forEach((t, i) => { if (t.start < b && t.end > a) out.push(i); });
  return out;
}

/** A gold span as the pointers can reach it: first and last token inside [lo, hi), at most maxLen long, outside the cue. */
function span(d: QDoc, ranges: [number, number][], lo: number, hi: number, maxLen: number, c: Cue): TokSpan {
  const idx = ranges.flatMap((r) => tokensIn(d, r)).filter((i) => i >= lo && i < hi && (i < c.a || i >= c.b)).sort((x, y) => x - y);
  if (!idx.length) return null;
  return [idx[0], Math.min(idx[idx.length - 1], idx[0] + maxLen - 1) + 1];
}

function load(dir: string, file: string): Doc {
  const text = readFileSync(join(dir, 'text', file.replace(/_[0-9a-f]{4}\.ann$/, '.txt')), 'utf8');
  const gold: Gold[] = readBrat(readFileSync(join(dir, 'attributions', file), 'utf8'), text);
  const d = prepareDoc(text, sentences(text));
  const cueTags = new Uint8Array(d.toks.length);
  const roles: Doc['roles'] = [];
  for (const g of gold) {
    const idx = g.cue.length ? tokensIn(d, g.cue[0]) : [];
    if (!idx.length) continue;
    const [a, b] = [idx[0], idx[idx.length - 1] + 1];
    if (d.sent[a] === d.sent[b - 1] && !cueTags.subarray(a, b).some((x) => x)) {
      if (b - a === 1) cueTags[a] = 4;
      else { cueTags.fill(2, a, b); cueTags[a] = 1; cueTags[b - 1] = 3; }
    }
    const cue = cueOf(d, a, b);
    const [lo, hi] = contentWindow(d, cue);
    const k = d.sent[a];
    roles.push({ cue, gold: {
      content: span(d, g.content, lo, hi, hi - lo, cue),
      source: span(d, g.source ?? [], d.sentFirst[k], d.sentFirst[k + 1], WINDOW.source, cue),
    } });
  }
  const cueGold = Array.from({ length: d.sentFirst.length - 1 }, (_, k) => cueTags.slice(d.sentFirst[k], d.sentFirst[k + 1]));
  return { d, cueGold, roles };
}

/** A fixed pseudo-random order: items sorted by a hash of their index and the seed. */
function shuffled<T>(xs: T[], seed: number): T[] {
  return xs.map((x, i) => [fmix(Math.imul(i + 1, 0x9e3779b1) ^ seed), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
}

const key = (s: [number, number]) => `${s[0]}:${s[1]}`;

/** Cue-span P/R/F1 (exact token spans). */
function cueScore(docs: Doc[], w: Scorer): string {
  let tp = 0, fp = 0, fn = 0;
  for (const { d, cueGold } of docs) cueGold.forEach((g, k) => {
    const gold = new Set(cueSpans(g, d.sentFirst[k]).map(key));
    const pred = cueSpans(tagCues(d, k, w), d.sentFirst[k]).map(key);
    for (const p of pred) if (gold.has(p)) tp++; else fp++;
    fn += gold.size - pred.filter((p) => gold.has(p)).length;
  });
  const r = prf(tp, fp, fn);
  return `cue P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`;
}

/** Content and source span accuracy on gold cues (exact token spans). */
function roleScore(docs: Doc[], w: Scorer): string {
  let n = 0, content = 0, source = 0;
  const same = (x: TokSpan, y: TokSpan) => (x === null ? y === null : y !== null && x[0] === y[0] && x[1] === y[1]);
  for (const { d, roles } of docs) for (const { cue, gold } of roles) {
    const r = readRoles(d, cue, w);
    n++;
    if (same(r.content, gold.content)) content++;
    if (same(r.source, gold.source)) source++;
  }
  return `exact content ${(content / n).toFixed(3)} source ${(source / n).toFixed(3)} (${n} gold cues)`;
}

function compact(p: AveragedPerceptron, nt: number): Buffer {
  const { keys, weights } = p.averaged();
  return pack(keys, weights, CFG.minAbs, nt);
}

const final = process.argv.includes('--final');
const t0 = Date.now();
const dir = splitDir(CFG.data, 'train');
const files = annotationFiles(dir);
const cut = final ? files.length : Math.floor(files.length * (1 - CFG.holdout));
const fit = files.slice(0, cut).map((f) => load(dir, f));
const held = files.slice(cut).map((f) => load(dir, f));
console.log(`loaded ${fit.length} + ${held.length} docs in ${(Date.now() - t0) / 1000}s`);

const cueModel = new AveragedPerceptron(CUE_TAGS);
for (let e = 1; e <= CFG.cueEpochs; e++) {
  for (const { d, cueGold } of shuffled(fit, CFG.seed + e)) cueGold.forEach((g, k) => { tagCues(d, k, cueModel, g, cueModel); cueModel.tick(); });
  if (held.length) console.log(`cue epoch ${e}: ${cueScore(held, unpack(compact(cueModel, CUE_TAGS), CUE_TAGS))}`);
}
const cueBytes = compact(cueModel, CUE_TAGS);
const cueW = unpack(cueBytes, CUE_TAGS);

// The tagger's false cues on its own training documents become all-O examples for the role labeller.
// A cue overlapping a gold one ("had said" for "said") is not false: its roles are the gold cue's.
for (const doc of fit) {
  if (!CFG.negatives) break;
  const gold = doc.roles.map((r) => r.cue);
  doc.d.sentFirst.slice(0, -1).forEach((first, k) => {
    for (const s of cueSpans(tagCues(doc.d, k, cueW), first)) {
      if (gold.some((g) => g.a < s[1] && g.b > s[0])) continue;
      doc.roles.push({ cue: cueOf(doc.d, s[0], s[1]), gold: { content: null, source: null } });
    }
  });
}
const roleModel = new AveragedPerceptron(POINTER_CLASSES);
const examples = fit.flatMap((doc) => doc.roles.map((r) => ({ d: doc.d, ...r })));
console.log(`role examples: ${examples.length}`);
for (let e = 1; e <= CFG.roleEpochs; e++) {
  for (const { d, cue, gold } of shuffled(examples, CFG.seed + 100 + e)) { readRoles(d, cue, roleModel, gold, roleModel); roleModel.tick(); }
  if (held.length) console.log(`role epoch ${e}: ${roleScore(held, unpack(compact(roleModel, POINTER_CLASSES), POINTER_CLASSES))}`);
}
const roleBytes = compact(roleModel, POINTER_CLASSES);

mkdirSync(CFG.out, { recursive: true });
for (const f of readdirSync(CFG.out)) if (f.endsWith('.gz')) rmSync(join(CFG.out, f));
writeFileSync(join(CFG.out, 'cue.gz'), gzipSync(cueBytes, { level: 9 }));
writeFileSync(join(CFG.out, 'role.gz'), gzipSync(roleBytes, { level: 9 }));
const meta = { format: 1, trainedOn: final ? 'polnear train (840 articles)' : `polnear train, first ${cut} articles`,
  cueEpochs: CFG.cueEpochs, roleEpochs: CFG.roleEpochs, minAbs: CFG.minAbs, cue: ['cue.gz'], role: ['role.gz'] };
writeFileSync(join(CFG.out, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(JSON.stringify(meta), `${(Date.now() - t0) / 1000}s`);
