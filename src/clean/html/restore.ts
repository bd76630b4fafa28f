/**
 * Put back paragraphs Readability dropped. Readability keeps the best container and the siblings it scores
 * well; a paragraph split off by an ad slot or wrapped in an odd element is lost. Like trafilatura's
 * recovery, we look at the page as served: a plain-prose paragraph that sits between two paragraphs we kept
 * (or right after the last one, under the same parent) and is not furniture goes back in, in page order.
 */
import type { Removed } from '../../model/document.js';
import { normalizeSpace, type DomDocument, type DomElement } from './dom.js';
import { textOf, type Block } from './blocks.js';
import { noiseReason } from './postpass.js';
import { blockNoise } from './filter.js';
import { RULES } from './rules.js';
import { grams, coverage } from './recover.js';

const RESTORE = {
  /** A paragraph worth restoring has at least this many characters… */
  minChars: 120,
  /** …at most this share of link text… */
  maxLinkShare: 0.3,
  /** …and none of these tags among its ancestors. */
  /** A paragraph with more than this share of its 4-grams already in our text is a variant of one we have. */
  maxKnown: 0.3,
  /** Markup or code shown as text is never prose. */
  code: /<\/?[a-z][a-z0-9]*[\s>]|[{};]\s*$|\w+\s*=\s*["']/i,
  badAncestors: new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'LI', 'TABLE']),
};

const key = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

function isFurniture(el: DomElement): boolean {
  for (let a: DomElement | null = el; a && a.tagName.toUpperCase() !== 'BODY'; a = a.parentElement) {
    if (RESTORE.badAncestors.has(a.tagName.toUpperCase()) || noiseReason(a)) return true;
  }
  return false;
}

function linkShare(el: DomElement, len: number): number {
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normalizeSpace(a.textContent ?? '').length, 0) / len;
}

/** For each page paragraph, the index of our block that holds it; -2 when it is inside our text elsewhere, -1 when not ours. */
function locate(paras: string[], ours: string[]): number[] {
  const exact = new Map(ours.map((k, i) => [k, i] as const));
  const starts: number[] = [];
  let pos = 0;
  for (const k of ours) { starts.push(pos); pos += k.length + 1; }
  const whole = ours.join(' ');
  return paras.map((k) => {
    if (!k) return -1;
    const hit = exact.get(k);
    if (hit !== undefined) return hit;
    if (k.length <= 40) return -1;
    const at = whole.indexOf(k);
    if (at < 0) return -1;
    let i = starts.length - 1;
    while (i > 0 && starts[i] > at) i--;
    return starts[i] + ours[i].length >= at + k.length ? i : -2;
  });
}

/** Blocks of `blocks` plus the paragraphs of `page` Readability dropped. Example: restoreDropped(parseDoc(html), blocks, removed) */
export function restoreDropped(page: DomDocument, blocks: Block[], removed: Removed[]): Block[] {
  const ours = blocks.map((b) => key(b.text));
  const els = Array.from(page.querySelectorAll('p'));
  const at = locate(els.map((el) => key(el.textContent ?? '')), ours);
  const nextIn: boolean[] = [];
  for (let i = els.length - 1, seen = false; i >= 0; i--) { nextIn[i] = seen; seen ||= at[i] >= 0; }
  let have: Set<string> | null = null;
  let dropped: Set<string> | null = null;
  const inserts = new Map<number, Block[]>();
  let prev = -1;
  let prevParent: DomElement | null = null;
  els.forEach((el, i) => {
    if (at[i] >= 0) { prev = at[i]; prevParent = el.parentElement; return; }
    if (at[i] === -2 || prev < 0 || (!nextIn[i] && el.parentElement !== prevParent)) return;
    const text = textOf(el).replace(/\n+/g, ' ');
    if (text.length < RESTORE.minChars || !RULES.sentenceEnd.test(text) || RESTORE.code.test(text)) return;
    // Already ours in another shape, or dropped on purpose by the post-pass: not Readability's loss.
    have ??= new Set(grams(ours.join(' ')));
    dropped ??= new Set(grams(removed.map((r) => key(r.text)).join(' ')));
    const g = grams(key(text));
    if (coverage(g, have) > RESTORE.maxKnown || coverage(g, dropped) > RESTORE.maxKnown) return;
    if (linkShare(el, text.length) > RESTORE.maxLinkShare || isFurniture(el)) return;
    const block: Block = { text, linkChars: 0, tag: 'P', afterImage: false };
    if (blockNoise(block)) return;
    removed.push({ text, reason: 'restored: dropped by Readability' });
    inserts.set(prev, [...(inserts.get(prev) ?? []), block]);
  });
  if (!inserts.size) return blocks;
  return blocks.flatMap((b, i) => [b, ...(inserts.get(i) ?? [])]);
}
