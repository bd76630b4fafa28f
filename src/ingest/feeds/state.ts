/**
 * What `watch` remembers between runs, kept in the store's state table: per source its FeedState under
 * `watch:feed:<url>`, and per handled item (normalised URL) a row under `watch:seen:<url>`. One row per URL
 * in an indexed key-value table is the small seen-table the watcher needs, with no schema change.
 */
import type { Store } from '../../store/types.js';
import type { FeedState } from './schedule.js';

export const STATE_KEYS = {
  feed: (url: string) => `watch:feed:${url}`,
  seen: (url: string) => `watch:seen:${url}`,
};

export type SeenStatus = 'added' | 'unchanged' | 'rejected' | 'failed';

export class WatchState {
  constructor(private readonly store: Store) {}

  /** Example: (await state.feed(url)).nextPoll */
  async feed(url: string): Promise<FeedState> {
    return (await this.store.getState<FeedState>(STATE_KEYS.feed(url))) ?? { url, nextPoll: 0, errors: 0 };
  }

  saveFeed(state: FeedState): Promise<void> {
    return this.store.setState(STATE_KEYS.feed(state.url), state);
  }

  async seen(key: string): Promise<boolean> {
    return (await this.store.getState(STATE_KEYS.seen(key))) !== null;
  }

  markSeen(key: string, status: SeenStatus, at: string): Promise<void> {
    return this.store.setState(STATE_KEYS.seen(key), { at, status });
  }

  /** The earliest next poll among these sources (epoch ms). */
  async nextDue(urls: string[]): Promise<number> {
    let next = Infinity;
    for (const url of urls) next = Math.min(next, (await this.feed(url)).nextPoll);
    return next;
  }
}
