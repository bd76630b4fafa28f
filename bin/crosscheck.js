#!/usr/bin/env node
// Entry point of the `crosscheck` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { main } from '../dist/cli/main.js';
main(process.argv).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`crosscheck: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});
