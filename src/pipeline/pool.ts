/**
 * A pool of worker threads for the CPU-bound stages (clean + analyse), so both cores work while the main
 * thread reads input and writes the store. Results are handed back in submission order by the driver, which
 * keeps story assignment deterministic; the number of documents in flight is bounded (`window`), so memory
 * stays flat however large the input. If a worker dies, its documents and all later ones are processed on
 * the main thread instead: slower, nothing lost.
 *
 * Work stealing: on a 2-core host one worker is the bottleneck (~11 ms of CPU per report against the main
 * thread's ~6), so the main thread, when it would otherwise wait for the next result, takes the newest
 * document a worker has not started yet and processes it itself (`steal`). Every posted document writes its
 * id in a slot of a shared Int32Array; the worker and the main thread claim it by swapping the id for a mark
 * (compare-and-swap), so each document is processed exactly once and a stolen one is skipped by its worker —
 * even a late worker reading a slot that has since been reused, since the slot then holds another id. The window stays large enough to keep
 * the workers fed through the main thread's long pauses (story rebuilds), and stealing costs no memory: the
 * main thread already holds the models from the documents it processes before the pool starts.
 */
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../model/document.js';
import { process as processDoc, type Processed } from './process.js';

export const POOL = {
  /** Documents in flight per worker: ~0.5 s of work, which covers a flush of story rebuilds on the main thread. */
  windowPerWorker: 48,
  /** Marks that replace a document's id in its claim slot (ids are ≥ 0). */
  taken: -1,
  stolen: -2,
};

/** What the worker receives: the document and its claim slot. */
export interface Job { id: number; slot: number; doc: RawDocument }

interface Waiting { doc: RawDocument; slot: number; done: (p: Processed) => void }

export class Pool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private readonly claims: Int32Array;
  private nextId = 0;
  private turn = 0;
  private broken = false;

  /** Example: const pool = new Pool(2); const p = await pool.run(doc) */
  constructor(readonly size: number) {
    // Twice the window: a slot is reused only once the document that held it is long done.
    this.claims = new Int32Array(new SharedArrayBuffer(4 * 2 * Math.max(1, size) * POOL.windowPerWorker));
    for (let i = 0; i < size; i++) {
      const w = spawnWorker(this.claims);
      w.on('message', (m: { id: number; result: Processed }) => this.settle(m.id, m.result));
      w.on('error', () => this.fail());
      w.on('exit', (code) => { if (code !== 0) this.fail(); });
      this.workers.push(w);
    }
  }

  get window(): number { return this.size * POOL.windowPerWorker; }

  run(doc: RawDocument): Promise<Processed> {
    if (this.broken) return Promise.resolve(processDoc(doc));
    const id = this.nextId++;
    const slot = id % this.claims.length;
    const w = this.workers[this.turn++ % this.workers.length];
    if (this.waiting.size >= this.claims.length) throw new Error('pool: more documents in flight than claim slots');
    Atomics.store(this.claims, slot, id);
    return new Promise((done) => { this.waiting.set(id, { doc, slot, done }); w.postMessage({ id, slot, doc } satisfies Job); });
  }

  /**
   * Processes on the calling (main) thread the newest document no worker has started; false when there is
   * none. Example: while (!ready && pool.steal()) await tick()
   */
  steal(): boolean {
    if (this.broken) return false;
    // Newest first: the workers reach it last, and the caller waits for the oldest. A worker takes its own
    // documents in order, so the scan goes on past a taken one only to reach the other workers' documents.
    for (let id = this.nextId - 1; id >= Math.max(0, this.nextId - this.claims.length); id--) {
      const job = this.waiting.get(id);
      if (!job || Atomics.compareExchange(this.claims, job.slot, id, POOL.stolen) !== id) continue;
      this.settle(id, processDoc(job.doc));
      return true;
    }
    return false;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(id: number, result: Processed) {
    const job = this.waiting.get(id);
    this.waiting.delete(id);
    job?.done(result);
  }

  private fail() {
    this.broken = true;
    for (const [, job] of this.waiting) job.done(processDoc(job.doc));
    this.waiting.clear();
  }
}

/** From compiled JS the worker is a plain module; from TypeScript sources (tests, bench) tsx is registered first. */
function spawnWorker(claims: Int32Array): Worker {
  const self = new URL(import.meta.url);
  const workerData = { claims };
  if (!self.pathname.endsWith('.ts')) return new Worker(new URL('./worker.js', self), { workerData });
  const script = new URL('./worker.ts', self).href;
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script)}); });`, { eval: true, workerData });
}
