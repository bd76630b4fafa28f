/**
 * Bytes → text, with the checks that turn bad input into a clear, named rejection instead of garbage in the
 * store: empty, binary junk, invalid UTF-8 (unless an HTML page declares another charset), truncated gzip.
 */
import { gunzipSync } from 'node:zlib';
import { CrosscheckError } from '../model/error.js';

const LIMITS = {
  /** Bytes sniffed for binary content. */
  sniff: 8192,
  /** Share of control characters (besides \t\n\r\f) above which a file is binary. */
  controlShare: 0.02,
};

/** Gunzips when the bytes start with the gzip magic number. Example: maybeGunzip(buf, 'a.html.gz') */
export function maybeGunzip(bytes: Uint8Array, source: string): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (cause) {
    throw new CrosscheckError('BAD_GZIP', 'ingest', `corrupt or truncated gzip (${(cause as Error).message})`, { source, cause });
  }
}

/** Rejects empty and binary input. */
export function checkBytes(bytes: Uint8Array, source: string): void {
  if (bytes.length === 0) throw new CrosscheckError('EMPTY', 'ingest', 'empty file', { source });
  const n = Math.min(bytes.length, LIMITS.sniff);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new CrosscheckError('BINARY', 'ingest', `binary data (NUL byte at offset ${i})`, { source });
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control / n > LIMITS.controlShare) {
    throw new CrosscheckError('BINARY', 'ingest', `binary data (${control} control bytes in the first ${n})`, { source });
  }
}

/** Decodes UTF-8 strictly (a BOM is dropped); `charset` lets HTML pages that declare one be read as such. */
export function decodeText(bytes: Uint8Array, source: string, charset?: string): string {
  const label = (charset ?? 'utf-8').toLowerCase();
  if (label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      /* unknown label: fall through to UTF-8 */
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new CrosscheckError('BAD_ENCODING', 'ingest', `not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`, { source, cause });
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const len = c < 0x80 ? 1 : c >> 5 === 6 ? 2 : c >> 4 === 14 ? 3 : c >> 3 === 30 ? 4 : 0;
    if (!len || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if (b[i + k] >> 6 !== 2) return i;
    i += len;
  }
  return -1;
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
