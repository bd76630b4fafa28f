/**
 * Context cues that type a name a reader has never seen: "in X", "western X", "the X region", "X's government",
 * "X-based", "the Xian capital" (demonym → its stem is a place), "X Hydro" / "X Airlines" (company heads),
 * "the operator X", "X's chief executive". Computed per capitalised run, then pooled per word over the whole
 * document, so one strong cue ("talks in Serenn") types every other mention ("Serenn will host"). They are
 * features like any other (the perceptron learns how far to trust each), not rules; the word lists are ours.
 */
import type { Prepared } from './prepare.js';

/** Cue bits, in feature order (append only: the bit index is part of the feature hash). */
export const CUE = {
  locPrep: 1 << 0, // in / from / near / across X
  locDir: 1 << 1, // western X, the north of X
  locHead: 1 << 2, // X region / district / town / border
  locPoss: 1 << 3, // X's government / capital / foreign minister
  locBased: 1 << 4, // X-based
  demStem: 1 << 5, // the document also says "Xian" / "Xese" / "Xn"
  capital: 1 << 6, // the ... capital (,) X
  orgHead: 1 << 7, // run ends in Hydro / Group / Airlines / Bank
  orgAppos: 1 << 8, // the operator / company / carrier X
  orgPoss: 1 << 9, // X's chief executive / shares / board
  perTitle: 1 << 10, // Mr / Governor / Minister X (run after a title)
  perAge: 1 << 11, // X, 45, / X, who
  demonym: 1 << 12, // Xian / Xese + lower-case noun
} as const;
export const CUE_BITS = 13;

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const LIST = {
  locPrep: words('in from near across into outside throughout towards toward inside via'),
  dir: words(`western eastern northern southern central north south east west northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern neighbouring neighboring coastal rural`),
  dirOf: words('north south east west centre center parts part outskirts capital city town region'),
  locHead: words(`region regions province provinces district districts county valley coast border borders river city town
    village villages island islands peninsula mountains oblast area areas countryside capital port airport
    checkpoint crossing bridge dam front frontline airbase base reservoir lake bay`),
  locPoss: words(`government capital president prime foreign defence defense interior economy army military parliament
    border borders people population cabinet currency ambassador embassy territory coast largest biggest second busiest
    national ruling opposition king queen regions cities citizens ministry authorities envoy delegation troops forces
    navy air armed central finance health justice exports inflation mayor residents streets schools hospitals
    airport port ports harbour outskirts suburbs`),
  orgHead: words(`hydro group airlines airways bank corp corp. corporation inc inc. ltd ltd. holdings energy motors
    association union council party committee agency institute university fund company co co. capital technologies
    systems telecom railways railway power oil petroleum gas mining steel insurance insurers securities chamber
    federation commission authority press club fc ag sa plc gmbh nv spa industries international pharmaceuticals
    pharma foods media communications electric bancorp trust partners ventures labs logistics shipping lines
    exchange foundation society network networks broadcasting television radio news courier herald post times
    tribune gazette journal league alliance front movement organisation organization ministry department office
    service services bureau board court police army navy brigade battalion regiment`),
  orgAppos: words(`operator company firm carrier insurer lender bank group maker producer giant utility supplier airline
    broadcaster newspaper agency union retailer developer manufacturer conglomerate`),
  orgPoss: words(`shares chief board spokesman spokeswoman spokesperson executive chairman profit profits revenue stock
    subsidiary ceo shareholders management employees staff workers headquarters`),
  age: words('who whose aged'),
  role: words(`minister secretary president governor mayor spokesman spokeswoman spokesperson executive director
    chairman chairwoman leader ambassador envoy commander judge economist analyst adviser advisor negotiator
    deputy lawyer prosecutor coach captain striker colleague counterpart premier chancellor`),
  coord: words("and or ,"),
  demSuffix: ['n', 'an', 'ian', 'ese', 'i', 'ish'],
} as const;
const RE = { based: /^\p{Lu}[\p{L}.]*-based$/u, digits: /^\d{1,3}$/ } as const;
const TITLE_BEGIN = 1 << (2 * 4); // gazetteer kind 4 = TITLE, begin bit
const TITLE_ANY = 3 << (2 * 4);

