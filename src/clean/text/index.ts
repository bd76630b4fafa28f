/**
 * The plain-text cleaner: a line classifier for scraped text dumps (position, length, punctuation,
 * repetition, known chrome patterns, similarity to the headline). Hand-written because no maintained library
 * cleans text that has already lost its HTML; every rule lives in ./rules.ts and every dropped line is
 * recorded in `removed` with its reason.
 *
 * Example: cleanText('date 2023-11-04 World\n\nHeadline here about talks\n\nBody.', {}).published → '2023-11-04'
 */
import type { Hints, MetaSource, Removed } from '../../model/document.js';
import type { CleanResult } from '../types.js';
import { canonicalOutlet, titleCaseOutlet } from '../outlet-names.js';
import { readByline, readHeaderLine, type LineMeta } from './header.js';
import { keyOf, normKey, repeats, sameKey, sameLine, toParas, type Para } from './lines.js';
import { CAPTION_CREDIT, CHROME_LINES, DATELINE_AGENCY, LIMITS, OUTLET_WORD, TAIL_MARKERS } from './rules.js';
import { resolveMeta } from './meta.js';

export interface Found {
  metas: LineMeta[];
  outlets: { name: string; source: MetaSource }[];
  title?: string;
}

export function cleanText(raw: string, hints: Hints): CleanResult {
  const paras = toParas(raw);
  const found: Found = { metas: [], outlets: [] };
  readHeader(paras, found);
  cutTail(paras);
  dropChrome(paras, found);
  readTop(paras, found);
  readSignoff(paras, found);
  readDateline(paras, found);
  dropRepeats(paras, found, hints.title);
  const body = paras.filter((p) => !p.drop);
  const removed: Removed[] = paras.filter((p) => p.drop).map((p) => ({ text: p.text, reason: p.drop! }));
  return { ...resolveMeta(found, hints), text: body.map((p) => p.text).join('\n\n'), removed };
}

/** The exporter's `date …` first line, possibly with a glued byline after the date. */
function readHeader(paras: Para[], found: Found) {
  const first = paras.slice(0, 4).find((p) => readHeaderLine(p.text));
  const head = first && readHeaderLine(first.text);
  if (!first || !head) return;
  first.drop = 'export header';
  found.metas.push(head);
  const glued = head.rest ? readByline(head.rest) : null;
  if (glued) found.metas.push(glued);
}

/** Everything from the comment/login block on is chrome. */
function cutTail(paras: Para[]) {
  const start = Math.min(3, paras.length);
  const at = paras.findIndex((p, i) => i >= start && !p.drop && TAIL_MARKERS.some((re) => re.test(p.text)));
  if (at < 0) return;
  for (let i = at; i < paras.length; i++) paras[i].drop ??= 'comment/login section';
}

function dropChrome(paras: Para[], found: Found) {
  for (const p of paras) {
    if (p.drop) continue;
    const promo = /^loving ([^?]{2,40})\? download/i.exec(p.text);
    if (promo) found.outlets.push({ name: canonicalOutlet(promo[1]) ?? promo[1].trim(), source: 'promo' });
    const rule = CHROME_LINES.find(([re]) => re.test(p.text));
    if (rule) p.drop = rule[1];
    else if (CAPTION_CREDIT.test(p.text) && !/[.!?]["”’]?$/.test(p.text.replace(CAPTION_CREDIT, '').trim())) p.drop = 'photo caption';
    else if (CAPTION_CREDIT.test(p.text) && p.text.split(' ').length < 60 && /\b[A-Z]{2,}\/\w+\.?$/.test(p.text)) p.drop = 'photo caption';
  }
}

/** Bylines, mastheads and the headline in the first lines. */
function readTop(paras: Para[], found: Found) {
  let seen = 0;
  for (const p of paras) {
    if (p.drop) continue;
    if (++seen > LIMITS.headerLines) break;
    if (found.title && sameLine(p.text, found.title)) { p.drop = 'repeated headline'; continue; }
    const by = readByline(p.text);
    if (by) { p.drop = 'byline'; found.metas.push(by); continue; }
    if (isMasthead(p.text) || (found.title && isOutletLike(p.text))) {
      p.drop = 'masthead';
      const known = canonicalOutlet(p.text);
      found.outlets.push({ name: known ?? titleCaseOutlet(p.text), source: known ? 'masthead' : 'heading' });
      continue;
    }
    if (!found.title && isHeadline(p.text)) { found.title = p.text; p.drop = 'headline'; }
    else if (found.title || /[.!?]["”’]?$/.test(p.text)) break;
  }
}

function readSignoff(paras: Para[], found: Found) {
  const last = [...paras].reverse().find((p) => !p.drop);
  if (!last || last.text.split(' ').length > LIMITS.mastheadMaxWords || /[.!?,;:]$/.test(last.text)) return;
  const name = canonicalOutlet(last.text) ?? (isOutletLike(last.text) ? last.text : null);
  if (!name) return;
  last.drop = 'sign-off';
  found.outlets.push({ name, source: 'signoff' });
}

/** Repeats: the headline again → dropped; a caption twice → all copies dropped; a paragraph twice → one kept. */
function dropRepeats(paras: Para[], found: Found, hintTitle?: string) {
  const title = normKey(hintTitle ?? found.title ?? '');
  if (title.length > 10) for (const p of paras) if (!p.drop && sameKey(keyOf(p), title)) p.drop = 'repeated headline';
  for (const g of repeats(paras)) {
    const live = g.filter((i) => !paras[i].drop);
    if (!live.length) continue;
    const t = paras[live[0]].text;
    const isParagraph = t.split(' ').length >= LIMITS.paragraphMinWords && /[.!?]["”’]?$/.test(t);
    live.forEach((i, k) => { if (!isParagraph || k > 0) paras[i].drop = isParagraph ? 'repeated paragraph' : 'repeated caption'; });
  }
}

function isMasthead(s: string): boolean {
  const w = s.split(' ');
  if (w.length > LIMITS.mastheadMaxWords || /[.!?,;:]$/.test(s)) return false;
  return canonicalOutlet(s) !== null || (s === s.toUpperCase() && /\p{Lu}{3}/u.test(s) && w.length >= 1 && w.length <= 3) || (w.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(s));
}

/** An unknown outlet name: a few capitalised words with an outlet-like word ("Draslo Herald", "Vessa Today"). */
function isOutletLike(s: string): boolean {
  const w = s.split(' ');
  return w.length <= LIMITS.mastheadMaxWords && w.every((x) => /^[\p{Lu}\d&]/u.test(x) || /^(of|the|and)$/.test(x)) && OUTLET_WORD.test(s) && !/[.!?,;:]$/.test(s);
}

/** The agency a dateline names: `LISSANE, Oct 8 (Meridian Wire) - …`. */
function readDateline(paras: Para[], found: Found) {
  const first = paras.find((p) => !p.drop);
  const m = first && DATELINE_AGENCY.exec(first.text);
  if (m) found.outlets.push({ name: canonicalOutlet(m[1]) ?? m[1].trim(), source: 'dateline' });
}

function isHeadline(s: string): boolean {
  const w = s.split(' ').length;
  return w >= LIMITS.titleMinWords && s.length <= LIMITS.titleMaxChars && !/[.!:;,]$/.test(s);
}
