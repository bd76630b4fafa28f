/**
 * extractHtml (Readability.js + our post-pass, recovery and metadata) vs plain Readability.js over linkedom
 * on the same pages, in the same process: the scrapinghub benchmark pages when ../shared/eval is present,
 * else our golden fixtures. Reports pages/s for both and the ratio (ours / Readability); ours parses twice
 * (Readability mutates its document) and does more, so a ratio somewhat below 1 is expected.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/clean/html/extract.js';
import { readabilityText } from '../src/clean/html/readable.js';
import { loadPages } from '../src/eval/extraction.js';

const BENCH = {
  scrapinghub: fileURLToPath(new URL('../../shared/eval/extraction/scrapinghub', import.meta.url)),
  fixtures: fileURLToPath(new URL('../test/fixtures/html', import.meta.url)),
  /** Timed rounds over all pages (after one warm-up round); the best round counts. */
  rounds: 3,
  /** Fixture pages are small, so they are repeated to make a round long enough to time. */
  fixtureRepeat: 20,
};

function inputs(): { source: string; pages: string[] } {
  if (existsSync(join(BENCH.scrapinghub, 'ground-truth.json'))) {
    return { source: 'scrapinghub (181 pages)', pages: loadPages(BENCH.scrapinghub).map((p) => p.html) };
  }
  const one = readdirSync(BENCH.fixtures).map((s) => readFileSync(join(BENCH.fixtures, s, 'source.html'), 'utf8'));
  return { source: `golden fixtures ×${BENCH.fixtureRepeat}`, pages: Array.from({ length: BENCH.fixtureRepeat }, () => one).flat() };
}

function bestRate(pages: string[], fn: (html: string) => unknown): number {
  for (const p of pages) fn(p);
  let best = 0;
  for (let r = 0; r < BENCH.rounds; r++) {
    const t0 = performance.now();
    for (const p of pages) fn(p);
    best = Math.max(best, pages.length / ((performance.now() - t0) / 1000));
  }
  return best;
}

export async function run(): Promise<Record<string, unknown>> {
  const { source, pages } = inputs();
  const mb = pages.reduce((n, p) => n + p.length, 0) / 1e6;
  const ours = bestRate(pages, (html) => extractHtml(html, {}));
  const readability = bestRate(pages, (html) => readabilityText(html));
  return {
    source, pages: pages.length, 'MB': Math.round(mb * 10) / 10,
    'extractHtml pages/s': Math.round(ours * 10) / 10,
    'readability+linkedom pages/s': Math.round(readability * 10) / 10,
    'ratio ours/readability': Math.round((ours / readability) * 100) / 100,
  };
}
