/** A story as text for the terminal and as Markdown: coverage, summary, timeline, actors, quotes, claims. */
import type { ClaimRow, StoryDetail, SourceRef } from '../../model/story.js';
import { claimBlocks, figure as fmt, type BlockRow } from '../../model/claim-blocks.js';

const VERDICT: Record<string, string> = { disagree: 'DISAGREE', updated: 'updated over time', 'different-scope': 'different scope', agree: 'agree', single: 'one source' };

export function storyText(s: StoryDetail): string {
  const L: string[] = [];
  L.push(`${s.title}`, `story ${s.id} · ${n(s.articles, 'report')} · ${s.outlets.join(', ') || 'outlets unknown'} · ${span(s)}`);
  for (const r of s.related) L.push(`  ${relation(r.relation)}: ${r.id} ${r.title}`);
  L.push('', 'REPORTS');
  for (const m of s.members) L.push(`  ${m.published ?? '(undated)'}  ${m.outlet ?? '?'}  ${m.title ?? '(no title)'}  [${m.articleId}]${m.dup.kind === 'original' ? '' : `  ${m.dup.kind} of ${m.dup.of}`}`);
  if (s.summary.length) { L.push('', 'SUMMARY'); for (const x of s.summary) L.push(`  • ${x.text} ${cite(x.source)}`); }
  if (s.timeline.length) { L.push('', 'TIMELINE'); for (const e of s.timeline) L.push(`  ${e.date.padEnd(10)} ${e.status === 'scheduled' ? '(scheduled) ' : ''}${e.text} ${e.sources.map(cite).join(' ')}`); }
  if (s.actors.length) { L.push('', 'ACTORS'); for (const a of s.actors.slice(0, 15)) L.push(`  ${a.type} ${a.name}${a.roles.length ? ` — ${a.roles.slice(0, 2).join('; ')}` : ''} (${n(a.mentions, 'mention')} in ${n(a.articles, 'report')})`); }
  if (s.quotes.length) { L.push('', 'QUOTES'); for (const q of s.quotes) L.push(`  ${q.speaker ?? 'unattributed'}: ${quoted(q.text)} — first ${cite(q.first)}${q.echoes.length ? `, echoed ${q.echoes.length}×` : ''}`); }
  const blocks = claimBlocks(s.claims);
  if (blocks.length) {
    L.push('', 'CLAIMS ACROSS OUTLETS  (! differs from most outlets, ⊂ narrower scope)');
    for (const b of blocks) {
      L.push(`  ${b.subject}: ${b.verdicts.map((v) => VERDICT[v]).join(' · ')}${b.series ? `  ${series(b.series)}` : ''}`);
      for (const r of b.rows) L.push(`    ${mark(r)} ${day(r).padEnd(10)} ${fmt(r.value, r.low, r.high).padEnd(10)} ${r.outlet ?? '?'}${r.source ? ` (${r.source})` : ''}: “${r.text}”`);
    }
  }
  return `${L.join('\n')}\n`;
}

/** A figure's flag in the text view: "!" breaks the consensus of a disagreement, "⊂" counts a narrower scope. */
const mark = (r: BlockRow) => (r.differs ? '!' : r.narrower ? '⊂' : ' ');

export function storyMarkdown(s: StoryDetail): string {
  const L: string[] = [`# ${s.title}`, '', `Story \`${s.id}\` · ${n(s.articles, 'report')} · ${s.outlets.join(', ') || 'outlets unknown'} · ${span(s)}`, ''];
  for (const r of s.related) L.push(`- ${relation(r.relation)}: \`${r.id}\` ${r.title}`);
  L.push('## Reports', '', '| published | outlet | title | duplicate |', '|---|---|---|---|');
  for (const m of s.members) L.push(`| ${m.published ?? ''} | ${esc(m.outlet ?? '')} | ${esc(m.title ?? '')} | ${m.dup.kind === 'original' ? '' : `${m.dup.kind} of \`${m.dup.of}\``} |`);
  if (s.summary.length) { L.push('', '## Summary', ''); for (const x of s.summary) L.push(`- ${esc(x.text)} ${cite(x.source)}`); }
  if (s.timeline.length) { L.push('', '## Timeline', '', '| date | status | event | sources |', '|---|---|---|---|'); for (const e of s.timeline) L.push(`| ${e.date} | ${e.status} | ${esc(e.text)} | ${e.sources.map(cite).join(' ')} |`); }
  if (s.actors.length) { L.push('', '## Actors', '', '| actor | type | role | mentions | reports |', '|---|---|---|---|---|'); for (const a of s.actors.slice(0, 20)) L.push(`| ${esc(a.name)} | ${a.type} | ${esc(a.roles.slice(0, 2).join('; '))} | ${a.mentions} | ${a.articles} |`); }
  if (s.quotes.length) { L.push('', '## Quotes', ''); for (const q of s.quotes) L.push(`- **${esc(q.speaker ?? 'unattributed')}**: ${esc(quoted(q.text))} — first ${cite(q.first)}${q.echoes.length ? `; echoed by ${q.echoes.map(cite).join(', ')}` : ''}`); }
  const blocks = claimBlocks(s.claims);
  if (blocks.length) {
    L.push('', '## Claims across outlets');
    for (const b of blocks) {
      L.push('', `**${esc(b.subject)}** — ${b.verdicts.map((v) => VERDICT[v]).join(' · ')}${b.series ? `: ${series(b.series)}` : ''}`, '', '| date | value | outlet | says who | text | note |', '|---|---|---|---|---|---|');
      for (const r of b.rows) L.push(`| ${day(r)} | ${fmt(r.value, r.low, r.high)} | ${esc(r.outlet ?? '')} | ${esc(r.source ?? '')} | ${esc(r.text)} | ${r.differs ? 'differs from most outlets' : r.narrower ? 'narrower scope' : ''} |`);
    }
  }
  return `${L.join('\n')}\n`;
}

/** "1 report", "2 reports". */
const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;

/**
 * A quote as a reader expects it. Direct quotes carry their own quotation marks in the text, so they are not
 * wrapped again; reported speech ("that Ukraine is ready …") is shown as such, without the leading "that".
 * Example: quoted('“We are ready,”') → '“We are ready,”'; quoted('that talks had begun') → '(reported) talks had begun'
 */
export function quoted(text: string): string {
  if (/^["“‘'«„]/.test(text)) return text;
  return `(reported) ${text.replace(/^that\s+/i, '')}`;
}

/** The day a figure was given: its own date, else its report's. */
const day = (r: ClaimRow) => r.date ?? r.published?.slice(0, 10) ?? 'undated';

/** An updated count as its dated steps: "≥7 (2026-10-09) → 14/≥12 (2026-10-10) → 17 (2026-10-15)". */
function series(rows: ClaimRow[]): string {
  const steps = new Map<string, Set<string>>();
  for (const r of rows) if (r.date) steps.set(r.date, (steps.get(r.date) ?? new Set()).add(fmt(r.value, r.low, r.high)));
  return [...steps].map(([d, v]) => `${[...v].join('/')} (${d})`).join(' → ');
}

const span = (s: StoryDetail) => (s.first ? (s.first === s.last ? s.first : `${s.first} → ${s.last}`) : 'undated');
const cite = (r: SourceRef) => `[${r.outlet ?? r.articleId.slice(0, 8)}${r.published ? ` ${r.published.slice(0, 10)}` : ''}]`;
const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** How an episode link reads: undated episodes are linked without an order. */
function relation(r: string): string {
  return r === 'related' ? 'related episode (order unknown)' : `${r} episode`;
}
