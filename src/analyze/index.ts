/**
 * The analyse stage: Article → Analysis. Sentences, entities (the project's own trained tagger, then alias
 * merging and roles), quotes with speakers, time expressions resolved against the publication date, and
 * numeric claims with who says so — every item a span of the cleaned text.
 *
 * Example: analyzeArticle(article).entities.filter((e) => e.type === 'PER')
 */
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/document.js';
import { canonicalise } from './aliases/index.js';
import { extractClaims } from './claims/index.js';
import { tagEntities } from './ner/index.js';
import { extractQuotes } from './quotes/index.js';
import { attachRoles } from './roles.js';
import { extractTimes } from './time/index.js';
import { sentences } from './tokenize.js';

export function analyzeArticle(article: Pick<Article, 'text' | 'published'>): Analysis {
  const { text } = article;
  const sents = sentences(text);
  const entities = attachRoles(text, canonicalise(tagEntities(text, sents)));
  return {
    sentences: sents,
    entities,
    quotes: extractQuotes(text, sents, entities),
    times: extractTimes(text, article.published),
    claims: extractClaims(text, sents, entities),
  };
}
