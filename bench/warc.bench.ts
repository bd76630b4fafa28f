/**
 * WARC reading speed: our readWarc (warcio + HTTP/charset checks + truncation check) over a generated
 * .warc.gz and .warc of 2,000 HTML response records (plus request records, as crawlers write them), against
 * bare warcio iteration on the same file and against reading the same pages from a folder of .html files
 * through readPaths, in the same process. Deterministic inputs in a temp folder.
 */
import { createReadStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { readWarc } from '../src/ingest/warc.js';
import { readPaths } from '../src/ingest/files.js';
import { page, warcFile, type RecordSpec } from '../src/ingest/warc.test-data.js';

const BENCH = { pages: 2000, paragraphs: 12, rounds: 3 };

const SENTENCES = [
  'The harbour authority said the new terminal would handle twice as many ferries by the summer.',
  'Residents of the old quarter complained about noise from the building site during the night.',
  'The council will vote on the budget next week after a long debate about road repairs.',
  'Fishermen said catches had fallen for the third year running, blaming warmer water.',
];

function specs(): RecordSpec[] {
  const out: RecordSpec[] = [];
  for (let i = 0; i < BENCH.pages; i++) {
    const para = Array.from({ length: BENCH.paragraphs }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join('</p><p>');
    const uri = `https://courier.example/news/${i}`;
    out.push({ type: 'request', uri, body: `GET /news/${i} HTTP/1.1\r\nHost: courier.example\r\n\r\n` });
    out.push({ uri, body: page(`Report number ${i}`, `${para} Item ${i}.`) });
  }
  return out;
}

async function timed(fn: () => Promise<number>): Promise<{ ms: number; n: number }> {
  let ms = Infinity;
  let n = await fn(); // warm-up round (JIT, pako), not timed
  for (let r = 0; r < BENCH.rounds; r++) {
    const t0 = performance.now();
    n = await fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, n };
}

async function ours(path: string): Promise<number> {
  let n = 0;
  for await (const it of readWarc(path)) if ('doc' in it) n++;
  return n;
}

async function bare(path: string): Promise<number> {
  let n = 0;
  for await (const rec of new WARCParser(createReadStream(path))) {
    if (rec.warcType === 'response') { await rec.readFully(true); n++; } else await rec.skipFully();
  }
  return n;
}

async function folder(dir: string): Promise<number> {
  let n = 0;
  for await (const it of readPaths([dir])) if ('doc' in it) n++;
  return n;
}

/** Example: await run() → { 'warc.gz records/s': …, 'warc.gz MB/s': …, 'ours/warcio': … } */
export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-warc-bench-'));
  const recs = specs();
  const gz = join(dir, 'crawl.warc.gz');
  const plain = join(dir, 'crawl.warc');
  writeFileSync(gz, warcFile(recs, true));
  writeFileSync(plain, warcFile(recs, false));
  const html = join(dir, 'html');
  mkdirSync(html);
  recs.filter((r) => r.type !== 'request').forEach((r, i) => writeFileSync(join(html, `${String(i).padStart(5, '0')}.html`), r.body as string));
  const mb = (p: string) => statSync(p).size / 2 ** 20;
  const res: Record<string, unknown> = { pages: BENCH.pages, records: recs.length, 'warc.gz MB': +mb(gz).toFixed(2), 'warc MB': +mb(plain).toFixed(2) };
  for (const [name, path] of [['warc.gz', gz], ['warc', plain]] as const) {
    const a = await timed(() => ours(path));
    const b = await timed(() => bare(path));
    if (a.n !== BENCH.pages || b.n !== BENCH.pages) throw new Error(`${name}: read ${a.n}/${b.n} of ${BENCH.pages}`);
    res[`${name} records/s`] = Math.round((recs.length / a.ms) * 1000);
    res[`${name} pages/s`] = Math.round((BENCH.pages / a.ms) * 1000);
    res[`${name} MB/s`] = +((mb(path) / a.ms) * 1000).toFixed(1);
    res[`${name} bare warcio records/s`] = Math.round((recs.length / b.ms) * 1000);
    res[`${name} ours/warcio`] = +(b.ms / a.ms).toFixed(2);
  }
  const f = await timed(() => folder(html));
  res['html folder pages/s'] = Math.round((f.n / f.ms) * 1000);
  res['warc.gz pages/s ÷ folder pages/s'] = +((res['warc.gz pages/s'] as number) / (res['html folder pages/s'] as number)).toFixed(2);
  rmSync(dir, { recursive: true, force: true });
  return res;
}
