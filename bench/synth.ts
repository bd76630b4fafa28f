/**
 * A deterministic generator of realistic synthetic news reports for benchmarks and the scale run: stories
 * with their own places, people and vocabulary, reports of log-normal length from many outlets over
 * several weeks, quotes, relative dates, numbers that differ between outlets, scraped-page noise, exact
 * duplicates and syndicated copies. Same seed → same corpus, so runs compare.
 *
 * Example: for (const doc of synthReports({ n: 1000 })) …
 */
import type { RawDocument } from '../src/model/document.js';

const TUNING = {
  storiesPer1000: 60,
  exactDupShare: 0.03,
  copyShare: 0.08,
  /** Median paragraphs per report and the spread of its log. */
  medianParas: 14,
  sigma: 0.45,
  days: 60,
  /** A story is reported on for 1 to this many days from its first report. */
  maxLifeDays: 8,
  htmlShare: 0.25,
};

const SYL = ['ka', 'ro', 'vel', 'mar', 'sen', 'dri', 'lo', 'ten', 'vas', 'hol', 'ber', 'nik', 'os', 'tra', 'len', 'dor', 'mi', 'zan', 'pel', 'gor', 'an', 'ul', 'fen', 'rik'];
const FIRST = ['Elena', 'Tomas', 'Ana', 'Jonas', 'Mira', 'Pavel', 'Ines', 'Sofia', 'Henrik', 'Lucia', 'Daniel', 'Marta', 'Oleh', 'Nadia', 'Emil', 'Rafael', 'Hanna', 'Martin', 'Ilse', 'Peter'];
const ROLES = ['foreign minister', 'interior minister', 'regional governor', 'spokeswoman for the ministry', 'union leader', 'chief executive', 'mayor', 'army spokesman'];
const TOPICS = [
  { kind: 'talks', nouns: ['talks', 'ceasefire', 'delegation', 'truce', 'negotiators', 'agreement', 'prisoners'], unit: 'prisoners', verb: 'exchanged' },
  { kind: 'disaster', nouns: ['flood', 'dam', 'rescuers', 'evacuation', 'victims', 'emergency', 'shelters'], unit: 'people', verb: 'killed' },
  { kind: 'strike', nouns: ['strike', 'dockworkers', 'union', 'port', 'wages', 'containers', 'ships'], unit: 'ships', verb: 'waiting' },
  { kind: 'election', nouns: ['election', 'ballots', 'turnout', 'candidates', 'parliament', 'coalition', 'voters'], unit: 'seats', verb: 'won' },
  { kind: 'storm', nouns: ['storm', 'power lines', 'wind', 'households', 'repairs', 'forecasters', 'roads'], unit: 'households', verb: 'without power' },
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OPENERS = ['We will not accept any delay in the', 'Nobody expected this much damage to the', 'There is still time to save the', 'Our priority remains the', 'We have asked for an independent review of the', 'It is too early to judge the', 'People deserve the truth about the'];
const FILLERS = ['which had been planned for months', 'despite repeated warnings from engineers', 'as neighbouring towns offered help', 'while the opposition demanded a debate in parliament', 'after a night of heavy rain', 'as prices rose in local shops', 'while schools stayed closed', 'as volunteers arrived from the capital', 'although several roads remained blocked', 'after talks ran late into the evening', 'as the first convoys reached the area', 'while officials struggled to give clear figures'];
const LEADS = ['reporters saw the', 'the debate over the', 'much of the attention went to the', 'local radio described the', 'aerial pictures showed the', 'insurers began assessing the'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const CUES = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'told a news conference'];

/** Mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface StoryPlan { place: string; region: string; people: { name: string; role: string }[]; topic: (typeof TOPICS)[number]; day0: number; life: number; base: number }

export interface SynthOptions { n: number; seed?: number; outlets?: number }

/** Yields n reports (RawDocument: text dumps and HTML pages). */
export function* synthReports(opts: SynthOptions): Generator<RawDocument> {
  for (const { doc } of synthStream(opts)) yield doc;
}

/** A report with its gold story: the index of the story plan it tells (a copy tells its source's). */
export interface SynthReport { doc: RawDocument; story: number; place: string; kind: string }

/** synthReports with each report's gold story, for scoring clustering (bench/cluster-synth.ts). */
export function* synthStream(opts: SynthOptions): Generator<SynthReport> {
  const r = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const word = (k: number) => { let s = ''; for (let i = 0; i < k; i++) s += pick(SYL); return s[0].toUpperCase() + s.slice(1); };
  const outlets = Array.from({ length: opts.outlets ?? 24 }, (_, i) => `${word(2)} ${pick(['Herald', 'Times', 'Post', 'Courier', 'Today', 'Ledger', 'Wire'])}${i > 20 ? ` ${i}` : ''}`);
  const nStories = Math.max(3, Math.round((opts.n * TUNING.storiesPer1000) / 1000));
  const stories: StoryPlan[] = Array.from({ length: nStories }, () => ({
    place: word(2 + Math.floor(r() * 2)), region: word(3),
    people: Array.from({ length: 4 }, () => ({ name: `${pick(FIRST)} ${word(2 + Math.floor(r() * 2))}`, role: pick(ROLES) })),
    topic: pick(TOPICS), day0: Math.floor(r() * TUNING.days), life: 1 + Math.floor(r() * TUNING.maxLifeDays), base: 5 + Math.floor(r() * 400),
  }));
  // The stream runs in time, as a crawl does: report i is published on day i·days/n, about a story then
  // running (some more reported on than others).
  const activeOn: number[][] = Array.from({ length: TUNING.days }, () => []);
  stories.forEach((s, k) => { for (let d = s.day0; d < Math.min(TUNING.days, s.day0 + s.life); d++) activeOn[d].push(k); });
  const made: { text: string; outlet: string; story: number }[] = [];
  const gold = (doc: RawDocument, k: number): SynthReport => ({ doc, story: k, place: stories[k].place, kind: stories[k].topic.kind });
  for (let i = 0; i < opts.n; i++) {
    const roll = r();
    if (made.length > 10 && roll < TUNING.exactDupShare) {
      const src = pick(made);
      yield gold(doc(i, src.text, pick(outlets), null, r), src.story);
      continue;
    }
    if (made.length > 10 && roll < TUNING.exactDupShare + TUNING.copyShare) {
      const src = pick(made);
      yield gold(doc(i, `${word(3)} ${word(2)} report\n\n${src.text}\n\nThis report was syndicated from ${src.outlet}.`, pick(outlets), null, r), src.story);
      continue;
    }
    const day = Math.floor((i * TUNING.days) / opts.n);
    const active = activeOn[day].length ? activeOn[day] : [0];
    const k = active[Math.floor(Math.pow(r(), 1.4) * active.length)], s = stories[k];
    const text = body(s, day, r, pick);
    const outlet = pick(outlets);
    made.push({ text, outlet, story: k });
    if (made.length > 2000) made.shift();
    yield gold(doc(i, text, outlet, day, r, r() < TUNING.htmlShare), k);
  }
}

function body(s: StoryPlan, day: number, r: () => number, pick: <T>(xs: readonly T[]) => T): string {
  const nParas = Math.max(3, Math.round(TUNING.medianParas * Math.exp(TUNING.sigma * gauss(r))));
  const t = s.topic;
  const paras: string[] = [];
  const n = s.base + Math.floor(r() * 12) - 6;
  paras.push(`${s.place.toUpperCase()}: The ${t.nouns[0]} in ${s.place} entered a new phase on ${pick(WEEKDAYS)}, as officials in the ${s.region} region said at least ${n} ${t.unit} were ${t.verb} and more than ${n * 10} people were affected.`);
  for (let k = 1; k < nParas; k++) {
    const p = pick(s.people);
    const q = r();
    const a = pick(t.nouns), b = pick(t.nouns), w = pick(WEEKDAYS), x = pick(FILLERS), y = pick(FILLERS);
    if (q < 0.25) paras.push(`"${pick(OPENERS)} ${a}, ${x}," ${p.name}, the ${p.role}, ${pick(CUES)}. "${pick(OPENERS)} ${b}."`);
    else if (q < 0.45) paras.push(`${p.name.split(' ')[1]} said that the ${a} had cost about ${(1 + r() * 40).toFixed(1)} million crowns since last week, ${y}, according to figures released on ${w}.`);
    else if (q < 0.6) paras.push(`According to the ${s.region} authorities, ${Math.floor(r() * 90) + 10}% of the ${a} in ${s.place} were affected three days ago, up from ${Math.floor(r() * 9) + 1}% earlier this month, ${x}.`);
    else paras.push(`${cap(pick(LEADS))} ${a} and the ${b} near ${s.place}, ${x}, while residents of the ${s.region} region said ${y} over the past ${2 + Math.floor(r() * 10)} days.`);
  }
  return paras.join('\n\n');
}

function doc(i: number, text: string, outlet: string, day: number | null, r: () => number, html = false): RawDocument {
  const date = day === null ? null : new Date(Date.UTC(2026, 8, 1) + day * 86_400_000 + Math.floor(r() * 86_400_000)).toISOString().slice(0, 16);
  const title = text.split(/[.:]/)[1]?.trim().slice(0, 90) || `Report ${i}`;
  if (html) {
    const paras = text.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
    const page = `<!doctype html><html><head><title>${title} | ${outlet}</title><meta property="og:site_name" content="${outlet}">${date ? `<meta property="article:published_time" content="${date}:00Z">` : ''}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>${paras}</article><aside><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside><footer>© ${outlet}</footer></body></html>`;
    return { source: `synth:${i}.html`, format: 'html', html: page, hints: { url: `https://news.example/${i}` } };
  }
  const head = date ? ` date ${date.slice(0, 10)} World\n\n` : '';
  return { source: `synth:${i}.txt`, format: 'text', text: `${head}${title}\n\n${text}\n\nLeave a Reply\n\nLog In\n`, hints: { outlet, url: `https://news.example/${i}` } };
}

function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() || 1e-9)) * Math.cos(2 * Math.PI * r());
}
