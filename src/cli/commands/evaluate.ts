/** `eval <suite> <path>`: scores the engine on a public data set in its own format (DESIGN.md contract). */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CrosscheckError } from '../../model/error.js';
import type { EvalResult } from '../../eval/types.js';
import { out } from '../options.js';

interface Opts { json?: boolean; predictions?: string; split?: string; errors?: string }

const SUITES: Record<string, (path: string, o: Opts) => Promise<EvalResult>> = {
  extraction: async (p) => (await import('../../eval/extraction.js')).evalExtraction(p),
  ner: async (p) => (await import('../../eval/ner.js')).evalNer(p),
  quotes: async (p) => (await import('../../eval/quotes.js')).evalQuotes(p),
  time: async (p, o) => {
    const { evalTime, SPLITS } = await import('../../eval/time.js');
    const split = SPLITS.find((s) => s === o.split);
    if (o.split && !split) throw new CrosscheckError('USAGE', 'cli', `--split is one of: ${SPLITS.join(', ')}`);
    const { errors, ...r } = await evalTime(p, { split, errors: !!o.errors });
    if (o.errors) writeFileSync(o.errors, `${JSON.stringify(errors, null, 1)}\n`);
    return r as EvalResult;
  },
  clustering: async (p) => (await import('../../eval/clustering.js')).evalClustering(p),
  claims: async (p) => (await import('../../eval/claims.js')).evalClaims(p),
};

export function register(program: Command) {
  program.command('eval').description(`score on a public data set: ${Object.keys(SUITES).join(' | ')}`)
    .argument('<suite>', 'which suite')
    .argument('<path>', 'the data set folder or file')
    .option('--json', 'print JSON (default: a short table)')
    .option('--predictions <file>', 'extraction: also write our predictions in the benchmark\'s format (e.g. a copy of its output/crosscheck.json) for its evaluate.py')
    .option('--split <name>', 'time: score one split only (timebank | aquaint-dev | aquaint-test; docs/eval/time.md)')
    .option('--errors <file>', 'time: write every wrong expression as JSON (not for aquaint-test, which is held out)')
    .action(async (suite: string, path: string, o: Opts) => {
      const run = SUITES[suite];
      if (!run) throw new CrosscheckError('USAGE', 'cli', `unknown suite "${suite}" (one of: ${Object.keys(SUITES).join(', ')})`);
      if (o.predictions) {
        if (suite !== 'extraction') throw new CrosscheckError('USAGE', 'cli', '--predictions is for the extraction suite');
        const n = (await import('../../eval/extraction.js')).writePredictions(path, o.predictions);
        process.stderr.write(`wrote ${n} predictions to ${o.predictions}\n`);
      }
      if ((o.split || o.errors) && suite !== 'time') throw new CrosscheckError('USAGE', 'cli', '--split and --errors are for the time suite');
      const r = await run(path, o);
      if (o.json) return out(JSON.stringify(r, null, 2));
      out(`${r.suite}: n=${r.n}  P=${r.precision.toFixed(3)}  R=${r.recall.toFixed(3)}  F1=${r.f1.toFixed(3)}`);
      for (const [k, v] of Object.entries(r)) {
        if (v && typeof v === 'object' && 'f1' in (v as object)) {
          const x = v as EvalResult;
          out(`  ${k.padEnd(24)} P=${(+x.precision).toFixed(3)}  R=${(+x.recall).toFixed(3)}  F1=${(+x.f1).toFixed(3)}`);
        }
      }
    });
}
