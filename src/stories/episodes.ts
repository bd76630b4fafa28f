/**
 * Episode chains. The clusterer links a new story to the earlier story it continues when it is created, but
 * an archive may arrive out of order (a later episode before an earlier one), leaving two episodes pointing
 * at the same predecessor. Here every group of stories connected by such links is laid out again as one
 * chain in date order, so each episode's `previous` is the episode just before it.
 *
 * Example: chains([{id:'a',first:'2023-11-04',previous:null},{id:'b',first:'2025-04-23',previous:'a'},
 *                  {id:'c',first:'2025-03-11',previous:'a'}]) → Map { a→null, c→a, b→c }
 */
export interface EpisodeInfo { id: string; first: string | null; last?: string | null; previous: string | null }

export function chains(stories: EpisodeInfo[]): Map<string, string | null> {
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  for (const s of stories) parent.set(s.id, s.id);
  for (const s of stories) if (s.previous && parent.has(s.previous)) parent.set(find(s.id), find(s.previous));
  const groups = new Map<string, EpisodeInfo[]>();
  for (const s of stories) groups.set(find(s.id), [...(groups.get(find(s.id)) ?? []), s]);
  const out = new Map<string, string | null>();
  for (const g of groups.values()) {
    g.sort((a, b) => (a.first ?? a.last ?? '\uffff').localeCompare(b.first ?? b.last ?? '\uffff') || a.id.localeCompare(b.id));
    g.forEach((s, i) => out.set(s.id, i ? g[i - 1].id : null));
  }
  return out;
}
