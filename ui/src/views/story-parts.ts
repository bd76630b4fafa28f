/**
 * Sections of the story page. Every item that came from a report links to that report scrolled to the exact
 * span (#/article/<id>?s=<start>&e=<end>), so a reader can check each line against its source. Each list
 * shows the page the API sent and pages on with "Show more" (paging.ts); an event's sources and a quote's
 * echoes show their first few and page on inline.
 */
import type { ClaimComparison, ClaimRow, SourceRef } from '../../../src/model/story.js';
import { claimBlocks, type ClaimBlock } from '../../../src/model/claim-blocks.js';
import type { QuoteItem, Story, TimelineItem } from '../api.js';
import { h, route, type Child } from '../dom.js';
import { fmtDate, fmtValue, plural, speech } from '../format.js';
import { innerPager, storyPager } from './paging.js';

const VERDICT = {
  agree: 'Outlets agree',
  disagree: 'Outlets disagree',
  updated: 'Updated over time',
  'different-scope': 'Different scopes',
  single: 'One source',
} as const;
const TYPE_NAME = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' } as const;

/** Example: spanHref({articleId:'a1',start:3,end:9,…}, 's1') → '#/article/a1?s=3&e=9&from=s1' */
export function spanHref(ref: Pick<SourceRef, 'articleId' | 'start' | 'end'>, storyId?: string): string {
  return route(`#/article/${encodeURIComponent(ref.articleId)}`, { s: ref.start, e: ref.end, from: storyId });
}

/** "Outlet, 7 Oct 2026" linking to the span. Example: sourceLink(event.sources[0], story.id) */
export function sourceLink(ref: SourceRef, storyId: string): HTMLElement {
  return h('a', { href: spanHref(ref, storyId), class: 'source' }, `${ref.outlet ?? 'Unknown outlet'}, ${fmtDate(ref.published, false)}`);
}

/** A titled section of the story page. Example: section('claims', 'Numbers compared', table) */
export function section(id: string, title: string, ...body: Child[]): HTMLElement {
  return h('section', { class: `block block-${id}`, 'aria-labelledby': `h-${id}` }, h('h2', { id: `h-${id}` }, title), ...body);
}

const empty = (what: string) => h('p', { class: 'muted' }, `No ${what} found in these reports.`);

/** Dated events, reported or scheduled, each with its sources. Example: timeline(story) */
export function timeline(s: Story): HTMLElement {
  if (!s.timeline.length) return empty('dated events');
  const list = h('ol', { class: 'timeline' });
  const add = (ev: TimelineItem, i: number) => list.appendChild(h('li', { class: `event ${ev.status}` },
    h('div', { class: 'event-date' }, h('time', { datetime: ev.date }, fmtDate(ev.date)),
      h('span', { class: `badge ${ev.status}` }, ev.status === 'scheduled' ? 'scheduled' : 'reported')),
    h('div', { class: 'event-body' }, h('p', {}, ev.text), refs(s, 'Source: ', ev.sources, ev.sourcesTotal ?? ev.sources.length, (more) => innerPager(s, 'timeline', i, 'sources', ev.sources.length, ev.sourcesTotal ?? 0, 'source', more)))));
  s.timeline.forEach(add);
  return h('div', {}, list, storyPager(s, 'timeline', 'event', add));
}

/**
 * A line of source links, the first few of `total`, with the pager of the rest (given the function that adds
 * one more link). Example: refs(s, 'Source: ', ev.sources, ev.sourcesTotal, (add) => innerPager(…, add))
 */
function refs(s: Story, lead: string, first: SourceRef[], total: number, pager: (add: (r: SourceRef) => Element) => HTMLElement | null, tag: 'p' | 'span' = 'p'): HTMLElement {
  const line = h(tag, { class: 'sources' }, lead, first.map((r, i) => [i ? ', ' : '', sourceLink(r, s.id)]));
  if (total <= first.length) return line;
  const more = pager((r) => {
    const link = sourceLink(r, s.id);
    line.insertBefore(h('span', {}, ', ', link), more);
    return link;
  });
  line.append(more ?? '');
  return line;
}

