/**
 * The clean stage: RawDocument → Article. Text dumps go through the line classifier, HTML through the
 * readability-based extractor; both return text plus metadata with its sources, and the id is the content
 * hash of the cleaned text and where it was published.
 *
 * Example: cleanDocument({source:'a.txt', format:'text', text:'…', hints:{}}).published
 */
import type { Article, RawDocument } from '../model/document.js';
import { CrosscheckError } from '../model/error.js';
import { extractHtml } from './html/extract.js';
import { cleanText } from './text/index.js';
import { articleId } from './hash.js';

const MIN_CHARS = 40;

export function cleanDocument(raw: RawDocument): Article {
  const r = raw.html !== undefined ? extractHtml(raw.html, raw.hints) : cleanText(raw.text ?? '', raw.hints);
  if (r.text.trim().length < MIN_CHARS) {
    throw new CrosscheckError('NO_TEXT', 'clean', `no story text found (${r.text.trim().length} characters after cleaning)`, { source: raw.source });
  }
  return {
    id: articleId(r.text, r.url, r.outlet),
    source: raw.source,
    outlet: r.outlet,
    url: r.url,
    title: r.title,
    author: r.author,
    published: r.published,
    text: r.text,
    removed: r.removed,
    metaSources: r.metaSources,
  };
}
