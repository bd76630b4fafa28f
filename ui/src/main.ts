/**
 * The web UI's entry: hash routing between the story list, a story, the reader and search; `/` focuses the
 * search box. Views fetch from the JSON API and build DOM nodes; nothing from a report is parsed as HTML.
 */
import './style.css';
import { h, mount, route } from './dom.js';
import { renderList } from './views/list.js';
import { renderStory } from './views/story.js';
import { renderReader } from './views/reader.js';
import { renderSearch } from './views/search.js';

const view = document.getElementById('view') as HTMLElement;
const input = document.getElementById('search-input') as HTMLInputElement;
/** A fetch slower than this shows "Loading…" instead of a stale page. */
const LOADING_AFTER_MS = 250;
let generation = 0;

async function render() {
  const gen = ++generation;
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  view.setAttribute('aria-busy', 'true');
  const slow = setTimeout(() => { if (gen === generation) mount(view, h('p', { class: 'loading muted' }, 'Loading…')); }, LOADING_AFTER_MS);
  try {
    let focused = false;
    if (parts[0] === 'story' && parts[1]) await renderStory(view, parts[1]);
    else if (parts[0] === 'article' && parts[1]) focused = await renderReader(view, parts[1], params);
    else if (parts[0] === 'search') { input.value = params.get('q') ?? ''; await renderSearch(view, params.get('q') ?? ''); }
    else await renderList(view, params);
    if (gen !== generation) return;
    document.title = `${view.querySelector('h1')?.textContent ?? 'Stories'} · crosscheck`;
    if (!focused) { window.scrollTo(0, 0); view.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true }); }
  } catch (e) {
    if (gen !== generation) return;
    mount(view, h('h1', { tabindex: -1 }, 'Something went wrong'), h('p', { class: 'error' }, (e as Error).message), h('p', {}, h('a', { href: '#/' }, 'Back to stories')));
  } finally {
    clearTimeout(slow);
    if (gen === generation) view.removeAttribute('aria-busy');
  }
}

document.getElementById('search-form')?.addEventListener('submit', (e) => {
  e.preventDefault();
  location.hash = route('#/search', { q: input.value.trim() });
});

document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  const typing = t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName);
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); input.focus(); input.select(); }
});

// The skip link must not touch the hash (that is the router's); it moves focus instead.
document.querySelector('.skip')?.addEventListener('click', (e) => { e.preventDefault(); view.focus(); });

window.addEventListener('hashchange', () => void render());
void render();
