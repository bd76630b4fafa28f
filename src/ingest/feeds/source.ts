/**
 * One poll of one watched source through the polite fetcher: a conditional GET, then the body read as a
 * feed or, by name or content, as a sitemap (an index is followed one level down). The result is a RawFeed
 * either way, so the watcher handles sitemap entries like feed items.
 */
import { CrosscheckError } from '../../model/error.js';
import type { Fetcher, FetchResult, Validators } from '../fetch/fetcher.js';
import { childSitemaps, looksLikeSitemap, parseSitemap, sitemapAsFeed } from '../sitemap.js';
import { maybeGunzip } from '../decode.js';
import { parseFeed, xmlEncoding } from './index.js';
import type { WatchSource } from './list.js';
import type { RawFeed, RawFeedItem } from './types.js';

export type Polled =
  | { notModified: true; result: FetchResult }
  | { notModified: false; result: FetchResult; feed: RawFeed };

/** Example: const p = await pollSource(fetcher, { url, kind: 'feed' }, { etag }); if (!p.notModified) p.feed.items */
export async function pollSource(fetcher: Fetcher, source: WatchSource, validators: Validators): Promise<Polled> {
  const result = await fetcher.get(source.url, validators);
  if (result.notModified) return { notModified: true, result };
  const text = bodyText(result.body, source.url);
  if (source.kind === 'sitemap' || looksLikeSitemap(text)) return { notModified: false, result, feed: await readSitemap(fetcher, text) };
  return { notModified: false, result, feed: await parseFeed(text, source.url) };
}

async function readSitemap(fetcher: Fetcher, text: string): Promise<RawFeed> {
  const map = parseSitemap(text);
  if (map.kind === 'urlset') return sitemapAsFeed(map);
  const items: RawFeedItem[] = [];
  let title: string | undefined;
  for (const child of childSitemaps(map)) {
    const r = await fetcher.get(child);
    const sub = parseSitemap(bodyText(r.body, child));
    title ??= sub.publication;
    if (sub.kind === 'urlset') items.push(...sub.entries);
  }
  return { format: 'rss', title, items };
}

function bodyText(body: Uint8Array, source: string): string {
  const bytes = maybeGunzip(body, source);
  const label = xmlEncoding(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch (cause) {
    throw new CrosscheckError('BAD_ENCODING', 'ingest', `unknown encoding ${label}`, { source, cause });
  }
}
