/**
 * A scripted HTTP server on 127.0.0.1 (port 0) for the fetch and watch tests: routes answer with fixed or
 * computed responses, special behaviours (hang, endless body, garbage) can be switched per route, and every
 * request is counted per path so tests can prove nothing is fetched twice.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Never answer (until the server closes). */
  hang?: boolean;
  /** Stream data without end. */
  endless?: boolean;
  /** Answer headers, then stall before the body for this long. */
  stallMs?: number;
  /** Answer only once this settles (a test waits for the client to acknowledge something first). */
  until?: Promise<unknown>;
}
export type Route = Reply | ((req: IncomingMessage, n: number) => Reply);

export class TestServer {
  readonly hits = new Map<string, number>();
  readonly routes = new Map<string, Route>();
  private server!: Server;
  private readonly open = new Set<ServerResponse>();
  base = '';
  /** Most requests in flight at once (politeness: one per host). */
  maxActive = 0;

  static async start(routes: Record<string, Route> = {}): Promise<TestServer> {
    const s = new TestServer();
    for (const [k, v] of Object.entries(routes)) s.routes.set(k, v);
    s.server = createServer((req, res) => s.handle(req, res));
    await new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r));
    s.base = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
    return s;
  }

  url(path: string): string { return this.base + path; }
  count(path: string): number { return this.hits.get(path) ?? 0; }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    const n = (this.hits.get(path) ?? 0) + 1;
    this.hits.set(path, n);
    const route = this.routes.get(path) ?? this.routes.get(path.split('?')[0]) ?? (path === '/robots.txt' ? { status: 404 } : { status: 404, body: 'no such page' });
    const reply = typeof route === 'function' ? route(req, n) : route;
    this.open.add(res);
    this.maxActive = Math.max(this.maxActive, this.open.size);
    res.on('close', () => this.open.delete(res));
    if (reply.hang) return;
    if (reply.until) return void reply.until.then(() => this.handle2(res, { ...reply, until: undefined }));
    this.handle2(res, reply);
  }

  private handle2(res: ServerResponse, reply: Reply): void {
    res.writeHead(reply.status ?? 200, reply.headers ?? {});
    if (reply.endless) return void this.pump(res);
    if (reply.stallMs) return void setTimeout(() => res.end(reply.body ?? ''), reply.stallMs).unref();
    res.end(reply.body ?? '');
  }

  private pump(res: ServerResponse): void {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const write = () => { while (!res.destroyed && res.write(chunk)); };
    res.on('drain', write);
    write();
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
