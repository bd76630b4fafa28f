/**
 * Sitemaps as a source of article URLs for `watch`: `<urlset>` (with Google News `news:` fields: title,
 * publication date, publication name) and `<sitemapindex>` (pointers to child sitemaps). Parsed with
 * htmlparser2 in XML mode, which shrugs at the namespace and whitespace quirks real sitemaps have.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { RawFeed, RawFeedItem } from './feeds/types.js';

export const SITEMAP = {
  sniff: /<(urlset|sitemapindex)[\s>]/i,
  byName: /sitemap[\w-]*\.xml(\.gz)?(\?.*)?$/i,
  /** Child sitemaps read from one index per poll (most recently modified first). */
  maxChildren: 5,
};

export interface Sitemap {
  kind: 'urlset' | 'index';
  /** Article entries (urlset) or child sitemap URLs (index). */
  entries: RawFeedItem[];
  /** Publication name from news:publication, when every entry names one. */
  publication?: string;
}

/** True for text that is a sitemap. Example: looksLikeSitemap('<urlset xmlns=…>') === true */
export function looksLikeSitemap(text: string): boolean {
  return SITEMAP.sniff.test(text.slice(0, 4096));
}

/** Parses a sitemap or sitemap index. Example: parseSitemap(xml).entries.map((e) => e.link) */
export function parseSitemap(xml: string): Sitemap {
  const doc = parseDocument(xml, { xmlMode: true });
  const kind = DomUtils.findOne((e) => local(e) === 'sitemapindex', doc.children, true) ? 'index' : 'urlset';
  const tag = kind === 'index' ? 'sitemap' : 'url';
  const nodes = DomUtils.findAll((e) => local(e) === tag, doc.children);
  const entries = nodes.map(entry).filter((e): e is RawFeedItem & { link: string } => !!e.link);
  const names = new Set(nodes.map((n) => field(n, 'name')).filter(Boolean));
  return { kind, entries, publication: names.size === 1 ? [...names][0] : undefined };
}

/** Child sitemaps to read from an index, newest first. */
export function childSitemaps(index: Sitemap): string[] {
  const sorted = [...index.entries].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  return sorted.slice(0, SITEMAP.maxChildren).map((e) => e.link!);
}

/** A urlset as a RawFeed, so the watcher treats sitemap entries exactly like feed items. */
export function sitemapAsFeed(map: Sitemap): RawFeed {
  return { format: 'rss', title: map.publication, items: map.entries };
}

function entry(n: Element): RawFeedItem {
  const link = field(n, 'loc');
  return {
    id: link,
    link,
    title: field(n, 'title'),
    published: field(n, 'publication_date') ?? field(n, 'lastmod'),
  };
}

/** Text of the first descendant with this local name (namespace prefix ignored). */
function field(n: Element, name: string): string | undefined {
  const el = DomUtils.findOne((e) => local(e) === name, n.children, true);
  const text = el ? DomUtils.textContent(el).trim() : '';
  return text || undefined;
}

const local = (e: Element) => e.name.toLowerCase().replace(/^.*:/, '');
