/** Builds small WARC files by hand for the WARC tests and bench: records as bytes, gzipped per record. */
import { gzipSync } from 'node:zlib';

export interface RecordSpec {
  type?: string;
  uri?: string;
  date?: string;
  status?: number;
  contentType?: string;
  body?: string | Uint8Array;
}

/** One WARC record as bytes (WARC/1.1 headers, HTTP block for responses, trailing CRLFCRLF). */
export function warcRecord(r: RecordSpec): Uint8Array {
  const type = r.type ?? 'response';
  const body = typeof r.body === 'string' || r.body === undefined ? Buffer.from(r.body ?? '') : Buffer.from(r.body);
  const block = type === 'response'
    ? Buffer.concat([Buffer.from(`HTTP/1.1 ${r.status ?? 200} OK\r\nContent-Type: ${r.contentType ?? 'text/html; charset=utf-8'}\r\nContent-Length: ${body.length}\r\n\r\n`), body])
    : body;
  const head = [
    'WARC/1.1', `WARC-Type: ${type}`, `WARC-Record-ID: <urn:uuid:${Math.abs(hash(r.uri ?? type + body.length))}>`,
    `WARC-Date: ${r.date ?? '2026-03-03T10:00:00Z'}`, ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${type === 'response' ? 'application/http; msgtype=response' : 'text/plain'}`, `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** A whole file; `gzip` compresses each record as its own member, as crawlers do. */
export function warcFile(records: RecordSpec[], gzip = false): Buffer {
  return Buffer.concat(records.map((r) => (gzip ? gzipSync(warcRecord(r)) : warcRecord(r))));
}

export const page = (title: string, para: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${para}</p></article></body></html>`;

function hash(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
