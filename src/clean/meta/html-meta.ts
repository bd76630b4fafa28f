/**
 * Metadata of an HTML page from every place it hides, each value with where it came from: container hints,
 * JSON-LD, <meta> (OpenGraph, article:*, parsely-*, sailthru.*, Dublin Core), <time datetime>, bylines in the
 * page, the URL path and the domain. Earlier sources in each list win: the most explicit statement first.
 */
import type { Hints, MetaSource } from '../../model/document.js';
import type { CleanResult } from '../types.js';
import type { PageScan } from './page-scan.js';
import { articleNode, ldText } from './jsonld.js';
import { parseDate, dateFromUrl } from './date.js';
import { outletFromUrl, normalizeOutlet } from './outlet.js';

type Field = 'outlet' | 'url' | 'title' | 'author' | 'published';
export type PageMeta = Pick<CleanResult, Field | 'metaSources'>;
type Candidate = [MetaSource, string | null | undefined];

const META = {
  title: ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline'],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'byline'],
  published: ['article:published_time', 'og:published_time', 'published_time', 'parsely-pub-date',
    'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'date', 'pubdate', 'publishdate',
    'publish-date', 'datepublished', 'article.published', 'og:article:published_time', 'cxenseparse:recs:publishtime'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
} as const;

const squash = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() : null);

/** First non-empty <meta> value among `keys`. */
function metaValue(scan: PageScan, keys: readonly string[]): string | null {
  for (const k of keys) if (scan.metas.get(k)) return scan.metas.get(k)!;
  return null;
}

const first = (cands: Candidate[], clean: (s: string) => string | null = (s) => s.trim() || null) => {
  for (const [src, v] of cands) {
    const c = v ? clean(v) : null;
    if (c) return { value: c, source: src };
  }
  return null;
};

const cleanAuthor = (s: string): string | null => {
  // "By Sara Lindqvist, business correspondent" → "Sara Lindqvist": a role after the comma is not the name.
  const t = s.replace(/\s+/g, ' ').replace(/^by\s+/i, '').replace(/,\s+(?:the\s+|our\s+)?\p{Ll}[\p{L} ]*$/u, '').trim();
  return !t || /^https?:|^\W+$/.test(t) || t.length > 120 ? null : t;
};

/** Resolve page metadata. Example: pageMeta(scanPage(doc), {url}, {title: 'From readability'}).published → '2023-11-04T09:30:00Z' */
/**
 * A document title is often "Headline – Site Name": split off the site name when the rest is the page's
 * headline. Example: titleSuffix('Strike ends – The Lissane Courier', 'Strike ends') → 'The Lissane Courier'
 */
export function titleSuffix(title: string | null | undefined, h1: string | null | undefined): string | null {
  if (!title || !h1 || !title.startsWith(h1)) return null;
  const m = /^\s*[-–—|:·•]\s*(.{2,60})$/.exec(title.slice(h1.length));
  return m && m[1].split(/\s+/).length <= 6 ? m[1].trim() : null;
}

export function pageMeta(scan: PageScan, hints: Hints, fromReadability: { title?: string | null; byline?: string | null } = {}): PageMeta {
  const art = articleNode(scan.ld) ?? {};
  const siteSuffix = titleSuffix(squash(scan.docTitle), squash(scan.h1)) ?? titleSuffix(squash(fromReadability.title), squash(scan.h1));
  const canonical = scan.canonical;
  const url = first([['hint', hints.url], ['meta', canonical], ['opengraph', metaValue(scan, ['og:url'])]],
    (s) => (/^https?:\/\//i.test(s.trim()) ? s.trim() : null));
  const title = first([['hint', hints.title], ['jsonld', ldText(art.headline)], ['opengraph', metaValue(scan, META.title)],
    ['heading', siteSuffix ? scan.h1 : null], ['readability', fromReadability.title], ['heading', scan.h1], ['meta', scan.docTitle]],
  (s) => s.replace(/\s+/g, ' ').trim() || null);
  const author = first([['hint', hints.author], ['jsonld', ldText(art.author ?? art.creator)],
    ['meta', metaValue(scan, META.author)], ['byline', scan.byline], ['readability', fromReadability.byline]], cleanAuthor);
  const published = first([['hint', hints.published], ['jsonld', ldText(art.datePublished ?? art.dateCreated)],
    ['meta', metaValue(scan, META.published)], ['time-element', scan.time], ['url', url ? dateFromUrl(url.value) : null]],
  (s) => parseDate(s));
  const outlet = first([['hint', hints.outlet], ['opengraph', metaValue(scan, META.outlet)],
    ['jsonld', ldText(art.publisher)], ['masthead', siteSuffix], ['domain', url ? outletFromUrl(url.value) : null]], normalizeOutlet);
  const found = { url, title, author, published, outlet };
  const metaSources: PageMeta['metaSources'] = {};
  for (const [k, v] of Object.entries(found)) if (v) metaSources[k as Field] = v.source;
  return {
    url: url?.value ?? null, title: title?.value ?? null, author: author?.value ?? null,
    published: published?.value ?? null, outlet: outlet?.value ?? null, metaSources,
  };
}
