/**
 * Document-level reference periods. Earnings reports say "the quarter", "a year earlier" and "the year-ago
 * period" meaning the quarter the report is about, and the same quarter a year before; TimeBank annotates
 * them so. The quarter named last before such an expression (within QUARTER_REACH characters) sets it.
 */

const QUARTER_REACH = 2000;
const YEAR_AGO = /^(?:an?|one)\s+year\s+(?:ago|earlier)$|year[- ](?:ago|earlier)/i;

interface Valued {
  rule: string;
  start: number;
  text: string;
  norm: { value: string | null };
}

/** Rewrites year-ago and "the quarter" values from the reporting quarter in force. Example: 'a year ago' after 'the third quarter' (1989-Q3) → 1988-Q3 */
export function applyReportingQuarter(hits: Valued[]): void {
  let quarter: { start: number; y: number; q: string } | null = null;
  for (const h of hits) {
    const m = /^(\d{4})-(Q\d)$/.exec(h.norm.value ?? '');
    if (h.rule === 'quarter' && m) quarter = { start: h.start, y: +m[1], q: m[2] };
    if (!quarter || h.start - quarter.start > QUARTER_REACH) continue;
    if (h.rule === 'theQuarter') h.norm.value = `${quarter.y}-${quarter.q}`;
    else if ((h.rule === 'yearAgo' || h.rule === 'ago') && YEAR_AGO.test(h.text)) h.norm.value = `${quarter.y - 1}-${quarter.q}`;
  }
}

