/**
 * A count updated over time, told apart from outlets disagreeing: a death toll given as "at least seven" on
 * Friday, "has risen to 14" on Saturday and "has risen to 17" on Thursday is one rising series, not a
 * disagreement; 14 against "at least 12" on the same Saturday still is one. Used by claims.ts on figures
 * already linked as the same quantity and scope. Hand-written: which counts only grow and how news words an
 * update is a journalistic convention no library encodes.
 *
 * A series needs figures on at least two days, every later day's figures on one side of every earlier
 * day's (or equal) and at least one past them; rising when the count is cumulative — a toll of the killed,
 * injured, evacuated, arrested, destroyed… — or a later figure's sentence has an update cue ("has risen
 * to", "climbed to", "now", "latest", "up from"); falling only for a count that is not cumulative (the
 * missing, who are found) and with a cue ("eight people were still missing"). Drones shot down in one
 * attack have neither, so 337 against 343 stays a disagreement. An undated figure may sit in the series
 * only when it matches one of the dated figures.
 */
import type { Item } from './claims-link.js';
import { interval } from './claims-interval.js';

const SERIES = {
  cumulative: /^(?:people |civilians |soldiers |children )?(?:killed|dead|died|deaths?|injured|wounded|hurt|casualties|evacuated|displaced|arrested|detained|rescued|destroyed|damaged|flooded|infected|cases|fled)\b/i,
  update: /\b(?:(?:has|have|had) (?:now )?(?:risen|climbed|grown|increased|jumped|reached|fallen|dropped)|(?:rose|rises|climbed|climbs|jumped|increased|fell|dropped) to|now|latest|updated|up from|down from|so far|to date|revised|still)\b/i,
};

/** Whether figures of this event class ("killed" in "people|killed") only ever grow. */
export function cumulative(eventClass: string): boolean {
  return SERIES.cumulative.test(eventClass);
}

/**
 * The figures as days of an updated count (oldest first, undated ones last as their own day), or null when
 * they are not one. Example: series([≥7 on 9 Oct, 14 on 10 Oct, 17 on 15 Oct], true) → [[≥7], [14], [17]]
 */
export function series(items: Item[], isCumulative: boolean): Item[][] | null {
  const byDay = new Map<string, Item[]>();
  for (const it of items) if (it.day) byDay.set(it.day, [...(byDay.get(it.day) ?? []), it]);
  if (byDay.size < 2) return null;
  const days = [...byDay.keys()].sort().map((d) => byDay.get(d)!);
  const cue = days.slice(1).flat().some((it) => SERIES.update.test(it.sentence));
  const dir = trend(days);
  if (!(dir > 0 && (isCumulative || cue)) && !(dir < 0 && !isCumulative && cue)) return null;
  const undated = items.filter((it) => !it.day);
  const dated = items.filter((it) => it.day).map(interval);
  if (!undated.every((u) => dated.some(([lo, hi]) => lo <= interval(u)[1] && interval(u)[0] <= hi))) return null;
  return undated.length ? [...days, undated] : days;
}

/** 1 when later days' figures only rise past earlier ones, -1 when they only fall below them, else 0. */
function trend(days: Item[][]): number {
  let up = false;
  let down = false;
  days.forEach((day, i) => {
    for (const later of days.slice(i + 1).flat()) {
      for (const earlier of day) {
        const [a, b] = [interval(earlier), interval(later)];
        if (b[0] > a[1]) up = true;
        if (b[1] < a[0]) down = true;
      }
    }
  });
  return up === down ? 0 : up ? 1 : -1;
}
