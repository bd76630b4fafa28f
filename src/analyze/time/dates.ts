/**
 * TIMEX3 values for calendar expressions (explicit and relative dates, weekdays, months, years) given the
 * publication date. Hand-written where chrono-node is weak: weekdays and bare months resolved by clause
 * tense, ISO weeks for "last week", quarters, seasons, decades and day-first numeric dates.
 */
import type { TimeType } from '../../model/analysis.js';
import { addDays, addMonths, diffDays, fmtDay, fmtMonth, isoWeek, weekday, type Ymd } from './calendar.js';
import { COUNT_AFTER, MONTHS, NOT_YEAR_BEFORE, NUMBERS, PARTS_OF_DAY, WEEKDAYS } from './patterns.js';
import type { Tense } from './tense.js';

export interface Norm {
  type: TimeType;
  value: string | null;
}

export interface Ctx {
  anchor: Ymd | null;
  tense: () => Tense | null;
  dayFirst: boolean;
  /** The day a time of day hangs on: a full date named in the same sentence, else null. */
  refDay: () => Ymd | null;
  /** Up to 30 characters before and after the match. */
  before: string;
  after: string;
}

const DATE = (value: string | null): Norm => ({ type: 'DATE', value });
export const monthOf = (w: string) => MONTHS[w.toLowerCase().replace(/\.$/, '')];
const upper = (w: string) => /^\p{Lu}/u.test(w);
const year2 = (y: string) => (y.length === 2 ? (+y < 50 ? 2000 : 1900) + +y : +y);
/** A written or spoken year. Example: yearOf('nineteen ninety-four') → '1994', yearOf('1994') → '1994' */
export function yearOf(y: string): string {
  if (/^\d/.test(y)) return y;
  const [, tens, ones] = y.toLowerCase().split(/[\s-]+/);
  return String(1900 + NUMBERS[tens] + (ones ? NUMBERS[ones] : 0));
}

/** Year for a month/day without one: the closest occurrence, pushed back or forward by tense. */
export function yearFor(month: number, day: number, ctx: Ctx): number | null {
  const a = ctx.anchor;
  if (!a) return null;
  const cands = [a.y - 1, a.y, a.y + 1].map((y) => ({ y, dd: diffDays(a, { y, m: month, d: day }) }));
  const tense = ctx.tense();
  // Tense only chooses between occurrences within ~10 months; a far one means the cue was misread.
  const near = cands.filter((c) => Math.abs(c.dd) <= 300);
  const pick = tense === 'past' ? near.filter((c) => c.dd <= 1) : tense === 'future' ? near.filter((c) => c.dd >= -1) : cands;
  const best = (pick.length ? pick : cands).reduce((x, c) => (Math.abs(c.dd) < Math.abs(x.dd) ? c : x));
  return best.y;
}

