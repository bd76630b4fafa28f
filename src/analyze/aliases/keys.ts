/**
 * Name keys for alias merging: titles and possessives stripped, transliteration variants folded
 * (Zelensky/Zelenskyy/Zelenskiy, Dmitry/Dmitri, Andriy/Andrii), and a table of common short forms of
 * countries and organisations (US/U.S./United States). Hand-written: no library folds news transliterations.
 */

/** Words that precede a name without being part of it. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'president', 'prime', 'minister', 'pm',
  'secretary', 'gen', 'general', 'lt', 'col', 'colonel', 'adm', 'admiral', 'gov', 'governor', 'sen', 'senator', 'rep',
  'chancellor', 'king', 'queen', 'prince', 'pope', 'mayor', 'ambassador', 'judge', 'rev', 'tyrant', 'dictator', 'st',
  'russian', 'ukrainian', 'us', 'french', 'british', 'german', 'chinese', 'former', 'late', 'retired',
]);

/** Short or alternative forms → canonical name, for places and organisations. */
export const ALIASES: Record<string, string> = {
  us: 'United States', usa: 'United States', 'u s': 'United States', 'u s a': 'United States', america: 'United States',
  'united states of america': 'United States', 'the us': 'United States', 'the united states': 'United States',
  uk: 'United Kingdom', 'u k': 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  eu: 'European Union', 'e u': 'European Union', un: 'United Nations', 'u n': 'United Nations',
  nato: 'NATO', 'north atlantic treaty organization': 'NATO', 'russian federation': 'Russia', kiev: 'Kyiv',
  'white house': 'White House', 'the kremlin': 'Kremlin', ap: 'Associated Press', 'associated press': 'Associated Press',
};

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lowercase ASCII fold of a name, possessive and punctuation removed. Example: fold("Zelenskyy’s") → 'zelenskyy' */
export function fold(s: string): string {
  return s.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/['’]s\b/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Transliteration-insensitive key of one name word. Example: wordKey('Zelenskyy') === wordKey('Zelensky') */
export function wordKey(w: string): string {
  let k = WORD_KEYS.get(w);
  if (k !== undefined) return k;
  k = fold(w)
    .replace(/kh/g, 'h').replace(/y/g, 'i').replace(/j/g, 'i').replace(/w/g, 'v').replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1').replace(/ii$|iy$|ij$/, 'i').replace(/ie$/, 'i');
  if (WORD_KEYS.size >= 50_000) WORD_KEYS.clear(); // names repeat across a story's reports; bounded memo
  WORD_KEYS.set(w, k);
  return k;
}
const WORD_KEYS = new Map<string, string>();

/** Name words without leading titles. Example: nameWords('Prime Minister Sir Keir Starmer') → ['Keir', 'Starmer'] */
export function nameWords(text: string): string[] {
  const words = text.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(fold(words[i]).replace(/ /g, ''))) i++;
  return words.slice(i);
}

/** Canonical form of an ORG/LOC/MISC mention. Example: placeName('the U.S.') → 'United States' */
export function placeName(text: string): string {
  const f = fold(text.replace(/['’]s$/, ''));
  const hit = ALIASES[f] ?? ALIASES[f.replace(/^the /, '')];
  if (hit) return hit;
  return text.replace(/['’]s$/, '').replace(/^the\s+/i, '').trim();
}

/** Stable id slug. Example: slug('Volodymyr Zelensky') → 'volodimir-zelenski' */
export function slug(name: string, person: boolean): string {
  const words = fold(name).split(' ').filter(Boolean);
  return (person ? words.map(wordKey) : words).join('-');
}

/** Two first names are compatible when their keys match, one is an initial of the other, or they differ by ≤ 2 edits. */
export function firstNamesMatch(a: string, b: string): boolean {
  const ka = wordKey(a);
  const kb = wordKey(b);
  if (ka === kb || ka[0] === kb[0] && (ka.length === 1 || kb.length === 1)) return true;
  return ka[0] === kb[0] && editDistance(ka, kb) <= 2;
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}
