/**
 * Outlet names as they appear in text (mastheads, sign-offs, app promos) → one canonical spelling, with a
 * one-letter-per-word tolerance for scraping typos ("THR INDEPENDENT" → The Independent). The names are the
 * domain table's (meta/outlet.ts, so a page and a text dump name an outlet alike) plus those below: outlets
 * known by name rather than domain, and the fictional outlets of the demo corpus.
 */
import { OUTLETS } from './meta/outlet.js';

export const KNOWN_OUTLETS: string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Bloomberg', 'BBC', 'BBC News', 'NBC News', 'CNN', 'CBS News', 'ABC News',
  'The Independent', 'The Guardian', 'The Times', 'The Telegraph', 'Daily Express', 'Daily Mail', 'The Sun', 'Sky News',
  'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Financial Times', 'The Economist', 'Politico',
  'Al Jazeera', 'Deutsche Welle', 'DW', 'France 24', 'Euronews', 'UNIAN', 'Ukrainska Pravda', 'TASS',
  'Interfax', 'RIA Novosti', 'Newspoint', 'Axios', 'NPR', 'Fox News', 'The Hill', 'Yahoo News', 'IOL',
  'Meridian Wire', 'The Northern Ledger', 'Coastline Times', 'Harbour Post', 'The Valden Courier', 'Tessel Today',
];

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
const INDEX = new Map([...new Set([...Object.values(OUTLETS), ...KNOWN_OUTLETS])].map((o) => [norm(o), o]));

/** Canonical name of a known outlet, or null. Example: canonicalOutlet('THR INDEPENDENT') → 'The Independent' */
export function canonicalOutlet(name: string): string | null {
  const n = norm(name);
  if (!n) return null;
  const exact = INDEX.get(n) ?? INDEX.get(`the ${n}`);
  if (exact) return exact;
  const words = n.split(' ');
  for (const [key, value] of INDEX) {
    const kw = key.split(' ');
    if (kw.length === words.length && kw.every((w, i) => w === words[i] || (w.length > 2 && oneEdit(w, words[i])))) return value;
  }
  return null;
}

/** Title-cases an unknown masthead ("THE VALDEN POST" → "The Valden Post"). */
export function titleCaseOutlet(name: string): string {
  return name.trim().toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s, c: string) => s + c.toUpperCase());
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
