/**
 * The reader: one report's cleaned text with entities, quotes, dates and claims highlighted, and the span a
 * link pointed at (?s=&e=) marked and scrolled into view. Text goes in through text nodes only, so a hostile
 * report (script tags, event handlers, javascript: links) is shown as inert words.
 */
import { api, type ArticleView } from '../api.js';
import { externalLink, h, mount, route, type Child } from '../dom.js';
import { fmtDate, fmtValue, plural } from '../format.js';
import { runs, termSpans, type Mark, type MarkKind } from '../spans.js';

const KINDS: { kind: Exclude<MarkKind, 'focus' | 'hit'>; label: string }[] = [
  { kind: 'entity', label: 'Entities' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'time', label: 'Dates' },
  { kind: 'claim', label: 'Numbers' },
];

/** Renders and returns whether a followed span was focused. Example: await renderReader(view, id, new URLSearchParams('s=10&e=42')) */
export async function renderReader(view: HTMLElement, id: string, params: URLSearchParams) {
  const a = await api.article(id);
  const hits = termSpans(a.text, params.get('q') ?? '');
  const focus = focusOf(params, a.text.length) ?? hits[0] ?? null;
  const from = params.get('from') ?? a.storyId;
  const text = h('div', { class: 'reader-text', lang: 'en' }, textRuns(a, focus, hits));
  mount(view,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, from ? h('a', { href: `#/story/${encodeURIComponent(from)}` }, '← Back to story') : h('a', { href: '#/' }, '← All stories')),
    h('div', { class: 'reader' },
      h('article', { class: 'reader-main' },
        h('header', {}, h('h1', { tabindex: -1 }, a.title || '(untitled report)'), meta(a)),
        legend(text), text, removed(a)),
      h('aside', { class: 'reader-side', 'aria-label': 'Found in this report' }, sideLists(a, from))));
  const target = text.querySelector<HTMLElement>('.focus-start');
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
  return Boolean(target);
}

function focusOf(p: URLSearchParams, length: number): { start: number; end: number } | null {
  const start = Number(p.get('s'));
  const end = Number(p.get('e'));
  if (!p.has('s') || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) return null;
  return { start, end };
}

type Range = { start: number; end: number };

function marksOf(a: ArticleView, focus: Range | null, hits: Range[]): Mark[] {
  const an = a.analysis;
  const marks: Mark[] = [
    ...an.entities.map((e) => ({ start: e.start, end: e.end, kind: 'entity' as const, variant: e.type, label: `${e.type} · ${e.canonical}${e.role ? ` (${e.role})` : ''}` })),
    ...an.quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const, label: `Quote · ${q.speaker ?? 'speaker unknown'}${q.cue ? ` · ${q.cue}` : ''}` })),
    ...an.times.map((t) => ({ start: t.start, end: t.end, kind: 'time' as const, label: `${t.type} · ${t.value ?? 'unresolved'}` })),
    ...an.claims.map((c) => ({ start: c.start, end: c.end, kind: 'claim' as const, label: `${c.subject ?? c.unit ?? 'number'}: ${fmtValue(c.value, c.low, c.high)}${c.source ? ` · per ${c.source}` : ''}` })),
  ];
  for (const x of hits) marks.push({ ...x, kind: 'hit', label: 'Search hit' });
  if (focus) marks.push({ ...focus, kind: 'focus', label: 'The passage you followed' });
  return marks;
}

function textRuns(a: ArticleView, focus: Range | null, hits: Range[]): Child[] {
  let first = true;
  return runs(a.text.length, marksOf(a, focus, hits)).map((r) => {
    const words = a.text.slice(r.start, r.end);
    if (!r.marks.length) return words;
    const classes = r.marks.map((m) => `m-${m.kind}${m.variant ? ` m-${m.variant}` : ''}`);
    const isFocus = r.marks.some((m) => m.kind === 'focus');
    const start = isFocus && first;
    if (start) first = false;
    return h('span', { class: `m ${classes.join(' ')}${start ? ' focus-start' : ''}`, title: r.marks.map((m) => m.label).join('\n'), tabindex: start ? -1 : null }, words);
  });
}

