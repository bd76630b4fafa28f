/**
 * Per-article StoryClusterer.add time at 10k and 100k stored articles, on a deterministic synthetic stream
 * (stories with their own vocabulary and entities, a shared Zipf-like common vocabulary, popular entities
 * that appear everywhere, dates spread over three years). The reference is the same clusterer scoring every
 * story instead of the inverted-index candidates ("brute force"), over the last adds to 10k, in the same process.
 */
import { loadavg } from 'node:os';
import { StoryClusterer, type ClusterDoc } from '../src/stories/cluster/clusterer.js';

const BENCH = {
  sizes: [10_000, 100_000],
  /** Adds timed at each size: the last `window` adds before reaching it. */
  window: 2_000,
  bruteWindow: 300,
  commonWords: 3_000,
  storyWords: 12,
  words: 140,
  storyShare: 0.35,
  popularEntities: 200,
  meanStorySize: 8,
  days: 3 * 365,
  seed: 12345,
};

/** Mulberry32: a tiny seeded generator, so every run sees the same stream. Example: rng(1)() → 0.627 */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface SynthStory { words: string[]; entities: string[]; day: number; left: number; n: number }

/** Deterministic article stream: each article continues a random open story or opens a new one. */
export function* synthetic(count: number, seed = BENCH.seed): Generator<ClusterDoc> {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const zipf = () => 'w' + Math.floor(BENCH.commonWords ** r());
  const open: SynthStory[] = [];
  let stories = 0;
  for (let i = 0; i < count; i++) {
    let s = open.length && r() < 1 - 1 / BENCH.meanStorySize ? pick(open) : undefined;
    if (!s) {
      const k = stories++;
      s = { words: Array.from({ length: BENCH.storyWords }, (_, j) => `s${k}t${j}`), entities: [`PER:p${k}`, `ORG:o${k}`, `LOC:l${k % 5000}`],
        day: Math.floor((i / count) * BENCH.days), left: 1 + Math.floor(r() * 2 * BENCH.meanStorySize), n: k };
      open.push(s);
      if (open.length > 300) open.shift();
    }
    const words = Array.from({ length: BENCH.words }, () => (r() < BENCH.storyShare ? pick(s!.words) : zipf()));
    const entities = [...s.entities, `LOC:pop${Math.floor(BENCH.popularEntities ** r())}`];
    yield { id: `a${i}`, title: words.slice(0, 8).join(' '), text: words.join(' '), published: day(s.day + Math.floor(r() * 3)), entities };
    if (--s.left <= 0) open.splice(open.indexOf(s), 1);
  }
}

function day(d: number): string {
  return new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
}

function percentiles(ms: number[]): { p50: number; p95: number; mean: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 1000) / 1000;
  return { p50: at(0.5), p95: at(0.95), mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 1000) / 1000 };
}

/** Scores every story once `on` (the state is built with the index first, to keep the bench short). */
class BruteForce extends StoryClusterer {
  on = false;
  protected override candidates(...args: Parameters<StoryClusterer['candidates']>) {
    return this.on ? [...this.byId.values()] : super.candidates(...args);
  }
}

/** Wall-clock ms per add (and CPU ms: the machine is shared, so wall time includes waiting for a core). */
function timeAdds(c: StoryClusterer, docs: Iterable<ClusterDoc>, timedFrom: number): number[] & { cpu?: number[] } {
  const ms: number[] & { cpu?: number[] } = [];
  const cpu: number[] = (ms.cpu = []);
  let i = 0;
  for (const d of docs) {
    const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
    c.add(d);
    if (i++ < timedFrom) continue;
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const u = process.cpuUsage(c0);
    cpu.push((u.user + u.system) / 1000);
  }
  return ms;
}

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const c = new StoryClusterer();
  const stream = synthetic(BENCH.sizes[BENCH.sizes.length - 1]);
  let done = 0;
  for (const size of BENCH.sizes) {
    const batch: ClusterDoc[] = [];
    while (done + batch.length < size) batch.push(stream.next().value as ClusterDoc);
    const ms = timeAdds(c, batch, batch.length - BENCH.window);
    done = size;
    out[`add ms at ${size / 1000}k articles`] = { ...percentiles(ms), cpu: percentiles(ms.cpu!), stories: c.stories().length };
  }
  const small = BENCH.sizes[0];
  const bf = new BruteForce();
  const docs = [...synthetic(small)];
  timeAdds(bf, docs.slice(0, small - BENCH.bruteWindow), Infinity);
  bf.on = true;
  const brute = percentiles(timeAdds(bf, docs.slice(small - BENCH.bruteWindow), 0));
  const ours = out[`add ms at ${small / 1000}k articles`] as { p50: number; p95: number };
  out[`brute force add ms at ${small / 1000}k`] = brute;
  out['speed-up p50 vs brute force at 10k'] = Math.round((brute.p50 / ours.p50) * 10) / 10;
  out['load average (machine shared)'] = Math.round(loadavg()[0] * 10) / 10;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
