/**
 * Unlabelled news sentences for the tagger's word classes: the CoNLL train/dev text (never test) and the
 * news texts of the other evaluation sets (PolNeAR, TempEval-3, scrapinghub article bodies). Only counts
 * derived from them reach the repo, as hashed keys in models/ner/lexicon.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from '../src/analyze/tokenize.js';
import { conllTokens } from '../src/analyze/ner/index.js';

const SRC = {
  polnear: 'quotes/polnear/data',
  tempeval: 'time/tempeval3/Training',
  scrapinghub: 'extraction/scrapinghub/ground-truth.json',
  semeval: 'time/semeval2015-timeline',
  ecbplus: 'clustering/ecbplus',
  readability: 'extraction/readability-test-pages',
  tags: /<[^>]+>/g,
  blocks: /<\/(?:p|div|h\d|li|td|blockquote)>|<br\s*\/?>/gi,
  ecbToken: /<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g,
  entities: { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' } as Record<string, string>,
} as const;

function files(dir: string, ext: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, ext, out);
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

function ecbSentences(xml: string): string[][] {
  const bySentence = new Map<string, string[]>();
  for (const m of xml.matchAll(SRC.ecbToken)) {
    const s = bySentence.get(m[1]) ?? [];
    s.push(m[2].replace(/&[#\w]+;/g, (e) => SRC.entities[e] ?? e));
    bySentence.set(m[1], s);
  }
  return [...bySentence.values()];
}

function split(text: string): string[][] {
  return sentences(text).map((s) => conllTokens(text, s).map((t) => t.text)).filter((t) => t.length);
}

/** Every unlabelled sentence, as token texts. Example: unlabelledSentences('../shared/eval').length */
export function unlabelledSentences(root: string): string[][] {
  const out: string[][] = [];
  for (const f of files(join(root, SRC.polnear), '.txt')) out.push(...split(readFileSync(f, 'utf8')));
  for (const f of [...files(join(root, SRC.tempeval), '.tml'), ...files(join(root, SRC.semeval), '.tml')]) {
    const xml = readFileSync(f, 'utf8');
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    out.push(...split(body.replace(SRC.tags, '')));
  }
  const gt = join(root, SRC.scrapinghub);
  if (existsSync(gt)) {
    for (const v of Object.values(JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody?: string }>)) {
      out.push(...split(v.articleBody ?? ''));
    }
  }
  for (const f of files(join(root, SRC.readability), 'expected.html')) {
    const html = readFileSync(f, 'utf8').replace(SRC.blocks, '\n\n').replace(SRC.tags, '');
    out.push(...split(html.replace(/&[#\w]+;/g, (e) => SRC.entities[e] ?? ' ')));
  }
  for (const f of files(join(root, SRC.ecbplus), '.xml')) out.push(...ecbSentences(readFileSync(f, 'utf8')));
  return out;
}
