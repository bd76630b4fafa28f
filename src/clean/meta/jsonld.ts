/**
 * JSON-LD (schema.org) in a page: the most explicit metadata a news page carries (headline, datePublished,
 * author, publisher, sometimes the whole articleBody). Pages nest it in @graph arrays, wrap it in lists and
 * sometimes break the JSON; this reads what parses and picks the article node.
 */
export type LdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/i;

function flatten(x: unknown, out: LdNode[]): void {
  if (Array.isArray(x)) { for (const y of x) flatten(y, out); return; }
  if (!x || typeof x !== 'object') return;
  const node = x as LdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out);
}

/** JSON-LD nodes in one script's text, @graph flattened; [] when it does not parse. Example: parseJsonLd('{"@type":"NewsArticle"}') */
export function parseJsonLd(text: string): LdNode[] {
  const out: LdNode[] = [];
  const raw = text.replace(/^\s*<!--|-->\s*$/g, '').replace(/[\u0000-\u001f]+/g, ' ').trim();
  try { flatten(JSON.parse(raw), out); } catch { /* broken JSON-LD is common; skip it */ }
  return out;
}

const typesOf = (n: LdNode): string[] => ([] as unknown[]).concat(n['@type'] ?? []).map(String);

/** The article node, if any. Example: articleNode(nodes)?.headline → 'Quake hits…' */
export function articleNode(nodes: LdNode[]): LdNode | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

/** A string from a JSON-LD value that may be a string, a {name} object or a list of either. Example: ldText([{name:'A'},{name:'B'}]) → 'A, B' */
export function ldText(v: unknown): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) {
    const parts = v.map(ldText).filter((s): s is string => !!s);
    return parts.length ? [...new Set(parts)].join(', ') : null;
  }
  if (v && typeof v === 'object') return ldText((v as LdNode).name);
  return null;
}
