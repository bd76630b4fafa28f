/** `ingest`: read, clean, analyse and store reports, with a progress bar on long runs. */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ingestPaths, type IngestReport } from '../../pipeline/ingest.js';
import { countInputs } from '../../ingest/count.js';
import { defaultDbPath, err, openStore, out } from '../options.js';

const PROGRESS_MIN = 20;

export function register(program: Command, state: { exit: number }) {
  program.command('ingest').description('add reports to the store (idempotent: re-ingesting changes nothing)')
    .argument('<path...>', 'files or folders: text (.txt, .md), HTML, RSS/Atom/OPML (.rss, .atom, .xml), WARC, JSONL; each may be .gz')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--json', 'print the run report as JSON')
    .option('-q, --quiet', 'no progress bar')
    .option('--workers <n>', 'worker threads for cleaning and analysis (default: cores − 1, at least 1; 0 = none)')
    .action(async (paths: string[], o: { db: string; json?: boolean; quiet?: boolean; workers?: string }) => {
      const store = openStore(o.db);
      const workers = o.workers === undefined ? undefined : Math.max(0, Math.floor(Number(o.workers)) || 0);
      const report = await runWithProgress(paths, store, !o.quiet && process.stderr.isTTY === true, workers);
      await store.close();
      if (report.rejected.length) state.exit = 1;
      const summary = { db: o.db, read: report.read, added: report.added, unchanged: report.unchanged, rejected: report.rejected, stories: report.stories.size };
      if (o.json) out(JSON.stringify(summary, null, 2));
      else out(`${report.added} added, ${report.unchanged} already stored, ${report.rejected.length} rejected; ${report.stories.size} stories touched → ${o.db}`);
    });
}

async function runWithProgress(paths: string[], store: ReturnType<typeof openStore>, tty: boolean, workers?: number): Promise<IngestReport> {
  const total = tty ? await countInputs(paths) : 0;
  const bar = tty && total >= PROGRESS_MIN
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} | {added} added | {rejected} rejected | {eta_formatted}', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(total, 0, { added: 0, rejected: 0 });
  // With a bar on screen, rejections are listed when it is done rather than torn through it.
  const held: string[] = [];
  const report = await ingestPaths(paths, store, {
    onRejected: (e) => (bar ? held.push(e.toLine()) : err(e.toLine())),
    onItem: (r) => bar?.update(r.read, { added: r.added, rejected: r.rejected.length }),
  }, { workers });
  bar?.stop();
  held.forEach((line) => err(line));
  return report;
}
