/**
 * Post-pass over Readability's article: Readability keeps captions, photo credits, "related" link lists,
 * newsletter and cookie boxes, bylines and timestamps when they sit inside the winning container. No library
 * removes these, so it is done here in two steps: drop containers whose tag or class/id names them as
 * furniture, then drop blocks whose text has the shape of furniture (RULES in rules.ts). Every drop is
 * recorded in `removed` with its reason.
 */
import type { Removed } from '../../model/document.js';
import type { DomElement } from './dom.js';
import type { Block } from './blocks.js';
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

/** Why a block's text is furniture, or null. Example: blockNoise({text: 'Advertisement', …}) → 'line' */
export function blockNoise(b: Block): string | null {
  const t = b.text.replace(/^[|•·–—-]\s*/, '');
  if (t.length <= RULES.promoMaxChars && RULES.promoText.test(t)) return 'promo/bio';
  if (t.length <= RULES.promoMaxChars && RULES.commentPrompt.test(t)) return 'comment prompt';
  if (t.length <= RULES.promoMaxChars && RULES.wireSignoff.test(t)) return 'wire sign-off';
  if (t.length <= RULES.promoMaxChars * 2 && /^[^.!?]*[.!?]?.*(?:getty images|\(image: [^)]*\))\s*$/i.test(t)) return 'caption/credit';
  if (t.length > RULES.shortChars) return null;
  if (RULES.noiseLine.some((re) => re.test(t))) return 'boilerplate line';
  if (RULES.creditLine.test(t)) return 'caption/credit';
  if (RULES.noisePrefix.test(t) && !/[.!?]["'”’]?$/.test(t.replace(/\s*(?:\[\w+\]|\|)\s*$/, ''))) return 'promo line';
  if (RULES.noisePrefix.test(t) && t.length < 100) return 'promo line';
  if (RULES.metaLine.test(t)) return 'date/byline line';
  return null;
}

/** Words, counting two CJK characters as one (those scripts do not separate words by spaces). Example: wordCount('a b') → 2 */
export function wordCount(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  return text.split(/\s+/).filter(Boolean).length + Math.floor(cjk / 2);
}

const isBody = (b: Block): boolean => {
  const words = wordCount(b.text);
  return words >= 2 * RULES.bodyMinWords || (words >= RULES.bodyMinWords && RULES.sentenceEnd.test(b.text));
};

/** Short non-sentences right after an image are captions — unless most blocks follow images (a photo essay). */
function markCaptions(blocks: Block[], why: (string | null)[]): void {
  if (blocks.filter((b) => b.afterImage).length > RULES.photoEssayShare * blocks.length) return;
  blocks.forEach((b, i) => {
    const words = wordCount(b.text);
    if (why[i] || !b.afterImage || /^H[1-6]$/.test(b.tag) || RULES.sentenceEnd.test(b.text)) return;
    if (words >= 2 && words <= RULES.captionMaxWords) why[i] = 'caption (after image)';
  });
}

/** Mostly capital letters (at least 4 words). Example: isShouting('SEAN SPICER ELIMINATED FROM SHOW') → true */
function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return text.split(/\s+/).length >= 4 && letters.length > 0 && upper / letters.length > 0.8;
}

/** A short line above the body that is not a sentence: kicker, byline, date, section name. */
function isHeaderLine(b: Block): boolean {
  const words = wordCount(b.text);
  if (/^H[1-6]$/.test(b.tag) || words >= RULES.bodyMinWords) return false;
  return words < 5 || !RULES.sentenceEnd.test(b.text);
}

/** A short first paragraph that sits above the byline/date lines is the standfirst, not the report. */
function dropStandfirst(blocks: Block[], why: (string | null)[]): void {
  const k = why.findIndex((w) => !w);
  if (k < 0 || /^H1$/.test(blocks[k].tag) || blocks[k].text.length > RULES.promoMaxChars) return;
  let j = k + 1;
  while (j < blocks.length && why[j] && why[j] !== 'date/byline line') j++;
  if (j < blocks.length && why[j] === 'date/byline line' && blocks.slice(j + 1).some((b, i) => !why[j + 1 + i])) why[k] = 'standfirst above byline';
}

/** Drop furniture blocks and the short non-sentence lines before the first body paragraph. */
export function filterBlocks(blocks: Block[], removed: Removed[]): Block[] {
  const why = blocks.map(blockNoise);
  markCaptions(blocks, why);
  const linky = blocks.map((b) => b.text.length <= RULES.linkBlockMaxChars && b.linkChars / b.text.length >= RULES.linkDensity);
  // A lone linked line is usually a link inside the story; a run of them is a list of other stories.
  linky.forEach((l, i) => { if (l && !why[i] && (linky[i - 1] || linky[i + 1])) why[i] = 'link list'; });
  // A linked heading announces another story.
  linky.forEach((l, i) => { if (l && !why[i] && /^H[1-6]$/.test(blocks[i].tag) && blocks[i].linkChars >= 0.9 * blocks[i].text.length) why[i] = 'teaser headline'; });
  // …and so is a linked line in capitals, the way many outlets flag a related story inside the text.
  linky.forEach((l, i) => { if (l && !why[i] && isShouting(blocks[i].text)) why[i] = 'related link'; });
  // A removed "More stories" line takes the list right after it along.
  for (let i = 1; i < blocks.length; i++) {
    const head = blocks[i - 1];
    if (!why[i] && blocks[i].tag === 'LI' && (why[i - 1] === 'related list' || (why[i - 1] && RULES.relatedHead.test(head.text)))) why[i] = 'related list';
  }
  const first = blocks.findIndex((b, i) => !why[i] && isBody(b));
  blocks.forEach((b, i) => {
    if (!why[i] && i < first && isHeaderLine(b)) why[i] = 'header line';
  });
  dropStandfirst(blocks, why);
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    if (why[i]) removed.push({ text: b.text, reason: why[i]! });
    else out.push(b);
  });
  return out;
}
