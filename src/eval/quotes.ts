/**
 * `crosscheck eval quotes <polnear>`: scores extractAttributions (quotes, and beliefs PolNeAR also attributes) on PolNeAR (brat standoff: `text/*.txt` +
 * `attributions/*.ann`, T-lines Source/Cue/Content spans, E-lines linking them). A predicted content matches a
 * gold content when their word-token Jaccard is ≥ 0.5 (one-to-one, greedy by overlap); an attribution is correct
 * when its content matches and the predicted speaker span overlaps the gold Source span (or both have none).
 * The naive baseline (quoted text + name before "said") is scored in the same run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Quote } from '../model/analysis.js';
import { sentences, tokenize } from '../analyze/tokenize.js';
import { extractAttributions } from '../analyze/quotes/index.js';
import { naiveQuotes } from '../analyze/quotes/baseline.js';
import { standInEntities } from '../analyze/quotes/stand-in-entities.js';
import { CUE_VERBS } from '../analyze/quotes/cues.js';
import { CrosscheckError } from '../model/error.js';
import { prf, type EvalResult } from './types.js';

const MATCH = { jaccard: 0.5 };
type Range = [number, number];
type Kind = 'direct' | 'mixed' | 'indirect';
/** `speech`: the gold cue holds a reporting verb of cues.ts (or "according to", ":"), i.e. it is speech, not stance. */
export interface Gold { content: Range[]; source: Range[] | null; cue: Range[]; kind: Kind; speech: boolean }
interface Counts { tp: number; fp: number; fn: number }

/** Gold attributions of one .ann file. Example: readBrat(ann, text) → [{content: [[461, 494]], source: [[440, 443]], kind: 'indirect'}] */
export function readBrat(ann: string, text: string): Gold[] {
  const spans = new Map<string, { label: string; ranges: Range[] }>();
  const out: Gold[] = [];
  for (const line of ann.split('\n')) {
    const [id, spec] = line.split('\t');
    if (!spec) continue;
    if (id.startsWith('T')) {
      const [label, ...rest] = spec.split(' ');
      const ranges = rest.join(' ').split(';').map((p) => p.trim().split(' ').map(Number) as Range);
      if (ranges.every((r) => r.length === 2 && r.every(Number.isFinite))) spans.set(id, { label, ranges });
    } else if (id.startsWith('E')) {
      const roles = Object.fromEntries(spec.split(' ').map((r) => r.split(':')));
      const content = spans.get(roles.Content)?.ranges;
      if (!content) continue;
      const body = content.map(([a, b]) => text.slice(a, b)).join(' ').trim();
      const kind: Kind = /^(?:["“]|'')[^]*(?:["”]|'')[.,!?]?$/.test(body) ? 'direct' : /["“”]|''/.test(body) ? 'mixed' : 'indirect';
      const cueRanges = spans.get(roles.Cue)?.ranges ?? [];
      const cue = cueRanges.map(([a, b]) => text.slice(a, b)).join(' ');
      const speech = cue.split(/\s+/).some((w) => CUE_VERBS.has(w)) || /according to|^\s*:\s*$/i.test(cue);
      out.push({ content, source: spans.get(roles.Source)?.ranges ?? null, cue: cueRanges, kind, speech });
    }
  }
  return out;
}

/** Word-token indices covered by ranges. */
function tokenSet(words: { start: number; end: number }[], ranges: Range[]): Set<number> {
  const s = new Set<number>();
  words.forEach((w, i) => { if (ranges.some(([a, b]) => w.start >= a && w.end <= b)) s.add(i); });
  return s;
}

const jaccard = (a: Set<number>, b: Set<number>) => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter ? inter / (a.size + b.size - inter) : 0;
};
const overlaps = (r: Range[], a: number, b: number) => r.some(([x, y]) => x < b && y > a);

/** A predicted attribution as PolNeAR counts them: one speech event, possibly in several pieces. */
interface Event { ranges: Range[]; speakerStart: number | null; speakerEnd: number | null; kind: Quote['kind'] }

/**
 * PolNeAR annotates a split quote ("A," he said. "B.") as one attribution with discontinuous content, so a
 * direct quote that shares the speaker mention (same span) of the attribution before it joins its event.
 */
export function speechEvents(quotes: Quote[]): Event[] {
  const out: Event[] = [];
  for (const q of quotes) {
    const last = out[out.length - 1];
    if (last && q.kind === 'direct' && q.speakerStart !== null &&
        q.speakerStart === last.speakerStart && q.speakerEnd === last.speakerEnd) last.ranges.push([q.start, q.end]);
    else out.push({ ranges: [[q.start, q.end]], speakerStart: q.speakerStart, speakerEnd: q.speakerEnd, kind: q.kind });
  }
  return out;
}

