/**
 * What the story list shows of each story besides its summary — reports per day (the sparkline) and how many
 * figures its outlets dispute — derived from the story's detail when the detail is written, so that listing a
 * page of stories is one indexed query instead of reading every story's detail (N+1 reads).
 * A report's day is its publication date's calendar day as written by the outlet (the first 10 characters).
 */
import type { StoryDetail } from '../model/story.js';

export interface DayCount { day: string; count: number }

/** Example: dayOf('2026-03-07T23:00+02:00') → '2026-03-07'; dayOf(null) → null */
export function dayOf(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/** Reports per day, only the days that have one, in date order. Example: dailyCounts(s.members) → [{day:'2026-03-07',count:2}] */
export function dailyCounts(members: StoryDetail['members']): DayCount[] {
  const totals = new Map<string, number>();
  for (const m of members) {
    const day = dayOf(m.published);
    if (day) totals.set(day, (totals.get(day) ?? 0) + 1);
  }
  return [...totals].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count }));
}

/** The list columns of a story. Example: listFields(detail) → {days:'[{"day":…,"count":2}]', disagreements:1} */
export function listFields(s: Pick<StoryDetail, 'members' | 'claims'>): { days: string; disagreements: number } {
  return { days: JSON.stringify(dailyCounts(s.members)), disagreements: s.claims.filter((c) => c.verdict === 'disagree').length };
}
