/**
 * TIMEX3 values for durations ("30-hour" → PT30H, "the next few months" → PXM), sets ("every week" → P1W),
 * references (now → PRESENT_REF) and clock times. Rates ("$5 million a year") and adjectives ("daily
 * flights") are rejected here because TimeML does not annotate them.
 */
import { fmtDay } from './calendar.js';
import { monthOf, shifted, type Ctx, type Norm } from './dates.js';
import { ADVERB_SETS, NUMBERS, PARTS_OF_DAY, REFS, SEASONS, UNITS, VAGUE, WEEKDAYS } from './patterns.js';

/** When a match is not a time expression after all. */
const REJECT = {
  /** After daily/weekly: what keeps it an adverb ("meets daily with"), anything else makes it an adjective. */
  adverbNext: /^\s+(?:with|at|in|on|for|and|or|to|from|since|until|but|as|through|by|during|between|basis)\b/,
  /** Before "a year", "a week": a count or amount makes it a rate ("700 seats a week"). */
  rateBefore: /(?:\d|%|times|once|twice|million|billion)\s*$|(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand))\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s*$/i,
};

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

/** A fraction of a unit as whole smaller units, as TimeBank writes them ("2 1/2 years" → P2Y6M, not P2.5Y). */
const SPLIT: Record<string, [string, number]> = { Y: ['M', 12], D: ['H', 24], H: ['M', 60], M: ['S', 60] };

/** P3Y, PT6H, PXM, P2Y6M. Example: durationValue(3, 'years') → 'P3Y'; durationValue(1.5, 'minute') → 'PT1M30S' */
export function durationValue(n: number | null, unit: string): string {
  const u = UNITS[unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y')] ?? UNITS.year;
  if (u.code === 'DE' && n !== null) return `P${n * 10}Y`;
  const t = u.time ? 'T' : '';
  const split = n !== null && !Number.isInteger(n) ? (u.time || u.code !== 'M' ? SPLIT[u.code] : undefined) : undefined;
  if (split) {
    const [whole, rest] = [Math.floor(n!), Math.round((n! - Math.floor(n!)) * split[1])];
    const small = split[0] === 'H' ? `T${rest}H` : `${rest}${split[0]}`; // days split into hours cross the T
    return `P${t}${whole ? `${whole}${u.code}` : ''}${small}`;
  }
  const k = n === null ? 'X' : String(n);
  return `P${t}${k}${u.code}`;
}

export const durations: Record<string, (g: string[], ctx: Ctx) => Norm | null> = {
  span: (g, ctx) => {
    // "the past year" names a calendar unit (DATE, TimeBank); "the past three years" a stretch (DURATION).
    const unit = g[3].toLowerCase();
    const dir = /past|last|previous/i.test(g[1]) ? -1 : /next|coming|following/i.test(g[1]) ? 1 : 0;
    if (!g[2] && dir && ctx.anchor && /^(?:week|month|quarter|year|decade)$/.test(unit)) return { type: 'DATE', value: shifted(ctx.anchor, unit, dir) };
    // "the first hours": a plural unit without a number is an unspecified count.
    return { type: 'DURATION', value: durationValue(g[2] ? num(g[2]) : /s$/.test(unit) ? null : 1, g[3]) };
  },
  durationThe: (g, ctx) => durations.duration(g, ctx),
  duration: (g, ctx) => {
    const n = num(g[1]);
    const unit = g[3].toLowerCase();
    // "a second" is an ordinal; "$5 million a year", "700 seats a week" are rates.
    if (/^an?$/i.test(g[1]) && (unit === 'second' || REJECT.rateBefore.test(ctx.before))) return null;
    if (/^(?:some|many)$/i.test(g[1]) && !/s$/.test(unit)) return null;
    // "CBS's 60 Minutes": a capitalised unit after digits in running text is a title.
    if (/^\d/.test(g[1]) && /^\p{Lu}/u.test(g[3]) && g[0] !== g[0].toUpperCase()) return null;
    if (/old$/i.test(g[0]) || (n !== null && n >= 1000) || (/quarter/.test(unit) && /^\s+of\b/.test(ctx.after))) return null; // ages, fractions
    // "Islam will one day be…": an indefinite future, not a length.
    if (/^one\s+day$/i.test(g[0]) && /\b(?:will|would|could|may|might|can|shall)\s+$/i.test(ctx.before)) return { type: 'DATE', value: 'FUTURE_REF' };
    const half = /and\s+a\s+half|\d\s+1\/2|½/i.test(g[0]) ? 0.5 : 0;
    return { type: 'DURATION', value: durationValue(n === null ? null : n + half, unit) };
  },
  plural: (g) => (g[3] ? { type: 'DATE', value: 'PAST_REF' } : g[4] ? { type: 'DATE', value: 'FUTURE_REF' } : { type: 'DURATION', value: durationValue(null, g[1] ?? g[2] ?? g[5]) }),
  set: (g, ctx) => {
    // "daily flights", "the average daily volume": an adjective before a noun, not annotated as a SET.
    // "the Communist Party daily Granma": before a name it is a noun.
    if (g[3] && /^\s+\p{Lu}/u.test(ctx.after)) return null;
    if (g[3] && !/^annually$/i.test(g[3]) && /^\s+[a-z]+/.test(ctx.after) && !REJECT.adverbNext.test(ctx.after)) return null;
    // "rise 8.5% annually", "10,000 units annually": a rate, like "$5 million a year".
    if (g[3] && REJECT.rateBefore.test(ctx.before)) return null;
    if (g[3]) return { type: 'SET', value: ADVERB_SETS[g[3].toLowerCase()] };
    if (g[4]) return { type: 'SET', value: durationValue(1, g[5]) };
    const what = g[2].toLowerCase();
    if (WEEKDAYS[what]) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[what]}` };
    if (SEASONS[what]) return { type: 'SET', value: `XXXX-${SEASONS[what]}` };
    const month = monthOf(what);
    if (month) return /^\p{Lu}/u.test(g[2]) ? { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` } : null;
    if (PARTS_OF_DAY[what]) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[what]}` };
    return { type: 'SET', value: durationValue(num(g[1]), what) };
  },
  weekdaySet: (g) => {
    if (!/^\p{Lu}/u.test(g[1])) return null;
    const part = g[2] ? `T${PARTS_OF_DAY[g[2].toLowerCase()]}` : '';
    return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[g[1].toLowerCase()]}${part}` };
  },
  vague: () => ({ type: 'DURATION', value: 'PXX' }),
  unitLong: (g) => ({ type: 'DURATION', value: durationValue(1, g[1]) }),
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
};
