/**
 * What Readability misses, recovered from the page itself: the JSON-LD articleBody a publisher states
 * (used to drop blocks it does not contain — captions, promos — when the two agree, and as the text when
 * Readability finds almost nothing), and a text-density fallback (the container with the most plain
 * paragraph text, as trafilatura's baseline does) for pages where Readability returns nothing.
 */
import type { Removed } from '../../model/document.js';
import { parseDoc, normalizeSpace, type DomDocument, type DomElement } from './dom.js';
import { blocksOf, type Block } from './blocks.js';
import { articleNode, type LdNode } from '../meta/jsonld.js';

const RECOVER = {
  /** Both texts must share this share of their 4-grams before articleBody may veto our blocks. */
  agree: 0.8,
  /** A block with less than this share of its 4-grams in articleBody is dropped (when they agree). */
  blockMin: 0.3,
  /** Blocks shorter than this many tokens are never judged against articleBody. */
  blockMinTokens: 6,
  /** Below this many characters our text counts as "Readability found too little". */
  tooLittle: 400,
  /** articleBody must have this share of its 4-grams on the page to be trusted as the text. */
  onPage: 0.6,
  /** Containers scored by the density fallback, and the tags counted as paragraphs in them. */
  containers: 'article, main, section, div, td',
  paragraphs: new Set(['P', 'H2', 'H3', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']),
};

/** Lower-cased word 4-grams of a text. Example: grams('A b c d e') → ['a b c d', 'b c d e'] */
export const grams = (text: string): string[] => {
  const t = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 4 <= t.length; i++) out.push(t.slice(i, i + 4).join(' '));
  return out.length || !t.length ? out : [t.join(' ')];
};

/** Share of `a`'s 4-grams found in the set `b`. Example: coverage(grams('a b c d'), new Set(['a b c d'])) → 1 */
export function coverage(a: string[], b: Set<string>): number {
  return a.length ? a.filter((g) => b.has(g)).length / a.length : 0;
}

/** The JSON-LD articleBody as paragraphs (it is sometimes HTML). Example: ldBody(scan.ld) → ['First…', 'Second…'] */
export function ldBody(nodes: LdNode[]): string[] {
  const body = articleNode(nodes)?.articleBody;
  if (typeof body !== 'string' || !body.trim()) return [];
  const html = /<\/?[a-z][^>]*>/i.test(body) ? body : body.split(/\n\s*\n|\r?\n/).map((p) => `<p>${p}</p>`).join('');
  return blocksOf(parseDoc(html).body as DomElement).map((b) => b.text);
}

/** Drop blocks articleBody does not contain, when the two texts agree overall. Example: refineWithLd(blocks, ld, removed) */
export function refineWithLd(blocks: Block[], ld: string[], removed: Removed[]): Block[] {
  if (!ld.length || !blocks.length) return blocks;
  const ldSet = new Set(grams(ld.join(' ')));
  const ours = grams(blocks.map((b) => b.text).join(' '));
  if (coverage(ours, ldSet) < RECOVER.agree || coverage(grams(ld.join(' ')), new Set(ours)) < RECOVER.agree) return blocks;
  return blocks.filter((b) => {
    const g = grams(b.text);
    if (/^H[1-6]$/.test(b.tag) || g.length + 3 < RECOVER.blockMinTokens || coverage(g, ldSet) >= RECOVER.blockMin) return true;
    removed.push({ text: b.text, reason: 'not in JSON-LD articleBody' });
    return false;
  });
}

function densityScore(el: DomElement): number {
  let score = 0;
  for (const child of Array.from(el.children)) {
    if (!RECOVER.paragraphs.has(child.tagName.toUpperCase())) continue;
    const text = normalizeSpace(child.textContent ?? '');
    const links = Array.from(child.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    score += Math.max(0, text.length - 2 * links);
  }
  return score;
}

/** The element with the most paragraph text, for pages Readability gives up on. Example: densest(doc)?.tagName → 'DIV' */
export function densest(doc: DomDocument): DomElement | null {
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const el of Array.from(doc.querySelectorAll(RECOVER.containers))) {
    const s = densityScore(el);
    if (s > bestScore) { best = el; bestScore = s; }
  }
  return best;
}

/** Is `ld` (articleBody paragraphs) really on this page? Example: ldOnPage(ld, pageText) → true */
export function ldOnPage(ld: string[], pageText: string): boolean {
  return ld.length > 0 && coverage(grams(ld.join(' ')), new Set(grams(pageText))) >= RECOVER.onPage;
}

export const TOO_LITTLE = RECOVER.tooLittle;