/** Per-token cue bits of a prepared sentence (0 outside capitalised runs). Example: sentenceCues(prepare(['in','Serenn']))[1] */
export function sentenceCues(s: Prepared, demStems?: Set<string>): Uint16Array {
  const out = new Uint16Array(s.n);
  if (s.allCaps) return out;
  const low = s.lower;
  let prevRun = 0;
  for (let a = 0; a < s.n; ) {
    if (!s.cap[a] || !/\p{L}/u.test(low[a])) { a++; continue; }
    let b = a + 1;
    while (b < s.n && s.cap[b]) b++;
    let bits = 0;
    const p1 = a > 0 ? low[a - 1] : '', p2 = a > 1 ? low[a - 2] : '', p3 = a > 2 ? low[a - 3] : '';
    const n1 = b < s.n ? low[b] : '', n2 = b + 1 < s.n ? low[b + 1] : '';
    if (LIST.locPrep.has(p1) || (p1 === 'the' && LIST.locPrep.has(p2))) bits |= CUE.locPrep;
    if (LIST.dir.has(p1) || (p1 === 'of' && LIST.dirOf.has(p2)) || (p1 === 'of' && p2 === 'the' && LIST.dir.has(p3))) bits |= CUE.locDir;
    if (LIST.locHead.has(n1) && !s.cap[b]) bits |= CUE.locHead;
    if (n1 === "'s" && LIST.locPoss.has(n2)) bits |= CUE.locPoss;
    if (n1 === "'s" && LIST.orgPoss.has(n2)) bits |= CUE.orgPoss;
    if ((n1 === 'chief' && n2 === 'executive') || n1 === 'shares') bits |= CUE.orgPoss;
    if (p1 === 'capital' || (p1 === ',' && p2 === 'capital')) bits |= CUE.capital;
    if (LIST.orgHead.has(low[b - 1]) && b - a > 1) bits |= CUE.orgHead;
    if (LIST.orgAppos.has(p1) || (p1 === ',' && LIST.orgAppos.has(p2))) bits |= CUE.orgAppos;
    if ((a > 0 && s.gaz[a - 1] & TITLE_BEGIN) || LIST.role.has(p1)) bits |= CUE.perTitle;
    if (LIST.coord.has(p1) && a > 1 && s.cap[a - 2]) bits |= prevRun & (CUE.locPrep | CUE.locDir); // from X and Y
    if (n1 === ',' && (LIST.age.has(n2) || RE.digits.test(n2))) bits |= CUE.perAge;
    let titled = false; // "Governor Anke Rusk": the run starts with a title, the name follows it
    for (let i = a; i < b; i++) {
      let t = bits;
      if (s.gaz[i] & TITLE_ANY) titled = true;
      else if (titled) t |= CUE.perTitle;
      if (RE.based.test(s.words[i])) t |= CUE.locBased;
      if (demStems?.has(low[i])) t |= CUE.demStem;
      if (i + 1 < s.n && !s.cap[i + 1] && /^\p{Ll}/u.test(low[i + 1]) && /(?:ian|ese|ish|an)$/.test(low[i])) t |= CUE.demonym;
      out[i] = t;
    }
    prevRun = bits;
    a = b;
  }
  return out;
}

/**
 * Per token, the key its cues are pooled under: the word (hDoc) for a one-word name, the whole run for a longer
 * one, so "Vessa Hydro" (a company) lends nothing to a lone "Vessa" (a region). Example: runKeys(s)[i]
 */
export function runKeys(s: Prepared): Uint32Array {
  const out = s.hDoc.slice();
  for (let a = 0; a < s.n; ) {
    if (!s.cap[a]) { a++; continue; }
    let b = a + 1;
    while (b < s.n && s.cap[b]) b++;
    if (b - a > 1) {
      let h = 0x52554e00;
      for (let i = a; i < b; i++) h = Math.imul(h ^ s.hDoc[i], 0x9e3779b1) >>> 0;
      out.fill(h, a, b);
    }
    a = b;
  }
  return out;
}

/**
 * Stems of the document's demonyms: capitalised words W for which the document also has W+"n", W+"ian",
 * W+"ese"… written before a lower-case word ("Marovian diplomats" → marovia). Example: demonymStems(sents)
 */
export function demonymStems(sents: Prepared[]): Set<string> {
  const adjectives = new Set<string>();
  const caps = new Set<string>();
  for (const s of sents) {
    if (s.allCaps) continue;
    for (let i = 0; i < s.n; i++) {
      if (!s.cap[i]) continue;
      caps.add(s.lower[i]);
      if (i + 1 < s.n && /^\p{Ll}/u.test(s.words[i + 1])) adjectives.add(s.lower[i]);
    }
  }
  const out = new Set<string>();
  for (const w of caps) {
    if (w.length < 4) continue;
    for (const suf of LIST.demSuffix) {
      if (adjectives.has(w + suf) || (w.endsWith('a') && adjectives.has(w.slice(0, -1) + suf)) || (w.endsWith('e') && adjectives.has(w.slice(0, -1) + suf))) {
        out.add(w);
        break;
      }
    }
  }
  return out;
}
