/**
 * Builds a story's full detail from its member articles: coverage, timeline, actors, quote provenance, claim
 * comparison and summary. A pure function of the members, so a story is rebuilt the same way whenever an
 * article joins it.
 */
import type { StoryDetail } from '../model/story.js';
import type { StoredArticle } from '../store/types.js';
import { buildActors, storyCanon } from './actors.js';
import { claimDate, compareClaims } from './claims.js';
import { buildQuotes } from './quotes.js';
import { buildSummary } from './summary.js';
import { buildTimeline } from './timeline.js';
import { byPublished, counts, withWordMemo } from './refs.js';

export interface StoryLinks {
  previous: string | null;
  related: StoryDetail['related'];
}

/** Example: buildStory('s1', members, { previous: null, related: [] }).claims */
export function buildStory(id: string, members: StoredArticle[], links: StoryLinks): StoryDetail {
  return withWordMemo(() => build(id, members, links));
}

function build(id: string, members: StoredArticle[], links: StoryLinks): StoryDetail {
  const sorted = [...members].sort(byPublished);
  const live = sorted.filter(counts);
  const dates = sorted.map((m) => m.article.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
  const canon = storyCanon(sorted);
  const titled = live.find((m) => m.article.title) ?? sorted.find((m) => m.article.title);
  return {
    id,
    title: titled?.article.title ?? firstSentence(sorted[0]),
    articles: live.length,
    outlets: [...new Set(sorted.map((m) => m.article.outlet).filter((o): o is string => !!o))].sort(),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    previous: links.previous,
    members: sorted.map((m) => ({ articleId: m.article.id, title: m.article.title, outlet: m.article.outlet, published: m.article.published, dup: m.dup })),
    timeline: buildTimeline(sorted),
    actors: buildActors(sorted, canon),
    quotes: buildQuotes(sorted, canon),
    claims: compareClaims(live.flatMap((m) => m.analysis.claims.map((claim) => ({
      articleId: m.article.id, outlet: m.article.outlet, published: m.article.published, claim,
      sentence: sentenceOf(m, claim.start), date: claimDate(m.article.text, m.analysis, claim, m.article.published),
    })))),
    summary: buildSummary(sorted),
    related: links.related,
  };
}

function sentenceOf(m: StoredArticle, at: number): string {
  const s = m.analysis.sentences.find((x) => x.start <= at && at < x.end);
  return s ? m.article.text.slice(s.start, s.end) : '';
}

function firstSentence(m: StoredArticle | undefined): string {
  if (!m) return '(empty story)';
  const s = m.analysis.sentences[0];
  const t = s ? m.article.text.slice(s.start, s.end) : m.article.text.slice(0, 120);
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}
