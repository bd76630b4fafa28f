/** The story list: filters (outlet, entity, dates, order), one card per story with its sparkline, paging. */
import { api, type StoryItem } from '../api.js';
import { h, mount, route } from '../dom.js';
import { sparkline } from '../charts.js';
import { fmtRange, plural } from '../format.js';

const PAGE_SIZE = 20;
const FILTERS = ['outlet', 'entity', 'since', 'until', 'sort'] as const;

/** Example: await renderList(view, new URLSearchParams('outlet=Newsbeat&page=2')) */
export async function renderList(view: HTMLElement, params: URLSearchParams) {
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) });
  for (const f of FILTERS) { const v = params.get(f); if (v) q.set(f, v); }
  const data = await api.stories(q.toString());
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? '']));
  const outlets = [...new Set(data.items.flatMap((s) => s.outlets))].sort();
  mount(view,
    h('div', { class: 'page-head' },
      h('h1', { tabindex: -1 }, 'Stories'),
      h('p', { class: 'lede' }, data.total ? `${plural(data.total, 'story')} followed across outlets` : 'No stories match.',
        active(filters))),
    filterForm(filters, outlets),
    h('ol', { class: 'stories' }, data.items.map(card)),
    pager(data.total, page, filters));
}

function card(s: StoryItem): HTMLElement {
  return h('li', { class: 'story-card' },
    h('div', { class: 'story-card-main' },
      h('h2', {}, h('a', { href: `#/story/${encodeURIComponent(s.id)}` }, s.title || '(untitled story)')),
      h('p', { class: 'meta' }, `${plural(s.articles, 'report')} · ${plural(s.outlets.length, 'outlet')} · ${fmtRange(s.first, s.last)}`,
        s.disagreements ? h('a', { class: 'badge disagree', href: `#/story/${encodeURIComponent(s.id)}`, 'aria-label': `${plural(s.disagreements, 'disputed figure')}, see the comparison` }, plural(s.disagreements, 'disputed figure')) : null),
      h('p', { class: 'outlets' }, s.outlets.map((o) => h('span', { class: 'chip' }, o)))),
    h('div', { class: 'story-card-spark' }, sparkline(s.coverage)));
}

/** Says which filters are on, with a way back to everything. */
function active(f: Record<string, string>): HTMLElement | null {
  const on = [f.outlet && `from ${f.outlet}`, f.entity && `mentioning ${f.entity}`, f.since && `since ${f.since}`, f.until && `until ${f.until}`].filter(Boolean);
  return on.length ? h('span', { class: 'active-filters' }, ` — ${on.join(', ')} · `, h('a', { href: '#/' }, 'show all')) : null;
}

function filterForm(f: Record<string, string>, outlets: string[]): HTMLElement {
  const field = (name: string, label: string, input: HTMLElement) => h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), input);
  const form = h('form', { class: 'filters', 'aria-label': 'Filter stories' },
    field('outlet', 'Outlet', h('input', { id: 'f-outlet', name: 'outlet', value: f.outlet, list: 'outlet-list', placeholder: 'any outlet' })),
    h('datalist', { id: 'outlet-list' }, outlets.map((o) => h('option', { value: o }))),
    field('entity', 'Entity id', h('input', { id: 'f-entity', name: 'entity', value: f.entity, placeholder: 'e.g. LOC:lissane' })),
    field('since', 'From', h('input', { id: 'f-since', name: 'since', type: 'date', value: f.since })),
    field('until', 'To', h('input', { id: 'f-until', name: 'until', type: 'date', value: f.until })),
    field('sort', 'Order', h('select', { id: 'f-sort', name: 'sort' },
      h('option', { value: 'recent', selected: f.sort !== 'size' }, 'Most recent'),
      h('option', { value: 'size', selected: f.sort === 'size' }, 'Most reports'))),
    h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Apply'), h('a', { href: '#/', class: 'reset' }, 'Reset')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    location.hash = route('#/', Object.fromEntries(FILTERS.map((k) => [k, String(data.get(k) ?? '').trim()])));
  });
  return form;
}

function pager(total: number, page: number, f: Record<string, string>): HTMLElement | null {
  if (total <= PAGE_SIZE) return null;
  const pages = Math.ceil(total / PAGE_SIZE);
  const from = (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, page * PAGE_SIZE);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? h('a', { href: route('#/', { ...f, page: page - 1 }), rel: 'prev' }, '← Newer') : h('span'),
    h('span', { class: 'muted' }, `${from}–${to} of ${total}`),
    page < pages ? h('a', { href: route('#/', { ...f, page: page + 1 }), rel: 'next' }, 'Older →') : h('span'));
}
