/**
 * WARC crawl files (.warc, .warc.gz) → RawDocuments, streamed record by record with warcio (the maintained
 * WARC 1.0/1.1 reader). Only HTTP 200 `response` records with an HTML content type become documents
 * (source `path#offset`, url = WARC-Target-URI, fetched = WARC-Date, never `published`); every other record
 * is skipped and counted. warcio does not flag a record cut short, so the bytes left unread in its record
 * reader are checked here: a truncated record becomes an error item naming its offset, and reading goes on
 * at the next record header.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
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
  /** What starts a record, for resuming after damage. */
  gzipMagic: Buffer.from([0x1f, 0x8b, 0x08]),
  versionLine: Buffer.from('WARC/1.'),
  versionEnd: /^[01]\r?\n/,
  scanChunk: 64 * 1024,
};

export type WarcItem = { doc: RawDocument } | { error: CrosscheckError };

/** What a run saw besides documents: records by type and why the rest were skipped. */
export interface WarcStats {
  records: number;
  documents: number;
  skipped: Record<string, number>;
}

export const newWarcStats = (): WarcStats => ({ records: 0, documents: 0, skipped: {} });

/**
 * Streams a WARC file. After a corrupt or truncated record, reading resumes at the next record header
 * found in the file (the next gzip member in a .warc.gz). Example: for await (const it of readWarc('crawl.warc.gz')) …
 */
export async function* readWarc(path: string, stats: WarcStats = newWarcStats()): AsyncGenerator<WarcItem> {
  const gz = /\.gz$/i.test(path);
  for (let start = 0; start >= 0; ) {
    const stream = createReadStream(path, { start });
    let failedAt: number | null;
    try {
      failedAt = yield* readSegment(stream, path, start, stats);
    } finally {
      stream.destroy();
    }
    start = failedAt === null ? -1 : await nextRecordStart(path, failedAt + 1, gz);
  }
  if (stats.records === 0) yield { error: new CrosscheckError('EMPTY', 'ingest', 'no WARC records', { source: path }) };
}

/** One pass over any byte stream (tests, HTTP bodies), without resuming after damage. */
export async function* readWarcStream(input: AsyncIterable<Uint8Array>, path: string, stats: WarcStats = newWarcStats()): AsyncGenerator<WarcItem> {
  yield* readSegment(input, path, 0, stats);
  if (stats.records === 0) yield { error: new CrosscheckError('EMPTY', 'ingest', 'no WARC records', { source: path }) };
}

/** Reads records from `base` on; returns the offset where damage stopped it, or null at a clean end. */
async function* readSegment(input: AsyncIterable<Uint8Array>, path: string, base: number, stats: WarcStats): AsyncGenerator<WarcItem, number | null> {
  const counted = { bytes: 0 };
  const parser = new WARCParser(counting(input, counted));
  let offset = base;
  const fail = (at: number, message: string, cause?: unknown): WarcItem => ({ error: new CrosscheckError('BAD_RECORD', 'ingest', message, { source: `${path}#${at}`, cause }) });
  try {
    for (;;) {
      const record = await parser.parse();
      if (!record) break;
      offset = base + parser.offset;
      if (mangled(record)) {
        yield fail(offset, 'corrupt WARC record headers (a record cut short runs into the next)');
        return offset;
      }
      stats.records++;
      const item = await recordItem(record, `${path}#${offset}`, stats);
      if (item) yield item;
    }
    // A gzip member cut short ends warcio's stream silently: bytes it never consumed mean a lost record.
    const end = (parser as unknown as { _reader: { getRawOffset(): number } })._reader.getRawOffset();
    if (counted.bytes - end <= WARC.trailingSlack) return null;
    yield fail(base + end, `truncated or corrupt WARC data (${counted.bytes - end} bytes unread)`);
    return base + end;
  } catch (cause) {
    yield fail(offset, `corrupt WARC record after offset ${offset} (${(cause as Error).message})`, cause);
    return offset;
  }
}

/** Headers merged from two records, or a Content-Length that is not a number: the record before was cut. */
function mangled(record: WARCRecord): boolean {
  const h = record.warcHeaders.headers;
  return /,/.test(h.get('WARC-Type') ?? '') || /,/.test(h.get('WARC-Record-ID') ?? '') || !/^\d+$/.test(h.get('Content-Length') ?? '');
}

/** Offset of the next record start at or after `from` (a gzip member header, or a WARC/1.x line even
 * glued to the cut-off bytes before it), or -1. */
async function nextRecordStart(path: string, from: number, gz: boolean): Promise<number> {
  const needle = gz ? WARC.gzipMagic : WARC.versionLine;
  const fh = await open(path);
  const buf = Buffer.alloc(WARC.scanChunk);
  try {
    for (let pos = from; ; ) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead < needle.length) return -1;
      const chunk = buf.subarray(0, bytesRead);
      for (let i = chunk.indexOf(needle); i >= 0; i = chunk.indexOf(needle, i + 1)) {
        if (gz || WARC.versionEnd.test(chunk.toString('latin1', i + needle.length, i + needle.length + 3))) return pos + i;
      }
      if (bytesRead < buf.length) return -1;
      pos += bytesRead - needle.length - 3; // overlap, so a match and its version digit are in one chunk
    }
  } finally {
    await fh.close();
  }
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
