/**
 * Near-duplicate detection speed on deterministic synthetic articles (~500 words, a Zipf-like vocabulary;
 * every tenth article a syndicated copy with a new headline and footer, every tenth a rewrite): MinHash
 * signatures per second (the requirement is ≥ 5,000/s) and DupIndex.add (signature + LSH + verification)
 * per second, with the share of copies and rewrites found as a sanity check.
 */
import { signature } from '../src/dedupe/minhash.js';
import { DupIndex } from '../src/dedupe/index.js';
import { loadavg } from 'node:os';
import { rng } from './cluster.bench.js';

const BENCH = { articles: 20_000, words: 500, vocabulary: 20_000, seed: 777 };

/** Articles with planted copies (i % 10 === 5) and rewrites (every third sentence new, i % 10 === 7). */
export function articles(n: number, seed = BENCH.seed): string[] {
  const r = rng(seed);
  const word = () => 'w' + Math.floor(BENCH.vocabulary ** r());
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = out[i - 5];
    if (base && i % 10 === 5) out.push(`Headline ${i}. ${base} Copyright wire service ${i}.`);
    else if (base && i % 10 === 7) {
      const paras = base.split('. ');
      out.push(paras.map((p, j) => (j % 3 === 2 ? Array.from({ length: 12 }, word).join(' ') : p)).join('. '));
    } else out.push(Array.from({ length: BENCH.words }, (_, j) => (j % 12 === 11 ? word() + '.' : word())).join(' '));
  }
  return out;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

export async function run(): Promise<Record<string, unknown>> {
  const texts = articles(BENCH.articles);
  let t0 = performance.now(), c0 = process.cpuUsage();
  for (const t of texts) signature(t);
  const sigSeconds = (performance.now() - t0) / 1000, sigCpu = cpuSeconds(c0);
  const idx = new DupIndex();
  const kinds: Record<string, number> = {};
  t0 = performance.now();
  texts.forEach((t, i) => { const k = idx.add(`a${i}`, t).kind; kinds[k] = (kinds[k] ?? 0) + 1; });
  const addSeconds = (performance.now() - t0) / 1000;
  const [load] = loadavg();
  return {
    articles: texts.length,
    'signatures per second': Math.round(texts.length / sigSeconds),
    'signatures per CPU second': Math.round(texts.length / sigCpu),
    'load average (machine shared)': Math.round(load * 10) / 10,
    'DupIndex.add per second': Math.round(texts.length / addSeconds),
    kinds,
    planted: { copy: Math.floor(texts.length / 10), rewrite: Math.floor(texts.length / 10) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
