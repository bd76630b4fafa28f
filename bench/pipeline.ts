/**
 * Per-stage and end-to-end throughput of crosscheck on synthetic reports, beside the peer stack
 * (Readability.js + linkedom for HTML pages, compromise for people/places/organisations) on the same
 * documents in the same process.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import nlp from 'compromise';
import type { Analysis } from '../src/model/analysis.js';
import type { Article, RawDocument } from '../src/model/document.js';
import { cleanDocument } from '../src/clean/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { tokenize } from '../src/analyze/tokenize.js';
import { DupIndex } from '../src/dedupe/index.js';
import { StoryClusterer } from '../src/stories/cluster/clusterer.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { ingestPaths } from '../src/pipeline/ingest.js';
import { clusterDoc } from '../src/pipeline/engine.js';
import { synthReports } from './synth.js';

const r1 = (x: number) => Math.round(x * 10) / 10;

function timed<T>(fn: () => T): { value: T; s: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, s: (performance.now() - t0) / 1000 };
}

export async function pipelineBench(n: number, dir: string) {
  const docs = [...synthReports({ n })];
  const bytes = docs.reduce((b, d) => b + Buffer.byteLength(d.text ?? d.html ?? ''), 0);
  const mb = bytes / 2 ** 20;
  const rate = (s: number, count = n) => ({ articlesPerS: Math.round(count / s), mbPerS: r1(mb / s), seconds: r1(s) });

  const clean = timed(() => docs.map((d) => cleanDocument(d)));
  const articles: Article[] = clean.value;
  const tokens = articles.reduce((t, a) => t + tokenize(a.text).length, 0);
  const analyze = timed(() => articles.map((a) => analyzeArticle(a)));
  const analyses: Analysis[] = analyze.value;
  const dups = new DupIndex();
  const dedupe = timed(() => articles.map((a) => dups.add(a.id, a.text)));
  const clusterer = new StoryClusterer();
  const cluster = timed(() => articles.map((a, i) => clusterer.add(clusterDoc(a, analyses[i], dedupe.value[i]))));

  const store = SqliteStore.open(join(dir, 'stage.db'));
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    if (await store.has(articles[i].id)) continue;
    await store.add({ article: articles[i], analysis: analyses[i], dup: dedupe.value[i], storyId: cluster.value[i].storyId }, []);
  }
  const storeS = (performance.now() - t0) / 1000;
  await store.close();

  const peer = timed(() => docs.map((d) => peerStack(d)));

  const input = join(dir, 'input.jsonl');
  writeFileSync(input, docs.map((d) => JSON.stringify({ text: d.text, html: d.html, ...d.hints })).join('\n'));
  const e2eStore = SqliteStore.open(join(dir, 'e2e.db'));
  const e0 = performance.now();
  const report = await ingestPaths([input], e2eStore);
  const e2eS = (performance.now() - e0) / 1000;
  const counts = await e2eStore.counts();
  await e2eStore.close();
  const single = clean.s + analyze.s;

  return {
    corpus: { reports: n, mb: r1(mb), tokens, meanWords: Math.round(tokens / n), html: docs.filter((d) => d.html).length },
    stages: { clean: rate(clean.s), analyze: { ...rate(analyze.s), tokensPerS: Math.round(tokens / analyze.s) }, dedupe: rate(dedupe.s), cluster: rate(cluster.s), store: rate(storeS) },
    endToEnd: { ...rate(e2eS, report.added), added: report.added, rejected: report.rejected.length, stories: counts.stories, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) },
    peer: { name: 'Readability.js+linkedom (HTML) + compromise (entities)', ...rate(peer.s) },
    ratios: {
      'clean+analyse (1 core) vs peer': r1(peer.s / single),
      'end-to-end (pool + store) vs peer': r1(peer.s / e2eS * (report.added / n)),
    },
  };
}

/** What the peer stack does with one report: main text (Readability for HTML) and typed entities (compromise). */
function peerStack(d: RawDocument): number {
  let text = d.text ?? '';
  if (d.html) {
    const { document } = parseHTML(d.html);
    text = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
  }
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length;
}
