/**
 * Writes the scale run's input: n synthetic reports (bench/synth.ts, deterministic) as JSONL shards of
 * 10,000 lines in <dir>, the form an export from a crawler takes. Run:
 *   node --import tsx bench/scale-gen.ts <dir> [n=1000000]
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { synthReports } from './synth.js';

const SHARD = 10_000;
const [dir, nArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: scale-gen.ts <dir> [n]');
const n = Number(nArg ?? 1_000_000);
mkdirSync(dir, { recursive: true });
let out: ReturnType<typeof createWriteStream> | null = null;
let i = 0;
let bytes = 0;
for (const d of synthReports({ n })) {
  if (i % SHARD === 0) {
    if (out) { out.end(); await once(out, 'finish'); }
    out = createWriteStream(join(dir, `shard-${String(i / SHARD).padStart(4, '0')}.jsonl`));
  }
  const line = JSON.stringify({ text: d.text, html: d.html, ...d.hints }) + '\n';
  bytes += line.length;
  if (!out!.write(line)) await once(out!, 'drain');
  i++;
}
out?.end();
if (out) await once(out, 'finish');
console.log(`${i} reports, ${(bytes / 2 ** 20).toFixed(0)} MB in ${dir}`);
