/**
 * extractTimes vs chrono-node's parse on the same synthetic news articles (fictional sentences mixing
 * weekdays, relative units, durations, explicit dates and clock times with filler), in the same process.
 * Reports articles/s for both and the ratio (ours / chrono); chrono does less (no durations, sets, weeks).
 */
import * as chrono from 'chrono-node';
import { extractTimes } from '../src/analyze/time/index.js';

const BENCH = { articles: 400, sentences: 30, rounds: 3, anchor: '2025-03-11', seed: 7 };

const TIMED = [
  'The ministers met in Geneva on Wednesday to discuss the grain corridor.',
  'Talks will resume next month, a spokesperson said on Monday.',
  'The ceasefire has held for almost two weeks, officials said.',
  'Shelling continued overnight and during the afternoon, the regional governor wrote.',
  'The council approved the budget earlier this year after six hours of debate.',
  'Exports fell 4% last week compared with the same period a year earlier.',
  'The accord signed on November 3, 2023 expires at the end of the year.',
  'Inspectors will visit the plant every week until 8 p.m. on Friday.',
  'The war has lasted more than three years and is now in a new phase.',
  'Officials expect a decision in May, three years after the first proposal.',
];
const FILLER = [
  'The delegation included engineers, lawyers and two interpreters from the capital.',
  'Local residents described long queues outside the only open pharmacy.',
  'The company declined to comment on the figures when contacted by reporters.',
  'Analysts said the agreement could reshape trade across the whole region.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function articles(): string[] {
  const r = rng(BENCH.seed);
  return Array.from({ length: BENCH.articles }, () =>
    Array.from({ length: BENCH.sentences }, () => (r() < 0.4 ? TIMED : FILLER)[Math.floor(r() * 10) % (r() < 0.4 ? TIMED.length : FILLER.length)]).join(' '));
}

function rate(fn: (t: string) => unknown, texts: string[]): { perSecond: number; found: number } {
  let best = Infinity;
  let found = 0;
  for (let round = 0; round < BENCH.rounds; round++) {
    const t0 = performance.now();
    found = 0;
    for (const t of texts) found += (fn(t) as unknown[]).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { perSecond: Math.round((texts.length / best) * 1000), found };
}

/** Example: await run() → { 'ours articles/s': 900, 'chrono articles/s': 1500, ratio: 0.6, … } */
export async function run(): Promise<Record<string, unknown>> {
  const texts = articles();
  const ref = new Date(`${BENCH.anchor}T12:00:00Z`);
  const ours = rate((t) => extractTimes(t, BENCH.anchor), texts);
  const peer = rate((t) => chrono.parse(t, ref), texts);
  return {
    articles: texts.length,
    wordsPerArticle: Math.round(texts[0].split(/\s+/).length),
    'ours articles/s': ours.perSecond,
    'chrono articles/s': peer.perSecond,
    'ratio ours/chrono': Math.round((ours.perSecond / peer.perSecond) * 100) / 100,
    'ours expressions': ours.found,
    'chrono expressions': peer.found,
  };
}
