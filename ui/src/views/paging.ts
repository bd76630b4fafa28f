/**
 * "Show more" for the story page's lists: the first page comes with the story, each click fetches the next
 * page from the API and appends it. The button says how many remain; the first new item takes focus, so a
 * keyboard user lands where the list grew, and a polite live region says how many are shown. When the
 * story was rebuilt since the page loaded (its version moved), the new items are still shown, with a note.
 */
import { api, type PartName, type PartPage, type Story } from '../api.js';
import { h } from '../dom.js';
import { plural } from '../format.js';

export interface Pager<T> {
  /** What an item is ("report"; plural() adds the s). */
  what: string;
  total: number;
  /** Items per fetched page. */
  limit: number;
  shown: number;
  next: number | null;
  /** The story version the first page carried. */
  version: string;
  load: (offset: number) => Promise<PartPage<T>>;
  /** Builds an item's nodes and puts them where they belong; returns the node to focus (or one holding it). */
  add: (item: T, index: number) => Element | null;
  /** Inside a line of text (an event's sources) rather than under a list. */
  inline?: boolean;
}

/** The pager of one of a story's lists. Example: storyPager(s, 'members', 'report', (m) => list.appendChild(item(m))) */
export function storyPager<T>(s: Story, part: PartName, what: string, add: Pager<T>['add']): HTMLElement | null {
  const meta = s.parts[part];
  return moreButton<T>({ what, total: meta.total, limit: meta.limit, shown: s[part].length, next: meta.next, version: s.version, load: (offset) => api.part<T>(s.id, part, offset, meta.limit), add });
}

/** The pager of an item's inner list, shown inline after its first few. Example: innerPager(s, 'quotes', 21, 'echoes', q.echoes.length, q.echoesTotal, 'report', add) */
export function innerPager<T>(s: Story, list: 'timeline' | 'quotes', index: number, field: 'sources' | 'echoes', shown: number, total: number, what: string, add: Pager<T>['add']): HTMLElement | null {
  return moreButton<T>({ what, total, limit: INNER_PAGE, shown, next: shown, version: s.version, load: (offset) => api.inner<T>(s.id, list, index, field, offset), add, inline: true });
}

/** Inner-list items the API sends per page by default. */
const INNER_PAGE = 50;

/** The button (and status line) that pages a list on; null when everything is shown. Example: moreButton({…}) */
export function moreButton<T>(p: Pager<T>): HTMLElement | null {
  if (p.next === null || p.shown >= p.total) return null;
  let next: number | null = p.next;
  let shown = p.shown;
  let total = p.total;
  const status = h('span', { class: 'more-status muted', role: 'status', 'aria-live': 'polite' });
  const label = () => `Show ${plural(Math.min(total - shown, p.limit), `more ${p.what}`)} (${(total - shown).toLocaleString('en-GB')} not shown)`;
  const button = h('button', { type: 'button', class: 'more' }, label());
  const wrap = h(p.inline ? 'span' : 'div', { class: p.inline ? 'more-inline' : 'more-item' }, ' ', button, ' ', status);
  button.addEventListener('click', async () => {
    if (next === null) return;
    button.disabled = true;
    status.textContent = 'Loading…';
    try {
      const page = await p.load(next);
      let focus: Element | null = null;
      page.items.forEach((item, i) => { const el = p.add(item, page.offset + i); focus ??= el; });
      shown = page.offset + page.items.length;
      total = page.total;
      next = page.next;
      status.textContent = `${shown.toLocaleString('en-GB')} of ${plural(page.total, p.what)} shown.${page.version !== p.version ? ' This story was updated since the page loaded; reload it to see the lists in order.' : ''}`;
      focusIn(focus);
      if (next === null) button.remove();
      else { button.textContent = label(); button.disabled = false; }
    } catch (e) {
      status.textContent = `Could not load more: ${(e as Error).message}`;
      button.disabled = false;
    }
  });
  return wrap;
}

/** Focuses the first link (or focusable) in `el`, else `el` itself made focusable. */
function focusIn(el: Element | null) {
  if (!(el instanceof HTMLElement)) return;
  const target = el.matches('a, button, [tabindex]') ? el : el.querySelector<HTMLElement>('a, button, [tabindex]');
  if (target) { target.focus(); return; }
  el.tabIndex = -1;
  el.focus();
}
