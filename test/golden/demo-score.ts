/**
 * Scores crosscheck's clean + analyze output on the demo corpus against the hand-written expectations in
 * demo/expected/: metadata exactly, and for entities, quotes, times and claims the share of expected items
 * found (with the right type, speaker, value) — recall — and how many of our items the expectations cover.
 * Used by the golden test (floors) and by `node --import tsx test/golden/demo-score.ts` (a readable report).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/model/analysis.js';
import type { Article, RawDocument } from '../../src/model/document.js';
import { readSingle } from '../../src/ingest/files.js';
import { jsonlLine } from '../../src/ingest/jsonl.js';
import { cleanDocument } from '../../src/clean/index.js';
import { analyzeArticle } from '../../src/analyze/index.js';
import { wordKey } from '../../src/analyze/aliases/keys.js';

export const CORPUS = 'demo/corpus';
export const EXPECTED = 'demo/expected';

export interface Expected {
  title: string | null; outlet: string | null; author: string | null; published: string | null;
  textStartsWith: string; textEndsWith: string; mustNotContain?: string[];
  entities: { text: string; type: string; canonical: string }[];
  quotes: { contains: string; speaker: string | null; cue?: string }[];
  times: { text: string; value: string | null; type?: string }[];
  claims: { value: number; subject: string; qualifier?: string; text?: string }[];
}

export interface Doc { stem: string; article: Article; analysis: Analysis; want: Expected }

/** Every demo report with its expectation, cleaned and analysed. */
export function loadDemo(): Doc[] {
  const raws: { stem: string; raw: RawDocument }[] = [];
  for (const f of readdirSync(CORPUS).sort()) {
    const path = join(CORPUS, f);
    if (f.endsWith('.jsonl')) {
      readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
        const r = jsonlLine(line, path, i + 1);
        if (r && 'doc' in r) raws.push({ stem: `wire-${i + 1}`, raw: r.doc });
      });
    } else raws.push({ stem: f.replace(/\.(txt|html?)$/, ''), raw: readSingle(path, readFileSync(path)) });
  }
  return raws.map(({ stem, raw }) => {
    const article = cleanDocument(raw);
    return { stem, article, analysis: analyzeArticle(article), want: JSON.parse(readFileSync(join(EXPECTED, `${stem}.json`), 'utf8')) };
  });
}

/**
 * The forms under which a tagger following the CoNLL convention marks a name the expectations wrote with a
 * title or a generic head noun: "Ms Dalca" → "Dalca", "Keld dam" → "Keld", "HARLOW" stays.
 */
function nameForms(text: string): string[] {
  const forms = [text];
  const noTitle = text.replace(/^(?:Mr|Ms|Mrs|Dr|Governor|President|Minister|Sir)\.?\s+/, '');
  if (noTitle !== text) forms.push(noTitle);
  const noHead = noTitle.replace(/(?:\s+\p{Ll}[\p{L}]*)+$/u, '');
  if (noHead !== noTitle && noHead) forms.push(noHead);
  return forms;
}

const lastWord = (s: string | null) => wordKey((s ?? '').replace(/['’]s$/, '').split(/\s+/).pop() ?? '');

export interface Tally { expected: number; found: number; right: number; ours: number; misses: string[] }
const tally = (): Tally => ({ expected: 0, found: 0, right: 0, ours: 0, misses: [] });

/** found = the item is there; right = with the right canonical / speaker / value. */
export function score(docs: Doc[]) {
  const t = { entities: tally(), quotes: tally(), times: tally(), claims: tally() };
  for (const { stem, analysis: a, want } of docs) {
    const seen = new Set<string>();
    for (const e of want.entities) {
      if (!/^\p{Lu}/u.test(e.text) || /^The \p{Ll}/u.test(e.text)) continue; // nominal mentions ("the foreign minister") are not names
      if (seen.has(`${e.text}|${e.type}`)) continue;
      seen.add(`${e.text}|${e.type}`);
      t.entities.expected++;
      const forms = nameForms(e.text);
      const hit = a.entities.find((x) => forms.includes(x.text) && x.type === e.type);
      if (hit) { t.entities.found++; if (nameForms(e.canonical).some((f) => lastWord(hit.canonical) === lastWord(f))) t.entities.right++; else t.entities.misses.push(`${stem}: ${e.text} → ${hit.canonical} (want ${e.canonical})`); }
      else t.entities.misses.push(`${stem}: missing ${e.type} ${e.text}${a.entities.find((x) => x.text === e.text) ? ` (typed ${a.entities.find((x) => x.text === e.text)!.type})` : ''}`);
    }
    t.entities.ours += a.entities.length;
    for (const q of want.quotes) {
      t.quotes.expected++;
      const hit = a.quotes.find((x) => x.text.includes(q.contains) || (q.contains.includes(x.text) && x.text.length > 15));
      if (hit) { t.quotes.found++; if (lastWord(hit.speaker) === lastWord(q.speaker)) t.quotes.right++; else t.quotes.misses.push(`${stem}: "${q.contains}" → ${hit.speaker} (want ${q.speaker})`); }
      else t.quotes.misses.push(`${stem}: missing quote "${q.contains}" (${q.speaker})`);
    }
    t.quotes.ours += a.quotes.length;
    for (const w of want.times) {
      t.times.expected++;
      const hit = a.times.find((x) => x.text.includes(w.text.replace(/^(on|at|from|since|late on) /, '')) || w.text.includes(x.text));
      if (hit) { t.times.found++; if (hit.value === w.value) t.times.right++; else t.times.misses.push(`${stem}: "${w.text}" → ${hit.value} (want ${w.value})`); }
      else t.times.misses.push(`${stem}: missing time "${w.text}" (${w.value})`);
    }
    t.times.ours += a.times.length;
    for (const c of want.claims) {
      t.claims.expected++;
      const hit = a.claims.find((x) => x.value === c.value && (!c.text || x.text.includes(c.text) || c.text.includes(x.text)));
      if (hit) { t.claims.found++; if (!c.qualifier || hit.qualifier === c.qualifier) t.claims.right++; else t.claims.misses.push(`${stem}: ${c.value} ${c.subject} → ${hit.qualifier} (want ${c.qualifier})`); }
      else t.claims.misses.push(`${stem}: missing claim ${c.value} ${c.subject}`);
    }
    t.claims.ours += a.claims.length;
  }
  return t;
}

if (process.argv[1]?.endsWith('demo-score.ts')) {
  const t = score(loadDemo());
  for (const [k, v] of Object.entries(t)) {
    console.log(`${k}: found ${v.found}/${v.expected} (${(v.found / v.expected * 100).toFixed(1)}%), right ${v.right}/${v.expected} (${(v.right / v.expected * 100).toFixed(1)}%), ours ${v.ours}`);
    if (process.argv.includes('-v')) for (const m of v.misses) console.log(`   ${m}`);
  }
}
