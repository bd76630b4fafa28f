/**
 * tagEntities vs compromise (people/places/organizations) on the same texts, in the same process: the seed
 * reports when ../shared/seeds is present, else fictional paragraphs written for this bench. Reports tokens/s
 * for both (tokens as our tokenizer counts them), ms per 600 words, and the ratio (ours / compromise).
 *
 * Run alone: BENCH_ONLY=ner npm run bench
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import nlp from 'compromise';
import { tagEntities } from '../src/analyze/ner/index.js';
import { tokenize } from '../src/analyze/tokenize.js';

const BENCH = { seconds: 2, seeds: new URL('../../shared/seeds/', import.meta.url) };

const FICTION = [
  'Prime Minister Elena Varga told Reuters in Brussels that NATO would send more air defence systems to the east before the winter, and that the European Union was ready to pay for part of them.',
  'Foreign Minister Tomas Halvorsen met his Polish counterpart in Warsaw on Tuesday. The two discussed grain exports through the Baltic ports, a ministry spokesman told AP.',
  'The United Nations said on Friday that its inspectors had reached the plant near Zaporizhzhia. Interfax quoted a Russian official as saying the visit would last three days.',
  'Shares of Northwind Energy rose 4% in London after the company said it had won a contract from the Norwegian government, Bloomberg reported, citing people familiar with the matter.',
];

function texts(): string[] {
  if (!existsSync(BENCH.seeds)) return [FICTION.join('\n\n')];
  return readdirSync(BENCH.seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, BENCH.seeds), 'utf8'));
}

/** Runs fn over all texts for about BENCH.seconds; returns passes per second. */
function rate(all: string[], fn: (t: string) => unknown): number {
  for (const t of all) fn(t);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < BENCH.seconds * 1000) {
    for (const t of all) fn(t);
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

export async function run(): Promise<Record<string, unknown>> {
  const all = texts();
  const tokens = all.reduce((n, t) => n + tokenize(t).length, 0);
  const words = all.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const ours = rate(all, (t) => tagEntities(t));
  const theirs = rate(all, (t) => { const d = nlp(t); return [d.people().out('array'), d.places().out('array'), d.organizations().out('array')]; });
  return {
    texts: all.length,
    tokens,
    'ours tokens/s': Math.round(ours * tokens),
    'compromise tokens/s': Math.round(theirs * tokens),
    'ours ms per 600 words': +((1000 / ours) * (600 / words)).toFixed(3),
    'ratio ours/compromise': +(ours / theirs).toFixed(1),
  };
}
