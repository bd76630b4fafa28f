/**
 * Render an element as the blocks a reader sees: each block element starts a new paragraph, inline runs are
 * joined, whitespace is normalised and no markup survives (scripts, styles, form controls, link targets are
 * never text). Each block also carries how much of it is link text and whether it is a heading or list
 * item, which the post-pass needs to tell a related-links list from prose.
 */
import { normalizeSpace, type DomNode, type DomElement } from './dom.js';

export interface Block {
  text: string;
  /** Characters of `text` inside <a>. */
  linkChars: number;
  /** Nearest block tag: P, LI, H2, DIV, … */
  tag: string;
  /** An image came right before this block with no text between: the block may be its caption. */
  afterImage: boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL', 'CENTER',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'HEAD',
  'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'LINK', 'META']);

interface Acc { blocks: Block[]; buf: string[]; linkChars: number; tag: string; image: boolean }

function flush(acc: Acc): void {
  const raw = acc.buf.join('');
  const text = normalizeSpace(raw);
  if (text) {
    acc.blocks.push({ text, linkChars: Math.min(acc.linkChars, text.length), tag: acc.tag, afterImage: acc.image });
    acc.image = false;
  }
  acc.buf = [];
  acc.linkChars = 0;
}

function walk(node: DomNode, acc: Acc, inLink: boolean): void {
  if (node.nodeType === 3) {
    const t = node.textContent ?? '';
    acc.buf.push(t);
    if (inLink) acc.linkChars += t.replace(/\s+/g, ' ').trim().length;
    return;
  }
  if (node.nodeType !== 1) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP_TAGS.has(name)) return;
  if (name === 'BR') { acc.buf.push('\n'); return; }
  if (name === 'IMG' || name === 'PICTURE') { if (!normalizeSpace(acc.buf.join(''))) acc.image = true; return; }
  const block = BLOCK_TAGS.has(name);
  const outer = acc.tag;
  if (block) { flush(acc); acc.tag = name; }
  const kids = node.childNodes;
  // A link to another place on the same page (a heading's permalink, a footnote) does not lead away.
  const away = name === 'A' && !((node as DomElement).getAttribute('href') ?? '').startsWith('#');
  for (let i = 0; i < kids.length; i++) walk(kids[i], acc, inLink || away);
  if (block) { flush(acc); acc.tag = outer; }
  else if (name === 'TD' || name === 'TH') acc.buf.push(' ');
}

/** Blocks of an element's visible text. Example: blocksOf(el) → [{text: 'Para.', linkChars: 0, tag: 'P'}] */
export function blocksOf(node: DomNode): Block[] {
  const acc: Acc = { blocks: [], buf: [], linkChars: 0, tag: 'DIV', image: false };
  walk(node, acc, false);
  flush(acc);
  return acc.blocks;
}

/** Plain text of an element, paragraphs separated by a blank line. Example: textOf(el) → 'A.\n\nB.' */
export function textOf(node: DomNode): string {
  return blocksOf(node).map((b) => b.text).join('\n\n');
}
