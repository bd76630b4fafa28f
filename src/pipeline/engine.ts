/**
 * The incremental engine: in-memory duplicate and story indexes over what the store holds, and the step that
 * adds one analysed article — classify it (original, exact, copy, rewrite), place it in a story (start one,
 * linked to its previous episode, or merge two that came together) and store it in one transaction, marking
 * its story for a rebuild. `flush()` rebuilds marked stories once per batch instead of once per article, so a
 * story with thousands of reports costs one rebuild per batch. On open, the indexes are rebuilt by replaying
 * stored articles in insertion order (the stages are deterministic), and stories a crash left marked are
 * rebuilt.
 */
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/document.js';
import type { StoryDetail } from '../model/story.js';
import type { NewArticle, Store } from '../store/types.js';
import { DupIndex } from '../dedupe/index.js';
import { StoryClusterer, type ClusterDoc } from '../stories/cluster/clusterer.js';
import { buildStory } from '../stories/build.js';
import { episodes } from '../stories/episodes.js';
import { standInEntities } from '../stories/cluster/stand-in.js';

const TUNING = {
  replayBatch: 2000,
  /** Stories are rebuilt every this many new articles... */
  flushEvery: 500,
  /**
   * ... during a long ingest, a story already built is rebuilt only once it has grown by this share (or its
   * episode links changed), so a story of n reports costs O(n) rebuilt members over the run, not O(n²); the
   * ingest's final flush rebuilds every story still marked, so what a run leaves is exact.
   */
  regrowth: 0.5,
  /** Articles written per transaction: one commit per batch instead of per article ($CROSSCHECK_WRITE_BATCH). */
  writeBatch: Number(process.env.CROSSCHECK_WRITE_BATCH) || 64,
};

export interface Added {
  article: Article;
  storyId: string;
  dupKind: string;
  createdStory: boolean;
}

/** Milliseconds of the last adds (a ring), for the latency figures `ingest --json` reports. */
class Timings {
  private readonly ring = new Float64Array(8192);
  private n = 0;
  record(ms: number): void { this.ring[this.n++ % this.ring.length] = ms; }
  /** Example: t.stats() → { n: 8192, p50: 0.9, p95: 2.4, max: 31 } over the last 8,192 adds */
  stats(): { n: number; p50: number; p95: number; max: number } {
    const xs = Array.from(this.ring.subarray(0, Math.min(this.n, this.ring.length))).sort((a, b) => a - b);
    const at = (q: number) => (xs.length ? Math.round(xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] * 100) / 100 : 0);
    return { n: xs.length, p50: at(0.5), p95: at(0.95), max: at(1) };
  }
}

export class Engine {
  /** Time to place a new article (duplicate check + story join) and the whole add (with its share of batched writes and rebuilds). */
  readonly timings = { join: new Timings(), add: new Timings() };
  private pending = 0;
  /** Placed but not yet written; `has` must see them too. */
  private unwritten: NewArticle[] = [];
  private unwrittenIds = new Set<string>();
  private redirectsSeen = 0;
  /** Reports in each story when this engine last built it, and its episode links then. */
  private builtSize = new Map<string, number>();
  private builtLinks = new Map<string, string>();
  private splitsSeen = 0;

  private constructor(
    private readonly store: Store,
    private readonly dups: DupIndex,
    private readonly clusterer: StoryClusterer,
  ) {}

  /** Opens the engine over a store, replaying what it holds. Example: const engine = await Engine.open(store) */
  static async open(store: Store): Promise<Engine> {
    const engine = new Engine(store, new DupIndex(), new StoryClusterer());
    for (let seq = 0; ; ) {
      const batch = await store.articlesSince(seq, TUNING.replayBatch);
      if (!batch.length) break;
      for (const s of batch) {
        engine.dups.add(s.article.id, s.article.text);
        engine.clusterer.add(clusterDoc(s.article, s.analysis, s.dup));
      }
      seq = batch[batch.length - 1].seq;
    }
    engine.redirectsSeen = engine.clusterer.redirects.size;
    engine.clusterer.splits.length = 0; // the store holds them already
    await engine.flush();
    return engine;
  }

  /** Adds an analysed article unless it is already stored; returns null for a re-ingest. `standIn`: its clusterDoc entities, if computed already. */
  async add(article: Article, analysis: Analysis, standIn?: string[]): Promise<Added | null> {
    if (this.unwrittenIds.has(article.id) || (await this.store.has(article.id))) return null;
    const t0 = performance.now();
    const dup = this.dups.add(article.id, article.text);
    const splitsBefore = this.clusterer.splits.length;
    const redirectsBefore = this.clusterer.redirects.size;
    const placed = this.clusterer.add(clusterDoc(article, analysis, dup, standIn));
    this.timings.join.record(performance.now() - t0);
    if (this.clusterer.splits.length !== splitsBefore || this.clusterer.redirects.size !== redirectsBefore) {
      await this.write(); // moves and merges must see every earlier article stored
      await this.applySplits(article.id); // the clusterer splits before it merges
      await this.applyMerges();
    }
    this.unwritten.push({ article, analysis, dup, storyId: placed.storyId });
    this.unwrittenIds.add(article.id);
    if (this.unwritten.length >= TUNING.writeBatch) await this.write();
    if (++this.pending >= TUNING.flushEvery) await this.flush(false);
    this.timings.add.record(performance.now() - t0);
    return { article, storyId: placed.storyId, dupKind: dup.kind, createdStory: placed.created };
  }

