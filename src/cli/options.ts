/** Options shared by CLI commands: where the database lives, and how output goes out. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/store.js';
import { PgStore } from '../store/postgres/store.js';
import type { Store } from '../store/types.js';

/** `--db`, else $CROSSCHECK_DB, else the user's data folder. */
export function defaultDbPath(): string {
  if (process.env.CROSSCHECK_DB) return process.env.CROSSCHECK_DB;
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'crosscheck', 'crosscheck.db');
}

/** `--db` is a SQLite file path, or a postgres:// URL for the PostgreSQL store. */
export function openStore(path?: string): Store {
  const p = path ?? defaultDbPath();
  return /^postgres(ql)?:\/\//.test(p) ? PgStore.connect(p) : SqliteStore.open(p);
}

export const out = (s: string): void => { process.stdout.write(s.endsWith('\n') ? s : `${s}\n`); };
export const err = (s: string): void => { process.stderr.write(s.endsWith('\n') ? s : `${s}\n`); };

/** Writes one JSON line; waits when stdout's buffer is full so large outputs stream with back-pressure. */
export async function writeLine(obj: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(obj)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
}
