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
import { sentences, tokenize, type Token } from './tokenize.js';

export function analyzeArticle(article: Pick<Article, 'text' | 'published'>): Analysis {
  return analyzeWithTokens(article).analysis;
}

/**
 * The analysis and each sentence's tokens, which claims read and a caller may reuse (the pipeline derives
 * the clusterer's stand-in entities from them). Example: analyzeWithTokens(a).tokens[0][0].text
 */
export function analyzeWithTokens(article: Pick<Article, 'text' | 'published'>): { analysis: Analysis; tokens: Token[][] } {
  const { text } = article;
  const sents = sentences(text);
  const entities = attachRoles(text, canonicalise(tagEntities(text, sents)));
  const tokens = sents.map((s) => tokenize(text, s.start, s.end));
  const analysis = {
    sentences: sents,
    entities,
    quotes: extractQuotes(text, sents, entities),
    times: extractTimes(text, article.published),
    claims: extractClaims(text, sents, entities, tokens),
  };
  return { analysis, tokens };
}
