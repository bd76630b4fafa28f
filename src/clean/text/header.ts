/**
 * Metadata written into plain-text dumps: the exporter's `date …` header line, bylines in the styles news
 * sites use, mastheads and sign-offs. Each reader returns what it found; the cleaner decides what wins.
 */
import type { MetaSource } from '../../model/document.js';
import { BYLINE_BY, BYLINE_DMY, BYLINE_GLUED, HEADER_LINE, MONTHS } from './rules.js';

export interface LineMeta {
  published?: string;
  author?: string;
  /** What remains of an exporter header line after the date (section name or a glued byline). */
  rest?: string;
  source: MetaSource;
}

/** `date 2023-11-04 World` → {published: '2023-11-04', rest: 'World'} */
export function readHeaderLine(line: string): LineMeta | null {
  const m = HEADER_LINE.exec(line.trim());
  if (!m || !validDate(m[1])) return null;
  return { published: m[1], rest: m[2].trim() || undefined, source: 'first-line' };
}

/** Reads a byline/dateline line. Example: readByline('04 November 2023 - 13:11 By Guy Faulconbridge') */
export function readByline(line: string): LineMeta | null {
  const s = line.trim();
  let m = BYLINE_DMY.exec(s);
  if (m) {
    const date = isoDate(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
    if (!date) return null;
    return { published: withTime(date, m[4], m[5]), author: m[6] ? cleanAuthor(m[6]) : undefined, source: 'byline' };
  }
  m = BYLINE_GLUED.exec(s);
  if (m && m[1].split(/\s+/).length <= 4) {
    const year = m[6].length === 2 ? 2000 + +m[6] : +m[6];
    const date = isoDate(year, +m[5], +m[4]);
    if (!date) return null;
    return { published: withTime(date, m[2], m[3]), author: cleanAuthor(m[1]), source: 'byline' };
  }
  m = BYLINE_BY.exec(s);
  if (m && s.length < 80) return { author: cleanAuthor(m[1]), source: 'byline' };
  return null;
}

function cleanAuthor(s: string): string | undefined {
  const a = s.replace(/\s*[,|].*$/, '').replace(/\s+/g, ' ').trim();
  return a && a.split(' ').length <= 8 ? a : undefined;
}

function isoDate(y: number, m: number, d: number): string | null {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return validDate(s) ? s : null;
}

function validDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function withTime(date: string, hh?: string, mm?: string): string {
  if (hh === undefined || mm === undefined || +hh > 23 || +mm > 59) return date;
  return `${date}T${hh.padStart(2, '0')}:${mm}`;
}
