/**
 * Feeds: sniff the format (JSON Feed, or RSS/Atom/RDF XML), parse into the raw type, adapt to RawDocuments.
 * `readFeedFile` is what `ingest` calls for a feed file; `parseFeed` is what the watcher calls on a response.
 */
import { CrosscheckError } from '../../model/error.js';
import { checkBytes, decodeText, maybeGunzip } from '../decode.js';
import { feedDocuments, type FeedItemResult } from './adapter.js';
import { isJsonFeed, parseJsonFeed } from './jsonfeed.js';
import type { RawFeed } from './types.js';
import { parseXmlFeed } from './xml.js';

export type { RawFeed, RawFeedItem, FeedFormat } from './types.js';
export { feedItemDocument, itemHints } from './adapter.js';

const SNIFF = {
  xmlFeed: /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i,
  xmlDeclEncoding: /^<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i,
};

/** True when the text is a feed we can read. Example: looksLikeFeed('<rss version="2.0">…') === true */
export function looksLikeFeed(text: string): boolean {
  return isJsonFeed(text) || SNIFF.xmlFeed.test(text.slice(0, 4096));
}

/** Text of any supported feed → RawFeed; throws BAD_RECORD on broken input. Example: (await parseFeed(xml, 'a.rss')).items */
export async function parseFeed(text: string, source: string): Promise<RawFeed> {
  try {
    if (isJsonFeed(text)) return parseJsonFeed(text);
    if (!SNIFF.xmlFeed.test(text.slice(0, 4096))) throw new Error('not an RSS, Atom, RDF or JSON feed');
    return await parseXmlFeed(text);
  } catch (cause) {
    throw new CrosscheckError('BAD_RECORD', 'ingest', `unreadable feed (${firstLine(cause)})`, { source, cause });
  }
}

/** Feed bytes (maybe gzipped) → one item per entry, or one error for the whole file. */
export async function readFeedBytes(source: string, raw: Uint8Array): Promise<FeedItemResult[]> {
  try {
    const bytes = maybeGunzip(raw, source);
    checkBytes(bytes, source);
    const feed = await parseFeed(decodeText(bytes, source, xmlEncoding(bytes)), source);
    if (!feed.items.length) return [{ error: new CrosscheckError('EMPTY', 'ingest', 'feed has no items', { source }) }];
    return feedDocuments(feed, source);
  } catch (e) {
    const error = e instanceof CrosscheckError ? e : new CrosscheckError('BAD_RECORD', 'ingest', firstLine(e), { source, cause: e });
    return [{ error }];
  }
}

/** The encoding an XML declaration names (a Latin-1 feed must not be read as UTF-8). */
export function xmlEncoding(bytes: Uint8Array): string | undefined {
  return SNIFF.xmlDeclEncoding.exec(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))?.[1];
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0].slice(0, 160);
