/**
 * Tiny DOM builders. Every piece of report text goes in through textContent (text nodes), never innerHTML, so
 * markup inside a report stays inert text. Links to other sites only keep http(s) URLs.
 */

export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const SAFE_URL = /^https?:\/\//i;

function apply(el: Element, attrs: Attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'style' || k.startsWith('on') || k === 'srcdoc') throw new Error(`attribute ${k} is not allowed`);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el: Node, children: Child[]) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Example: h('a', { href: '#/', class: 'brand' }, 'crosscheck') */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** Example: svg('rect', { x: 0, y: 0, width: 4, height: 10 }) */
export function svg(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  apply(el, attrs);
  append(el, children);
  return el;
}

/** An outbound link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function externalLink(url: string | null | undefined, label?: string): Child {
  if (!url) return null;
  if (!SAFE_URL.test(url.trim())) return h('span', { class: 'muted' }, label ?? url);
  return h('a', { href: url.trim(), rel: 'noopener noreferrer nofollow', target: '_blank' }, label ?? url);
}

/** Replaces a container's children. Example: mount(view, h('p', {}, 'Loading…')) */
export function mount(parent: Element, ...children: Child[]) {
  parent.replaceChildren();
  append(parent, children);
}

/** Builds a hash route with a query. Example: route('#/', { outlet: 'Newsbeat', page: 2 }) → '#/?outlet=Newsbeat&page=2' */
export function route(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