export function dayValue(y: number | null, m: number, d: number): string {
  return `${y === null ? 'XXXX' : String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const dates: Record<string, (g: string[], ctx: Ctx) => Norm | null> = {
  iso: (g) => (g[4] ? { type: 'TIME', value: `${g[1]}-${g[2]}-${g[3]}T${g[4]}:${g[5]}` } : DATE(`${g[1]}-${g[2]}-${g[3]}`)),
  numeric: (g, ctx) => {
    // Dotted dates (04.11.23) are European, so day-first; slashes follow the outlet's convention.
    const dayFirst = g[2] === '.' || ctx.dayFirst;
    const [d, m] = dayFirst ? [+g[1], +g[3]] : [+g[3], +g[1]];
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? DATE(dayValue(year2(g[4]), m, d)) : null;
  },
  monthDay: (g, ctx) => {
    if (!upper(g[2]) || +g[3] < 1 || +g[3] > 31) return null;
    const m = monthOf(g[2]);
    return DATE(dayValue(g[4] ? +g[4] : yearFor(m, +g[3], ctx), m, +g[3]));
  },
  dayMonth: (g, ctx) => {
    if (!upper(g[2]) || +g[1] < 1 || +g[1] > 31) return null;
    const m = monthOf(g[2]);
    return DATE(dayValue(g[3] ? +g[3] : yearFor(m, +g[1], ctx), m, +g[1]));
  },
  monthYear: (g) => (upper(g[2]) ? DATE(`${yearOf(g[3])}-${String(monthOf(g[2])).padStart(2, '0')}`) : null),
  monthRelYear: (g, ctx) => {
    if (!upper(g[2])) return null;
    const y = ctx.anchor && ctx.anchor.y + (/last/i.test(g[3]) ? -1 : /next/i.test(g[3]) ? 1 : 0);
    return DATE(`${y ?? 'XXXX'}-${String(monthOf(g[2])).padStart(2, '0')}`);
  },
  month: (g, ctx) => {
    if (!upper(g[2])) return null;
    // "may", "march" are months only after a word that takes a date, or as "the March accession".
    const takesDate = /\b(?:in|since|by|until|of|through|from|to|before|after|during|early|late|mid|last|next|this)\s+$/i.test(ctx.before)
      || (/\bthe\s+$/i.test(ctx.before) && /^\s+[a-z]/.test(ctx.after));
    if (/^(may|march)$/i.test(g[2]) && !g[1] && !takesDate) return null;
    // "Jan Kavan": an abbreviation without its dot before a capitalised word is a name.
    if (g[2].length === 3 && !/^may$/i.test(g[2]) && /^\s+\p{Lu}/u.test(ctx.after)) return null;
    const m = monthOf(g[2]);
    const rel = (g[1] ?? '').trim().toLowerCase();
    const a = ctx.anchor;
    if (!a) return DATE(`XXXX-${String(m).padStart(2, '0')}`);
    // A bare month is in the publication year unless the clause tense says otherwise (then the nearest; the
    // publication month itself is never a year away: "sales fell in April" in an April report).
    let y = ctx.tense() && m !== a.m ? yearFor(m, 15, ctx) ?? a.y : a.y;
    if (rel === 'last' || rel === 'past') y = m < a.m ? a.y : a.y - 1;
    else if (rel === 'next' || rel === 'coming') y = m > a.m ? a.y : a.y + 1;
    else if (rel === 'this') y = a.y;
    return DATE(`${y}-${String(m).padStart(2, '0')}`);
  },
  dayAfter: (g, ctx) => {
    if (!upper(g[2]) || +g[1] < 1 || +g[1] > 31 || /^\s+(?!(?:as|is|was|has|this|its|his|thus)\b)[a-z]{3,}s\b/.test(ctx.after)) return null;
    const m = monthOf(g[2]);
    return DATE(dayValue(yearFor(m, +g[1], ctx), m, +g[1]));
  },
  year: (g, ctx) => (!g[1] && (COUNT_AFTER.test(ctx.after) || NOT_YEAR_BEFORE.test(ctx.before)) ? null : DATE(g[2])),
  decade: (g) => DATE(g[3] ? `19${g[3]}` : g[2]),
  weekday: (g, ctx) => {
    if (!upper(g[2])) return null;
    const wd = WEEKDAYS[g[2].toLowerCase()];
    const part = g[3] ? PARTS_OF_DAY[g[3].toLowerCase()] : undefined;
    const a = ctx.anchor;
    if (!a) return { type: part ? 'TIME' : 'DATE', value: `XXXX-WXX-${wd}${part ? 'T' + part : ''}` };
    const rel = (g[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const back = (wd0: number) => (weekday(a) - wd0 + 7) % 7;
    const fwd = (wd0: number) => (wd0 - weekday(a) + 7) % 7;
    // "Thursday's closing price": a possessive names a day's event, done unless the clause looks ahead; a present
    // clause ("the bonds are convertible at a premium over Thursday's close") does not.
    const tense = ctx.tense() === 'present' && /^['’]s\b/.test(ctx.after) ? null : ctx.tense();
    let shift: number;
    if (rel === 'last' || rel === 'past' || rel.endsWith('previous')) shift = -(back(wd) || 7);
    else if (rel === 'next') shift = fwd(wd) || 7;
    else if (rel === 'coming' || rel === 'this' || tense === 'future' || tense === 'present') shift = fwd(wd);
    else if (tense === 'either') shift = back(wd) <= fwd(wd) ? -back(wd) : fwd(wd);
    else shift = -back(wd);
    const day = fmtDay(addDays(a, shift));
    return part ? { type: 'TIME', value: `${day}T${part}` } : DATE(day);
  },
  relDay: (g, ctx) => {
    const a = ctx.anchor;
    const word = (g[2] ?? g[7] ?? '').toLowerCase();
    let shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    if (g[1]) shift += /before/i.test(g[1]) ? -1 : 1;
    let part = g[3] ?? g[8];
    if (g[4]) part = 'night';
    if (g[5]) [part, shift] = ['night', -1];
    // "overnight": the night before the publication day, whatever day the sentence names ("the dam burst
    // overnight, officials said on Friday" in a Friday report is Thursday night; TimeBank writes it so).
    if (g[6]) return { type: 'TIME', value: a && `${fmtDay(addDays(a, -1))}TNI` };
    const code = part ? PARTS_OF_DAY[part.toLowerCase()] : undefined;
    const day = a ? fmtDay(addDays(a, shift)) : null;
    return code ? { type: 'TIME', value: day && `${day}T${code}` } : DATE(day);
  },
  partOfDay: (g, ctx) => {
    const ref = ctx.refDay();
    const word = (g[1] ?? g[3] ?? g[4] ?? g[5]).toLowerCase().replace(/\s+/, ' ');
    if (word === 'midnight') {
      // The end of the day named, written as the next day's 00:00 (ISO 8601-1:2019 dropped 24:00); with no
      // day named, the coming midnight in a future clause, else the last one.
      const base = ref ?? (ctx.anchor && ctx.tense() === 'future' ? ctx.anchor : ctx.anchor && addDays(ctx.anchor, -1));
      return { type: 'TIME', value: base && `${fmtDay(addDays(base, 1))}T00:00` };
    }
    const day = ref ?? ctx.anchor;
    const suffix = word === 'noon' || word === 'midday' ? 'T12:00' : `T${PARTS_OF_DAY[word]}`;
    return { type: 'TIME', value: day && `${fmtDay(g[3] ? ctx.anchor ?? day : day)}${suffix}` };
  },
};

/** Shifts a date by n calendar units and formats it at that unit's granularity. Example: shifted(a,'week',-1) → '2025-W10' */
export function shifted(a: Ymd, unit: string, n: number): string {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'day' || u === 'night') return fmtDay(addDays(a, n));
  if (u === 'week' || u === 'fortnight') return isoWeek(addDays(a, 7 * n * (u === 'fortnight' ? 2 : 1)));
  if (u === 'weekend') return `${isoWeek(addDays(a, 7 * n))}-WE`;
  if (u === 'month') return fmtMonth(addMonths(a, n));
  if (u === 'quarter') {
    const q = addMonths(a, 3 * n);
    return `${q.y}-Q${Math.ceil(q.m / 3)}`;
  }
  if (u === 'decade') return String(Math.floor((a.y + 10 * n) / 10));
  if (u === 'century' || u === 'centurie') return String(Math.floor((a.y + 100 * n) / 100));
  return String(a.y + n);
}
