/**
 * Runtime side of the word classes (clusters.ts): lower-case word hash → packed cluster ids and capitalisation
 * prior, read once from models/ner/lexicon.*.gz.part. Words not in it get 0 ("rare or unseen"), which is itself
 * a useful signal for names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** NER_MODEL_DIR (a folder train-ner.ts wrote with NER_OUT) scores a candidate model without replacing the shipped one. */
export const MODEL_DIR = process.env.NER_MODEL_DIR ? new URL(`file://${process.env.NER_MODEL_DIR.replace(/\/?$/, '/')}`) : new URL('../../../models/ner/', import.meta.url);
const FILE = 'lexicon.0.gz.part';

let table: Map<number, number> | null = null;
let generation = 0;

/** Changes whenever the lexicon does (training installs its own), so caches of lexicon entries know to drop. */
export const lexiconGeneration = () => generation;

/** Installs a lexicon (training). Example: setLexicon(keys, values) */
export function setLexicon(keys: Uint32Array, values: Uint32Array): void {
  table = new Map();
  generation++;
  for (let i = 0; i < keys.length; i++) table.set(keys[i], values[i]);
}

/** Serialises keys then values. Example: writeFileSync(f, gzipSync(packLexicon(keys, values))) */
export function packLexicon(keys: Uint32Array, values: Uint32Array): Buffer {
  return Buffer.concat([Buffer.from(new Uint32Array([keys.length]).buffer), Buffer.from(keys.buffer), Buffer.from(values.buffer)]);
}

/** Packed entry for a lower-case word hash, 0 when unknown. Example: lexiconEntry(s.hLower[i]) */
export function lexiconEntry(hLower: number): number {
  if (!table) {
    table = new Map();
    const url = new URL(FILE, MODEL_DIR);
    if (existsSync(url)) {
      const buf = gunzipSync(readFileSync(url));
      const n = buf.readUInt32LE(0);
      const words = new Uint32Array(buf.buffer.slice(buf.byteOffset + 4, buf.byteOffset + 4 + 8 * n));
      setLexicon(words.subarray(0, n), words.subarray(n));
    }
  }
  return table.get(hLower) ?? 0;
}
