/**
 * DOM plumbing for the HTML cleaner: parse with linkedom (a fast DOM that Readability accepts; ~9× faster
 * than jsdom), the few DOM types we touch, and whitespace normalisation.
 */
import { parseHTML } from 'linkedom';

/** The subset of DOM node/element we touch; linkedom's own types are loose. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
  remove(): void;
}
export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
}

/** Parse an HTML string. Example: parseDoc('<p>Hi</p>').body?.textContent → 'Hi' */
export function parseDoc(html: string): DomDocument {
  // linkedom treats a document without <html> as a fragment-less body; wrap so body/head always exist.
  const src = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as DomDocument;
}

/** Normalise one paragraph: collapse spaces, keep single line breaks from <br>. */
export function normalizeSpace(s: string): string {
  return s
    .replace(/[\t\f\v\r \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
