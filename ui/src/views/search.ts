/** Search results: snippets arrive as parts; hits become <mark> elements built with the DOM, never HTML. */
import { api } from '../api.js';
import { h, mount, route } from '../dom.js';
import { fmtDate, plural } from '../format.js';

/** Example: await renderSearch(view, 'ceasefire') */
export async function renderSearch(view: HTMLElement, q: string) {
  if (!q.trim()) { mount(view, h('h1', { tabindex: -1 }, 'Search'), h('p', { class: 'muted' }, 'Type words to find in the reports.')); return; }
  const r = await api.search(q);
  mount(view,
    h('div', { class: 'page-head' }, h('h1', { tabindex: -1 }, 'Search: ', h('q', {}, r.query)),
      h('p', { class: 'lede' }, r.items.length ? `${plural(r.items.length, 'report')} found` : 'Nothing found.')),
    h('ol', { class: 'results' }, r.items.map((hit) => h('li', { class: 'result' },
      h('h2', {}, h('a', { href: route(`#/article/${encodeURIComponent(hit.articleId)}`, { from: hit.storyId, q: r.query }) }, hit.title || '(untitled report)')),
      h('p', { class: 'meta' }, `${hit.outlet ?? 'Unknown outlet'} · ${fmtDate(hit.published)}`,
        hit.storyId ? [' · ', h('a', { href: `#/story/${encodeURIComponent(hit.storyId)}` }, 'story')] : null),
      h('p', { class: 'snippet' }, hit.snippet.map((p) => (p.mark ? h('mark', {}, p.text) : p.text)))))));
}
