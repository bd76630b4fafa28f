/**
 * RawFeed → RawDocuments (miniflux's rss/adapter.go): one document per item, its body the full content if the
 * feed carries it, else the summary; the feed title is the outlet hint. An item with no body at all is a
 * named rejection here (the watcher instead fetches its page).
 */
import type { RawDocument } from '../../model/document.js';
import { CrosscheckError } from '../../model/error.js';
import { normalizeUrl } from '../fetch/url.js';
import type { RawFeed, RawFeedItem } from './types.js';

export type FeedItemResult = { doc: RawDocument } | { error: CrosscheckError };

/** Hints for one item (also used by the watcher on the fetched page); the URL loses its tracking parameters. Example: itemHints(feed, feed.items[0]).url */
export function itemHints(feed: RawFeed, item: RawFeedItem): RawDocument['hints'] {
  const hints: RawDocument['hints'] = {};
  if (item.link) hints.url = normalizeUrl(item.link, feed.link);
  if (item.title) hints.title = item.title;
  if (item.published) hints.published = item.published;
  if (item.author) hints.author = item.author;
  if (feed.title) hints.outlet = feed.title;
  return hints;
}

/** One item → document or rejection. Example: feedItemDocument(feed, feed.items[0], 'a.rss#1') */
export function feedItemDocument(feed: RawFeed, item: RawFeedItem, source: string): FeedItemResult {
  const html = item.contentHtml ?? item.summaryHtml;
  if (!html?.trim()) return { error: new CrosscheckError('NO_TEXT', 'ingest', 'feed item has no content or summary', { source }) };
  return { doc: { source, format: 'feed', html, hints: itemHints(feed, item) } };
}

/** All items of a feed; sources are `path#n` (1-based item number). Example: feedDocuments(feed, 'news.rss') */
export function feedDocuments(feed: RawFeed, path: string): FeedItemResult[] {
  return feed.items.map((it, i) => feedItemDocument(feed, it, `${path}#${i + 1}`));
}
