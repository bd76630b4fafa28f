/**
 * `crosscheck eval extraction <dir>`: scores extractHtml on the scrapinghub article-extraction-benchmark
 * layout (ground-truth.json + html/<id>.html.gz) with the benchmark's own shingle metric (./shingles.ts,
 * a faithful port of its evaluate.py), plain Readability.js scored in the same run as the baseline, and the
 * tuning split (ids starting 0–7, used while writing the rules) reported apart from the held-out one (8–f).
 */
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../clean/html/extract.js';
import { readabilityText } from '../clean/html/readable.js';
import { shingleMatch, benchMetrics, exactMatch, type TpFpFn } from './shingles.js';
import { round, type EvalResult } from './types.js';

interface Truth { articleBody?: string; url?: string }
export interface Page { id: string; url: string; truth: string; html: string }
type Extractor = (p: Page) => string;

/** Pages of a scrapinghub-layout folder. Example: loadPages(dir).length → 181 */
export function loadPages(dir: string): Page[] {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  return Object.entries(gt).map(([id, t]) => {
    const file = join(dir, 'html', `${id}.html.gz`);
    const raw = readFileSync(existsSync(file) ? file : join(dir, 'html', `${id}.html`));
    const html = (file.endsWith('.gz') && raw[0] === 0x1f ? gunzipSync(raw) : raw).toString('utf8');
    return { id, url: t.url ?? '', truth: t.articleBody ?? '', html };
  });
}

/** The tuning half (used while writing rules) vs the held-out half. */
export const isTuneId = (id: string): boolean => parseInt(id[0], 16) < 8;

const ours: Extractor = (p) => extractHtml(p.html, { url: p.url }).text;
const baseline: Extractor = (p) => readabilityText(p.html);

function score(pages: Page[], preds: Map<string, string>) {
  const rows: TpFpFn[] = pages.map((p) => shingleMatch(p.truth, preds.get(p.id) ?? ''));
  const m = benchMetrics(rows);
  const accuracy = pages.filter((p) => exactMatch(p.truth, preds.get(p.id) ?? '')).length / (pages.length || 1);
  return { n: pages.length, precision: round(m.precision), recall: round(m.recall), f1: round(m.f1), accuracy: round(accuracy) };
}

// Speed is measured by bench/extract.bench.ts (warm, best of 3), not here.
function predict(pages: Page[], fn: Extractor): { preds: Map<string, string> } {
  return { preds: new Map(pages.map((p) => [p.id, fn(p)] as const)) };
}

/** Reference outputs shipped with the benchmark (output/<name>.json), scored by the same code. */
function peerScores(dir: string, pages: Page[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const outDir = join(dir, 'output');
  if (!existsSync(outDir)) return out;
  for (const f of readdirSync(outDir).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(outDir, f), 'utf8')) as Record<string, unknown>;
    const preds = (data.output && typeof data.output === 'object' ? data.output : data) as Record<string, Truth>;
    const name = `peer:${f.replace(/\.json$/, '')}`;
    const map = new Map(pages.map((p) => [p.id, preds[p.id]?.articleBody ?? '']));
    out[name] = score(pages, map);
    out[`${name}:tune`] = score(pages.filter((p) => isTuneId(p.id)), map);
    out[`${name}:held-out`] = score(pages.filter((p) => !isTuneId(p.id)), map);
  }
  return out;
}

/** Score crosscheck and Readability.js on a scrapinghub-layout folder. Example: (await evalExtraction(dir)).f1 → 0.97 */
export async function evalExtraction(path: string): Promise<EvalResult> {
  const pages = loadPages(path);
  const a = predict(pages, ours);
  const b = predict(pages, baseline);
  const tune = pages.filter((p) => isTuneId(p.id));
  const held = pages.filter((p) => !isTuneId(p.id));
  return {
    suite: 'extraction',
    ...score(pages, a.preds),
    'split:tune': score(tune, a.preds),
    'split:held-out': score(held, a.preds),
    'baseline:readability': score(pages, b.preds),
    'baseline:readability:tune': score(tune, b.preds),
    'baseline:readability:held-out': score(held, b.preds),
    ...peerScores(path, pages),
  };
}

/** Write our predictions in the benchmark's output format (for its evaluate.py). Example: writePredictions(dir, '/tmp/x/output/crosscheck.json') */
export function writePredictions(dir: string, outFile: string): number {
  const pages = loadPages(dir);
  const output: Record<string, { articleBody: string }> = {};
  for (const p of pages) output[p.id] = { articleBody: ours(p) };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ version: 'crosscheck', output }, null, 1));
  return pages.length;
}

/** Is `dir` a scrapinghub-layout folder? Example: isExtractionDir('../shared/eval/extraction/scrapinghub') → true */
export function isExtractionDir(dir: string): boolean {
  return existsSync(join(dir, 'ground-truth.json')) && existsSync(join(dir, 'html')) && readdirSync(join(dir, 'html')).length > 0;
}
