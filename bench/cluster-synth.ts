/**
 * Story clustering scored on the synthetic time-ordered stream (bench/synth.ts, the scale run's input):
 * n reports with their gold story, cleaned and classified for copies as the engine does (cleanDocument,
 * DupIndex), placed by the engine's own clusterer input (clusterDoc → StoryClusterer) in stream order, in
 * process, no store. Prints B³ and pairwise P/R/F1 (final placements, after splits and merges), the largest
 * clusters with how many gold stories each holds, and the CPU time per placement. ECB+ cannot show what this
 * does: same-kind stories in many places at once, boilerplate shared by all, and a story that grows for days.
 *
 *   node --import tsx bench/cluster-synth.ts [--n 3000] [--seed 1] [--json] [--set threshold=0.12 ...] [--cache f.json]
 *
 * `--set` overrides CLUSTER options (clusterer.ts) for a run; tune on seeds 1–2, report on another seed.
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { synthStream } from './synth.js';
import { cleanDocument } from '../src/clean/index.js';
import { DupIndex } from '../src/dedupe/index.js';
import { clusterDoc } from '../src/pipeline/engine.js';
import { StoryClusterer, type ClusterDoc, type ClusterOptions } from '../src/stories/cluster/clusterer.js';
import { bcubed, pairwise } from '../src/eval/clustering.js';
import type { Analysis } from '../src/model/analysis.js';

const SHOW = { largest: 8 };

interface Prepared { doc: ClusterDoc; story: number; place: string; kind: string }

/** Cleans and dedupes the stream as the engine would; reports whose cleaned text repeats an id are dropped. */
function prepare(n: number, seed: number): Prepared[] {
  const dups = new DupIndex(), seen = new Set<string>(), out: Prepared[] = [];
  for (const r of synthStream({ n, seed })) {
    let article;
    try { article = cleanDocument(r.doc); } catch { continue; }
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    const dup = dups.add(article.id, article.text);
    // clusterDoc ignores the analysis (the clusterer reads names from the text): none is computed here.
    out.push({ doc: clusterDoc(article, undefined as unknown as Analysis, dup), story: r.story, place: r.place, kind: r.kind });
  }
  return out;
}

/** Places every report; returns final labels and the per-placement times. */
function place(docs: Prepared[], opts: ClusterOptions): { labels: string[]; cpuMs: number; wall: number[]; cpu: number[] } {
  const c = new StoryClusterer(opts), wall: number[] = [], cpu: number[] = [];
  const cpu0 = process.cpuUsage();
  for (const p of docs) {
    // CPU time as well as wall: on a shared machine the wall time of one placement is mostly waiting for a core.
    const t = performance.now(), u = process.cpuUsage();
    c.add(p.doc);
    const du = process.cpuUsage(u);
    wall.push(performance.now() - t);
    cpu.push((du.user + du.system) / 1000);
  }
  const all = process.cpuUsage(cpu0);
  return { labels: docs.map((p) => c.storyOf(p.doc.id)!), cpuMs: (all.user + all.system) / 1000, wall, cpu };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** The largest predicted clusters: size, gold stories in it, share of its biggest gold story. */
function largest(labels: string[], docs: Prepared[], k: number) {
  const by = new Map<string, number[]>();
  labels.forEach((l, i) => { const xs = by.get(l); if (xs) xs.push(i); else by.set(l, [i]); });
  return [...by.values()].sort((a, b) => b.length - a.length).slice(0, k).map((xs) => {
    const gold = new Map<number, number>();
    for (const i of xs) gold.set(docs[i].story, (gold.get(docs[i].story) ?? 0) + 1);
    const places = new Set(xs.map((i) => docs[i].place)), kinds = new Set(xs.map((i) => docs[i].kind));
    return { size: xs.length, goldStories: gold.size, purity: round(Math.max(...gold.values()) / xs.length), places: places.size, kinds: kinds.size };
  });
}

/** Gold stories that share their place name and kind with another gold story: told apart only by people and region. */
function twins(docs: Prepared[]): number {
  const byKey = new Map<string, Set<number>>();
  for (const d of docs) { const k = `${d.place}/${d.kind}`; const s = byKey.get(k) ?? new Set(); s.add(d.story); byKey.set(k, s); }
  return [...byKey.values()].filter((s) => s.size > 1).reduce((a, s) => a + s.size, 0);
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function parseSet(sets: string[]): ClusterOptions {
  return Object.fromEntries(sets.map((s) => { const [k, v] = s.split('='); return [k, Number(v)]; }));
}

const { values } = parseArgs({ options: {
  n: { type: 'string', default: '3000' }, seed: { type: 'string', default: '1' },
  json: { type: 'boolean', default: false }, set: { type: 'string', multiple: true, default: [] },
  cache: { type: 'string' },
} });
const n = Number(values.n), seed = Number(values.seed), opts = parseSet(values.set ?? []);
const t0 = performance.now();
// --cache <file>: the cleaned, deduped stream is kept as JSON, so runs that only change options skip cleaning.
const cached = values.cache !== undefined && existsSync(values.cache);
const saved: { n: number; seed: number; docs: Prepared[] } | null = cached ? JSON.parse(readFileSync(values.cache!, 'utf8')) : null;
if (saved && (saved.n !== n || saved.seed !== seed)) throw new Error(`${values.cache} holds n=${saved.n} seed=${saved.seed}: give those`);
const docs = saved?.docs ?? prepare(n, seed);
if (values.cache !== undefined && !cached) writeFileSync(values.cache, JSON.stringify({ n, seed, docs }));
const prepMs = performance.now() - t0;
const { labels, cpuMs, wall, cpu } = place(docs, opts);
const gold = docs.map((d) => String(d.story));
const result = {
  n, seed, opts, placed: docs.length, goldStories: new Set(gold).size, clusters: new Set(labels).size,
  twinStories: twins(docs),
  bcubed: bcubed(labels, gold), pairwise: pairwise(labels, gold),
  largest: largest(labels, docs, SHOW.largest),
  largestGold: Math.max(...[...gold.reduce((m, g) => m.set(g, (m.get(g) ?? 0) + 1), new Map<string, number>()).values()]),
  cpuMsPerPlacement: round(cpuMs / docs.length), cpuMs: { p50: round(quantile(cpu, 0.5)), p95: round(quantile(cpu, 0.95)) }, wallMs: { p50: round(quantile(wall, 0.5)), p95: round(quantile(wall, 0.95)), max: round(quantile(wall, 1)) },
  prepareSeconds: round(prepMs / 1000, 1),
};
if (values.json) console.log(JSON.stringify(result));
else {
  const { bcubed: b, pairwise: p } = result;
  console.log(`synthetic n=${n} seed=${seed} ${JSON.stringify(opts)}: ${result.placed} placed, ${result.clusters} clusters / ${result.goldStories} gold (${result.twinStories} gold stories share place+kind with another)`);
  console.log(`B³ P ${b.precision} R ${b.recall} F1 ${b.f1} | pairwise P ${p.precision} R ${p.recall} F1 ${p.f1}`);
  console.log(`largest clusters (size/gold stories/purity/places): ${result.largest.map((c) => `${c.size}/${c.goldStories}/${c.purity}/${c.places}`).join('  ')}; largest gold story ${result.largestGold}`);
  console.log(`placement: ${result.cpuMsPerPlacement} CPU ms each (p50 ${result.cpuMs.p50}, p95 ${result.cpuMs.p95}); wall p50 ${result.wallMs.p50} p95 ${result.wallMs.p95} max ${result.wallMs.max} ms (prepare ${result.prepareSeconds} s)`);
}
