/**
 * One walk over a parsed page that collects every place metadata hides — <meta> tags, canonical link,
 * JSON-LD scripts, the first <h1>, <time datetime> and byline elements — and how much paragraph text it
 * holds, before Readability mutates the document. One hand-written walk, because linkedom evaluates each selector list by walking the whole tree
 * and eight of them cost more than the article extraction itself.
 */
import type { DomDocument, DomElement } from '../html/dom.js';
import { parseJsonLd, type LdNode } from './jsonld.js';

export interface PageScan {
  /** <meta> content by lower-cased property/name/itemprop; the first non-empty value wins. */
  metas: Map<string, string>;
  canonical: string | null;
  docTitle: string;
  h1: string | null;
  /** datetime of the most explicit <time>: itemprop=datePublished > pubdate > first one. */
  time: string | null;
  byline: string | null;
  ld: LdNode[];
  /** Characters of text in <p> elements: what the page holds as prose, for "did Readability lose some?". */
  paragraphChars: number;
}

const SCAN = {
  bylineAttr: /(?:^|\s)(?:byline|by|author|author-name|article-author|post-author|entry-author|byline__name|byline-name|writer)(?:\s|$)/i,
  /** A byline element holds a name, not a paragraph. */
  bylineMaxChars: 100,
};

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function visit(el: DomElement, scan: PageScan, times: { rank: number }): void {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const val = (el.getAttribute('content') ?? '').trim();
    if (key && val && !scan.metas.has(key)) scan.metas.set(key, val);
  } else if (tag === 'LINK') {
    if (!scan.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) scan.canonical = el.getAttribute('href');
  } else if (tag === 'SCRIPT') {
    if (/ld\+json/i.test(el.getAttribute('type') ?? '')) scan.ld.push(...parseJsonLd(el.textContent ?? ''));
    return;
  } else if (tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
  else if (tag === 'P') scan.paragraphChars += squash(el.textContent).length;
  else if (tag === 'H1' && scan.h1 === null) scan.h1 = squash(el.textContent) || null;
  else if (tag === 'TIME' && el.getAttribute('datetime')) {
    const rank = el.getAttribute('itemprop') === 'datePublished' ? 3 : el.getAttribute('pubdate') !== null ? 2 : 1;
    if (rank > times.rank) { scan.time = el.getAttribute('datetime'); times.rank = rank; }
  }
  if (!scan.byline && (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || SCAN.bylineAttr.test(el.getAttribute('class') ?? ''))) {
    const text = squash(el.textContent);
    if (text && text.length <= SCAN.bylineMaxChars) scan.byline = text;
  }
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) visit(kids[i], scan, times);
}

/** Collect a page's metadata sources in one walk. Example: scanPage(doc).metas.get('og:title') → 'Quake…' */
export function scanPage(doc: DomDocument): PageScan {
  const scan: PageScan = { metas: new Map(), canonical: null, docTitle: squash(doc.title), h1: null, time: null, byline: null, ld: [], paragraphChars: 0 };
  if (doc.documentElement) visit(doc.documentElement, scan, { rank: 0 });
  return scan;
}
