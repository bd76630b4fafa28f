/**
 * Lazy loader for the committed weights in models/ner/ (meta.json + gzipped parts, each under 2 MB). The
 * relative URL works from src/analyze/ner/ and dist/analyze/ner/ alike: both sit three levels below the root.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { unpack } from './weights.js';
import type { Passes } from './tagger.js';

const DIR = new URL('../../../models/ner/', import.meta.url);

interface Meta {
  first: string[];
  second?: string[];
}

let cached: Passes | null = null;

function read(parts: string[]) {
  return unpack(gunzipSync(Buffer.concat(parts.map((p) => readFileSync(new URL(p, DIR))))));
}

/** The trained two-pass model, loaded once. Example: loadModel().first */
export function loadModel(): Passes {
  if (cached) return cached;
  const meta = JSON.parse(readFileSync(new URL('meta.json', DIR), 'utf8')) as Meta;
  cached = { first: read(meta.first), second: meta.second ? read(meta.second) : undefined };
  return cached;
}
