/**
 * WARC crawl files (.warc, .warc.gz) → RawDocuments, streamed record by record with warcio (the maintained
 * WARC 1.0/1.1 reader). Only HTTP 200 `response` records with an HTML content type become documents
 * (source `path#offset`, url = WARC-Target-URI, fetched = WARC-Date, never `published`); every other record
 * is skipped and counted. warcio does not flag a record cut short, so the bytes left unread in its record
 * reader are checked here: a truncated record becomes an error item naming its offset.
 */
import { createReadStream } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import type { RawDocument } from '../model/document.js';
import { CrosscheckError } from '../model/error.js';
import { declaredCharset, decodeText } from './decode.js';

const WARC = {
  html: /^\s*(text\/html|application\/xhtml\+xml)\b/i,
  charset: /charset\s*=\s*["']?([\w:.-]+)/i,
  /** A response body larger than this is not a news page; it is skipped, not read into memory. */
  maxBodyBytes: 10 * 1024 * 1024,
  /** Stray newlines after the last record are not data. */
  trailingSlack: 4,
};

export type WarcItem = { doc: RawDocument } | { error: CrosscheckError };

/** What a run saw besides documents: records by type and why the rest were skipped. */
export interface WarcStats {
  records: number;
  documents: number;
  skipped: Record<string, number>;
}

export const newWarcStats = (): WarcStats => ({ records: 0, documents: 0, skipped: {} });

/** Streams a WARC file. Example: for await (const it of readWarc('crawl.warc.gz')) if ('doc' in it) … */
export async function* readWarc(path: string, stats: WarcStats = newWarcStats()): AsyncGenerator<WarcItem> {
  return yield* readWarcStream(createReadStream(path), path, stats);
}

/** Same over any byte stream (tests, HTTP bodies). */
export async function* readWarcStream(input: AsyncIterable<Uint8Array>, path: string, stats: WarcStats = newWarcStats()): AsyncGenerator<WarcItem> {
  const counted = { bytes: 0 };
  const parser = new WARCParser(counting(input, counted));
  let offset = 0;
  try {
    for (;;) {
      const record = await parser.parse();
      if (!record) break;
      offset = parser.offset;
      stats.records++;
      const item = await recordItem(record, `${path}#${offset}`, stats);
      if (item) yield item;
    }
    // A gzip member cut short ends warcio's stream silently: bytes it never consumed mean a lost record.
    const end = (parser as unknown as { _reader: { getRawOffset(): number } })._reader.getRawOffset();
    if (counted.bytes - end > WARC.trailingSlack) {
      yield { error: new CrosscheckError('BAD_RECORD', 'ingest', `truncated or corrupt WARC data (${counted.bytes - end} bytes unread)`, { source: `${path}#${end}` }) };
    }
  } catch (cause) {
    yield { error: new CrosscheckError('BAD_RECORD', 'ingest', `corrupt WARC record after offset ${offset} (${(cause as Error).message}); rest of file not read`, { source: `${path}#${offset}`, cause }) };
  }
  if (stats.records === 0) yield { error: new CrosscheckError('EMPTY', 'ingest', 'no WARC records', { source: path }) };
}

async function* counting(input: AsyncIterable<Uint8Array>, counted: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) {
    counted.bytes += chunk.length;
    yield chunk;
  }
}

async function recordItem(record: WARCRecord, source: string, stats: WarcStats): Promise<WarcItem | null> {
  const why = skipReason(record);
  if (why) {
    stats.skipped[why] = (stats.skipped[why] ?? 0) + 1;
    await record.skipFully();
    return null;
  }
  const body = await record.readFully(true);
  const left = (record as unknown as { _reader?: { limit?: number } })._reader?.limit ?? 0;
  if (left > 0) return { error: new CrosscheckError('BAD_RECORD', 'ingest', `truncated WARC record (${left} bytes missing)`, { source }) };
  try {
    const headerCharset = WARC.charset.exec(record.httpHeaders?.headers.get('content-type') ?? '')?.[1];
    const html = decodeText(body, source, headerCharset ?? declaredCharset(body));
    stats.documents++;
    const hints: RawDocument['hints'] = {};
    if (record.warcTargetURI) hints.url = record.warcTargetURI;
    if (record.warcDate) hints.fetched = record.warcDate;
    return { doc: { source, format: 'warc', html, hints } };
  } catch (e) {
    return { error: e as CrosscheckError };
  }
}

/** Why a record is not a document, or null when it is one. */
function skipReason(record: WARCRecord): string | null {
  if (record.warcType !== 'response') return record.warcType || 'untyped';
  const info = record.getResponseInfo();
  if (!info) return 'no-http-headers';
  if (Number(info.status) !== 200) return `http-${info.status}`;
  if (!WARC.html.test(info.headers.get('content-type') ?? '')) return 'not-html';
  if (record.warcContentLength > WARC.maxBodyBytes) return 'too-large';
  return null;
}
