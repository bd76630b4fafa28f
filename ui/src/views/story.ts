/**
 * The story page: header, coverage chart, summary, timeline, actors, quotes, claim comparison, reports. The
 * API sends the first page of each list (a bounded size whatever the story's); each list pages on.
 */
import { api } from '../api.js';
import { h, mount, route } from '../dom.js';
import { coverageGrid } from '../charts.js';
import { fmtDate, fmtRange, plural } from '../format.js';
import { actors, claims, quotes, section, sourceLink, spanHref, timeline } from './story-parts.js';
import { storyPager } from './paging.js';
import type { Story } from '../api.js';

/** Example: await renderStory(view, '59e9e450d2ec10a7') */
export async function renderStory(view: HTMLElement, id: string) {
  const s = await api.story(id);
  mount(view,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/' }, '← All stories')),
    h('header', { class: 'story-head' },
      h('h1', { tabindex: -1 }, s.title || '(untitled story)'),
      h('p', { class: 'meta' }, `${plural(s.articles, 'report')} · ${plural(s.outlets.length, 'outlet')} · ${fmtRange(s.first, s.last)}`),
      related(s)),
    section('coverage', 'Coverage by outlet and day',
      h('div', { class: 'chart-scroll' }, coverageGrid(s.coverage, (outlet, day) => firstReport(s, outlet, day), view.clientWidth)),
      s.coverage.undated ? h('p', { class: 'muted' }, `${plural(s.coverage.undated, 'report')} without a date not shown.`) : null),
    section('summary', 'Summary', s.summary.length
      ? h('ol', { class: 'summary' }, s.summary.map((x) => h('li', {}, h('a', { href: spanHref(x.source, s.id), class: 'summary-sentence' }, x.text), ' ', sourceLink(x.source, s.id))))
      : h('p', { class: 'muted' }, 'No summary yet.')),
    section('timeline', 'Timeline', timeline(s)),
    section('claims', 'Numbers compared across outlets', claims(s)),
    section('quotes', 'Who said what', quotes(s)),
    section('actors', 'Actors', actors(s)),
    section('reports', 'Reports', members(s)));
}

function related(s: Story): HTMLElement | null {
  if (!s.related.length) return null;
  const word = { previous: 'Continues', next: 'Continued in', related: 'Related' } as const;
  return h('ul', { class: 'related' }, s.related.map((r) => h('li', {}, `${word[r.relation]}: `, h('a', { href: `#/story/${encodeURIComponent(r.id)}` }, r.title || r.id))));
}

function members(s: Story): HTMLElement {
  const list = h('ol', { class: 'members' });
  const add = (m: Story['members'][number]) => list.appendChild(h('li', {},
    h('a', { href: route(`#/article/${encodeURIComponent(m.articleId)}`, { from: s.id }) }, m.title || '(untitled report)'),
    h('span', { class: 'meta' }, ` ${m.outlet ?? 'Unknown outlet'} · ${fmtDate(m.published)}`),
    m.dup.kind !== 'original' ? h('span', { class: `badge dup-${m.dup.kind}` }, m.dup.kind === 'exact' ? 'exact copy' : m.dup.kind) : null));
  s.members.forEach(add);
  return h('div', {}, list, storyPager(s, 'members', 'report', add));
}

/** The first report of an outlet on a day, which the API names in each cell of the coverage grid. */
function firstReport(s: Story, outlet: string, day: string): string | null {
  const first = s.coverage.outlets.find((o) => o.outlet === outlet)?.days.find((d) => d.day === day)?.first;
  return first ? route(`#/article/${encodeURIComponent(first)}`, { from: s.id }) : null;
}
