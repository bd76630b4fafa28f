/**
 * extractTimes and extractClaims per article (issue 7: each ≤ 0.3 ms per ~600-word article), on the synthetic
 * reports of bench/synth.ts and on the demo corpus, both cleaned first. Sentences and entities are computed
 * before timing (they are other stages' work); each figure is the best of several rounds, since the machine
 * is shared, and is also given per 600 words so corpora of different article lengths compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Sentence } from '../src/model/analysis.js';
import type { RawDocument } from '../src/model/document.js';
import { canonicalise } from '../src/analyze/aliases/index.js';
import { extractClaims } from '../src/analyze/claims/index.js';
import { tagEntities } from '../src/analyze/ner/index.js';
import { extractTimes } from '../src/analyze/time/index.js';
import { sentences } from '../src/analyze/tokenize.js';
import { cleanDocument } from '../src/clean/index.js';
import { synthReports } from './synth.js';

const BENCH = { synthetic: 2000, rounds: 5, minArticlesPerRound: 2000, wordsPerArticle: 600, demo: new URL('../demo/corpus/', import.meta.url) };

interface Prepared { text: string; anchor: string | null; sents: Sentence[]; entities: Entity[] }

function prepare(raws: Iterable<RawDocument>): Prepared[] {
  const out: Prepared[] = [];
  for (const raw of raws) {
    let a;
    try { a = cleanDocument(raw); } catch { continue; } // too short to clean: not an article
    const sents = sentences(a.text);
    out.push({ text: a.text, anchor: a.published ?? null, sents, entities: canonicalise(tagEntities(a.text, sents)) });
  }
  return out;
}

function demoDocs(): RawDocument[] {
  const dir = BENCH.demo.pathname;
  return readdirSync(dir).sort().flatMap((f): RawDocument[] => {
    const body = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.txt')) return [{ source: f, format: 'text', text: body, hints: {} }];
    if (f.endsWith('.html')) return [{ source: f, format: 'html', html: body, hints: {} }];
    return [];
  });
}

/** Best-of-rounds time per article for fn over docs (a small corpus is repeated to fill a round). */
function perArticle(docs: Prepared[], fn: (d: Prepared) => unknown): number {
  const repeat = Math.ceil(BENCH.minArticlesPerRound / docs.length);
  let best = Infinity;
  for (let r = 0; r < BENCH.rounds; r++) {
    const t0 = performance.now();
    for (let k = 0; k < repeat; k++) for (const d of docs) fn(d);
    best = Math.min(best, performance.now() - t0);
  }
  return best / (docs.length * repeat);
}

function measure(docs: Prepared[]): Record<string, unknown> {
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0) / docs.length;
  const row = (ms: number) => ({
    'ms/article': +ms.toFixed(4), 'articles/s': Math.round(1000 / ms), [`ms/${BENCH.wordsPerArticle} words`]: +((ms * BENCH.wordsPerArticle) / words).toFixed(4),
  });
  return {
    articles: docs.length,
    wordsPerArticle: Math.round(words),
    extractTimes: row(perArticle(docs, (d) => extractTimes(d.text, d.anchor))),
    extractClaims: row(perArticle(docs, (d) => extractClaims(d.text, d.sents, d.entities))),
  };
}

/** Example: await run() → { synthetic: { extractTimes: { 'ms/article': 0.2, … }, … }, demo: { … } } */
export async function run(): Promise<Record<string, unknown>> {
  const synthetic = prepare(synthReports({ n: BENCH.synthetic }));
  const demo = prepare(demoDocs());
  perArticle(synthetic, (d) => extractTimes(d.text, d.anchor)); // warm up both before the first figure
  perArticle(synthetic, (d) => extractClaims(d.text, d.sents, d.entities));
  return { synthetic: measure(synthetic), demo: measure(demo) };
}
