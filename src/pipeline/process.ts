/**
 * One document through the pure stages: clean, then analyse. Errors become values so they cross threads.
 * The clusterer's stand-in entities (capitalised runs) are derived here too, from the analysis's own
 * sentences and tokens, so the main thread — the pipeline's other bottleneck — does not split and tokenise
 * every text a second time.
 */
import type { Analysis } from '../model/analysis.js';
import type { Article, RawDocument } from '../model/document.js';
import { CrosscheckError } from '../model/error.js';
import { cleanDocument } from '../clean/index.js';
import { analyzeWithTokens } from '../analyze/index.js';
import { standInEntities } from '../stories/cluster/stand-in.js';

export type Processed =
  | { ok: true; article: Article; analysis: Analysis; standIn: string[] }
  | { ok: false; error: { code: string; stage: string; source: string | null; message: string } };

export function process(doc: RawDocument): Processed {
  try {
    const article = cleanDocument(doc);
    const { analysis, tokens } = analyzeWithTokens(article);
    return { ok: true, article, analysis, standIn: standInEntities(article.text, analysis.sentences, tokens) };
  } catch (e) {
    const ce = e instanceof CrosscheckError ? e : new CrosscheckError('INTERNAL', 'analyze', (e as Error).message, { source: doc.source, cause: e });
    return { ok: false, error: { ...ce.toJSON(), source: ce.source ?? doc.source } };
  }
}

export function toError(p: Extract<Processed, { ok: false }>): CrosscheckError {
  return new CrosscheckError(p.error.code as CrosscheckError['code'], p.error.stage, p.error.message, { source: p.error.source ?? undefined });
}
