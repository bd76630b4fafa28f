/** The Node server around the app: loopback-only without a token, and raw (un-normalised) paths over a socket. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './start.js';
import { SqliteStore } from '../store/sqlite/store.js';

test('refuses to listen beyond loopback without a token', async () => {
  const store = SqliteStore.open(':memory:');
  for (const host of ['0.0.0.0', '::', '192.168.1.10']) {
    await assert.rejects(startServer({ store, host, port: 0 }), /without --token/, host);
  }
  await store.close();
});

/** Sends a request line exactly as written (fetch and URL would normalise `..`). */
function raw(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => s.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let out = '';
    s.on('data', (d) => { out += d; });
    s.on('end', () => resolve(out));
    s.on('error', reject);
  });
}

test('serves on a free loopback port and never returns a file above the UI folder', async () => {
  const root = mkdtempSync(join(tmpdir(), 'cc-start-'));
  mkdirSync(join(root, 'ui'));
  writeFileSync(join(root, 'ui', 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the UI folder');
  const store = SqliteStore.open(':memory:');
  const server = await startServer({ store, port: 0, token: 't0ken', uiDir: join(root, 'ui') });
  const port = Number(new URL(server.url).port);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(await raw(port, '/'), /^HTTP\/1\.1 200/);
    for (const path of ['/../secret.txt', '/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/.%2e/secret.txt', '/..\\secret.txt', '//../secret.txt']) {
      const res = await raw(port, path);
      assert.doesNotMatch(res, /outside the UI folder/, path);
      assert.match(res, /^HTTP\/1\.1 (400|404)/, path);
    }
  } finally {
    await server.close();
    await store.close();
  }
});
