/**
 * Sections of the story page. Every item that came from a report links to that report scrolled to the exact
 * span (#/article/<id>?s=<start>&e=<end>), so a reader can check each line against its source.
 */
import type { ClaimComparison, ClaimRow, SourceRef } from '../../../src/model/story.js';
import type { Story } from '../api.js';
import { h, route, showFirst, type Child } from '../dom.js';
import { fmtDate, fmtValue, plural } from '../format.js';

const VERDICT = {
  agree: 'Outlets agree',
  disagree: 'Outlets disagree',
  updated: 'Updated over time',
  'different-scope': 'Different scopes',
  single: 'One source',
} as const;
const SHOW = { events: 10, quotesPerSpeaker: 3, actors: 18 };
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
  return h('ol', { class: 'timeline' }, showFirst(s.timeline.map((ev) => h('li', { class: `event ${ev.status}` },
    h('div', { class: 'event-date' }, h('time', { datetime: ev.date }, fmtDate(ev.date)),
      h('span', { class: `badge ${ev.status}` }, ev.status === 'scheduled' ? 'scheduled' : 'reported')),
    h('div', { class: 'event-body' }, h('p', {}, ev.text),
      h('p', { class: 'sources' }, 'Source: ', ev.sources.map((r, i) => [i ? ', ' : '', sourceLink(r, s.id)]))))), SHOW.events, 'events'));
}

/** Actors with type, roles, aliases; the name filters stories by the actor. Example: actors(story) */
export function actors(s: Story): HTMLElement {
  if (!s.actors.length) return empty('actors');
  return h('ul', { class: 'actors' }, showFirst(s.actors.map((a) => h('li', { class: `actor type-${a.type}` },
    h('a', { href: route('#/', { entity: a.canonicalId }), title: 'Stories mentioning this actor', class: 'actor-name' }, a.name),
    h('span', { class: 'badge' }, TYPE_NAME[a.type] ?? a.type),
    a.roles.length ? h('span', { class: 'roles' }, a.roles.join('; ')) : null,
    h('span', { class: 'meta' }, `${plural(a.mentions, 'mention')} in ${plural(a.articles, 'report')}`),
    a.aliases.length ? h('span', { class: 'aliases' }, `also: ${a.aliases.join(', ')}`) : null)), SHOW.actors, 'actors'));
}

/** Quotes grouped by speaker, with the first report and the echoes. Example: quotes(story) */
export function quotes(s: Story): HTMLElement {
  if (!s.quotes.length) return empty('quotes');
  const bySpeaker = new Map<string, Story['quotes']>();
  for (const q of s.quotes) {
    const k = q.speaker ?? 'Unattributed';
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), q]);
  }
  return h('div', { class: 'quote-groups' }, [...bySpeaker].map(([speaker, qs]) => h('div', { class: 'speaker' },
    h('h3', {}, speaker, h('span', { class: 'meta' }, ` · ${plural(qs.length, 'quote')}`)),
    showFirst(qs.map((q) => h('figure', { class: 'quote' },
      h('blockquote', {}, h('a', { href: spanHref(q.first, s.id), class: 'quote-text' }, q.text)),
      h('figcaption', {}, 'First reported by ', sourceLink(q.first, s.id),
        q.echoes.length ? [h('br'), `Echoed by ${q.echoes.length}: `, q.echoes.map((e, i) => [i ? ', ' : '', sourceLink(e, s.id)])] : null))), SHOW.quotesPerSpeaker, 'quotes'))));
}

/** Figures compared across outlets (disagreements first), single-source figures folded. Example: claims(story) */
export function claims(s: Story): HTMLElement {
  if (!s.claims.length) return empty('numeric claims');
  const compared = s.claims.filter((c) => c.verdict !== 'single').sort((a, b) => rank(a) - rank(b));
  const single = s.claims.filter((c) => c.verdict === 'single');
  const singles = single.length
    ? h('details', { class: 'singles', open: !compared.length },
      h('summary', {}, `${plural(single.length, 'figure')} reported by one outlet only`),
      h('table', { class: 'claim verdict-single' }, head('What is counted'),
        h('tbody', {}, single.flatMap((c) => c.rows.map((r) => claimRow(r, s.id, false, c.subject))))))
    : null;
  return h('div', { class: 'claims' },
    compared.length ? compared.map((c) => claimTable(c, s.id)) : h('p', { class: 'muted' }, 'No figure is reported by more than one outlet.'),
    singles);
}

const rank = (c: ClaimComparison) => ['disagree', 'updated', 'different-scope', 'agree', 'single'].indexOf(c.verdict);

/** An updated count as its dated steps, oldest first: "≥ 7 (9 Oct 2026) → 14 / ≥ 12 (10 Oct 2026) → 17 (15 Oct 2026)". */
function steps(rows: ClaimRow[]): string {
  const byDay = new Map<string, Set<string>>();
  for (const r of rows) if (r.date) byDay.set(r.date, (byDay.get(r.date) ?? new Set()).add(fmtValue(r.value, r.low, r.high)));
  return [...byDay].map(([d, v]) => `${[...v].join(' / ')} (${fmtDate(d, false)})`).join(' → ');
}

/** The most common figure; rows that differ from it are the disagreement to look at. */
function consensus(rows: ClaimRow[]): number | null {
  const n = new Map<number, number>();
  for (const r of rows) n.set(r.value, (n.get(r.value) ?? 0) + 1);
  const best = [...n].sort((a, b) => b[1] - a[1]);
  return best.length > 1 && best[0][1] > best[1][1] ? best[0][0] : null;
}

const head = (first: string) => h('thead', {}, h('tr', {}, [first, 'Figure', 'Attributed to', 'Wording'].map((t) => h('th', { scope: 'col' }, t))));

function claimTable(c: ClaimComparison, storyId: string): HTMLElement {
  const common = c.verdict === 'disagree' ? consensus(c.rows) : null;
  return h('table', { class: `claim verdict-${c.verdict}` },
    h('caption', {}, h('span', { class: 'subject' }, c.subject), h('span', { class: `badge verdict ${c.verdict}` }, VERDICT[c.verdict]),
      c.verdict === 'updated' ? h('span', { class: 'series' }, steps(c.rows)) : null),
    head('Outlet'),
    h('tbody', {}, c.rows.map((r) => claimRow(r, storyId, c.verdict === 'disagree' && (common === null || r.value !== common)))));
}

/** One row; the whole row opens the report at the claim, the wording cell is the keyboard-focusable link. */
function claimRow(r: ClaimRow, storyId: string, differs: boolean, subject?: string): HTMLElement {
  const href = spanHref(r, storyId);
  const tr = h('tr', { class: `claim-row${differs ? ' differs' : ''}`, 'data-href': href },
    h('td', { 'data-label': subject ? 'What is counted' : 'Outlet' }, subject ? h('span', { class: 'subject-cell' }, subject) : null, subject ? h('br') : null,
      h('span', { class: 'outlet' }, r.outlet ?? 'Unknown outlet'), ' ', h('span', { class: 'meta' }, fmtDate(r.date ?? r.published, false))),
    h('td', { class: 'figure', 'data-label': 'Figure' }, fmtValue(r.value, r.low, r.high)),
    h('td', { 'data-label': 'Attributed to' }, r.source ?? h('span', { class: 'muted' }, 'the outlet')),
    h('td', { 'data-label': 'Wording' }, h('a', { href }, r.text)));
  tr.addEventListener('click', (e) => { if (!(e.target as Element).closest('a')) location.hash = href; });
  return tr;
}
