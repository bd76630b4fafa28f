/**
 * Regression run over Mozilla's readability test pages (<slug>/{source.html, expected.html,
 * expected-metadata.json}). The expected output is Readability.js's own, not human gold, so this checks
 * that our post-pass does not break what Readability gets right: no crash, no empty text where Readability
 * finds some, token agreement with expected.html, and title/byline agreement with its metadata.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../clean/html/extract.js';
import { parseDoc, type DomElement } from '../clean/html/dom.js';
import { textOf } from '../clean/html/blocks.js';
import { readabilityText } from '../clean/html/readable.js';
import { tokenize } from './shingles.js';
import { prf, round, type EvalResult } from './types.js';

interface Expected { title?: string | null; byline?: string | null }

/** Folders below `dir` that hold a test case (source.html + expected.html). Example: caseDirs(root).length → 130 */
export function caseDirs(dir: string): string[] {
  if (existsSync(join(dir, 'source.html')) && existsSync(join(dir, 'expected.html'))) return [dir];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).sort().flatMap((n) => (statSync(join(dir, n)).isDirectory() ? caseDirs(join(dir, n)) : []));
}

/** Token-multiset overlap of two texts. Example: tokenOverlap('a b c', 'a b') → {tp: 2, fp: 0, fn: 1} */
export function tokenOverlap(truth: string, pred: string): { tp: number; fp: number; fn: number } {
  const counts = new Map<string, number>();
  for (const t of tokenize(truth.toLowerCase())) counts.set(t, (counts.get(t) ?? 0) + 1);
  let tp = 0, fp = 0;
  for (const t of tokenize(pred.toLowerCase())) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { tp++; counts.set(t, c - 1); } else fp++;
  }
  const fn = [...counts.values()].reduce((a, b) => a + b, 0);
  return { tp, fp, fn };
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? '').replace(/\s+/g, ' ').trim().toLowerCase() === (b ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Run the regression over a readability test-pages folder. Example: (await evalReadabilityPages(dir)).crashes → 0 */
export async function evalReadabilityPages(path: string): Promise<EvalResult> {
  const dirs = caseDirs(path);
  const base = { tp: 0, fp: 0, fn: 0 };
  let tp = 0, fp = 0, fn = 0, macro = 0, crashes = 0, emptyWhereReadabilityFinds = 0, titleOk = 0, bylineOk = 0;
  const low: { case: string; f1: number }[] = [];
  for (const dir of dirs) {
    const source = readFileSync(join(dir, 'source.html'), 'utf8');
    const expected = textOf(parseDoc(readFileSync(join(dir, 'expected.html'), 'utf8')).body as DomElement);
    const meta = (existsSync(join(dir, 'expected-metadata.json'))
      ? JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) : {}) as Expected;
    let got: ReturnType<typeof extractHtml> | null = null;
    try { got = extractHtml(source, {}); } catch { crashes++; }
    const text = got?.text ?? '';
    const baseText = readabilityText(source);
    if (!text.trim() && baseText.trim()) emptyWhereReadabilityFinds++;
    const b = tokenOverlap(expected, baseText);
    base.tp += b.tp; base.fp += b.fp; base.fn += b.fn;
    const o = tokenOverlap(expected, text);
    tp += o.tp; fp += o.fp; fn += o.fn;
    const f1 = prf(o.tp, o.fp, o.fn).f1;
    macro += f1;
    if (f1 < 0.9) low.push({ case: dir.split('/').pop()!, f1 });
    if (same(got?.title, meta.title)) titleOk++;
    if (same(got?.author, meta.byline)) bylineOk++;
  }
  const n = dirs.length || 1;
  return {
    suite: 'readability-pages', n: dirs.length, ...prf(tp, fp, fn), 'macro-f1': round(macro / n), crashes,
    'empty-where-readability-finds-text': emptyWhereReadabilityFinds,
    'title-agreement': round(titleOk / n), 'byline-agreement': round(bylineOk / n),
    'baseline:readability+linkedom': prf(base.tp, base.fp, base.fn),
    'below-0.9': low.sort((a, b) => a.f1 - b.f1),
  };
}
