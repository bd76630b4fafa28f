/**
 * robots.txt fetched once per host (origin) and kept for a while. Per RFC 9309: a 4xx means no rules, an
 * unreachable file or a 5xx means "disallow everything" until it can be fetched again.
 */
import { ALLOW_ALL, UNREACHABLE, parseRobots, type Robots } from './robots.js';
import type { HostQueue } from './host-queue.js';

interface Entry { robots: Promise<Robots>; expires: number }
type Get = (url: string) => Promise<{ status: number; headers: Headers; body: Uint8Array }>;
const MAX_REDIRECTS = 5;
interface Opts { product: string; robotsTtlMs: number; robotsRetryMs: number }

export class RobotsCache {
  private readonly byOrigin = new Map<string, Entry>();

  constructor(private readonly opts: Opts, private readonly get: Get, private readonly queue: HostQueue) {}

  /** Example: await cache.allowed('https://a.example/news/1') */
  async allowed(url: string): Promise<'yes' | 'no' | 'unreachable'> {
    const u = new URL(url);
    const robots = await this.forOrigin(u.origin, u.host);
    if (robots.allowed(u.pathname + u.search)) return 'yes';
    return robots.unreachable ? 'unreachable' : 'no';
  }

  private forOrigin(origin: string, host: string): Promise<Robots> {
    const hit = this.byOrigin.get(origin);
    if (hit && hit.expires > Date.now()) return hit.robots;
    const entry: Entry = { robots: this.load(origin, host, () => entry), expires: Infinity };
    this.byOrigin.set(origin, entry);
    return entry.robots;
  }

  private async load(origin: string, host: string, entry: () => Entry): Promise<Robots> {
    let robots: Robots;
    let ttl = this.opts.robotsTtlMs;
    try {
      const r = await this.follow(`${origin}/robots.txt`);
      if (r.status >= 200 && r.status < 300) robots = parseRobots(Buffer.from(r.body).toString('utf8'), this.opts.product);
      else if (r.status >= 300 && r.status < 500) robots = ALLOW_ALL;
      else { robots = UNREACHABLE; ttl = this.opts.robotsRetryMs; }
    } catch {
      robots = UNREACHABLE;
      ttl = this.opts.robotsRetryMs;
    }
    if (robots.crawlDelay) this.queue.setDelay(host, Math.min(robots.crawlDelay, 30) * 1000);
    entry().expires = Date.now() + ttl;
    return robots;
  }

  /** RFC 9309 asks crawlers to follow at least five redirects for robots.txt. */
  private async follow(url: string): ReturnType<Get> {
    let r = await this.get(url);
    for (let hop = 0; hop < MAX_REDIRECTS && r.status >= 300 && r.status < 400 && r.headers.get('location'); hop++) {
      url = new URL(r.headers.get('location')!, url).toString();
      r = await this.get(url);
    }
    return r;
  }
}
