/**
 * Coverage of a story over time, computed from its members (which report, which outlet, which day): the
 * outlet × day grid for the story page and the daily totals behind each sparkline in the story list.
 * Days are the publication date's calendar day as written by the outlet (the first 10 characters), so a
 * report is counted on the day its readers saw it. The grid is computed when a story is written (it is part
 * of the stored first page, src/store/parts.ts), so the page does not need every member to draw it; each
 * cell with reports names the first of them, which the chart links to.
 */
import type { StoryDetail } from '../model/story.js';
import { dayOf, type DayCount } from './days.js';

const COVERAGE = {
  /** Longest span filled day by day; longer stories list only the days with reports. */
  maxFilledDays: 120,
  unknownOutlet: 'Unknown outlet',
};

export type { DayCount };
/** A day of one outlet's row: how many reports, and the first of them (members are in publication order). */
export interface CoverageCell extends DayCount { first?: string }
export interface Coverage {
  days: DayCount[];
  outlets: { outlet: string; total: number; days: CoverageCell[] }[];
  undated: number;
}

type Members = StoryDetail['members'];

/** Example: coverage(story.members).days → [{day:'2026-10-09',count:2},{day:'2026-10-10',count:0},…] */
export function coverage(members: Members): Coverage {
  const byOutlet = new Map<string, Map<string, number>>();
  const firstOf = new Map<string, string>();
  const totals = new Map<string, number>();
  let undated = 0;
  for (const m of members) {
    const day = dayOf(m.published);
    if (!day) { undated++; continue; }
    const outlet = m.outlet ?? COVERAGE.unknownOutlet;
    const row = byOutlet.get(outlet) ?? new Map<string, number>();
    row.set(day, (row.get(day) ?? 0) + 1);
    byOutlet.set(outlet, row);
    if (!firstOf.has(`${outlet}\n${day}`)) firstOf.set(`${outlet}\n${day}`, m.articleId);
    totals.set(day, (totals.get(day) ?? 0) + 1);
  }
  const axis = dayAxis([...totals.keys()]);
  const outlets = [...byOutlet].map(([outlet, row]) => ({
    outlet,
    total: [...row.values()].reduce((a, b) => a + b, 0),
    days: axis.map((day): CoverageCell => {
      const first = firstOf.get(`${outlet}\n${day}`);
      return first ? { day, count: row.get(day)!, first } : { day, count: 0 };
    }),
  })).sort((a, b) => b.total - a.total || a.outlet.localeCompare(b.outlet));
  return { days: axis.map((day) => ({ day, count: totals.get(day) ?? 0 })), outlets, undated };
}

/**
 * The sparkline of the story list: the store's per-day counts (days with reports only) on the same day axis
 * as the story page. Example: fillDays([{day:'2026-01-01',count:1},{day:'2026-01-03',count:2}]) → 3 days
 */
export function fillDays(counts: DayCount[]): DayCount[] {
  const byDay = new Map(counts.map((d) => [d.day, d.count]));
  return dayAxis([...byDay.keys()]).map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}

/** Every day from the first to the last report when the span is short, else only the days with reports. */
function dayAxis(days: string[]): string[] {
  const sorted = [...new Set(days)].sort();
  if (sorted.length < 2) return sorted;
  const start = Date.parse(`${sorted[0]}T00:00:00Z`);
  const end = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  const span = Math.round((end - start) / 86_400_000) + 1;
  if (!Number.isFinite(span) || span > COVERAGE.maxFilledDays) return sorted;
  return Array.from({ length: span }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}
