/**
 * `crosscheck eval time <path>`: TempEval-3 scoring of extractTimes on TimeML (.tml) files, the TE3 way
 * (Tools/evaluation-entities): strict (same extent) and relaxed (overlapping) extraction P/R/F1; type and
 * value accuracy over relaxed matches; attribute F1 = accuracy × relaxed F1 (the TE3 "value F1", headline).
 * Splits: TimeBank (tuning); AQUAINT cut by file name into two fixed halves (sorted names, 1st, 3rd, … =
 * AQUAINT-dev, read freely; 2nd, 4th, … = AQUAINT-test, aggregates only), see docs/eval/time.md; "all" is
 * everything scored. `split` restricts the run to one of them; `errors` lists every wrong expression of the
 * run, refused when AQUAINT-test is in it. A chrono-node-only baseline is scored in the same run. Set
 * CROSSCHECK_TML_OUT=<dir> to also write both systems' annotations as .tml (<dir>/ours/…, <dir>/chrono/…) for
 * the official Python scorer.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as chrono from 'chrono-node';
import type { TimeExpr, TimeType } from '../model/analysis.js';
import { extractTimes } from '../analyze/time/index.js';
import { CrosscheckError } from '../model/error.js';
import { prf, round, type EvalResult } from './types.js';
import { readTml, writeTml, type GoldTimex, type TmlDoc } from './time-tml.js';

type System = (text: string, dct: string | null) => Pick<TimeExpr, 'start' | 'end' | 'type' | 'value'>[];

interface Counts { gold: number; sys: number; strict: number; relaxedGold: number; relaxedSys: number; type: number; value: number }

export const SPLITS = ['timebank', 'aquaint-dev', 'aquaint-test'] as const;
export type TimeSplit = (typeof SPLITS)[number];

export interface TimeEvalOptions {
  /** Score only this split. */
  split?: TimeSplit;
  /** Also return every wrong expression (missed, extra, other extent, type or value); not with AQUAINT-test. */
  errors?: boolean;
}

const positions = new Map<string, string[]>();
/**
 * The split a file belongs to. AQUAINT halves by position among the folder's sorted .tml names (1-based odd =
 * dev), so the halves stay fixed whatever path the run starts from.
 * Example: splitOf('…/AQUAINT/APW19980807.0261.tml') → 'AQUAINT-dev' (the first name)
 */
export function splitOf(file: string): string {
  if (file.includes('/TimeBank/')) return 'TimeBank';
  if (!file.includes('/AQUAINT/')) return 'other';
  const dir = dirname(file);
  if (!positions.has(dir)) positions.set(dir, readdirSync(dir).filter((n) => n.endsWith('.tml')).sort());
  return positions.get(dir)!.indexOf(basename(file)) % 2 === 0 ? 'AQUAINT-dev' : 'AQUAINT-test';
}

function tmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tmlFiles(p) : n.endsWith('.tml') ? [p] : [];
  });
}

/** Counts one document the TE3 way. Example: score(doc.gold, extractTimes(doc.text, doc.dct)) */
export function score(gold: GoldTimex[], sys: ReturnType<System>): Counts {
  const c: Counts = { gold: gold.length, sys: sys.length, strict: 0, relaxedGold: 0, relaxedSys: 0, type: 0, value: 0 };
  const used = new Set<number>();
  for (const g of gold) {
    const i = sys.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
    if (i < 0) continue;
    used.add(i);
    const s = sys[i];
    c.relaxedGold++;
    if (s.start === g.start && s.end === g.end) c.strict++;
    if (s.type === g.type) c.type++;
    if ((s.value ?? '') === g.value) c.value++;
  }
  c.relaxedSys = sys.filter((s) => gold.some((g) => s.start < g.end && g.start < s.end)).length;
  return c;
}

function summarise(c: Counts) {
  const strict = prf(c.strict, c.sys - c.strict, c.gold - c.strict);
  const rp = c.sys ? c.relaxedSys / c.sys : 0;
  const rr = c.gold ? c.relaxedGold / c.gold : 0;
  const rf = rp + rr ? (2 * rp * rr) / (rp + rr) : 0;
  const acc = (k: number) => (c.relaxedGold ? k / c.relaxedGold : 0);
  return {
    gold: c.gold, system: c.sys,
    strict: { precision: strict.precision, recall: strict.recall, f1: strict.f1 },
    relaxed: { precision: round(rp), recall: round(rr), f1: round(rf) },
    value: { precision: round(acc(c.value) * rp), recall: round(acc(c.value) * rr), f1: round(acc(c.value) * rf), accuracy: round(acc(c.value)) },
    type: { f1: round(acc(c.type) * rf), accuracy: round(acc(c.type)) },
  };
}

const add = (a: Counts, b: Counts): Counts => ({ gold: a.gold + b.gold, sys: a.sys + b.sys, strict: a.strict + b.strict,
  relaxedGold: a.relaxedGold + b.relaxedGold, relaxedSys: a.relaxedSys + b.relaxedSys, type: a.type + b.type, value: a.value + b.value });
const ZERO: Counts = { gold: 0, sys: 0, strict: 0, relaxedGold: 0, relaxedSys: 0, type: 0, value: 0 };

