/**
 * Paths → RawDocuments. Walks files and folders, recognises each format by extension and content, and yields
 * either a document or a named rejection, so one bad file never stops a batch. JSONL is streamed line by
 * line, so a large export never sits in memory whole.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import type { RawDocument } from '../model/document.js';
import { CrosscheckError } from '../model/error.js';
import { checkBytes, declaredCharset, decodeText, maybeGunzip } from './decode.js';
import { jsonlLine } from './jsonl.js';
import { looksLikeFeed, readFeedBytes } from './feeds/index.js';
import { readWarc } from './warc.js';

export const INGEST_LIMITS = {
  /** A single report (text or HTML page) larger than this is not a news report. */
  maxDocBytes: 10 * 1024 * 1024,
  /** Longest JSONL line accepted. */
  maxLineChars: 10 * 1024 * 1024,
  /** Hidden files and folders, and these, are skipped when walking folders. */
  skipNames: new Set(['node_modules', '.git', 'expected']),
  /** Database files (crosscheck's own store may sit in the folder being ingested) are never reports. */
  skipFiles: /\.(db|sqlite3?|db-wal|db-shm|db-journal)$/i,
};

export type Item = { doc: RawDocument } | { error: CrosscheckError };

const EXT = {
  jsonl: /\.(jsonl|ndjson)(\.gz)?$/i,
  html: /\.(html?|xhtml)(\.gz)?$/i,
  feed: /\.(rss|atom|xml|opml)(\.gz)?$/i,
  warc: /\.warc(\.gz)?$/i,
  text: /\.(txt|text|md)(\.gz)?$/i,
};

/** Whether a folder entry is read when walking a folder (hidden files, node_modules, databases are not). */
export function walked(name: string, limits = INGEST_LIMITS): boolean {
  return !name.startsWith('.') && !limits.skipNames.has(name) && !limits.skipFiles.test(name);
}

/** Yields every document (or rejection) under the given paths, in a stable order. */
export async function* readPaths(paths: string[], limits = INGEST_LIMITS): AsyncGenerator<Item> {
  for (const p of paths) yield* readPath(p, limits);
}

async function* readPath(path: string, limits: typeof INGEST_LIMITS): AsyncGenerator<Item> {
  let st;
  try {
    st = await fs.stat(path);
  } catch (cause) {
    yield { error: new CrosscheckError('NOT_FOUND', 'ingest', 'no such file or folder', { source: path, cause }) };
    return;
  }
  if (st.isDirectory()) {
    const names = (await fs.readdir(path)).filter((n) => walked(n, limits)).sort();
    for (const n of names) yield* readPath(join(path, n), limits);
    return;
  }
  if (EXT.jsonl.test(path)) return yield* readJsonl(path, limits);
  if (EXT.warc.test(path)) return yield* readWarc(path);
  if (st.size > limits.maxDocBytes) {
    yield { error: new CrosscheckError('TOO_LARGE', 'ingest', `${mb(st.size)} is larger than the ${mb(limits.maxDocBytes)} limit for one report`, { source: path }) };
    return;
  }
  try {
    const raw = await fs.readFile(path);
    if (isFeed(path, raw)) return yield* await readFeedBytes(path, raw);
    yield { doc: readSingle(path, raw) };
  } catch (e) {
    yield { error: asError(e, path) };
  }
}

/** One file holding one report (text dump or HTML page). */
export function readSingle(source: string, raw: Uint8Array): RawDocument {
  const bytes = maybeGunzip(raw, source);
  checkBytes(bytes, source);
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  const isHtml = EXT.html.test(source) || /^(<!doctype html|<html|<head|<body|<article)/.test(head);
  if (isHtml) return { source, format: 'html', html: decodeText(bytes, source, declaredCharset(bytes)), hints: {} };
  if (EXT.feed.test(source) || /^<\?xml[^>]*>\s*<(rss|feed|rdf)/.test(head)) {
    throw new CrosscheckError('BAD_RECORD', 'ingest', 'a feed holds many reports: read it with readFeedBytes', { source });
  }
  const text = decodeText(bytes, source);
  if (!text.trim()) throw new CrosscheckError('EMPTY', 'ingest', 'only whitespace', { source });
  return { source, format: 'text', text, hints: {} };
}

/** A feed file by extension or by content (feeds saved as .txt or without an extension too). */
function isFeed(path: string, raw: Uint8Array): boolean {
  if (EXT.html.test(path)) return false;
  const head = Buffer.from(maybeGunzip(raw, path).subarray(0, 4096)).toString('utf8');
  return EXT.feed.test(path) || looksLikeFeed(head);
}

async function* readJsonl(path: string, limits: typeof INGEST_LIMITS): AsyncGenerator<Item> {
  let input: NodeJS.ReadableStream = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let any = false;
  try {
    for await (const line of lines) {
      n++;
      if (line.length > limits.maxLineChars) {
        yield { error: new CrosscheckError('TOO_LARGE', 'ingest', `line ${n}: longer than ${limits.maxLineChars} characters`, { source: `${path}:${n}` }) };
        continue;
      }
      const r = jsonlLine(line, path, n);
      if (r) { any = true; yield r; }
    }
  } catch (e) {
    yield { error: new CrosscheckError('BAD_GZIP', 'ingest', `read failed after line ${n} (${(e as Error).message})`, { source: path, cause: e }) };
    return;
  }
  if (!any) yield { error: new CrosscheckError('EMPTY', 'ingest', 'no JSONL records', { source: path }) };
}

function asError(e: unknown, source: string): CrosscheckError {
  if (e instanceof CrosscheckError) return e;
  return new CrosscheckError('INTERNAL', 'ingest', (e as Error).message ?? String(e), { source, cause: e });
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
