/**
 * Episode chains. The clusterer links a new story to the story it continues when it is created, but an archive
 * may arrive out of order (a later episode before an earlier one), leaving two episodes pointing at the same
 * predecessor. Here every group of stories connected by such links is laid out again as one chain in date
 * order, so each episode's `previous` is the episode just before it.
 *
 * A story with no date (its reports carry no publication date) has no place in that order: a link that
 * touches one is kept as `related` (order unknown) on both ends instead of being given an order it does not
 * have; it still belongs to the group, so the chain is linked.
 *
 * Example: chains([{id:'a',first:'2023-11-04',previous:null},{id:'b',first:'2025-04-23',previous:'a'},
 *                  {id:'c',first:'2025-03-11',previous:'a'}]) → Map { a→null, c→a, b→c }
 */
export interface EpisodeInfo { id: string; first: string | null; last?: string | null; previous: string | null }

export interface Episodes {
  /** Dated episode → the dated episode just before it in its group (null for the first and for undated ones). */
  previous: Map<string, string | null>;
  /** Episodes linked with an undated one, order unknown (both ends list each other). */
  related: Map<string, string[]>;
  /** Story → an id naming its group (every episode of a chain has the same). */
  group: Map<string, string>;
}

/** Every story's place in its chain. Example: episodes([{id:'a',first:null,previous:'b'}, …]).related.get('a') → ['b'] */
export function episodes(stories: EpisodeInfo[]): Episodes {
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  for (const s of stories) parent.set(s.id, s.id);
  for (const s of stories) if (s.previous && parent.has(s.previous)) parent.set(find(s.id), find(s.previous));
  const date = (s: EpisodeInfo) => s.first ?? s.last ?? null;
  const groups = new Map<string, EpisodeInfo[]>();
  for (const s of stories) {
    const root = find(s.id);
    const g = groups.get(root);
    if (g) g.push(s); else groups.set(root, [s]);
  }
  const previous = new Map<string, string | null>(), group = new Map<string, string>();
  for (const [root, g] of groups) {
    const dated = g.filter((s) => date(s) !== null).sort((a, b) => date(a)!.localeCompare(date(b)!) || a.id.localeCompare(b.id));
    for (const s of g) { previous.set(s.id, null); group.set(s.id, root); }
    dated.forEach((s, i) => previous.set(s.id, i ? dated[i - 1].id : null));
  }
  const byId = new Map(stories.map((s) => [s.id, s]));
  const related = new Map<string, string[]>();
  const relate = (a: string, b: string) => { const l = related.get(a) ?? []; if (!l.includes(b)) related.set(a, [...l, b]); };
  for (const s of stories) {
    const p = s.previous ? byId.get(s.previous) : undefined;
    if (p && p.id !== s.id && (date(s) === null || date(p) === null)) { relate(s.id, p.id); relate(p.id, s.id); }
  }
  return { previous, related, group };
}

/** The dated chain order alone (see episodes). */
export function chains(stories: EpisodeInfo[]): Map<string, string | null> {
  return episodes(stories).previous;
}
