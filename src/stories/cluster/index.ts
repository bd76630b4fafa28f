/**
 * Story clustering: incremental TF-IDF + entity + time clustering of articles into stories, with episode
 * links for long-running stories and merges; a single-link baseline for evaluation; a stand-in entity
 * extractor for when no NER output is at hand.
 */
export { StoryClusterer, CLUSTER } from './clusterer.js';
export type { ClusterDoc, ClusterResult, ClusterOptions, StoryInfo, ClustererState } from './clusterer.js';
export { standInEntities } from './stand-in.js';
export { termCounts, Vocab, weigh } from './tfidf.js';
export { Centroid } from './centroid.js';
