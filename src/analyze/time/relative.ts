/**
 * TIMEX3 values for relative units ("last week" → 2025-W15, "earlier this year" → 2025, "three weeks ago"),
 * durations ("30-hour" → PT30H, "the next few months" → PXM), sets ("every week" → P1W), references
 * (now → PRESENT_REF), clock times, quarters, seasons and holidays.
 */
import { addDays, fmtDay, isoWeek, weekday, type Ymd } from './calendar.js';
import { dayValue, shifted, yearFor, type Ctx, type Norm } from './dates.js';
import { NUMBERS, ORDINALS, REFS, SEASONS, UNITS, VAGUE, WEEKDAYS, PARTS_OF_DAY, ADVERB_SETS } from './patterns.js';

const REL_SHIFT: Record<string, number> = {
  last: -1, past: -1, previous: -1, 'the previous': -1, this: 0, current: 0, 'the current': 0, 'the same': 0,
  next: 1, coming: 1, following: 1, 'the coming': 1, 'the following': 1,
};
const ADVERB_NEXT = /^\s+(?:with|at|in|on|for|and|or|to|from|since|until|but|as|through|by|during|between|basis)\b/;
const RATE_BEFORE = /(?:\d|%|times|once|twice|million|billion)\s*$|(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand))\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s*$/i;
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Parses a number phrase; null for vague ones ("a few") → X in the value. Example: num('twenty-four') → 24 */
export function num(s: string | undefined): number | null {
  if (!s) return 1;
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE.includes(w)) return null;
  if (/^\d/.test(w)) return parseFloat(w.replace(/,/g, ''));
  const parts = w.split(/[- ]/);
  if (parts.length === 2 && NUMBERS[parts[0]] >= 20 && NUMBERS[parts[1]] < 10) return NUMBERS[parts[0]] + NUMBERS[parts[1]];
  return NUMBERS[w] ?? null;
}

