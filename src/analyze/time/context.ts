/**
 * Document-level reference periods. Earnings reports say "the quarter", "a year earlier" and "the year-ago
 * period" meaning the quarter the report is about, and the same quarter a year before; TimeBank annotates
 * them so. The quarter named last before such an expression (within QUARTER_REACH characters) sets it.
 * Narrative expressions ("the next day", "that year") move with the story's last named date instead.
 * Coordinated expressions share what only one of them names: a year ("September and October of 2007"), a
 * recurrence ("Monday and Tuesday nights").
 */

import { shifted, type Norm } from './dates.js';
import { narrativeShift } from './relative.js';
import { WEEKDAYS } from './patterns.js';

const QUARTER_REACH = 2000;
const YEAR_AGO = /^(?:an?|one)\s+year\s+(?:ago|earlier)$|year[- ](?:ago|earlier)/i;

interface Spanned {
  rule: string;
  start: number;
  end: number;
  norm: Norm;
}

interface Valued extends Spanned {
  text: string;
}

const CLOCK_RULES = new Set(['clock', 'clock24', 'partOfDay']);
const JOIN = /^\s*,?\s*$/;

/** Rewrites year-ago and "the quarter" values from the reporting quarter in force. Example: 'a year ago' after 'the third quarter' (1989-Q3) → 1988-Q3 */
export function applyReportingQuarter(hits: Valued[]): void {
  let quarter: { start: number; y: number; q: string } | null = null;
  for (const h of hits) {
    const m = /^(\d{4})-(Q\d)$/.exec(h.norm.value ?? '');
    if (h.rule === 'quarter' && m) quarter = { start: h.start, y: +m[1], q: m[2] };
    if (!quarter || h.start - quarter.start > QUARTER_REACH) continue;
    if (h.rule === 'theQuarter') h.norm.value = `${/\d{4}/.exec(h.text)?.[0] ?? quarter.y}-${quarter.q}`;
    else if ((h.rule === 'yearAgo' || h.rule === 'ago') && YEAR_AGO.test(h.text)) h.norm.value = `${quarter.y - 1}-${quarter.q}`;
  }
}


/** A value an anchor at `unit` granularity can be read from: a day for day/week, a month for month, a year for year. */
const GRAIN: Record<string, RegExp> = { day: /^\d{4}-\d{2}-\d{2}/, week: /^\d{4}-\d{2}-\d{2}/, month: /^\d{4}-\d{2}(?!\d)/, year: /^\d{4}(?!\d)/ };

/**
 * Re-anchors "the next day", "the following year", "that month" on the last date named before them at that
 * granularity (the narrative's reference time), as TimeBank does ("On May 22, 1995 … the following year" →
 * 1996); with none named, the publication-date value from the rule stays. Example: see index.test.ts.
 */
export function applyNarrative(hits: Valued[]): void {
  hits.forEach((h, i) => {
    if (h.rule !== 'narrative') return;
    const unit = /day|week|month|year/i.exec(h.text)![0].toLowerCase();
    let ref: string | undefined;
    for (let j = i - 1; j >= 0 && !ref; j--) if (GRAIN[unit].test(hits[j].norm.value ?? '')) ref = hits[j].norm.value!;
    if (!ref) return;
    const [y, m, d] = [+ref.slice(0, 4), +ref.slice(5, 7) || 1, +ref.slice(8, 10) || 1];
    h.norm.value = shifted({ y, m, d }, unit, narrativeShift(h.text));
  });
}

const COORD = /^\s*(?:,|and|or|to|through|until|-|–)\s*$/i;

/**
 * A bare month coordinated with a month that names its year shares that year: "between September and
 * October of 2007" → 2007-09, not the September nearest the publication date.
 */
export function shareYear(hits: Valued[], text: string): void {
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (h.rule !== 'month' || !next || !/^\d{4}-\d{2}$/.test(next.norm.value ?? '') || !/\d{4}/.test(next.text)) return;
    if (!COORD.test(text.slice(h.end, next.start)) || !/^\d{4}-\d{2}$/.test(h.norm.value ?? '')) return;
    h.norm.value = next.norm.value!.slice(0, 4) + h.norm.value!.slice(4);
  });
}

/** A weekday coordinated with a recurring one shares its recurrence: "on Monday and Tuesday nights" → both SETs. */
export function shareSet(hits: Valued[], text: string): void {
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (h.rule !== 'weekday' || next?.rule !== 'weekdaySet' || !/^\s*(?:,|and|or)\s*$/i.test(text.slice(h.end, next.start))) return;
    const day = /^[A-Z][a-z]+day$/.exec(h.text);
    if (!day || !/^XXXX-WXX-\d/.test(next.norm.value ?? '')) return;
    // Mutated in place: the norm object is shared with the kept hits.
    h.norm.type = 'SET';
    h.norm.value = `XXXX-WXX-${WEEKDAYS[day[0].toLowerCase()]}${next.norm.value!.slice(10)}`;
  });
}

/** Joins a time of day with the day that follows it ("noon Saturday", "5 p.m. EST, Nov. 6") into one TIME. */
export function joinTimeAndDay<T extends Spanned>(hits: T[], text: string): T[] {
  const out: T[] = [];
  for (let i = 0; i < hits.length; i++) {
    const [h, next] = [hits[i], hits[i + 1]];
    const t = h.norm.value?.indexOf('T') ?? -1;
    if (next && CLOCK_RULES.has(h.rule) && t >= 0 && /^\d{4}-\d{2}-\d{2}$/.test(next.norm.value ?? '') && JOIN.test(text.slice(h.end, next.start))) {
      // A midnight already ends the day after it (its value names the next day's 00:00).
      const value = /midnight/i.test(text.slice(h.start, h.end)) ? h.norm.value : next.norm.value + h.norm.value!.slice(t);
      out.push({ ...h, end: next.end, norm: { type: 'TIME', value } });
      i++;
    } else out.push(h);
  }
  return out;
}
