/**
 * `crosscheck eval claims <seeds-dir>`: precision/recall of extractClaims on the five seed reports against
 * the hand-written gold list test/gold/seed-claims.json. There is no public numeric-claim data set here, so
 * this is a small in-house check, not a benchmark: 19 gold claims, written by us from a stated policy.
 * A prediction matches a gold claim when the value is equal and its subject starts with the gold subject;
 * "value" scores value alone; source accuracy is over matched claims. compromise's numbers() is the baseline
 * (value alone, and value + the next noun as subject), scored and timed in the same run. Given the demo
 * folder instead, it scores the team's fictional demo corpus against expectations written by someone else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractClaims } from '../analyze/claims/index.js';
import { sentences } from '../analyze/tokenize.js';
import { prf, round, type EvalResult } from './types.js';
import { evalDemo } from './claims-demo.js';

interface GoldClaim { text: string; value: number; subject: string; source: string | null }
interface Predicted { value: number; subject: string | null; source?: string | null }

const GOLD = new URL('../../test/gold/seed-claims.json', import.meta.url);

/**
 * Scores the seeds in `path` (files named <prefix>_….txt), or the demo corpus when `path` holds
 * corpus/ + expected/ (claims-demo.ts). Example: await evalClaims('../shared/seeds'); await evalClaims('demo')
 */
export async function evalClaims(path: string): Promise<EvalResult> {
  if (existsSync(join(path, 'expected', 'stories.json'))) return evalDemo(path, (t) => compromiseClaims(t));
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')).docs as Record<string, GoldClaim[]>;
  const files = existsSync(path) ? readdirSync(path).filter((f) => gold[f.split('_')[0]]) : [];
  const texts = files.map((f) => readFileSync(join(path, f), 'utf8'));
  const golds = files.map((f) => gold[f.split('_')[0]]);
  const t0 = performance.now();
  const ours = texts.map((t) => extractClaims(t, sentences(t), []));
  const t1 = performance.now();
  const base = texts.map(compromiseClaims);
  const t2 = performance.now();
  const full = tally(golds, ours, true);
  const value = tally(golds, ours, false);
  return {
    suite: 'claims', n: files.length, ...full.prf, value: value.prf,
    sourceAccuracy: full.matched ? round(full.sourceOk / full.matched) : 0,
    'baseline:compromise': tally(golds, base, true).prf,
    'baseline:compromise:value': tally(golds, base, false).prf,
    timings: { oursMs: round(t1 - t0, 2), compromiseMs: round(t2 - t1, 2) },
    note: 'hand-written gold on the five seeds (test/gold/seed-claims.json); no public claim data set',
  };
}

/** Greedy one-to-one matching per document; counts and source agreement over the matches. */
function tally(golds: GoldClaim[][], preds: Predicted[][], bySubject: boolean) {
  let tp = 0; let fp = 0; let fn = 0; let sourceOk = 0;
  golds.forEach((gs, d) => {
    const used = new Set<number>();
    for (const g of gs) {
      const k = preds[d].findIndex((p, i) => !used.has(i) && same(p.value, g.value) && (!bySubject || norm(p.subject).startsWith(norm(g.subject))));
      if (k < 0) { fn++; continue; }
      used.add(k);
      tp++;
      if (norm(preds[d][k].source ?? null) === norm(g.source)) sourceOk++;
    }
    fp += preds[d].length - used.size;
  });
  return { prf: prf(tp, fp, fn), matched: tp, sourceOk };
}

/** Baseline: compromise's numbers(), subject = the next noun, pluralised the simple way. */
function compromiseClaims(text: string): Predicted[] {
  const doc = nlp(text);
  return (doc.numbers().json() as { number?: { num?: number }; terms?: { text: string }[]; text: string }[]).map((n) => {
    const after = doc.match(`${n.text.replace(/[^\p{L}\p{N}%., -]/gu, '')} [#Noun]`, 0).text().toLowerCase();
    return { value: n.number?.num ?? NaN, subject: after ? (after.endsWith('s') ? after : `${after}s`) : null };
  });
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

function norm(s: string | null): string {
  return (s ?? '').replace(/’/g, "'").toLowerCase();
}
