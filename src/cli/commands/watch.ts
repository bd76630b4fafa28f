/**
 * `watch <feeds.txt|feeds.opml>`: follow feeds and news sitemaps, adding new reports to the store as they
 * appear. Ctrl-C (SIGINT/SIGTERM) stops after the item in hand; a second Ctrl-C quits at once. On a TTY one
 * status line shows polls, new items, 304s and errors; errors go to stderr either way.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CrosscheckError } from '../../model/error.js';
import { parseSourceList } from '../../ingest/feeds/list.js';
import { Watcher, type WatchEvent } from '../../ingest/watch.js';
import { defaultDbPath, err, openStore, out } from '../options.js';

interface Opts { db: string; interval: string; once?: boolean; delay: string; quiet?: boolean }

export function register(program: Command, state: { exit: number }) {
  program.command('watch').description('follow feeds and news sitemaps; fetch and add each new report')
    .argument('<list>', 'feed URLs, one a line (# comments), or an OPML export; lines ending in sitemap.xml are sitemaps')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--interval <seconds>', 'seconds between polls of a feed (longer if the feed asks)', '300')
    .option('--delay <ms>', 'pause between requests to the same host', '1000')
    .option('--once', 'poll the feeds that are due once, then exit')
    .option('-q, --quiet', 'no status line')
    .action(async (list: string, o: Opts) => {
      const interval = Number(o.interval);
      const delay = Number(o.delay);
      if (!(interval > 0) || !(delay >= 0)) throw new CrosscheckError('USAGE', 'watch', '--interval must be > 0 and --delay ≥ 0');
      const { sources, invalid } = parseSourceList(readList(list));
      invalid.forEach((line) => err(`${list}: not a URL, skipped: ${line}`));
      if (!sources.length) throw new CrosscheckError('USAGE', 'watch', `no feed URLs in ${list}`);
      const store = openStore(o.db);
      const line = statusLine(!o.quiet && process.stderr.isTTY === true);
      const watcher = await Watcher.open(store, sources, { intervalMs: interval * 1000, fetch: { delayMs: delay }, onEvent: line });
      const stop = () => {
        if (watcher.stopped) process.exit(130);
        err('watch: stopping after the current item (Ctrl-C again to quit now)');
        watcher.stop();
      };
      process.on('SIGINT', stop).on('SIGTERM', stop);
      try {
        await watcher.run({ once: o.once });
      } finally {
        process.off('SIGINT', stop).off('SIGTERM', stop);
        line.done();
        await store.close();
      }
      const c = watcher.counts;
      if (c.errors) state.exit = 1;
      out(`${c.polls} polls (${c.notModified} unchanged), ${c.newItems} new items: ${c.added} added, ${c.unchanged} already stored, ${c.fallbacks} from feed content, ${c.errors} errors → ${o.db}`);
    });
}

function readList(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CrosscheckError('NOT_FOUND', 'watch', `cannot read ${path}`, { source: path, cause });
  }
}

/** The one-line display (TTY) plus errors on stderr. */
function statusLine(tty: boolean) {
  const show = (e: WatchEvent) => {
    const c = e.counts;
    process.stderr.write(`\r\x1b[2Kwatch: ${c.polls} polls · ${c.newItems} new · ${c.added} added · ${c.notModified} × 304 · ${c.errors} errors`);
  };
  const fn = (e: WatchEvent) => {
    if (e.kind === 'error') {
      if (tty) process.stderr.write('\r\x1b[2K');
      err(`${e.source}: ${e.message}`);
    }
    if (tty) show(e);
  };
  return Object.assign(fn, { done: () => { if (tty) process.stderr.write('\n'); } });
}
