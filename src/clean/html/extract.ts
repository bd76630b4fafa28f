/**
 * extractHtml: an HTML page → clean article text + metadata (CleanResult). Readability.js finds the article
 * container; our post-pass strips the furniture it keeps; a recovery pass covers pages where it finds too
 * little; metadata comes from every place a page hides it (../meta/html-meta.ts).
 */
import type { Hints, Removed } from '../../model/document.js';
import type { CleanResult } from '../types.js';
import { parseDoc } from './dom.js';
import { runReadability } from './readable.js';
import { blocksOf } from './blocks.js';
import { pruneNoise, filterBlocks } from './postpass.js';
import { pageMeta } from '../meta/html-meta.js';

/** Extract the article of an HTML page. Example: extractHtml(html, {url}).text → 'First paragraph…' */
export function extractHtml(html: string, hints: Hints): CleanResult {
  const removed: Removed[] = [];
  const r = runReadability(html);
  let text = '';
  if (r.root) {
    pruneNoise(r.root, removed);
    text = filterBlocks(blocksOf(r.root), removed).map((b) => b.text).join('\n\n');
  }
  const doc = parseDoc(html);
  const meta = pageMeta(doc, hints, { title: r.title, byline: r.byline });
  return { text, ...meta, removed };
}
