/** `serve`: the HTTP API and web UI over a database, until Ctrl-C. */
import type { Command } from 'commander';
import { startServer } from '../../server/start.js';
import type { Store } from '../../store/types.js';
import { CrosscheckError } from '../../model/error.js';
import { defaultDbPath, err, openStore, out } from '../options.js';

export function register(program: Command) {
  program.command('serve').description('serve the JSON API (/api, OpenAPI at /api/openapi.json) and the web UI')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--host <host>', 'address to listen on (beyond loopback only with --token)', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '4477')
    .option('--token <token>', 'require Authorization: Bearer <token> for POST /api/ingest (default: $CROSSCHECK_TOKEN)')
    .action(async (o: { db: string; host: string; port: string; token?: string }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CrosscheckError('USAGE', 'serve', `--port must be 0–65535, not ${o.port}`);
      const store = openStore(o.db);
      const url = await serveUntilInterrupted(store, { host: o.host, port, token: o.token ?? process.env.CROSSCHECK_TOKEN });
      out(`crosscheck is serving ${o.db} at ${url}  (Ctrl-C to stop)`);
    });
}

/**
 * Starts the server, closes it and the store on SIGINT/SIGTERM, and returns the URL; the open socket keeps
 * the process alive. Example: const url = await serveUntilInterrupted(store, { port: 4477 })
 */
export async function serveUntilInterrupted(store: Store, o: { host?: string; port?: number; token?: string; anyPortIfBusy?: boolean }): Promise<string> {
  let server: Awaited<ReturnType<typeof startServer>>;
  const { anyPortIfBusy, ...opts } = o;
  try {
    server = await startServer({ store, ...opts }).catch((e: NodeJS.ErrnoException) => {
      if (anyPortIfBusy && e.code === 'EADDRINUSE') return startServer({ store, ...opts, port: 0 });
      throw e;
    });
  } catch (e) {
    await store.close();
    if (e instanceof CrosscheckError) throw e;
    throw new CrosscheckError('USAGE', 'serve', `cannot listen on ${o.host ?? '127.0.0.1'}:${o.port} (${(e as Error).message})`, { cause: e });
  }
  const stop = async () => {
    err('\nstopping…');
    await server.close().catch(() => undefined);
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return server.url;
}
