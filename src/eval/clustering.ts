/**
 * `crosscheck eval clustering <dir>`: story clustering scored on ECB+ (CROMER XML topic folders). Gold
 * story = (topic, ecb | ecbplus): each topic holds two real events of the same kind, so the task is both
 * "which topic" and "which of two similar events". Documents are fed to StoryClusterer once, in an order
 * shuffled with a fixed seed; there are no dates, so time is neutral. Thresholds (ours and the baseline's,
 * the same way: best B³ F1 on a grid) are tuned on topics 1–12; topics 13–29 are held out.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { type EvalResult, type Prf, prf, round } from './types.js';
import { StoryClusterer, type ClusterOptions } from '../stories/cluster/clusterer.js';
import { standInEntities } from '../stories/cluster/stand-in.js';
import { batchVectors, similarPairs, singleLink } from '../stories/cluster/single-link.js';

export const ECB_EVAL = {
  file: /^(\d+)_(\d+)(ecb|ecbplus)\.xml$/,
  trainTopics: 12,
  seed: 20240611,
  thresholds: range(0.05, 0.4, 0.025),
  entityWeights: [0.3, 0.4, 0.5, 0.6],
  splitGaps: [0, 0.2, 0.25, 0.3],
  baselineThresholds: range(0.04, 0.8, 0.01),
  /** Leading URL lines of ecbplus files are crawl metadata, not text (and would give the subset away). */
  url: /^https?\s*:/,
  noSpaceBefore: /^(?:[.,;:!?%)\]}]|''|n't|'s|'re|'ve|'ll|'d|'m)$/i,
  noSpaceAfter: /^(?:[(\[{$]|``)$/,
};

export interface EcbDoc { name: string; topic: number; gold: string; text: string }

/** ECB+ documents sorted by topic, number and subset. Example: (await readEcb(dir))[0].gold → '1/ecb' */
export async function readEcb(dir: string): Promise<EcbDoc[]> {
  const docs: EcbDoc[] = [];
  for (const topic of await readdir(dir)) {
    if (!/^\d+$/.test(topic)) continue;
    for (const name of await readdir(join(dir, topic))) {
      const m = ECB_EVAL.file.exec(name);
      if (m) docs.push({ name, topic: +m[1], gold: `${m[1]}/${m[3]}`, text: cromerText(await readFile(join(dir, topic, name), 'utf8')) });
    }
  }
  const key = (d: EcbDoc) => { const m = ECB_EVAL.file.exec(d.name)!; return [+m[1], +m[2], m[3].length]; };
  return docs.sort((a, b) => { const x = key(a), y = key(b); return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
}

/** Rebuilds text from CROMER `<token sentence=…>` elements, one line per sentence, URL lines dropped. */
export function cromerText(xml: string): string {
  const lines: string[][] = [];
  let sentence = -1, inToken = false, tok = '';
  const parser = new Parser({
    onopentag(name, attrs) { if (name === 'token') { inToken = true; tok = ''; sentence = +(attrs.sentence ?? 0); } },
    ontext(t) { if (inToken) tok += t; },
    onclosetag(name) {
      if (name !== 'token') return;
      inToken = false;
      (lines[sentence] ??= []).push(tok.trim());
    },
  }, { xmlMode: true });
  parser.end(xml);
  return lines.filter(Boolean).map(detokenize).filter((l) => !ECB_EVAL.url.test(l)).join('\n');
}

function detokenize(tokens: string[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] === '``' || tokens[i] === "''" ? '"' : tokens[i];
    const glue = i === 0 || ECB_EVAL.noSpaceBefore.test(tokens[i]) || ECB_EVAL.noSpaceAfter.test(tokens[i - 1]);
    out += (glue ? '' : ' ') + t;
  }
  return out;
}

/** B³ precision/recall/F1 averaged over items. Example: bcubed(['a','a'], ['x','y']).precision → 0.5 */
export function bcubed(pred: string[], gold: string[]): Prf {
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const p = count(pred), g = count(gold), both = count(pred.map((x, i) => x + '\u0000' + gold[i]));
  let P = 0, R = 0;
  pred.forEach((x, i) => {
    const k = both.get(x + '\u0000' + gold[i])!;
    P += k / p.get(x)!;
    R += k / g.get(gold[i])!;
  });
  P /= pred.length || 1; R /= pred.length || 1;
  return { precision: round(P), recall: round(R), f1: round(P + R ? (2 * P * R) / (P + R) : 0) };
}

/** Pairwise P/R/F1 over all same-cluster pairs. Example: pairwise(['a','a'], ['x','x']).f1 → 1 */
export function pairwise(pred: string[], gold: string[]): Prf {
  const pairs = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>()).values()]
    .reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const tp = pairs(pred.map((x, i) => x + '\u0000' + gold[i]));
  const { tp: _t, fp: _f, fn: _n, ...r } = prf(tp, pairs(pred) - tp, pairs(gold) - tp);
  return { ...r, tp, fp: pairs(pred) - tp, fn: pairs(gold) - tp };
}

type Labeller = (docs: EcbDoc[], ents: Map<string, string[]>) => string[];

const ours = (o: ClusterOptions): Labeller => (docs, ents) => {
  const c = new StoryClusterer(o);
  for (const d of docs) c.add({ id: d.name, title: null, text: d.text, published: null, entities: ents.get(d.name)! });
  return docs.map((d) => c.storyOf(d.name)!); // final placement, after any merges
};

const baseline = (t: number): Labeller => (docs) => {
  const vecs = batchVectors(docs.map((d) => d.text));
  return singleLink(docs.length, similarPairs(vecs, t), t).map(String);
};

function score(docs: EcbDoc[], labels: string[]) {
  const gold = docs.map((d) => d.gold);
  return { n: docs.length, stories: new Set(gold).size, clusters: new Set(labels).size, bcubed: bcubed(labels, gold), pairwise: pairwise(labels, gold) };
}

function tune<T>(grid: T[], make: (p: T) => Labeller, docs: EcbDoc[], ents: Map<string, string[]>): T {
  let best = grid[0], bestF = -1;
  for (const p of grid) {
    const f = bcubed(make(p)(docs, ents), docs.map((d) => d.gold)).f1;
    if (f > bestF) { best = p; bestF = f; }
  }
  return best;
}

/** Scores ours and the baseline. Example: (await evalClustering('../shared/eval/clustering/ecbplus')).f1 */
export async function evalClustering(path: string, opts: { entities?: (text: string) => string[]; seed?: number } = {}): Promise<EvalResult> {
  const docs = shuffle(await readEcb(path), opts.seed ?? ECB_EVAL.seed);
  const extract = opts.entities ?? standInEntities;
  const ents = new Map(docs.map((d) => [d.name, extract(d.text)]));
  const train = docs.filter((d) => d.topic <= ECB_EVAL.trainTopics), test = docs.filter((d) => d.topic > ECB_EVAL.trainTopics);
  const grid = ECB_EVAL.thresholds.flatMap((threshold) => ECB_EVAL.entityWeights.flatMap((w) =>
    ECB_EVAL.splitGaps.map((splitGap) => ({ threshold, entityWeight: w, textWeight: round(1 - w), splitGap }))));
  const tuned = tune(grid, ours, train, ents);
  const bt = tune(ECB_EVAL.baselineThresholds, baseline, train, ents);
  const splits = { 'train (topics 1-12)': train, 'test (topics 13-29)': test, all: docs };
  const result = (label: Labeller) => Object.fromEntries(Object.entries(splits).map(([k, ds]) => [k, score(ds, label(ds, ents))]));
  const mine = result(ours(tuned)), base = result(baseline(bt));
  const held = mine['test (topics 13-29)'];
  return {
    suite: 'clustering', n: held.n, ...held.bcubed, pairwise: held.pairwise, metric: 'B³ on held-out topics 13-29',
    order: `shuffled, seed ${opts.seed ?? ECB_EVAL.seed}`, tuned: { ...tuned, baselineThreshold: round(bt) },
    ours: mine, 'baseline:tfidf-single-link': base,
  };
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  const rand = () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; };
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}

function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => round(from + i * step));
}
