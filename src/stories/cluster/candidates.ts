/**
 * Inverted index from a story's heaviest terms and entities to the story, so a new article is scored against
 * a few dozen candidate stories instead of all of them. Each posting list keeps only the most recently active
 * stories for its key (a word like "ukraine" would otherwise list every story of three years): a story is
 * re-added under its keys whenever it grows, and lookups read the newest entries first. Rare keys —
 * names, places — keep old stories reachable, which is what episode links need.
 */

export const POSTINGS = {
  /** Stories kept per key; a list is trimmed back to this when it doubles. */
  cap: 200,
  /** Entries read per key at lookup, newest first: bounds the cost of keys that every story shares. */
  scan: 120,
};

export class Postings {
  private lists = new Map<number, string[]>();

  /** `recency(id)` orders stories when a list is trimmed (higher = more recently updated). */
  constructor(private readonly recency: (storyId: string) => number) {}

  /** Adds (or refreshes, moving it to the newest end) a story under keys (term ids). Example: p.add('s1', [34]) */
  add(storyId: string, keys: Iterable<number>): void {
    for (const k of keys) {
      const list = this.lists.get(k);
      if (!list) { this.lists.set(k, [storyId]); continue; }
      list.push(storyId);
      if (list.length > POSTINGS.cap * 2) this.lists.set(k, this.trim(list));
    }
  }

  /**
   * Stories sharing the most query weight, best first. Example: p.lookup([[34, .4]], 40) → ['s1']
   */
  lookup(query: Iterable<[number, number]>, max: number): string[] {
    const score = new Map<string, number>();
    for (const [k, w] of query) {
      const list = this.lists.get(k);
      if (!list) continue;
      const seen = new Set<string>();
      for (let i = list.length - 1; i >= Math.max(0, list.length - POSTINGS.scan); i--) {
        if (seen.has(list[i])) continue;
        seen.add(list[i]);
        score.set(list[i], (score.get(list[i]) ?? 0) + w);
      }
    }
    return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([id]) => id);
  }

  private trim(list: string[]): string[] {
    return [...new Set(list)].sort((a, b) => this.recency(b) - this.recency(a)).slice(0, POSTINGS.cap);
  }
}
