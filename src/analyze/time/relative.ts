/**
 * TIMEX3 values for relative units ("last week" → 2025-W15, "earlier this year" → 2025, "three weeks ago"),
 * reporting periods ("the quarter", "the year-ago period"), quarters, seasons, spelled years and holidays.
 */
import { addDays, easter, fmtDay, isoWeek, weekday, type Ymd } from './calendar.js';
import { dayValue, shifted, yearFor, yearOf, type Ctx, type Norm } from './dates.js';
import { num } from './durations.js';
import { ORDINALS, SEASONS, UNITS } from './patterns.js';

const REL_SHIFT: Record<string, number> = {
  last: -1, past: -1, previous: -1, 'the previous': -1, this: 0, current: 0, 'the current': 0, 'the same': 0,
  next: 1, coming: 1, following: 1, 'the coming': 1, 'the following': 1,
};
const DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

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
  if (/easter|good friday/.test(n)) {
    // Easter falls between March 22 and April 25: the year is chosen as for a day in early April.
    const y = yearFor(4, 8, ctx);
    if (y === null) return { type: 'DATE', value: null };
    const sunday = easter(y);
    if (n.endsWith('week')) return { type: 'DATE', value: isoWeek(sunday) };
    return { type: 'DATE', value: fmtDay(addDays(sunday, n.startsWith('good') ? -2 : n.endsWith('monday') ? 1 : 0)) };
  }
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

/** +1 for "the following/next day", -1 for "the previous/preceding day", 0 for "that day", "the same day". */
export const narrativeShift = (text: string) => (/following|next/i.test(text) ? 1 : /previous|preceding/i.test(text) ? -1 : 0);

export const relative: Record<string, (g: string[], ctx: Ctx) => Norm | null> = {
  relUnit: (g, ctx) => {
    const rel = g[2].toLowerCase().replace(/\s+/g, ' ');
    const unit = g[3].toLowerCase();
    if (SEASONS[unit]) return { type: 'DATE', value: season(unit, rel, ctx.anchor) };
    const n = REL_SHIFT[rel] ?? 0;
    if (rel === 'the same') return { type: 'DATE', value: null };
    return { type: 'DATE', value: ctx.anchor && shifted(ctx.anchor, unit, n) };
  },
  narrative: (g, ctx) => {
    const unit = (g[1] ?? g[3] ?? g[5]).toLowerCase();
    return { type: 'DATE', value: ctx.anchor && shifted(ctx.anchor, unit, narrativeShift(g[0])) };
  },
  edgeUnit: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && shifted(ctx.anchor, g[3], 0) }),
  agoBare: (g, ctx) => relative.ago([g[0], '', g[1], g[2]], ctx),
  ago: (g, ctx) => {
    const n = g[1] ? num(g[1]) : null; // '' from agoBare: an unspecified count
    const future = /later|from|hence/i.test(g[3]);
    const unit = g[2].toLowerCase().replace(/s$/, '');
    if (!g[1] && UNITS[unit]?.time && ctx.anchor) return { type: 'DATE', value: fmtDay(ctx.anchor) };
    if (n === null || !ctx.anchor) return { type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF' };
    const k = Math.round(n) * (future ? 1 : -1);
    if (UNITS[unit]?.time) return { type: 'DATE', value: fmtDay(ctx.anchor) };
    return { type: 'DATE', value: unit === 'decade' ? String(ctx.anchor.y + 10 * k) : shifted(ctx.anchor, unit, k) };
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
  qShort: (g, ctx) => {
    // "Q3 2024", "H1": capital letter required so "q1" in identifiers stays out.
    if (!/^[QH]$/.test(g[1]) || (g[1] === 'H' && +g[2] > 2)) return null;
    const y = g[3] ? (g[3].length === 4 ? g[3] : `20${g[3].slice(1)}`) : ctx.anchor ? String(ctx.anchor.y) : 'XXXX';
    return { type: 'DATE', value: `${y}-${g[1]}${g[2]}` };
  },
  yearAgo: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && String(ctx.anchor.y - 1) }),
  theQuarter: (g, ctx) => ({ type: 'DATE', value: g[1] ?? (ctx.anchor && shifted(ctx.anchor, 'quarter', -1)) }),
  theYear: (g, ctx) => (g[2] ? { type: 'DURATION', value: 'P1Y' } : { type: 'DATE', value: ctx.anchor && String(ctx.anchor.y) }),
  yearEnd: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && shifted(ctx.anchor, g[1] ?? 'year', 0) }),
  theWeek: (g, ctx) => ({ type: 'DATE', value: ctx.anchor && isoWeek(ctx.anchor) }),
  weekend: (g, ctx) => {
    const a = ctx.anchor;
    if (!a) return { type: 'DATE', value: 'XXXX-WXX-WE' };
    const toSat = (6 - weekday(a) + 7) % 7;
    const sat = ctx.tense() === 'future' || ctx.tense() === 'present' ? addDays(a, toSat) : addDays(a, toSat - 7);
    return { type: 'DATE', value: `${isoWeek(sat)}-WE` };
  },
  spelledYear: (g, ctx) => {
    // "two thousand years" is a length, not the year 2000.
    if ((!g[2] && /^nineteen$/i.test(g[1])) || /^\s+(?:years?|days?|hours?|people|troops|of)\b/i.test(ctx.after)) return null;
    const tail = (g[2] ? num(g[2]) ?? 0 : 0) + (g[3] ? num(g[3]) ?? 0 : 0);
    return { type: 'DATE', value: String((/^nineteen/i.test(g[1]) ? 1900 : 2000) + tail) };
  },
  century: (g) => ({ type: 'DATE', value: String(+g[1] - 1).padStart(2, '0') }),
  spelledDecade: (g) => ({ type: 'DATE', value: `19${DECADES.indexOf(g[1].toLowerCase()) + 2}` }),
  season: (g, ctx) => {
    const year = g[3] ?? g[5];
    return { type: 'DATE', value: season(g[2] ?? g[4] ?? g[6] ?? g[7], (g[1] ?? '').toLowerCase(), ctx.anchor, year && yearOf(year)) };
  },
  holiday: (g, ctx) => holiday(g[1], ctx),
};
