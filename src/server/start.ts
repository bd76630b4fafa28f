/**
 * Starts the app on a Node HTTP server. Binding beyond loopback exposes the ingest route to the network, so
 * it is refused unless a token guards it.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/types.js';
import { CrosscheckError } from '../model/error.js';
import { createApp } from './app.js';

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|::1|localhost)$/i;

export interface StartOptions {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  uiDir?: string | null;
}

/** Example: const { url, close } = await startServer({ store, port: 0 }) */
export async function startServer({ store, host = '127.0.0.1', port = 4477, token, uiDir }: StartOptions): Promise<{ url: string; close(): Promise<void> }> {
  if (!LOOPBACK.test(host) && !token) {
    throw new CrosscheckError('USAGE', 'serve', `refusing to listen on ${host} without --token (only loopback addresses may run without one)`);
  }
  const app = createApp({ store, token, uiDir });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}/`,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
    }),
  };
}
