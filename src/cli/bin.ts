/** Process entry of the CLI (bin/crosscheck.js loads the compiled copy; tests run this one through tsx). */
import { main } from './main.js';

main(process.argv).then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`crosscheck: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});
