/**
 * Lazy loader for the committed weights in models/ner/ (meta.json + gzipped parts, each under 2 MB). The
 * relative URL works from src/analyze/ner/ and dist/analyze/ner/ alike: both sit three levels below the root.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { unpack } from './weights.js';
import { MODEL_DIR } from './lexicon.js';
import type { Passes } from './tagger.js';

interface Meta {
  first: string[];
  second?: string[];
}

let cached: Passes | null = null;

function read(parts: string[]) {
  return unpack(gunzipSync(Buffer.concat(parts.map((p) => readFileSync(new URL(p, MODEL_DIR))))));
}

/** The trained two-pass model, loaded once. Example: loadModel().first */
export function loadModel(): Passes {
  if (cached) return cached;
  const meta = JSON.parse(readFileSync(new URL('meta.json', MODEL_DIR), 'utf8')) as Meta;
  cached = { first: read(meta.first), second: meta.second ? read(meta.second) : undefined };
  return cached;
}
