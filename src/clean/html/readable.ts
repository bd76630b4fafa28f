/**
 * Readability.js over linkedom: the article candidate everything else refines. Readability mutates the
 * document it is given, so metadata is read before it runs; its content comes back as a live element (not an HTML
 * string) so the post-pass can prune it without a second parse.
 */
import { Readability } from '@mozilla/readability';
import { parseDoc, type DomDocument, type DomElement } from './dom.js';

/** Readability's typings name DOM types this DOM-less (lib: ES2023) project does not load. */
type ReadDoc = ConstructorParameters<typeof Readability>[0];

export interface ReadableResult {
  root: DomElement | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const EMPTY: ReadableResult = { root: null, title: null, byline: null, siteName: null, publishedTime: null };

/** Run Readability on a parsed page; it mutates `doc`. Example: runReadability(parseDoc(html)).root?.textContent */
export function runReadability(doc: DomDocument): ReadableResult {
  try {
    const reader = new Readability<DomElement>(doc as unknown as ReadDoc, {
      serializer: (node) => node as unknown as DomElement,
      keepClasses: true, // the post-pass reads class names ("caption", "related") to spot furniture
    });
    const art = reader.parse();
    if (!art) return EMPTY;
    return {
      root: art.content ?? null,
      title: art.title || null,
      byline: art.byline || null,
      siteName: art.siteName || null,
      publishedTime: art.publishedTime || null,
    };
  } catch {
    // Readability throws on a few malformed documents (no <body>, odd namespaces): treat as "found nothing".
    return EMPTY;
  }
}

/** Plain Readability.js text (its textContent), the baseline the evals score. Example: readabilityText(html) */
export function readabilityText(html: string): string {
  try {
    const art = new Readability(parseDoc(html) as unknown as ReadDoc).parse();
    return art?.textContent ?? '';
  } catch {
    return '';
  }
}
