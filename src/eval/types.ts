/**
 * The shape every `crosscheck eval <suite>` prints (DESIGN.md contract): micro-averaged precision, recall and
 * F1 over `n` gold items, plus per-type or per-metric breakdowns and the baseline scored in the same run.
 */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp?: number;
  fp?: number;
  fn?: number;
}

export interface EvalResult extends Prf {
  suite: string;
  /** Number of documents scored. */
  n: number;
  /** Extra breakdowns: per type, per metric, baselines ("baseline:compromise"), timings. */
  [key: string]: unknown;
}

/** P/R/F1 from counts; 0 where undefined. Example: prf(8, 2, 2) → {precision: .8, recall: .8, f1: .8} */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), tp, fp, fn };
}

export function round(x: number, digits = 4): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
