/**
 * Worker thread: cleans and analyses documents sent by the pool (the CPU-bound stages), nothing else. A
 * document whose claim slot no longer holds its id was taken by the main thread (pool.ts, `steal`): skipped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { POOL, type Job } from './pool.js';
import { process as processDoc } from './process.js';

const claims: Int32Array = workerData.claims;

parentPort!.on('message', (msg: Job) => {
  if (Atomics.compareExchange(claims, msg.slot, msg.id, POOL.taken) !== msg.id) return;
  parentPort!.postMessage({ id: msg.id, result: processDoc(msg.doc) });
});
