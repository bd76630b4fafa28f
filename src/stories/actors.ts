/**
 * A story's actors: canonical entities merged across its reports (surname-only and transliterated names join
 * the full name), ranked by salience — mentions, spread over reports, and presence in headlines.
 */
import type { Actor } from '../model/story.js';
import type { StoredArticle } from '../store/types.js';
import { mergeAcross, type CanonicalRef } from '../analyze/aliases/index.js';
import { counts } from './refs.js';

const TUNING = { headlineBonus: 3, maxActors: 40 };

/** Map from each article-level canonical id to the story-level actor it belongs to. */
export function storyCanon(members: StoredArticle[]): Map<string, CanonicalRef> {
  const weight = new Map<string, CanonicalRef & { weight: number }>();
  for (const m of members) {
    for (const e of m.analysis.entities) {
      const id = e.canonicalId ?? `${e.type}:${e.canonical}`;
      const w = weight.get(id);
      if (w) w.weight++;
      else weight.set(id, { canonicalId: id, canonical: e.canonical, type: e.type, weight: 1 });
    }
  }
  return mergeAcross([...weight.values()]);
}

export function buildActors(members: StoredArticle[], canon = storyCanon(members)): Actor[] {
  const actors = new Map<string, Actor & { score: number; seen: Set<string> }>();
  for (const m of members.filter(counts)) {
    const title = (m.article.title ?? '').toLowerCase();
    for (const e of m.analysis.entities) {
      const c = canon.get(e.canonicalId ?? `${e.type}:${e.canonical}`);
      if (!c) continue;
      let a = actors.get(c.canonicalId);
      if (!a) {
        a = { canonicalId: c.canonicalId, name: c.canonical, type: c.type, mentions: 0, articles: 0, roles: [], aliases: [], score: 0, seen: new Set() };
        actors.set(c.canonicalId, a);
      }
      a.mentions++;
      a.score++;
      if (!a.seen.has(m.article.id)) { a.seen.add(m.article.id); a.articles++; if (title.includes(e.text.toLowerCase())) a.score += TUNING.headlineBonus; }
      if (!a.aliases.includes(e.text) && e.text !== a.name) a.aliases.push(e.text);
      if (e.role && !a.roles.includes(e.role)) a.roles.push(e.role);
    }
  }
  return [...actors.values()]
    .map((a) => ({ ...a, score: a.score * Math.log2(1 + a.articles) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, TUNING.maxActors)
    .map(({ score: _s, seen: _x, ...a }) => a);
}