  /** The story the in-memory index places an article in (what the store must agree with). */
  storyOf(articleId: string): string | undefined {
    return this.clusterer.storyOf(articleId);
  }

  /**
   * Rebuilds the stories marked since the last flush (all of them, and every episode of their chains, unless
   * `all` is false: then only those grown by TUNING.regrowth or whose episode links changed; see TUNING).
   */
  async flush(all = true): Promise<number> {
    await this.write();
    this.pending = 0;
    const ids = new Set(await this.store.dirtyStories());
    const infos = this.clusterer.outline();
    const { previous, related, group } = episodes(infos);
    const next = new Map<string, string[]>();
    for (const [id, p] of previous) if (p) { const n = next.get(p); if (n) n.push(id); else next.set(p, [id]); }
    const links = (id: string) => `${previous.get(id) ?? ''}|${next.get(id)?.join(',') ?? ''}|${related.get(id)?.join(',') ?? ''}`;
    const size = new Map(infos.map((s) => [s.id, s.size]));
    if (all) {
      // Every episode of a chain that changed is rebuilt: its neighbours and links may have moved.
      const chainOf = new Map<string, string[]>();
      for (const s of infos) {
        const g = group.get(s.id)!;
        const chain = chainOf.get(g);
        if (chain) chain.push(s.id); else chainOf.set(g, [s.id]);
      }
      for (const id of [...ids]) for (const other of chainOf.get(group.get(id) ?? id) ?? []) ids.add(other);
    } else {
      for (const id of [...ids]) {
        const built = this.builtSize.get(id);
        if (built !== undefined && (size.get(id) ?? 0) - built < Math.max(1, built * TUNING.regrowth) && this.builtLinks.get(id) === links(id)) ids.delete(id);
      }
      for (const s of infos) if (this.builtLinks.has(s.id) && this.builtLinks.get(s.id) !== links(s.id)) ids.add(s.id);
    }
    // Written one episode group at a time: a story's links (previous, next, related) all point inside its
    // group, so the titles they show are known once the group is built, and memory holds one group's details,
    // not every story a flush rebuilds (the final flush of a long ingest rebuilds them all).
    const groups = new Map<string, string[]>();
    for (const id of ids) {
      const g = group.get(id) ?? id;
      const members = groups.get(g);
      if (members) members.push(id); else groups.set(g, [id]);
    }
    let n = 0;
    for (const chain of groups.values()) {
      const built: StoryDetail[] = [];
      for (const id of chain) {
        const members = await this.store.storyMembers(id);
        if (!members.length) continue;
        built.push(buildStory(id, members, { previous: previous.get(id) ?? null, related: [] }));
        this.builtSize.set(id, members.length);
        this.builtLinks.set(id, links(id));
      }
      const titles = new Map(built.map((s) => [s.id, s.title]));
      const title = async (id: string) => titles.get(id) ?? (await this.store.story(id))?.title ?? id;
      for (const story of built) {
        if (story.previous) story.related.push({ id: story.previous, title: await title(story.previous), relation: 'previous' });
        for (const x of next.get(story.id) ?? []) story.related.push({ id: x, title: await title(x), relation: 'next' });
        for (const r of related.get(story.id) ?? []) story.related.push({ id: r, title: await title(r), relation: 'related' });
        await this.store.putStory(story);
      }
      n += built.length;
    }
    return n;
  }

  /** Makes every article added so far durable now (before a caller records it as done elsewhere). */
  async commit(): Promise<void> {
    await this.write();
  }

  /** Writes the articles placed since the last write, in one transaction. */
  private async write() {
    if (!this.unwritten.length) return;
    await this.store.addMany(this.unwritten);
    this.unwritten = [];
    this.unwrittenIds.clear();
  }

  /**
   * Stories the clusterer split since the last look are split in the store too (the new article is not stored
   * yet); the clusterer's log of them is emptied then, so it does not grow with the run (issue 7).
   */
  private async applySplits(newId: string) {
    const splits = this.clusterer.splits;
    for (; this.splitsSeen < splits.length; this.splitsSeen++) {
      const { from, to, articles } = splits[this.splitsSeen];
      await this.store.moveArticles(articles.filter((id) => id !== newId), from, to);
    }
    splits.length = 0;
    this.splitsSeen = 0;
  }

  /** Stories the clusterer merged since the last look are merged in the store too. */
  private async applyMerges() {
    if (this.clusterer.redirects.size === this.redirectsSeen) return;
    const all = [...this.clusterer.redirects];
    for (const [from, to] of all.slice(this.redirectsSeen)) await this.store.mergeStory(from, to);
    this.redirectsSeen = all.length;
  }
}

/**
 * What the clusterer sees of an article. Its entity signal is the names of the text as capitalised runs
 * plus their last word (`standInEntities`), not the tagger's typed canonical ids: on ECB+ the typed ids score
 * B³ F1 0.854–0.874 held out against 0.912 for the name runs (docs/eval/clustering.md), since a name the
 * tagger types differently in two reports, or misses, still matches as a run, and event names (MISC) count.
 */
export function clusterDoc(article: Article, _analysis: Analysis, dup: ClusterDoc['dup'], standIn?: string[]): ClusterDoc {
  return { id: article.id, title: article.title, text: article.text, published: article.published, dup, entities: standIn ?? standInEntities(article.text) };
}