/** Actors with type, roles, aliases; the name filters stories by the actor. Example: actors(story) */
export function actors(s: Story): HTMLElement {
  if (!s.actors.length) return empty('actors');
  const list = h('ul', { class: 'actors' });
  const add = (a: Story['actors'][number]) => list.appendChild(h('li', { class: `actor type-${a.type}` },
    h('a', { href: route('#/', { entity: a.canonicalId }), title: 'Stories mentioning this actor', class: 'actor-name' }, a.name),
    h('span', { class: 'badge' }, TYPE_NAME[a.type] ?? a.type),
    a.roles.length ? h('span', { class: 'roles' }, a.roles.join('; ')) : null,
    h('span', { class: 'meta' }, `${plural(a.mentions, 'mention')} in ${plural(a.articles, 'report')}`),
    a.aliases.length ? h('span', { class: 'aliases' }, `also: ${a.aliases.join(', ')}`) : null));
  s.actors.forEach(add);
  return h('div', {}, list, storyPager(s, 'actors', 'actor', add));
}

/** Quotes grouped by speaker as they arrive (most echoed first), with the first report and the echoes. Example: quotes(story) */
export function quotes(s: Story): HTMLElement {
  if (!s.quotes.length) return empty('quotes');
  const groups = h('div', { class: 'quote-groups' });
  const bySpeaker = new Map<string, { box: HTMLElement; count: HTMLElement; n: number }>();
  const add = (q: QuoteItem, i: number) => {
    const speaker = q.speaker ?? 'Unattributed';
    let g = bySpeaker.get(speaker);
    if (!g) {
      const count = h('span', { class: 'meta' });
      g = { box: h('div', { class: 'speaker' }, h('h3', {}, speaker, count)), count, n: 0 };
      groups.appendChild(g.box);
      bySpeaker.set(speaker, g);
    }
    g.count.textContent = ` · ${plural(++g.n, 'quote')}`;
    const said = speech(q.text);
    return g.box.appendChild(h('figure', { class: 'quote' },
      h('blockquote', {}, said.reported ? h('span', { class: 'speech-reported' }, 'Reported: ') : null, h('a', { href: spanHref(q.first, s.id), class: 'quote-text' }, said.text)),
      h('figcaption', {}, 'First reported by ', sourceLink(q.first, s.id),
        q.echoes.length ? [h('br'), refs(s, `Echoed by ${q.echoesTotal ?? q.echoes.length}: `, q.echoes, q.echoesTotal ?? q.echoes.length, (more) => innerPager(s, 'quotes', i, 'echoes', q.echoes.length, q.echoesTotal ?? 0, 'report', more), 'span')] : null)));
  };
  s.quotes.forEach(add);
  return h('div', {}, groups, storyPager(s, 'quotes', 'quote', add));
}

/**
 * Figures compared across outlets (the API sends disagreements first and single-source figures last). The
 * views of one quantity (a same-day disagreement, a count updated over days, a narrower scope) are merged into
 * one table per quantity (claimBlocks); the single-source figures are folded into one table. Pages that arrive
 * later merge into the tables already shown. Example: claims(story)
 */
