/**
 * Post-pass over Readability's article, step 2 of 2: drop blocks whose text has the shape of furniture —
 * promo and sign-up lines, credits, captions under images, link lists, kicker/byline/date lines above the
 * story, the standfirst above the byline — using RULES (rules.ts). Every drop is recorded with its reason.
 */
import type { Removed } from '../../model/document.js';
import type { Block } from './blocks.js';
import { RULES } from './rules.js';

/** Why a block's text is furniture, or null. Example: blockNoise({text: 'Advertisement', …}) → 'line' */
export function blockNoise(b: Block): string | null {
  const t = b.text.replace(/^[|•·–—-]\s*/, '');
  if (t.length <= RULES.promoMaxChars && RULES.promoText.test(t)) return 'promo/bio';
  if (t.length <= RULES.promoMaxChars && RULES.commentPrompt.test(t)) return 'comment prompt';
  if (t.length <= RULES.promoMaxChars && RULES.wireSignoff.test(t)) return 'wire sign-off';
  // The cheap test first: the anchored pattern backtracks over every block otherwise (3% of cleaning).
  if (t.length <= RULES.promoMaxChars * 2 && /getty images|\(image: /i.test(t) && /^[^.!?]*[.!?]?.*(?:getty images|\(image: [^)]*\))\s*$/i.test(t)) return 'caption/credit';
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