/** One document: greedy one-to-one matching, then content / exact / attribution counts per gold kind. */
function scoreDoc(text: string, gold: Gold[], pred: Event[], acc: Record<string, Counts>) {
  const words = tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const g = gold.map((x) => tokenSet(words, x.content));
  const p = pred.map((x) => tokenSet(words, x.ranges));
  const pairs: [number, number, number][] = [];
  g.forEach((gs, i) => p.forEach((ps, j) => { const s = jaccard(gs, ps); if (s >= MATCH.jaccard) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gm = new Map<number, number>(), pm = new Set<number>();
  for (const [, i, j] of pairs) if (!gm.has(i) && !pm.has(j)) { gm.set(i, j); pm.add(j); }
  const add = (key: string, tp: number, fp: number, fn: number) => {
    const c = (acc[key] ??= { tp: 0, fp: 0, fn: 0 });
    c.tp += tp; c.fp += fp; c.fn += fn;
  };
  gold.forEach((x, i) => {
    const j = gm.get(i);
    const q = j === undefined ? null : pred[j];
    const attr = !!q && (x.source ? q.speakerStart !== null && overlaps(x.source, q.speakerStart, q.speakerEnd!) : q.speakerStart === null);
    const exact = j !== undefined && g[i].size === p[j].size && jaccard(g[i], p[j]) === 1;
    for (const k of ['all', x.kind]) {
      add(`content:${k}`, q ? 1 : 0, 0, q ? 0 : 1);
      add(`exact:${k}`, exact ? 1 : 0, q && !exact ? 1 : 0, exact ? 0 : 1);
      add(`attribution:${k}`, attr ? 1 : 0, q && !attr ? 1 : 0, attr ? 0 : 1);
    }
    if (x.speech) add('attribution:speech-cues', attr ? 1 : 0, q && !attr ? 1 : 0, attr ? 0 : 1);
  });
  pred.forEach((q, j) => {
    if (pm.has(j)) return;
    for (const k of ['content:all', 'exact:all', 'attribution:all', 'attribution:speech-cues']) add(k, 0, 1, 0);
    add(`unmatched:${q.kind}`, 0, 1, 0);
  });
}

/** Resolves the split folder: the PolNeAR root (data/<split>) or a split folder itself. */
export function splitDir(path: string, split: string): string {
  for (const d of [join(path, 'data', split), join(path, split), path]) if (existsSync(join(d, 'attributions'))) return d;
  throw new CrosscheckError('NOT_FOUND', 'eval', `no PolNeAR ${split} split (attributions/ + text/)`, { source: path });
}

/** One .ann file per article: articles annotated by several annotators count once (first annotator id). */
export function annotationFiles(dir: string): string[] {
  const byArticle = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const article = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byArticle.has(article)) byArticle.set(article, f);
  }
  return [...byArticle.values()];
}

/**
 * Scores quotes on PolNeAR dev. Example: await evalQuotes('../shared/eval/quotes/polnear') → {suite: 'quotes', f1: …}
 * The headline precision/recall/f1 are attribution scores; `content` and the baseline sit beside them.
 */
export async function evalQuotes(
  path: string,
  opts: { entities?: (text: string) => Entity[]; split?: 'dev' | 'train'; select?: (files: string[]) => string[] } = {},
): Promise<EvalResult> {
  const dir = splitDir(path, opts.split ?? 'dev');
  const ents = opts.entities ?? standInEntities;
  const ours: Record<string, Counts> = {}, base: Record<string, Counts> = {};
  const files = (opts.select ?? ((f) => f))(annotationFiles(dir));
  for (const f of files) {
    const text = readFileSync(join(dir, 'text', f.replace(/_[0-9a-f]{4}\.ann$/, '.txt')), 'utf8');
    const gold = readBrat(readFileSync(join(dir, 'attributions', f), 'utf8'), text);
    const sents = sentences(text);
    scoreDoc(text, gold, speechEvents(extractAttributions(text, sents, ents(text))), ours);
    scoreDoc(text, gold, speechEvents(naiveQuotes(text, sents)), base);
  }
  // Per gold kind the recall is the figure (precision there = speaker accuracy on matched contents);
  // `unmatched:<kind>` counts predictions of that kind that matched no gold content.
  const table = (acc: Record<string, Counts>) => Object.fromEntries(Object.entries(acc).sort()
    .map(([k, c]) => [k, k.startsWith('unmatched:') ? c.fp : prf(c.tp, c.fp, c.fn)]));
  const head = ours['attribution:all'] ?? { tp: 0, fp: 0, fn: 0 };
  return {
    suite: 'quotes', n: files.length, split: opts.split ?? 'dev', ...prf(head.tp, head.fp, head.fn),
    matching: `word-token Jaccard >= ${MATCH.jaccard}, one-to-one greedy; attribution = content match + speaker span overlaps gold Source`,
    content: prf(ours['content:all'].tp, ours['content:all'].fp, ours['content:all'].fn),
    breakdown: table(ours),
    'baseline:naive-quotes': table(base),
  };
}
