/** Worker thread: cleans and analyses documents sent by the pool (the CPU-bound stages), nothing else. */
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../model/document.js';
import { process as processDoc } from './process.js';

parentPort!.on('message', (msg: { id: number; doc: RawDocument }) => {
  parentPort!.postMessage({ id: msg.id, result: processDoc(msg.doc) });
});
