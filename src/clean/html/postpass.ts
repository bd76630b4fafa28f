/**
 * Post-pass over Readability's article, step 1 of 2: Readability keeps captions, photo credits, "related"
 * boxes, newsletter and cookie boxes, bylines and timestamps when they sit inside the winning container. No
 * library removes these, so here containers whose tag or class/id names them as furniture are dropped
 * (step 2, by the shape of the text, is ./filter.ts). Every drop is recorded in `removed` with its reason.
 */
import type { Removed } from '../../model/document.js';
import type { DomElement } from './dom.js';
import { RULES } from './rules.js';

const textLen = (el: DomElement): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

function isHidden(el: DomElement): boolean {
  const style = el.getAttribute('style') ?? '';
  return el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Why an element is furniture, or null. Example: noiseReason(<div class="related-links">) → 'class:related' */
export function noiseReason(el: DomElement): string | null {
  const tag = el.tagName.toUpperCase();
  if (RULES.noiseTags.has(tag)) return `tag:${tag.toLowerCase()}`;
  if (isHidden(el)) return 'hidden';
  if (tag === 'ARTICLE' && textLen(el) <= RULES.teaserMaxChars && el.querySelector('h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4')) return 'teaser card';
  // An id with many words is a slug of a heading ("sharing-with-a-single-developer"), not a role.
  const id = el.getAttribute('id') ?? '';
  const attr = `${el.getAttribute('class') ?? ''} ${id.split(/[-_]/).length > 3 ? '' : id}`;
  if (RULES.keepAttr.test(attr)) return null;
  const m = RULES.noiseAttrSub.exec(attr) ?? RULES.noiseAttrWord.exec(attr);
  return m ? `class:${m[0].trim().replace(/^[_-]/, '').toLowerCase()}` : null;
}

/** Furniture containers below `el` (topmost only), found without changing the tree. */
function findNoise(el: DomElement, total: number, out: [DomElement, string][]): void {
  for (const child of Array.from(el.children)) {
    const why = noiseReason(child);
    if (why && RULES.inlineTags.has(child.tagName.toUpperCase())) {
      // An inline mention with a hover card ("<span class=rollover><a>Name</a><span class=card>…"): prune the
      // card, keep the name when that is all that is left.
      const inner: [DomElement, string][] = [];
      findNoise(child, total, inner);
      const innerLen = inner.reduce((n, [e]) => n + textLen(e), 0);
      if (textLen(child) - innerLen <= RULES.inlineKeepChars) { out.push(...inner); continue; }
    }
    if (why && textLen(child) <= RULES.maxNoiseShare * total) out.push([child, why]);
    else findNoise(child, total, out);
  }
}

/**
 * Remove furniture containers below `root` (never more than maxNoiseShare of it each). A page where they
 * add up to nearly everything is a listing, not an article with furniture: it is left as Readability saw it.
 * Example: pruneNoise(root, removed)
 */
export function pruneNoise(root: DomElement, removed: Removed[]): void {
  const total = Math.max(1, textLen(root));
  const found: [DomElement, string][] = [];
  findNoise(root, total, found);
  const lost = found.reduce((n, [e]) => n + textLen(e), 0);
  if (lost > RULES.maxNoiseTotal * total) return;
  for (const [el, why] of found) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) removed.push({ text, reason: why });
    el.remove();
  }
}
