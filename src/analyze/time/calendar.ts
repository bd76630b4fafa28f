/**
 * Calendar arithmetic on plain (year, month, day) triples in UTC, and TIMEX3 value formatting.
 * Hand-written because TIMEX3 needs ISO week numbers (2025-W15), quarters and seasons that neither
 * Date nor chrono-node produce; keeping it free of time zones makes every resolution deterministic.
 */

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const DAY_MS = 86_400_000;

/** Parses the date part of an ISO date or date-time. Example: parseAnchor('2025-03-11T09:00Z') → {y:2025,m:3,d:11} */
export function parseAnchor(anchor: string | null): Ymd | null {
  const m = anchor ? /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function toMs(a: Ymd): number {
  return Date.UTC(a.y, a.m - 1, a.d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Example: addDays({y:2025,m:3,d:11}, -1) → 2025-03-10 */
export function addDays(a: Ymd, n: number): Ymd {
  return fromMs(toMs(a) + n * DAY_MS);
}

/** Example: addMonths({y:2025,m:1,d:31}, -1) → {y:2024,m:12,d:31} (day kept, only y/m matter to callers) */
export function addMonths(a: Ymd, n: number): Ymd {
  const k = a.y * 12 + (a.m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1, d: a.d };
}

/** ISO weekday, Monday = 1 … Sunday = 7. Example: weekday({y:2025,m:3,d:11}) → 2 */
export function weekday(a: Ymd): number {
  return ((new Date(toMs(a)).getUTCDay() + 6) % 7) + 1;
}

/** Days between two dates (b − a). Example: diffDays(2025-03-10, 2025-03-11) → 1 */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO 8601 week as TIMEX3 value. Example: isoWeek({y:2025,m:4,d:16}) → '2025-W16' */
export function isoWeek(a: Ymd): string {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(diffDays(jan1, thursday) / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Example: fmtDay({y:2023,m:11,d:4}) → '2023-11-04' */
export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function fmtMonth(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}`;
}

/** Whether a value falls before, on or after the anchor day, compared at the value's own granularity. */
export function compareToAnchor(value: string, anchor: Ymd): 'past' | 'present' | 'future' | undefined {
  if (value === 'PRESENT_REF') return 'present';
  if (value === 'PAST_REF') return 'past';
  if (value === 'FUTURE_REF') return 'future';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q(\d))?/.exec(value);
  if (!m) return undefined;
  let key: string;
  let ref: string;
  if (m[4]) [key, ref] = [value.slice(0, 8), isoWeek(anchor)];
  else if (m[5]) [key, ref] = [value.slice(0, 7), `${anchor.y}-Q${Math.ceil(anchor.m / 3)}`];
  else if (m[3]) [key, ref] = [value.slice(0, 10), fmtDay(anchor)];
  else if (m[2]) [key, ref] = [value.slice(0, 7), fmtMonth(anchor)];
  else [key, ref] = [m[1], String(anchor.y)];
  return key < ref ? 'past' : key > ref ? 'future' : 'present';
}

/**
 * Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus (Meeus/Jones/Butcher); no library we
 * use has it. Example: easter(2000) → {y:2000,m:4,d:23}
 */
export function easter(y: number): Ymd {
  const [a, b, c] = [y % 19, Math.floor(y / 100), y % 100];
  const [d, e] = [Math.floor(b / 4), b % 4];
  const g = Math.floor((8 * b + 13) / 25);
  const h = (19 * a + b - d - g + 15) % 30;
  const [i, k] = [Math.floor(c / 4), c % 4];
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
