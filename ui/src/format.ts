/** Dates as a reader expects them ("7 Oct 2026, 18:40"), from the ISO strings the API sends. */
import { figure } from '../../src/model/claim-blocks.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?/;

/** Example: fmtDate('2026-10-07T18:40') → '7 Oct 2026, 18:40'; fmtDate('2026-09') → 'Sep 2026' */
export function fmtDate(iso: string | null | undefined, withTime = true): string {
  if (!iso) return 'undated';
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  if (!d) return `${month} ${y}`;
  const day = `${Number(d)} ${month} ${y}`;
  return withTime && hh ? `${day}, ${hh}:${mm}` : day;
}

/** Example: fmtRange('2026-10-07', '2026-10-17') → '7 Oct 2026 – 17 Oct 2026' */
export function fmtRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  const a = fmtDate(first, false);
  const b = fmtDate(last, false);
  return a === b ? a : `${a} – ${b}`;
}

/** Example: plural(1, 'report') → '1 report' */
export function plural(n: number, word: string): string {
  if (n === 1) return `${n} ${word}`;
  return `${n} ${/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

/**
 * A claim's figure with its qualifier, as the CLI writes it (figure() in src/model/claim-blocks.ts) with a space
 * after a bound sign. Example: fmtValue(337, 337, 337) → '337'; fmtValue(12, 12, Number.MAX_SAFE_INTEGER) → '≥ 12'
 */
export function fmtValue(value: number, low: number, high: number): string {
  return figure(value, low, high).replace(/^([≥≤>])/, '$1 ');
}

/**
 * Direct quotes carry their own quotation marks in the text; anything else is reported speech, shown without
 * its leading "that". Example: speech('that talks had begun') → { reported: true, text: 'talks had begun' }
 */
export function speech(text: string): { reported: boolean; text: string } {
  if (/^["“‘'«„]/.test(text)) return { reported: false, text };
  return { reported: true, text: text.replace(/^that\s+/i, '') };
}
