/**
 * A watched item → RawDocument: the article page fetched politely (the feed often carries only a summary),
 * with the feed item's hints; if the page cannot be had, the feed's own content stands in. When neither
 * exists the caller learns whether trying again later could help.
 */
import type { RawDocument } from '../../model/document.js';
import { CrosscheckError } from '../../model/error.js';
import { declaredCharset, decodeText } from '../decode.js';
import { FetchError } from '../fetch/errors.js';
import type { Fetcher } from '../fetch/fetcher.js';
import { feedItemDocument, itemHints } from './adapter.js';
import type { RawFeed, RawFeedItem } from './types.js';

const PAGE = {
  html: /^\s*(text\/html|application\/xhtml\+xml)\b/i,
  charset: /charset\s*=\s*["']?([\w:.-]+)/i,
};

export type ItemDoc =
  | { doc: RawDocument; fallback: boolean }
  | { error: CrosscheckError; retry: boolean };

/** Example: const r = await itemDocument(fetcher, feed, feed.items[0]); if ('doc' in r) … */
export async function itemDocument(fetcher: Fetcher, feed: RawFeed, item: RawFeedItem): Promise<ItemDoc> {
  let pageError: CrosscheckError | null = null;
  if (item.link) {
    try {
      return { doc: await fetchPage(fetcher, feed, item, item.link), fallback: false };
    } catch (e) {
      pageError = e instanceof CrosscheckError ? e : new CrosscheckError('INTERNAL', 'fetch', String(e), { source: item.link, cause: e });
    }
  }
  const source = item.link ?? `${feed.link ?? feed.title ?? 'feed'}#${item.id ?? item.title ?? '?'}`;
  const fb = feedItemDocument(feed, item, source);
  if ('doc' in fb) return { doc: fb.doc, fallback: true };
  const retry = pageError instanceof FetchError && pageError.transient;
  return { error: pageError ?? fb.error, retry };
}

async function fetchPage(fetcher: Fetcher, feed: RawFeed, item: RawFeedItem, link: string): Promise<RawDocument> {
  const r = await fetcher.get(link);
  const type = r.headers.get('content-type') ?? 'text/html';
  if (!PAGE.html.test(type)) throw new CrosscheckError('BAD_RECORD', 'fetch', `not an HTML page (${type})`, { source: link });
  const charset = PAGE.charset.exec(type)?.[1] ?? declaredCharset(r.body);
  return { source: r.finalUrl, format: 'html', html: decodeText(r.body, link, charset), hints: itemHints(feed, item) };
}
