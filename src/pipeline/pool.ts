/**
 * A pool of worker threads for the CPU-bound stages (clean + analyse), so both cores work while the main
 * thread reads input and writes the store. Results are handed back in submission order by the driver, which
 * keeps story assignment deterministic; the number of documents in flight is bounded (`window`), so memory
 * stays flat however large the input. If a worker dies, its documents and all later ones are processed on
 * the main thread instead: slower, nothing lost.
 */
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../model/document.js';
import { process as processDoc, type Processed } from './process.js';

const WINDOW_PER_WORKER = 16;

export class Pool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { doc: RawDocument; done: (p: Processed) => void }>();
  private nextId = 0;
  private turn = 0;
  private broken = false;

  /** Example: const pool = new Pool(2); const p = await pool.run(doc) */
  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const w = spawnWorker();
      w.on('message', (m: { id: number; result: Processed }) => {
        const job = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        job?.done(m.result);
      });
      w.on('error', () => this.fail());
      w.on('exit', (code) => { if (code !== 0) this.fail(); });
      this.workers.push(w);
    }
  }

  get window(): number { return this.size * WINDOW_PER_WORKER; }

  run(doc: RawDocument): Promise<Processed> {
    if (this.broken) return Promise.resolve(processDoc(doc));
    const id = this.nextId++;
    const w = this.workers[this.turn++ % this.workers.length];
    return new Promise((done) => { this.waiting.set(id, { doc, done }); w.postMessage({ id, doc }); });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail() {
    this.broken = true;
    for (const [, job] of this.waiting) job.done(processDoc(job.doc));
    this.waiting.clear();
  }
}

/** From compiled JS the worker is a plain module; from TypeScript sources (tests, bench) tsx is registered first. */
function spawnWorker(): Worker {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.ts')) return new Worker(new URL('./worker.js', self));
  const script = new URL('./worker.ts', self).href;
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script)}); });`, { eval: true });
}