export function claims(s: Story): HTMLElement {
  if (!s.claims.length) return empty('numeric claims');
  const compared = h('div', { class: 'claims-compared' }, s.claims[0].verdict === 'single' ? h('p', { class: 'muted' }, 'No figure is reported by more than one outlet.') : null);
  const singles = h('div', {});
  const seen: ClaimComparison[] = [];
  let folded: { body: HTMLElement; summary: HTMLElement; n: number } | null = null;
  /** Redraws the merged tables; returns the one that holds the comparison `c`. */
  const redraw = (c?: ClaimComparison): Element | null => {
    const blocks = claimBlocks(seen);
    const tables = blocks.map((b) => claimTable(b, s.id));
    compared.replaceChildren(...tables);
    const first = c?.rows[0];
    const at = first ? blocks.findIndex((b) => b.subject === c.subject && b.rows.some((r) => r.articleId === first.articleId && r.start === first.start)) : -1;
    return tables[at] ?? null;
  };
  const add = (c: ClaimComparison, paged: boolean) => {
    if (c.verdict !== 'single') { seen.push(c); return paged ? redraw(c) : null; }
    if (!folded) {
      folded = { body: h('tbody', {}), summary: h('summary', {}), n: 0 };
      singles.appendChild(h('details', { class: 'singles', open: s.claims[0].verdict === 'single' }, folded.summary,
        h('table', { class: 'claim verdict-single' }, head('What is counted'), folded.body)));
    }
    folded.summary.textContent = `${plural(++folded.n, 'figure')} reported by one outlet only`;
    const rows = c.rows.map((r) => claimRow(r, s.id, {}, c.subject));
    folded.body.append(...rows);
    return rows[0] ?? null;
  };
  s.claims.forEach((c) => add(c, false));
  if (seen.length) redraw();
  return h('div', { class: 'claims' }, compared, singles, storyPager(s, 'claims', 'figure', (c: ClaimComparison) => add(c, true)));
}

/** An updated count as its dated steps, oldest first: "≥ 7 (9 Oct 2026) → 14 / ≥ 12 (10 Oct 2026) → 17 (15 Oct 2026)". */
function steps(rows: ClaimRow[]): string {
  const byDay = new Map<string, Set<string>>();
  for (const r of rows) if (r.date) byDay.set(r.date, (byDay.get(r.date) ?? new Set()).add(fmtValue(r.value, r.low, r.high)));
  return [...byDay].map(([d, v]) => `${[...v].join(' / ')} (${fmtDate(d, false)})`).join(' → ');
}

const head = (first: string) => h('thead', {}, h('tr', {}, [first, 'Figure', 'Attributed to', 'Wording'].map((t) => h('th', { scope: 'col' }, t))));

function claimTable(b: ClaimBlock, storyId: string): HTMLElement {
  return h('table', { class: `claim ${b.verdicts.map((v) => `verdict-${v}`).join(' ')}` },
    h('caption', {}, h('span', { class: 'subject' }, b.subject), ...b.verdicts.map((v) => h('span', { class: `badge verdict ${v}` }, VERDICT[v])),
      b.series ? h('span', { class: 'series' }, steps(b.series)) : null),
    head('Outlet'),
    h('tbody', {}, b.rows.map((r) => claimRow(r, storyId, r))));
}

/** One row; the whole row opens the report at the claim, the wording cell is the keyboard-focusable link. */
function claimRow(r: ClaimRow, storyId: string, flags: { differs?: boolean; narrower?: boolean }, subject?: string): HTMLElement {
  const href = spanHref(r, storyId);
  const tr = h('tr', { class: `claim-row${flags.differs ? ' differs' : ''}${flags.narrower ? ' narrower' : ''}`, 'data-href': href },
    h('td', { 'data-label': subject ? 'What is counted' : 'Outlet' }, subject ? h('span', { class: 'subject-cell' }, subject) : null, subject ? h('br') : null,
      h('span', { class: 'outlet' }, r.outlet ?? 'Unknown outlet'), ' ', h('span', { class: 'meta' }, fmtDate(r.date ?? r.published, false)),
      flags.narrower ? [' ', h('span', { class: 'scope-tag', title: 'counts a narrower scope than the other figures' }, 'narrower scope')] : null),
    h('td', { class: 'figure', 'data-label': 'Figure' }, fmtValue(r.value, r.low, r.high)),
    h('td', { 'data-label': 'Attributed to' }, r.source ?? h('span', { class: 'muted' }, 'the outlet')),
    h('td', { 'data-label': 'Wording' }, h('a', { href }, r.text)));
  tr.addEventListener('click', (e) => { if (!(e.target as Element).closest('a')) location.hash = href; });
  return tr;
}
