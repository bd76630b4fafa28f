/**
 * The incremental engine: in-memory duplicate and story indexes over what the store holds, and the step that
 * adds one analysed article — classify it (original, exact, copy, rewrite), place it in a story (or start
 * one, linked to its previous episode), rebuild the touched stories and write all of it in one transaction.
 * On open, the indexes are rebuilt by replaying stored articles in insertion order; the stages are
 * deterministic, so the replay reproduces the stored assignment.
 */
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/document.js';
import type { StoryDetail } from '../model/story.js';
import type { Store, StoredArticle } from '../store/types.js';
import { DupIndex } from '../dedupe/index.js';
import { StoryClusterer, type ClusterDoc } from '../stories/cluster/clusterer.js';
import { buildStory } from '../stories/build.js';

const REPLAY_BATCH = 2000;

export interface Added {
  article: Article;
  storyId: string;
  dupKind: string;
  createdStory: boolean;
}

export class Engine {
  private constructor(
    private readonly store: Store,
    private readonly dups: DupIndex,
    private readonly clusterer: StoryClusterer,
  ) {}

  /** Opens the engine over a store, replaying what it holds. Example: const engine = await Engine.open(store) */
  static async open(store: Store): Promise<Engine> {
    const engine = new Engine(store, new DupIndex(), new StoryClusterer());
    for (let seq = 0; ; ) {
      const batch = await store.articlesSince(seq, REPLAY_BATCH);
      if (!batch.length) break;
      for (const s of batch) {
        engine.dups.add(s.article.id, s.article.text);
        engine.clusterer.add(clusterDoc(s.article, s.analysis, s.dup));
      }
      seq = batch[batch.length - 1].seq;
    }
    return engine;
  }

  /** Adds an analysed article unless it is already stored; returns null for a re-ingest. */
  async add(article: Article, analysis: Analysis): Promise<Added | null> {
    if (await this.store.has(article.id)) return null;
    const dup = this.dups.add(article.id, article.text);
    const placed = this.clusterer.add(clusterDoc(article, analysis, dup));
    const stored: StoredArticle = { article, analysis, dup, storyId: placed.storyId, seq: Number.MAX_SAFE_INTEGER };
    const before = await this.store.story(placed.storyId);
    const members = [...(await this.store.storyMembers(placed.storyId)), stored];
    const touched: StoryDetail[] = [];
    let related = before?.related ?? [];
    const previous = before?.previous ?? placed.previous;
    if (placed.created && placed.previous) {
      const prev = await this.store.story(placed.previous);
      if (prev) {
        related = [{ id: prev.id, title: prev.title, relation: 'previous' }];
        touched.push({ ...prev, related: [...prev.related.filter((r) => r.id !== placed.storyId), { id: placed.storyId, title: article.title ?? '', relation: 'next' }] });
      }
    }
    touched.unshift(buildStory(placed.storyId, members, { previous, related }));
    await this.store.add({ article, analysis, dup, storyId: placed.storyId }, touched);
    return { article, storyId: placed.storyId, dupKind: dup.kind, createdStory: placed.created };
  }
}

export function clusterDoc(article: Article, analysis: Analysis, dup: ClusterDoc['dup']): ClusterDoc {
  return {
    id: article.id, title: article.title, text: article.text, published: article.published, dup,
    entities: analysis.entities.filter((e) => e.type !== 'MISC').map((e) => e.canonicalId ?? `${e.type}:${e.canonical}`),
  };
}
