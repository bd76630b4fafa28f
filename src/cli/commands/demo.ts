/** `demo`: ingests the bundled fictional corpus into a fresh temporary database and shows where to look. */
import type { Command } from 'commander';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../pipeline/ingest.js';
import { SqliteStore } from '../../store/sqlite/store.js';
import { err, out } from '../options.js';
import { serveUntilInterrupted } from './serve.js';

/** The demo corpus ships in the package: demo/corpus beside dist/ and src/. */
export const DEMO_CORPUS = fileURLToPath(new URL('../../../demo/corpus', import.meta.url));

export function register(program: Command, state: { exit: number }) {
  program.command('demo').description('ingest the bundled demo corpus into a temporary database and list its stories')
    .option('--db <path>', 'database file (default: a new temporary one)')
    .option('--no-serve', 'do not start the web UI afterwards')
    .option('--port <n>', 'port for the web UI (0 picks a free one)', '4477')
    .action(async (o: { db?: string; serve: boolean; port: string }) => {
      const db = o.db ?? join(mkdtempSync(join(tmpdir(), 'crosscheck-demo-')), 'demo.db');
      const store = SqliteStore.open(db);
      const report = await ingestPaths([DEMO_CORPUS], store, { onRejected: (e) => err(e.toLine()) });
      const stories = await store.stories({ limit: 20 });
      if (!o.serve) await store.close();
      if (report.rejected.length) state.exit = 1;
      out(`Ingested ${report.added} reports from ${DEMO_CORPUS} into ${db}\n`);
      out(`${stories.total} stories:`);
      for (const s of stories.items) out(`  ${s.id}  ${String(s.articles).padStart(2)} reports  ${s.title}`);
      const top = stories.items.find((s) => s.articles > 1) ?? stories.items[0];
      out('\nWhere to look:');
      if (top) out(`  npx crosscheck story ${top.id} --db ${db}          # timeline, actors, quotes, claims`);
      out(`  npx crosscheck stories --db ${db} --json`);
      out(`  npx crosscheck search "ceasefire" --db ${db}`);
      if (!o.serve) return;
      const url = await serveUntilInterrupted(store, { port: Number(o.port), anyPortIfBusy: true });
      out(`\nWeb UI: ${url}  (Ctrl-C to stop; --no-serve to skip)`);
    });
}
