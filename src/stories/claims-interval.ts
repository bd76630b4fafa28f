/**
 * The interval a figure stands for when figures are compared (claims.ts, claims-series.ts): ranges and
 * approximations as stated, open bounds closed a little past the value ("at least 12" reads as 12 to 13:
 * a news tally states its best count, so it disagrees with another outlet's 14), miles as kilometres.
 */
import type { Item } from './claims-link.js';

const TUNING = {
  /** Open bounds ("at least", "up to") reach this far past the value when compared: 10%, at least 1. */
  openSlack: 0.1,
  toKm: { miles: 1.609344 } as Record<string, number>,
};

/** Example: interval({claim: {value: 12, low: 12, high: Infinity, qualifier: 'at least', …}}) → [12, 13] */
export function interval(it: Item): [number, number] {
  const c = it.claim;
  const f = TUNING.toKm[c.unit ?? ''] ?? 1;
  const slack = Math.max(1, c.value * TUNING.openSlack);
  if (c.qualifier === 'at least' || c.qualifier === 'more than') return [c.low * f, Math.max(c.low, c.value + slack) * f];
  if (c.qualifier === 'at most' || c.qualifier === 'less than') return [Math.min(c.high, c.value - slack) * f, c.high * f];
  return [c.low * f, c.high * f];
}

/** Whether all the figures' intervals share a point. */
export function overlaps(items: Item[]): boolean {
  const iv = items.map(interval);
  return Math.max(...iv.map((v) => v[0])) <= Math.min(...iv.map((v) => v[1]));
}
