/**
 * RSS 0.9x/2.0, Atom and RDF (RSS 1.0) → RawFeed through rss-parser, a maintained parser that keeps
 * content:encoded and reads all three dialects; this module only maps its loose output onto our raw type.
 */
import Parser from 'rss-parser';
import type { FeedFormat, RawFeed, RawFeedItem } from './types.js';

const FORMAT_BY_ROOT: [RegExp, FeedFormat][] = [
  [/<feed[\s>]/i, 'atom'],
  [/<rdf:RDF[\s>]/i, 'rdf'],
  [/<rss[\s>]/i, 'rss'],
];

type LooseItem = Record<string, unknown>;
const parser = new Parser();

/** Parses feed XML; throws on broken XML or an unknown root. Example: const f = await parseXmlFeed(xml); f.items[0].link */
export async function parseXmlFeed(xml: string): Promise<RawFeed> {
  const parsed = await parser.parseString(xml);
  const format = rootFormat(xml);
  const ttl = Number((parsed as Record<string, unknown>).ttl);
  return {
    format,
    title: str(parsed.title),
    link: str(parsed.link),
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : undefined,
    items: (parsed.items ?? []).map((it) => toItem(it as LooseItem, format === 'atom')),
  };
}

/** The dialect of the root element: whichever known root tag comes first. */
function rootFormat(xml: string): FeedFormat {
  let best: [number, FeedFormat] = [Infinity, 'rss'];
  for (const [re, f] of FORMAT_BY_ROOT) {
    const at = xml.search(re);
    if (at >= 0 && at < best[0]) best = [at, f];
  }
  return best[1];
}

function toItem(it: LooseItem, atom: boolean): RawFeedItem {
  const encoded = str(it['content:encoded']);
  // rss-parser puts RSS/RDF <description> (a summary) into `content`, and Atom <content> (full text) too.
  const content = str(it.content);
  const summary = str(it.summary);
  return {
    id: str(it.guid) ?? str(it.id) ?? str(it['rdf:about']) ?? str(it.link),
    link: str(it.link),
    title: str(it.title),
    published: published(it),
    author: str(it.creator) ?? str(it.author),
    contentHtml: encoded ?? (atom ? content : undefined),
    summaryHtml: summary ?? (atom ? undefined : content),
  };
}

/** rss-parser's isoDate, except that a date-only value stays date-only (no invented midnight). */
function published(it: LooseItem): string | undefined {
  const raw = str(it.pubDate) ?? str(it.date);
  if (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  return str(it.isoDate) ?? raw;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && '_' in v && typeof (v as { _: unknown })._ === 'string') return str((v as { _: string })._);
  return undefined;
}
