/**
 * `clean` and `analyze`: run the first stages over paths and print per-document results, without a store.
 * With --jsonl they follow the stable contracts of DESIGN.md (one object per input document).
 */
import type { Command } from 'commander';
import type { Article } from '../../model/document.js';
import type { Analysis } from '../../model/analysis.js';
import { CrosscheckError } from '../../model/error.js';
import { readPaths } from '../../ingest/files.js';
import { cleanDocument } from '../../clean/index.js';
import { analyzeArticle } from '../../analyze/index.js';
import { err, out, writeLine } from '../options.js';

export function register(program: Command, state: { exit: number }) {
  program.command('clean').description('clean reports and print their text and metadata')
    .argument('<path...>', 'files or folders: text (.txt, .md), HTML, RSS/Atom/OPML (.rss, .atom, .xml), WARC, JSONL; each may be .gz')
    .option('--jsonl', 'one JSON object per document: {source,outlet,url,title,author,published,text}')
    .option('--removed', 'with --jsonl, also list what was removed and why')
    .action(async (paths: string[], o: { jsonl?: boolean; removed?: boolean }) => {
      await eachArticle(paths, state, async (a) => {
        if (o.jsonl) await writeLine({ ...contract(a), ...(o.removed ? { removed: a.removed, metaSources: a.metaSources } : {}) });
        else out(`# ${a.title ?? '(no title)'}\n${[a.outlet, a.author, a.published].filter(Boolean).join(' · ') || '(no metadata)'}  [${a.source}]\n\n${a.text}\n\n(${a.removed.length} lines removed)\n`);
      });
    });

  program.command('analyze').alias('analyse').description('extract entities, quotes, dates and claims from reports')
    .argument('<path...>', 'files or folders')
    .option('--jsonl', 'one JSON object per document with entities[], quotes[], times[], claims[]')
    .action(async (paths: string[], o: { jsonl?: boolean }) => {
      await eachArticle(paths, state, async (a) => {
        const an = analyzeArticle(a);
        if (o.jsonl) await writeLine({ ...contract(a), ...analysisContract(an) });
        else out(renderAnalysis(a, an));
      });
    });
}

async function eachArticle(paths: string[], state: { exit: number }, fn: (a: Article) => Promise<void>) {
  for await (const item of readPaths(paths)) {
    if ('error' in item) { err(item.error.toLine()); state.exit = 1; continue; }
    try {
      await fn(cleanDocument(item.doc));
    } catch (e) {
      const ce = e instanceof CrosscheckError ? e : new CrosscheckError('INTERNAL', 'clean', (e as Error).message, { source: item.doc.source });
      err(ce.toLine());
      state.exit = 1;
    }
  }
}

export function contract(a: Article) {
  return { source: a.source, outlet: a.outlet, url: a.url, title: a.title, author: a.author, published: a.published, text: a.text };
}

export function analysisContract(an: Analysis) {
  return {
    entities: an.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, canonical: e.canonical, canonicalId: e.canonicalId, ...(e.role ? { role: e.role } : {}) })),
    quotes: an.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerStart: q.speakerStart, speakerEnd: q.speakerEnd, cue: q.cue, kind: q.kind })),
    times: an.times.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, ...(t.tense ? { tense: t.tense } : {}) })),
    claims: an.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, value: c.value, low: c.low, high: c.high, qualifier: c.qualifier, unit: c.unit, subject: c.subject, source: c.source ?? null })),
  };
}

function renderAnalysis(a: Article, an: Analysis): string {
  const ents = new Map<string, { type: string; aliases: Set<string> }>();
  for (const e of an.entities) {
    const k = `${e.type} ${e.canonical}`;
    if (!ents.has(k)) ents.set(k, { type: e.type, aliases: new Set() });
    if (e.text !== e.canonical) ents.get(k)!.aliases.add(e.text);
  }
  const lines = [`# ${a.title ?? '(no title)'}  [${a.source}]`, `${[a.outlet, a.published].filter(Boolean).join(' · ')}`, '', '## Entities'];
  for (const [k, v] of ents) lines.push(`  ${k}${v.aliases.size ? `  (also: ${[...v.aliases].join(', ')})` : ''}`);
  lines.push('', '## Quotes');
  for (const q of an.quotes) lines.push(`  ${q.speaker ?? '?'} (${q.cue ?? '—'}): “${q.text}”`);
  lines.push('', '## Times');
  for (const t of an.times) lines.push(`  ${t.text} → ${t.value ?? '?'} (${t.type})`);
  lines.push('', '## Claims');
  for (const c of an.claims) lines.push(`  ${c.text} → ${c.qualifier === 'exact' ? '' : `${c.qualifier} `}${c.value} ${c.subject ?? c.unit ?? ''}${c.source ? ` — ${c.source}` : ''}`);
  return `${lines.join('\n')}\n`;
}
