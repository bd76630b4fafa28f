/**
 * The raw feed model every feed reader produces (miniflux's per-format structs, folded into one because
 * rss-parser already normalises RSS 0.9x/2.0, Atom and RDF): what the feed itself says, before it becomes a
 * RawDocument.
 */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface RawFeedItem {
  /** The item's stable id (guid / atom:id / JSON Feed id), else its link. */
  id?: string;
  link?: string;
  title?: string;
  /** As the feed writes it; ISO when the parser could read it. */
  published?: string;
  author?: string;
  /** Full content (content:encoded, atom:content, content_html) when given. */
  contentHtml?: string;
  /** Summary / description: the fallback body when no full content is given. */
  summaryHtml?: string;
}

export interface RawFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  /** RSS <ttl> in minutes: how long a reader may cache the feed. */
  ttlMinutes?: number;
  items: RawFeedItem[];
}
