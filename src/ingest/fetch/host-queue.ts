/**
 * Politeness: one request at a time per host, and a pause after each before the next to the same host.
 * Different hosts run in parallel. A chain of promises per host is all it takes. The pause timer is not
 * unref'd: a request waiting on it may be all that keeps the process alive.
 */

export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Raises one host's pause (a robots.txt Crawl-delay); never lowers it below the default. */
  setDelay(host: string, ms: number): void {
    this.delays.set(host, Math.max(this.delayMs, ms));
  }

  /** Runs `fn` when the host is free. Example: await queue.run('a.example', () => fetch(url)) */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    this.tails.set(host, tail);
    await prev;
    try {
      return await fn();
    } finally {
      const pause = this.delays.get(host) ?? this.delayMs;
      setTimeout(() => {
        release();
        if (this.tails.get(host) === tail) this.tails.delete(host);
      }, pause);
    }
  }
}