function meta(a: ArticleView): HTMLElement {
  return h('dl', { class: 'reader-meta' },
    h('dt', {}, 'Outlet'), h('dd', {}, a.outlet ?? 'Unknown'),
    h('dt', {}, 'Published'), h('dd', {}, fmtDate(a.published)),
    a.author ? [h('dt', {}, 'By'), h('dd', {}, a.author)] : null,
    a.url ? [h('dt', {}, 'Original'), h('dd', { class: 'url' }, externalLink(a.url))] : null,
    a.dup.kind !== 'original' ? [h('dt', {}, 'Copy'), h('dd', {}, `${a.dup.kind} of `, h('a', { href: `#/article/${encodeURIComponent(a.dup.of ?? '')}` }, 'an earlier report'))] : null);
}

function legend(text: HTMLElement): HTMLElement {
  return h('fieldset', { class: 'legend' }, h('legend', {}, 'Highlight'), KINDS.map(({ kind, label }) => {
    const box = h('input', { type: 'checkbox', checked: true, id: `show-${kind}` });
    box.addEventListener('change', () => text.classList.toggle(`hide-${kind}`, !box.checked));
    return h('label', { class: `key key-${kind}`, for: `show-${kind}` }, box, h('span', { class: `swatch m-${kind}` }, label));
  }));
}

function removed(a: ArticleView): HTMLElement | null {
  if (!a.removed.length) return null;
  return h('details', { class: 'removed' }, h('summary', {}, `${plural(a.removed.length, 'passage')} removed while cleaning`),
    h('ul', {}, a.removed.map((r) => h('li', {}, h('span', { class: 'badge' }, r.reason), ' ', h('span', { class: 'removed-text' }, r.text.length > 400 ? `${r.text.slice(0, 400)}…` : r.text)))));
}

function sideLists(a: ArticleView, from: string | null): Child[] {
  const link = (x: { start: number; end: number }, label: Child) => h('a', { href: route(`#/article/${encodeURIComponent(a.id)}`, { s: x.start, e: x.end, from }) }, label);
  const list = (title: string, items: Child[]) => items.length
    ? h('details', { open: items.length <= 12 }, h('summary', {}, `${title} (${items.length})`), h('ul', {}, items.map((i) => h('li', {}, i))))
    : null;
  const an = a.analysis;
  return [
    list('Quotes', an.quotes.map((q) => [link(q, quoted(q.text)), h('span', { class: 'meta' }, ` — ${q.speaker ?? 'unknown'}`)])),
    list('Numbers', an.claims.map((c) => [link(c, c.text), h('span', { class: 'meta' }, c.subject && !c.text.includes(c.subject) ? ` ${c.subject}` : '')])),
    list('Dates', an.times.map((t) => [link(t, t.text), h('span', { class: 'meta' }, ` ${t.value ?? ''}`)])),
    list('Entities', actorsOf(an.entities).map(({ first, count }) => [link(first, first.canonical), h('span', { class: 'meta' }, ` ${first.type}${count > 1 ? ` · ${count}×` : ''}`)])),
  ];
}

/** Direct quotes already carry their quote marks; reported speech gets typographic ones. */
function quoted(text: string): string {
  const short = text.length > 90 ? `${text.slice(0, 90)}…` : text;
  return /^["“‘']/.test(text) ? short : `“${short}”`;
}

/** One line per actor (aliases merged by canonical id), linking to its first mention, most mentioned first. */
function actorsOf(entities: ArticleView['analysis']['entities']) {
  const by = new Map<string, { first: (typeof entities)[number]; count: number }>();
  for (const e of entities) {
    const k = e.canonicalId ?? `${e.type}:${e.canonical}`;
    const x = by.get(k);
    if (x) x.count++;
    else by.set(k, { first: e, count: 1 });
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.first.start - b.first.start);
}
