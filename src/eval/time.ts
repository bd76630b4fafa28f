/**
 * `crosscheck eval time <path>`: TempEval-3 scoring of extractTimes on TimeML (.tml) files, the TE3 way
 * (Tools/evaluation-entities): strict (same extent) and relaxed (overlapping) extraction P/R/F1; type and
 * value accuracy over relaxed matches; attribute F1 = accuracy × relaxed F1 (the TE3 "value F1", headline).
 * Split: rules were tuned on TimeBank; AQUAINT is reported as held out; "all" is both. A chrono-node-only
 * baseline is scored in the same run. Set CROSSCHECK_TML_OUT=<dir> to also write both systems' annotations
 * as .tml (<dir>/ours/…, <dir>/chrono/…) for the official Python scorer.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as chrono from 'chrono-node';
import type { TimeExpr, TimeType } from '../model/analysis.js';
import { extractTimes } from '../analyze/time/index.js';
import { prf, round, type EvalResult } from './types.js';
import { readTml, writeTml, type GoldTimex, type TmlDoc } from './time-tml.js';

type System = (text: string, dct: string | null) => Pick<TimeExpr, 'start' | 'end' | 'type' | 'value'>[];

interface Counts { gold: number; sys: number; strict: number; relaxedGold: number; relaxedSys: number; type: number; value: number }

const SPLITS = ['TimeBank', 'AQUAINT'];

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

/** Scores extractTimes (and the chrono baseline) on a TempEval-3 folder or any folder of .tml files. */
export async function evalTime(path: string): Promise<EvalResult> {
  const root = existsSync(join(path, 'Training/TBAQ-cleaned')) ? join(path, 'Training/TBAQ-cleaned') : path;
  const files = tmlFiles(root).filter((f) => !f.includes('/testpipeline/'));
  const out = process.env.CROSSCHECK_TML_OUT;
  const totals: Record<string, Record<string, Counts>> = { ours: {}, chrono: {} };
  let ms = 0;
  for (const f of files) {
    const doc: TmlDoc = readTml(readFileSync(f, 'utf8'));
    const split = SPLITS.find((s) => f.includes(`/${s}/`)) ?? 'other';
    const t0 = performance.now();
    const mine = ours(doc.text, doc.dct);
    ms += performance.now() - t0;
    for (const [name, sys] of [['ours', mine], ['chrono', chronoSystem(doc.text, doc.dct)]] as const) {
      const c = score(doc.gold, sys);
      for (const key of [split, 'all']) totals[name][key] = add(totals[name][key] ?? ZERO, c);
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
    split: 'rules tuned on TimeBank; AQUAINT held out',
    ours: view('ours'), 'baseline:chrono': view('chrono'),
    msPerDoc: round(ms / Math.max(1, files.length), 3),
  };
}
