/**
 * The list of sources `watch` follows: a text file with one URL a line (# starts a comment, blank lines
 * ignored) or an OPML export from a feed reader (every outline with an xmlUrl). A line ending in
 * sitemap.xml is a sitemap; anything else is a feed (a sitemap is also recognised later by its content).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { SITEMAP } from '../sitemap.js';

export type SourceKind = 'feed' | 'sitemap';
export interface WatchSource { url: string; kind: SourceKind; title?: string }

const LIST = {
  opml: /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i,
  comment: /\s#.*$|^#.*$/,
  url: /^https?:\/\/\S+$/i,
};

/** Example: parseSourceList('https://a.example/rss\n# off\nhttps://a.example/sitemap.xml').map((s) => s.kind) → ['feed','sitemap'] */
export function parseSourceList(text: string): { sources: WatchSource[]; invalid: string[] } {
  if (LIST.opml.test(text)) return { sources: fromOpml(text), invalid: [] };
  const sources: WatchSource[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(LIST.comment, '').trim();
    if (!line) continue;
    if (!LIST.url.test(line)) { invalid.push(line); continue; }
    if (seen.has(line)) continue;
    seen.add(line);
    sources.push({ url: line, kind: SITEMAP.byName.test(line) ? 'sitemap' : 'feed' });
  }
  return { sources, invalid };
}

function fromOpml(text: string): WatchSource[] {
  const doc = parseDocument(text, { xmlMode: true });
  const outlines = DomUtils.findAll((e) => e.name.toLowerCase() === 'outline' && !!e.attribs.xmlUrl, doc.children);
  const seen = new Set<string>();
  return outlines.flatMap((o) => {
    const url = o.attribs.xmlUrl.trim();
    if (seen.has(url) || !LIST.url.test(url)) return [];
    seen.add(url);
    return [{ url, kind: SITEMAP.byName.test(url) ? 'sitemap' as const : 'feed' as const, title: o.attribs.title ?? o.attribs.text }];
  });
}
