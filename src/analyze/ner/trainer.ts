/**
 * The averaged perceptron's training side: weights indexed by feature hash in a growing Map, with the usual
 * lazy-averaging trick (keep w and Σ c·Δw; average = w − Σ c·Δw / c). Used by scripts/train-ner.ts only.
 */
import { NT, type Learner } from './perceptron.js';

export class AveragedPerceptron implements Learner {
  private index = new Map<number, number>();
  private w: Float64Array;
  private acc: Float64Array;
  private c = 1;

  /** nt: number of classes (the NER tags by default; the quote tagger has its own). */
  constructor(private readonly nt: number = NT) {
    this.w = new Float64Array(nt * 1024);
    this.acc = new Float64Array(nt * 1024);
  }

  /** Example: p.score(feats, 0, n, scores) */
  score(feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const w = this.w;
    for (let f = from; f < to; f++) {
      const row = this.index.get(feats[f]);
      if (row === undefined) continue;
      for (let t = 0, o = row * this.nt; t < this.nt; t++) scores[t] += w[o + t];
    }
  }

  /** Example: p.update(feats, 0, n, goldTag, predictedTag) */
  update(feats: Uint32Array, from: number, to: number, gold: number, pred: number): void {
    for (let f = from; f < to; f++) {
      const o = this.row(feats[f]) * this.nt;
      this.w[o + gold] += 1;
      this.acc[o + gold] += this.c;
      this.w[o + pred] -= 1;
      this.acc[o + pred] -= this.c;
    }
  }

  /** Advances the averaging clock: call once per token seen. */
  tick(): void {
    this.c++;
  }

  /** Averaged weights. Example: const { keys, weights } = p.averaged() */
  averaged(): { keys: Uint32Array; weights: Float32Array } {
    const keys = new Uint32Array(this.index.size);
    const weights = new Float32Array(this.index.size * this.nt);
    let r = 0;
    for (const [key, row] of this.index) {
      keys[r] = key;
      for (let t = 0; t < this.nt; t++) weights[r * this.nt + t] = this.w[row * this.nt + t] - this.acc[row * this.nt + t] / this.c;
      r++;
    }
    return { keys, weights };
  }

  private row(key: number): number {
    let row = this.index.get(key);
    if (row !== undefined) return row;
    row = this.index.size;
    this.index.set(key, row);
    if ((row + 1) * this.nt > this.w.length) {
      const grow = (a: Float64Array) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
      this.w = grow(this.w);
      this.acc = grow(this.acc);
    }
    return row;
  }
}
