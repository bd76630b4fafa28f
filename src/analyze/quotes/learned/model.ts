/**
 * Lazy loader for the committed attribution weights in models/quotes/ (meta.json + gzipped parts), read once
 * with the NER tagger's packed-weight format (ner/weights.ts). QUOTES_MODEL_DIR (a folder train-quotes.ts
 * wrote with QUOTES_OUT) scores a candidate model without replacing the shipped one. Without weights the
 * learned step is skipped and the rules work alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { unpack } from '../../ner/weights.js';
import type { Scorer } from '../../ner/perceptron.js';
import { CUE_TAGS } from './decode.js';
import { POINTER_CLASSES } from './pointers.js';

export interface QuoteModel { cue: Scorer; role: Scorer }
interface Meta { cue: string[]; role: string[] }

const DIR = process.env.QUOTES_MODEL_DIR
  ? new URL(`file://${process.env.QUOTES_MODEL_DIR.replace(/\/?$/, '/')}`)
  : new URL('../../../../models/quotes/', import.meta.url);

let cached: QuoteModel | null | undefined;

const read = (parts: string[], nt: number) => unpack(gunzipSync(Buffer.concat(parts.map((p) => readFileSync(new URL(p, DIR))))), nt);

/** The trained cue tagger and role labeller, or null when models/quotes/ has none. Example: loadQuoteModel()?.cue */
export function loadQuoteModel(): QuoteModel | null {
  if (cached !== undefined) return cached;
  const meta = new URL('meta.json', DIR);
  if (!existsSync(meta)) return (cached = null);
  const m = JSON.parse(readFileSync(meta, 'utf8')) as Meta;
  return (cached = { cue: read(m.cue, CUE_TAGS), role: read(m.role, POINTER_CLASSES) });
}
