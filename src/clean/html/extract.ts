/**
 * extractHtml: an HTML page → clean article text + metadata (CleanResult). Readability.js finds the article
 * container; our post-pass strips the furniture it keeps; the page's JSON-LD articleBody vetoes blocks it
 * does not contain; when Readability finds too little, articleBody or the densest container takes over.
 * Metadata comes from every place a page hides it (../meta/html-meta.ts).
 */
import type { Hints, Removed } from '../../model/document.js';
import type { CleanResult } from '../types.js';
import { parseDoc, type DomElement } from './dom.js';
import { runReadability } from './readable.js';
import { blocksOf, type Block } from './blocks.js';
import { pruneNoise } from './postpass.js';
import { filterBlocks } from './filter.js';
import { ldBody, refineWithLd, densest, ldOnPage, TOO_LITTLE } from './recover.js';
import { restoreDropped } from './restore.js';
import { pageMeta } from '../meta/html-meta.js';
import { scanPage } from '../meta/page-scan.js';

/** Try restoring dropped paragraphs when our text is below this share of the page's <p> text. */
const RESTORE_WHEN = 0.5;

const join = (blocks: Block[]): string => blocks.map((b) => b.text).join('\n\n');

/** Post-pass an article container into clean blocks. */
function cleanBlocks(root: DomElement, removed: Removed[]): Block[] {
  pruneNoise(root, removed);
  return filterBlocks(blocksOf(root), removed);
}

/** Extract the article of an HTML page. Example: extractHtml(html, {url}).text → 'First paragraph…' */
export function extractHtml(html: string, hints: Hints): CleanResult {
  const removed: Removed[] = [];
  const page = parseDoc(html);
  const scan = scanPage(page); // before Readability mutates the page
  const ld = ldBody(scan.ld);
  const r = runReadability(page);
  const meta = pageMeta(scan, hints, { title: r.title, byline: r.byline });
  let blocks = r.root ? refineWithLd(cleanBlocks(r.root, removed), ld, removed) : [];
  // Re-reading the page as served costs a parse: only when its paragraphs hold much more than we kept.
  if (blocks.length && join(blocks).length < RESTORE_WHEN * scan.paragraphChars) blocks = restoreDropped(parseDoc(html), blocks, removed);
  if (join(blocks).length < TOO_LITTLE) {
    const doc = parseDoc(html); // Readability has mutated its copy; the fallback needs the page as served
    const pageText = doc.body?.textContent ?? '';
    const dense = densest(doc);
    const fallback = dense ? cleanBlocks(dense, []) : [];
    const ldBlocks: Block[] = ldOnPage(ld, pageText) ? ld.map((text) => ({ text, linkChars: 0, tag: 'P', afterImage: false })) : [];
    const best = [blocks, fallback, ldBlocks].reduce((a, b) => (join(b).length > join(a).length ? b : a));
    if (best !== blocks) removed.push({ text: join(blocks), reason: 'Readability found too little; replaced' });
    blocks = best;
  }
  return { text: join(blocks), ...meta, removed: removed.filter((x) => x.text) };
}
