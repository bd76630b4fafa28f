/**
 * The scrapinghub article-extraction-benchmark scorer, replicated from its `evaluate.py` so `crosscheck eval
 * extraction` prints the benchmark's own figures: 4-token shingles, per-page TP/FP/FN normalised to sum 1,
 * precision and recall averaged over pages, F1 from the two averages (not an average of per-page F1).
 */

/** Python's `\w` under re.UNICODE: letters, digits/numerics and underscore (combining marks are not in it). */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const NGRAM_N = 4;

export type TpFpFn = [number, number, number];

/** Word tokens as evaluate.py's `_tokenize`. Example: tokenize("Don't stop") → ['Don', 't', 'stop'] */
export function tokenize(text: string): string[] {
  return text ? text.match(TOKEN_RE) ?? [] : [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.length) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised shingle TP/FP/FN of one page. Example: shingleMatch('a b c d', 'a b c d') → [1, 0, 0] */
export function shingleMatch(truth: string, pred: string, n = NGRAM_N): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Benchmark metrics over pages, as `metrics_from_tp_fp_fns`. Example: benchMetrics([[1,0,0]]).f1 → 1 */
export function benchMetrics(rows: TpFpFn[]): { precision: number; recall: number; f1: number } {
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Exact token-sequence equality, evaluate.py's `accuracy`. Example: exactMatch('a, b', 'a b') → true */
export function exactMatch(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
