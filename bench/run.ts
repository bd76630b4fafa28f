/**
 * `npm run bench`: the benchmark harness (not part of `npm test`). Generates a deterministic synthetic
 * corpus, measures each stage (clean, analyse, dedupe, cluster, store) in articles/s and MB/s, the whole
 * pipeline end to end (worker pool, real SQLite file) with peak RSS, and a peer stack (Readability.js +
 * linkedom for HTML, compromise for entities) on the same documents in the same run, reported as ratios.
 * Then runs every bench/*.bench.ts of the stages. Results go to bench/results/latest.json.
 *
 * BENCH_N=5000 npm run bench      # corpus size (default 2000)
 * BENCH_ONLY=pipeline npm run bench  # only the pipeline part; BENCH_ONLY=ner,time runs those stage benches
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pipelineBench } from './pipeline.js';

const N = Number(process.env.BENCH_N ?? 2000);
const ONLY = process.env.BENCH_ONLY?.split(',') ?? null;
const want = (name: string) => !ONLY || ONLY.includes(name);

async function main() {
  const results: Record<string, unknown> = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version },
    date: new Date().toISOString(),
    command: `BENCH_N=${N} npm run bench`,
  };
  if (want('pipeline')) {
    const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
    results.pipeline = await pipelineBench(N, dir);
  }
  const benches = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.ts')).sort();
  for (const f of benches) {
    const name = f.replace('.bench.ts', '');
    if (!want(name)) continue;
    process.stderr.write(`bench ${name}…\n`);
    try {
      const mod = (await import(`./${f}`)) as { run: () => Promise<Record<string, unknown>> };
      results[name] = await mod.run();
    } catch (e) {
      results[name] = { error: (e as Error).message };
    }
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((e) => { console.error(e); process.exit(1); });