/** P3Y, PT6H, PXM. Example: durationValue(3, 'years') → 'P3Y' */
export function durationValue(n: number | null, unit: string): string {
  const u = UNITS[unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y')] ?? UNITS.year;
  if (u.code === 'DE' && n !== null) return `P${n * 10}Y`;
  const k = n === null ? 'X' : String(n);
  return u.time ? `PT${k}${u.code}` : `P${k}${u.code}`;
}

function season(word: string, rel: string, a: Ymd | null, year?: string): string | null {
  const code = SEASONS[word.toLowerCase()];
  if (year) return `${year}-${code}`;
  if (!a) return `XXXX-${code}`;
  const current = a.m >= SEASON_START[code] ? a.y : a.y - 1; // year of the latest start of that season
  const y = /last|past/.test(rel) ? (a.m >= SEASON_START[code] && a.m < SEASON_START[code] + 3 ? current - 1 : current) : /next/.test(rel) ? current + 1 : a.y;
  return `${y}-${code}`;
}

function holiday(name: string, ctx: Ctx): Norm {
  const n = name.toLowerCase().replace(/\s+/g, ' ');
  const [m, d] = n.startsWith('christmas eve') ? [12, 24] : n.startsWith('christmas') ? [12, 25] : n.includes('eve') ? [12, 31]
    : n.startsWith('new') ? [1, 1] : n.startsWith('independence') ? [7, 4] : [11, 0];
  const y = yearFor(m, d || 25, ctx);
  if (d === 0) {
    if (y === null) return { type: 'DATE', value: null };
    const nov1 = { y, m: 11, d: 1 };
    const first = (4 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7; // days to the first Thursday
    return { type: 'DATE', value: fmtDay(addDays(nov1, first + 21)) };
  }
  return { type: 'DATE', value: dayValue(y, m, d) };
}

export const relative: Record<string, (g: string[], ctx: Ctx) => Norm | null> = {
  relUnit: (g, ctx) => {
    const rel = g[2].toLowerCase().replace(/\s+/g, ' ');
    const unit = g[3].toLowerCase();
    if (SEASONS[unit]) return { type: 'DATE', value: season(unit, rel, ctx.anchor) };
    const n = REL_SHIFT[rel] ?? 0;
    if (rel === 'the same') return { type: 'DATE', value: null };
    return { type: 'DATE', value: ctx.anchor && shifted(ctx.anchor, unit, n) };
  },
  edgeUnit: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && shifted(ctx.anchor, g[3], 0) }),
  ago: (g, ctx) => {
    const n = num(g[1]);
    const future = /later|from|hence/i.test(g[3]);
    if (n === null || !ctx.anchor) return { type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF' };
    const unit = g[2].toLowerCase().replace(/s$/, '');
    const k = Math.round(n) * (future ? 1 : -1);
    if (UNITS[unit]?.time) return { type: 'DATE', value: fmtDay(ctx.anchor) };
    return { type: 'DATE', value: unit === 'decade' ? String(ctx.anchor.y + 10 * k) : shifted(ctx.anchor, unit, k) };
  },
  span: (g, ctx) => {
    // "the past year" names a calendar unit (DATE, TimeBank); "the past three years" a stretch (DURATION).
    const unit = g[3].toLowerCase();
    const dir = /past|last|previous/i.test(g[1]) ? -1 : /next|coming|following/i.test(g[1]) ? 1 : 0;
    if (!g[2] && dir && ctx.anchor && /^(?:week|month|quarter|year|decade)$/.test(unit)) return { type: 'DATE', value: shifted(ctx.anchor, unit, dir) };
    return { type: 'DURATION', value: durationValue(g[2] ? num(g[2]) : 1, g[3]) };
  },
  durationThe: (g, ctx) => relative.duration(g, ctx),
  duration: (g, ctx) => {
    const n = num(g[1]);
    const unit = g[3].toLowerCase();
    // "a second" is an ordinal; "$5 million a year", "700 seats a week" are rates.
    if (/^an?$/i.test(g[1]) && (unit === 'second' || RATE_BEFORE.test(ctx.before))) return null;
    if (/^(?:some|many)$/i.test(g[1]) && !/s$/.test(unit)) return null;
    if (/old$/i.test(g[0]) || (n !== null && n >= 1000) || (/quarter/.test(unit) && /^\s+of\b/.test(ctx.after))) return null; // ages, fractions
    const half = /and\s+a\s+half/i.test(g[0]) ? 0.5 : 0;
    return { type: 'DURATION', value: durationValue(n === null ? null : n + half, unit) };
  },
  plural: (g) => (g[3] ? { type: 'DATE', value: 'PAST_REF' } : g[4] ? { type: 'DATE', value: 'FUTURE_REF' } : { type: 'DURATION', value: durationValue(null, g[1] ?? g[2] ?? g[5]) }),
  set: (g, ctx) => {
    // "daily flights", "the average daily volume": an adjective before a noun, not annotated as a SET.
    if (g[3] && !/^annually$/i.test(g[3]) && /^\s+[a-z]+/.test(ctx.after) && !ADVERB_NEXT.test(ctx.after)) return null;
    if (g[3]) return { type: 'SET', value: ADVERB_SETS[g[3].toLowerCase()] };
    if (g[4]) return { type: 'SET', value: durationValue(1, g[5]) };
    const what = g[2].toLowerCase();
    if (WEEKDAYS[what]) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[what]}` };
    if (PARTS_OF_DAY[what]) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[what]}` };
    return { type: 'SET', value: durationValue(num(g[1]), what) };
  },
  ref: (g, ctx) => (/^soon$/i.test(g[1]) && /^\s+(?:after|as|afterwards?)\b/i.test(ctx.after) ? null
    : { type: 'DATE', value: REFS[g[1].toLowerCase().replace(/\s+/g, ' ')] }),
  clock: (g, ctx) => {
    let h = +g[1] % 12;
    if (g[3].toLowerCase() === 'p') h += 12;
    if (+g[1] > 12) return null;
    const day = ctx.refDay() ?? ctx.anchor;
    return { type: 'TIME', value: day && `${fmtDay(day)}T${String(h).padStart(2, '0')}:${g[2] ?? '00'}` };
  },
  clock24: (g, ctx) => {
    const day = ctx.refDay() ?? ctx.anchor;
    return { type: 'TIME', value: day && `${fmtDay(day)}T${g[1].padStart(2, '0')}:${g[2]}` };
  },
  quarter: (g, ctx) => {
    const q = ORDINALS[g[3].toLowerCase()];
    const code = g[4].toLowerCase() === 'half' ? `H${q}` : `Q${q}`;
    if (code === 'H3' || code === 'H4') return null;
    const a = ctx.anchor;
    const year = g[5] ?? g[2];
    if (year) return { type: 'DATE', value: `${year}-${code}` };
    if (!a) return { type: 'DATE', value: `XXXX-${code}` };
    const cur = code[0] === 'H' ? Math.ceil(a.m / 6) : Math.ceil(a.m / 3);
    let y = a.y;
    if (g[1]) y += REL_SHIFT[g[1].toLowerCase()] ?? 0;
    else if (q > cur && ctx.tense() !== 'future') y -= 1;
    return { type: 'DATE', value: `${y}-${code}` };
  },
  yearAgo: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && String(ctx.anchor.y - 1) }),
  theQuarter: (g, ctx) => ({ type: 'DATE', value: g[1] ?? (ctx.anchor && shifted(ctx.anchor, 'quarter', -1)) }),
  theYear: (g, ctx) => (g[2] ? { type: 'DURATION', value: 'P1Y' } : { type: 'DATE', value: ctx.anchor && String(ctx.anchor.y) }),
  yearEnd: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && shifted(ctx.anchor, g[1] ?? 'year', 0) }),
  theWeek: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && isoWeek(ctx.anchor) }),
  weekend: (g, ctx) => {
    const a = ctx.anchor;
    if (!a) return { type: 'DATE', value: null };
    const toSat = (6 - weekday(a) + 7) % 7;
    const sat = ctx.tense() === 'future' || ctx.tense() === 'present' ? addDays(a, toSat) : addDays(a, toSat - 7);
    return { type: 'DATE', value: `${isoWeek(sat)}-WE` };
  },
  spelledYear: (g) => {
    if (!g[2] && /^nineteen$/i.test(g[1])) return null;
    const tail = (g[2] ? num(g[2]) ?? 0 : 0) + (g[3] ? num(g[3]) ?? 0 : 0);
    return { type: 'DATE', value: String((/^nineteen/i.test(g[1]) ? 1900 : 2000) + tail) };
  },
  century: (g) => ({ type: 'DATE', value: String(+g[1] - 1).padStart(2, '0') }),
  spelledDecade: (g) => ({ type: 'DATE', value: `19${DECADES.indexOf(g[1].toLowerCase()) + 2}` }),
  season: (g, ctx) => ({ type: 'DATE', value: season(g[2] ?? g[4] ?? g[6] ?? g[7], (g[1] ?? '').toLowerCase(), ctx.anchor, g[3] ?? g[5]) }),
  holiday: (g, ctx) => holiday(g[1], ctx),
};
