/**
 * Publication dates → ISO 8601, keeping the time and UTC offset when the source gives them and never
 * inventing what it does not (no year → null). ISO strings and epoch numbers are read here directly so their
 * offset survives untouched; everything else goes to chrono-node (strict mode; en.GB when day-first).
 */
import * as chrono from 'chrono-node';

const DATE_RE = {
  /** 2023-11-04, 2023-11-04T09:30, 2023-11-04 09:30:15.123+02:00, 20231104T0930Z */
  iso: /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i,
  /** Unix seconds or milliseconds. */
  epoch: /^\d{10}(?:\d{3})?$/,
  /** 04/11/2023, 4.11.23, 11-04-2023: numeric day/month order is ambiguous and settled by dayFirst. */
  numeric: /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?=$|[\sT,])/,
};
const pad = (n: number): string => String(n).padStart(2, '0');
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function validYmd(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function offsetOf(tz: string | undefined): string {
  if (!tz) return '';
  if (/^z$/i.test(tz)) return 'Z';
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(tz);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '';
}

function fromIso(s: string): string | null {
  const m = DATE_RE.iso.exec(s);
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, tz] = m;
  if (!validYmd(+y, +mo, +d)) return null;
  const date = `${y}-${mo}-${d}`;
  if (hh === undefined || +hh > 23 || +mm > 59) return date;
  return `${date}T${hh}:${mm}:${ss ?? '00'}${offsetOf(tz)}`;
}

function fromNumeric(s: string, dayFirst: boolean): string | null {
  const m = DATE_RE.numeric.exec(s);
  if (!m) return null;
  let [a, b] = [+m[1], +m[2]];
  const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
  if (!dayFirst && a > 12) dayFirst = true;
  if (dayFirst && b > 12) dayFirst = false;
  const [d, mo] = dayFirst ? [a, b] : [b, a];
  const rest = s.slice(m[0].length).trim();
  const date = validYmd(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  if (!date || !rest) return date;
  const t = /^T?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(rest);
  if (!t) {
    // A zone name or other words follow: let chrono read the time, but keep our reading of the day.
    const c = fromChrono(s, dayFirst);
    return c?.startsWith(date) ? c : date;
  }
  const h = (+t[1] % 12) + (/pm/i.test(t[4] ?? '') ? 12 : /am/i.test(t[4] ?? '') ? 0 : +t[1] >= 12 ? 12 : 0);
  return `${date}T${pad(h)}:${t[2]}:${t[3] ?? '00'}`;
}

function fromChrono(s: string, dayFirst: boolean): string | null {
  const parser = dayFirst ? chrono.en.GB : chrono.strict;
  const r = parser.parse(s, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!r) return null;
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  const [y, mo, d] = [c.get('year')!, c.get('month')!, c.get('day')!];
  if (!validYmd(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('hour')) return date;
  const time = `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  const off = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  if (off === null || off === undefined) return `${date}T${time}`;
  if (off === 0) return `${date}T${time}Z`;
  return `${date}T${time}${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/** Any date string → ISO 8601 or null. Example: parseDate('Tue, Nov 19, 2019 10:48 EST') → '2019-11-19T10:48:00-05:00' */
export function parseDate(s: string, opts: { dayFirst?: boolean } = {}): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 200) return null;
  if (DATE_RE.epoch.test(t)) {
    const ms = t.length === 13 ? +t : +t * 1000;
    const iso = new Date(ms).toISOString();
    return +iso.slice(0, 4) >= MIN_YEAR && +iso.slice(0, 4) <= MAX_YEAR ? iso.replace(/\.000Z$/, 'Z') : null;
  }
  return fromIso(t) ?? fromNumeric(t, opts.dayFirst ?? false) ?? fromChrono(t, opts.dayFirst ?? false);
}

/** A date in a URL path: /2023/11/04/ or /2023-11-04/ or /20231104/. Example: dateFromUrl('https://x.com/2023/11/04/a') → '2023-11-04' */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try { path = new URL(url).pathname; } catch { path = url; }
  const m = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/._-]|$)/.exec(path);
  return m && validYmd(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