/** chrono-node alone: its parsed spans, valued at the most specific component it is certain of. */
export const chronoSystem: System = (text, dct) => {
  const ref = dct ? new Date(`${dct.slice(0, 10)}T12:00:00Z`) : new Date();
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const d = c.date();
    const y = String(d.getUTCFullYear()).padStart(4, '0');
    const mo = String(d.getUTCMonth() + 1).padStart(2, '0');
    const day = String(d.getUTCDate()).padStart(2, '0');
    let value = c.isCertain('day') || c.isCertain('weekday') ? `${y}-${mo}-${day}` : c.isCertain('month') ? `${y}-${mo}` : y;
    let type: TimeType = 'DATE';
    if (c.isCertain('hour')) [type, value] = ['TIME', `${y}-${mo}-${day}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`];
    return { start: r.index, end: r.index + r.text.length, type, value };
  });
};

const ours: System = (text, dct) => extractTimes(text, dct);

/** One wrong expression: what gold has, what we gave, and the words around it. */
export interface TimeError {
  file: string;
  kind: 'missed' | 'extra' | 'extent' | 'type' | 'value';
  gold: string | null;
  ours: string | null;
  context: string;
}

/** Every expression of one document that is not right in extent, type and value, the TE3 pairing. */
function errorsOf(file: string, doc: TmlDoc, sys: ReturnType<System>): TimeError[] {
  const out: TimeError[] = [];
  const show = (x: { start: number; end: number; type: string; value: string | null }) =>
    `${doc.text.slice(x.start, x.end)} | ${x.type} ${x.value ?? ''}`;
  const context = (a: number, b: number) =>
    `${doc.text.slice(Math.max(0, a - 60), a)}[${doc.text.slice(a, b)}]${doc.text.slice(b, b + 40)}`.replace(/\s+/g, ' ');
  const used = new Set<number>();
  for (const g of doc.gold) {
    const i = sys.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
    const s = sys[i];
    if (i >= 0) used.add(i);
    const kind = !s ? 'missed' : (s.value ?? '') !== g.value ? 'value' : s.type !== g.type ? 'type'
      : s.start !== g.start || s.end !== g.end ? 'extent' : null;
    if (kind) out.push({ file, kind, gold: show(g), ours: s ? show(s) : null, context: context(g.start, g.end) });
  }
  sys.forEach((s, k) => {
    if (!used.has(k) && !doc.gold.some((g) => s.start < g.end && g.start < s.end)) {
      out.push({ file, kind: 'extra', gold: null, ours: show(s), context: context(s.start, s.end) });
    }
  });
  return out;
}

/** Scores extractTimes (and the chrono baseline) on a TempEval-3 folder or any folder of .tml files. */
export async function evalTime(path: string, opts: TimeEvalOptions = {}): Promise<EvalResult> {
  const root = existsSync(join(path, 'Training/TBAQ-cleaned')) ? join(path, 'Training/TBAQ-cleaned') : path;
  const files = tmlFiles(root).filter((f) => !f.includes('/testpipeline/'))
    .filter((f) => !opts.split || splitOf(f).toLowerCase() === opts.split);
  if (opts.errors && files.some((f) => splitOf(f) === 'AQUAINT-test')) {
    throw new CrosscheckError('USAGE', 'eval', 'AQUAINT-test is held out: errors are listed only for --split timebank or aquaint-dev');
  }
  const out = process.env.CROSSCHECK_TML_OUT;
  const totals: Record<string, Record<string, Counts>> = { ours: {}, chrono: {} };
  const errors: TimeError[] = [];
  let ms = 0;
  for (const f of files) {
    const doc: TmlDoc = readTml(readFileSync(f, 'utf8'));
    const split = splitOf(f);
    const keys = split.startsWith('AQUAINT-') ? [split, 'AQUAINT', 'all'] : [split, 'all'];
    const t0 = performance.now();
    const mine = ours(doc.text, doc.dct);
    ms += performance.now() - t0;
    if (opts.errors) errors.push(...errorsOf(relative(root, f), doc, mine));
    for (const [name, sys] of [['ours', mine], ['chrono', chronoSystem(doc.text, doc.dct)]] as const) {
      const c = score(doc.gold, sys);
      for (const key of keys) totals[name][key] = add(totals[name][key] ?? ZERO, c);
      if (out) {
        const target = join(out, name, relative(root, f));
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, writeTml(doc, sys));
      }
    }
  }
  const view = (name: string) => Object.fromEntries(Object.entries(totals[name]).map(([k, c]) => [k, summarise(c)]));
  const all = summarise(totals.ours.all ?? ZERO);
  return {
    suite: 'time', n: files.length,
    precision: all.value.precision, recall: all.value.recall, f1: all.value.f1,
    metric: 'TE3 value attribute F1 (accuracy of value over relaxed matches × relaxed extraction F1)',
    split: `${opts.split ?? 'all splits'}: rules tuned on TimeBank and AQUAINT-dev; AQUAINT-test held out (aggregates only)`,
    ours: view('ours'), 'baseline:chrono': view('chrono'),
    msPerDoc: round(ms / Math.max(1, files.length), 3),
    ...(opts.errors ? { errors } : {}),
  };
}
