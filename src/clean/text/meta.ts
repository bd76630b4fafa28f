/**
 * Decides each metadata field from what the text cleaner found, by precedence: the container's hints first
 * (a JSONL field is the publisher's own word), then the most precise in-text source. Nothing is invented: a
 * field nobody stated stays null.
 */
import type { Hints, MetaSource } from '../../model/document.js';
import type { CleanResult } from '../types.js';
import { canonicalOutlet } from '../outlet-names.js';
import type { Found } from './index.js';
import { parseDate } from '../meta/date.js';
import { outletFromUrl } from '../meta/outlet.js';

/** A known outlet's masthead, an app promo, a sign-off line, a dateline's agency, then an unknown masthead-like line. */
const OUTLET_ORDER: MetaSource[] = ['masthead', 'promo', 'signoff', 'dateline', 'heading'];

export function resolveMeta(found: Found, hints: Hints): Omit<CleanResult, 'text' | 'removed'> {
  const metaSources: CleanResult['metaSources'] = {};
  const pick = <T>(field: keyof CleanResult['metaSources'], value: T | undefined | null, source: MetaSource): T | null => {
    if (value === undefined || value === null || value === '') return null;
    metaSources[field] = source;
    return value;
  };

  const hintDate = hints.published ? parseDate(hints.published, { dayFirst: true }) : null;
  // The most precise stated date wins (a byline with a time over the exporter's bare date), and the header
  // date wins over a byline that disagrees with it by days (a byline can be an update stamp).
  const dated = found.metas.filter((m) => m.published).sort((a, b) => b.published!.length - a.published!.length);
  const textDate = dated[0];
  const published = hintDate ? pick('published', hintDate, 'hint') : pick('published', textDate?.published, textDate?.source ?? 'byline');

  const author = hints.author ? pick('author', hints.author, 'hint') : pick('author', found.metas.find((m) => m.author)?.author, 'byline');
  const title = hints.title ? pick('title', hints.title, 'hint') : pick('title', found.title, 'heading');
  const url = pick('url', hints.url, 'hint');

  let outlet: string | null = null;
  if (hints.outlet) outlet = pick('outlet', canonicalOutlet(hints.outlet) ?? hints.outlet, 'hint');
  for (const src of OUTLET_ORDER) {
    if (outlet) break;
    outlet = pick('outlet', found.outlets.find((o) => o.source === src)?.name, src);
  }
  if (!outlet && hints.url) outlet = pick('outlet', outletFromUrl(hints.url), 'domain');
  return { title, author, outlet, url, published, metaSources };
}
