/**
 * The `crosscheck` command. Exit codes (DESIGN.md): 0 ok; 1 some inputs rejected (each named on stderr, the
 * rest processed and kept); 2 usage error (and any failure that stops a command as a whole).
 */
import { Command, CommanderError } from 'commander';
import { CrosscheckError } from '../model/error.js';
import { register as docs } from './commands/docs.js';
import { register as ingest } from './commands/ingest.js';
import { register as read } from './commands/read.js';
import { register as demo } from './commands/demo.js';
import { register as evaluate } from './commands/evaluate.js';
import { register as watch } from './commands/watch.js';
import { register as serve } from './commands/serve.js';
import { err } from './options.js';

export async function main(argv: string[]): Promise<number> {
  const state = { exit: 0 };
  const program = new Command('crosscheck')
    .description('Follow developing news stories across outlets: clean, extract, group and compare reports.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  docs(program, state);
  ingest(program, state);
  read(program);
  demo(program, state);
  evaluate(program);
  watch(program, state);
  serve(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    if (e instanceof CrosscheckError) { err(`crosscheck: ${e.toLine()}`); return 2; }
    throw e;
  }
  return state.exit;
}
